// Find a Chromium-family browser and launch it with the built extension loaded.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: [
    `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

export const INSTALL_HINT = {
  linux: 'Install Chromium: sudo apt-get install chromium   (Debian/Ubuntu; or your distribution\'s chromium package)',
  darwin: 'Install Chromium: brew install --cask chromium',
  win32: 'Install Chromium (or Google Chrome) from your usual source, or set CHROME_PATH to chrome.exe',
};

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  const found = (CANDIDATES[process.platform] ?? []).find((p) => p && existsSync(p));
  if (found) return found;
  throw new Error(`No Chrome or Chromium found. ${INSTALL_HINT[process.platform] ?? 'Install Chromium and set CHROME_PATH.'}`);
}

/**
 * @param {{ extensionDir: string, hostRules: string, headless: boolean, userDataDir?: string, args?: string[] }} o
 *   `args`: more Chromium switches (the demo's for pictures that are the same every run).
 */
export async function launchWithExtension(o) {
  const executablePath = findChrome();
  const userDataDir = o.userDataDir ?? mkdtempSync(join(tmpdir(), 'claimwise-profile-'));
  const args = [
    `--disable-extensions-except=${o.extensionDir}`,
    `--load-extension=${o.extensionDir}`,
    `--host-resolver-rules=${o.hostRules}`,
    '--ignore-certificate-errors',
    '--no-first-run', '--no-default-browser-check',
    // This machine has no network: without these Chromium floods closed ports and retries Google's hosts.
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
    '--disable-gpu',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(...(o.args ?? []));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: o.headless, args, ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}

/** Ids of every open tab. The extension has no "tabs" permission, so it cannot see their URLs: callers tell
 *  tabs apart by opening them one at a time and taking the new id. */
export async function tabIds(worker) {
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
}

/** Open `url` in a new tab of `context` and return the page with the extension's id for that tab. */
export async function openTab(context, worker, url) {
  const before = new Set(await tabIds(worker));
  const page = await context.newPage();
  await page.goto(url);
  const after = await tabIds(worker);
  const fresh = after.filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab for ${url}, saw ${fresh.length}`);
  return { page, tabId: fresh[0] };
}
