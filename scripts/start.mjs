// npm start: build the extension, serve the bundled demo pages as https://sellercentral.amazon.* on this machine,
// and open Chromium with the extension loaded. With a display: a window to use. Without one (or with --headless):
// visit every demo page, open the popup for it, and save screenshots to a folder printed at the end.
// `--out=DIR` shoots there instead of artifacts/demo; `--check-reproducible` builds once, shoots twice and fails
// (exit 1) when any picture differs between the two runs; `--built` skips the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { differingShots } from './lib/compare-shots.mjs';
import { startFixtureServer } from './lib/fixture-server.mjs';
import { launchWithExtension, openTab, findChrome } from './lib/chromium.mjs';
import { referencePages, root } from './lib/sites.mjs';
import { DEMO_INDEX_URL, demoIndexHtml } from './lib/demo-index.mjs';
import { FIXTURE_NOW, fixExtensionClock } from './lib/fixed-clock.mjs';

if (process.argv.includes('--check-reproducible')) {
  // Built once, so both runs shoot the same extension even while its sources are being edited.
  execFileSync(process.execPath, [`${root}scripts/build.mjs`, 'chrome'], { stdio: 'inherit' });
  const runs = [1, 2].map((n) => mkdtempSync(`${tmpdir()}/claimwise-demo-${n}-`));
  for (const dir of runs) execFileSync(process.execPath, [process.argv[1], '--headless', '--built', `--out=${dir}`], { stdio: 'inherit' });
  const differ = differingShots(runs[0], runs[1]);
  if (differ.length) {
    console.error(`\nNot reproducible: ${differ.length} screenshot(s) differ between two runs: ${differ.join(', ')}\n(${runs.join(' and ')})`);
    process.exit(1);
  }
  for (const dir of runs) rmSync(dir, { recursive: true, force: true });
  console.log('\nReproducible: two runs gave the same screenshots, byte for byte.');
  process.exit(0);
}

const headless = process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

try { findChrome(); } catch (e) { console.error(e.message); process.exit(1); }
if (!process.argv.includes('--built')) execFileSync(process.execPath, [`${root}scripts/build.mjs`, 'chrome'], { stdio: 'inherit' });

const pages = referencePages();
const server = await startFixtureServer([...pages, { url: DEMO_INDEX_URL, html: demoIndexHtml(pages) }]);
/**
 * Rasterising on one thread, in sRGB, without LCD text or hinting: with several raster threads the antialiased edge
 * of a control came out a shade or two different from run to run, so the same screen gave another PNG.
 */
const STEADY_PIXELS = [
  '--num-raster-threads=1', '--force-color-profile=srgb', '--disable-lcd-text', '--font-render-hinting=none',
  '--disable-partial-raster', '--disable-skia-runtime-opts', '--disable-threaded-animation',
];
const { context, worker, extensionId } = await launchWithExtension({
  extensionDir: `${root}dist/chrome`, hostRules: server.hostRules, headless, args: headless ? STEADY_PIXELS : [],
});
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
const outDir = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? `${root}artifacts/demo`;
mkdirSync(outDir, { recursive: true });
const summary = [];
/**
 * The same picture every run: fonts loaded, transitions and animations stopped at their end, no caret, the pointer
 * off the page, and a whole page shot as one viewport as tall as the page — a full-page shot of a taller page is
 * painted in pieces, and the seams came out a few pixels different from run to run.
 */
async function shoot(page, path, wholePage = true) {
  await page.evaluate('document.fonts.ready');
  await page.mouse.move(-1, -1).catch(() => {});
  if (wholePage) {
    const width = page.viewportSize()?.width ?? 440;
    await page.setViewportSize({ width, height: Math.max(1, await page.evaluate('document.documentElement.scrollHeight')) });
  }
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
}
/** Open the popup for a tab, wait for its answer, shoot it. */
async function shootPopup(tabId, name) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('#panel-page > *:not(.loading)', { timeout: 15_000 }).catch(() => {});
  await shoot(popup, `${outDir}/${name}.png`);
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
  await shoot(page, `${outDir}/${p.name}.page.png`, false);
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
await shoot(extra, `${outDir}/deadlines.popup.png`);
await extra.setViewportSize({ width: 900, height: 900 });
await extra.goto(`chrome-extension://${extensionId}/options.html`);
await extra.waitForSelector('form', { timeout: 15_000 }).catch(() => {});
await shoot(extra, `${outDir}/options.png`);
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
