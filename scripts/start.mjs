// npm start: build the extension, serve the bundled demo pages as https://sellercentral.amazon.* on this machine,
// and open Chromium with the extension loaded. With a display: a window to use. Without one (or with --headless):
// visit every demo page, open the popup for it, and save screenshots to a folder printed at the end.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { startFixtureServer } from './lib/fixture-server.mjs';
import { launchWithExtension, openTab, findChrome } from './lib/chromium.mjs';
import { referencePages, root } from './lib/sites.mjs';
import { DEMO_INDEX_URL, demoIndexHtml } from './lib/demo-index.mjs';
import { FIXTURE_NOW, fixExtensionClock } from './lib/fixed-clock.mjs';

const headless = process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

try { findChrome(); } catch (e) { console.error(e.message); process.exit(1); }
execFileSync(process.execPath, [`${root}scripts/build.mjs`, 'chrome'], { stdio: 'inherit' });

const pages = referencePages();
const server = await startFixtureServer([...pages, { url: DEMO_INDEX_URL, html: demoIndexHtml(pages) }]);
const { context, worker, extensionId } = await launchWithExtension({ extensionDir: `${root}dist/chrome`, hostRules: server.hostRules, headless });
// The demo pages' deadlines are written for one day: the demo lives on that day, and the popup says so in a banner.
await fixExtensionClock(worker);
console.log(`Demo clock fixed at ${FIXTURE_NOW} (the day the demo pages were written for).`);

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(DEMO_INDEX_URL);
  console.log(`Claimwise is loaded (extension id ${extensionId}). Demo pages: ${DEMO_INDEX_URL}`);
  console.log('Close the browser window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
  process.exit(0);
}

// One folder, overwritten each run: the demo's clock is fixed, so the same pages give the same pictures.
const outDir = `${root}artifacts/demo`;
mkdirSync(outDir, { recursive: true });
const summary = [];
/** Open the popup for a tab, wait for its answer, shoot it. */
async function shootPopup(tabId, name) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('#panel-page > *:not(.loading)', { timeout: 15_000 }).catch(() => {});
  await popup.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
  return popup;
}
const setUiLanguage = (lang) => worker.evaluate(async (uiLanguage) => {
  const { settings } = await chrome.storage.local.get('settings');
  await chrome.storage.local.set({ settings: { ...(settings ?? {}), uiLanguage } });
}, lang);

const open = new Map();
for (const p of pages) {
  const { page, tabId } = await openTab(context, worker, p.url);
  // The content script reads once the page has settled (about a second).
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${outDir}/${p.name}.page.png` });
  const popup = await shootPopup(tabId, `${p.name}.popup`);
  const actions = await popup.$$eval('[data-testid="next-action"]', (els) => els.map((e) => e.getAttribute('data-action')));
  summary.push(`${p.name.padEnd(44)} ${actions.join(', ') || '(no advice)'}`);
  await popup.close();
  open.set(p.name, { page, tabId });
}

// The other screens a seller meets: every remembered deadline, the options page, the popup in Chinese and Japanese.
const extra = await context.newPage();
await extra.setViewportSize({ width: 440, height: 900 });
await extra.goto(`chrome-extension://${extensionId}/popup.html`);
await extra.locator('#tab-deadlines').click();
await extra.waitForSelector('#panel-deadlines [data-testid="deadline-item"], #panel-deadlines [data-testid="no-deadlines"]', { timeout: 15_000 }).catch(() => {});
await extra.screenshot({ path: `${outDir}/deadlines.popup.png`, fullPage: true });
await extra.setViewportSize({ width: 900, height: 900 });
await extra.goto(`chrome-extension://${extensionId}/options.html`);
await extra.waitForSelector('form', { timeout: 15_000 }).catch(() => {});
await extra.screenshot({ path: `${outDir}/options.png`, fullPage: true });
await extra.close();
const shown = open.get('order-details-us-unshipped') ?? [...open.values()][0];
for (const lang of ['zh', 'ja']) {
  await setUiLanguage(lang);
  await (await shootPopup(shown.tabId, `popup-in-${lang}`)).close();
}
await setUiLanguage('auto');
for (const { page } of open.values()) await page.close();
await context.close();
await server.close();
console.log('\nWhat the popup advised on each demo page:');
console.log(summary.join('\n'));
console.log(`\nScreenshots of every demo page and its popup, the deadlines view, the options page and the popup in zh and ja: ${outDir}`);
