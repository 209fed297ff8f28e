// Shared set-up for the real-browser tests: serve pages as Seller Central, launch Chromium with dist/chrome,
// open the popup for a tab.
import { existsSync, mkdirSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { launchWithExtension, openTab } from '../../scripts/lib/chromium.mjs';
import { referencePages, root } from '../../scripts/lib/sites.mjs';
import { FIXTURE_NOW, fixExtensionClock } from '../../scripts/lib/fixed-clock.mjs';

export interface Route { url: string; file?: string; html?: string }
export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Open `url` in a new tab and give the content script time to read it. */
  openPage(url: string): Promise<Page>;
  /** The popup (as a page of its own) for the tab that openPage opened for `url`. */
  openPopup(url: string): Promise<Page>;
  /** The extension's tab id for a page opened with openPage. */
  tabIdFor(url: string): number;
  /** Everything the extension keeps in storage.local, as JSON text. */
  storageDump(): Promise<string>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export const ARTIFACTS = `${root}artifacts/browser-tests`;
export const REFERENCE = referencePages();
/** The instant every browser test advises at (the extension's clock is fixed to it): never the wall clock. */
export const FIXED_NOW = new Date(FIXTURE_NOW);

export async function startHarness(routes: Route[] = REFERENCE): Promise<Harness> {
  const extensionDir = `${root}dist/chrome`;
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error('dist/chrome is missing: run `npm run build` first');
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startFixtureServer(routes);
  const { context, worker, extensionId } = await launchWithExtension({ extensionDir, hostRules: server.hostRules, headless: true });
  await fixExtensionClock(worker, FIXTURE_NOW);
  const tabsByUrl = new Map<string, number>();
  const h: Harness = {
    context, worker, extensionId,
    async openPage(url) {
      const { page, tabId } = await openTab(context, worker, url);
      tabsByUrl.set(url, tabId);
      // The content script reads once the page has settled (>= 600 ms, three stable polls).
      await page.waitForTimeout(1500);
      return page;
    },
    tabIdFor(url) {
      const id = tabsByUrl.get(url);
      if (id === undefined) throw new Error(`${url} was not opened with openPage`);
      return id;
    },
    async openPopup(url) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 440, height: 900 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${h.tabIdFor(url)}`);
      return popup;
    },
    async storageDump() {
      return worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    },
    async screenshot(page, name) {
      await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
  return h;
}
