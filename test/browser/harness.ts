// Shared set-up for the real-browser tests: serve pages as Seller Central, launch Chromium with dist/chrome,
// open the popup for a tab.
import { existsSync, mkdirSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
// @ts-expect-error -- plain ESM helpers shared with npm start
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
// @ts-expect-error -- plain ESM helpers shared with npm start
import { launchWithExtension, tabIdOf } from '../../scripts/lib/chromium.mjs';
// @ts-expect-error -- plain ESM helpers shared with npm start
import { referencePages, root } from '../../scripts/lib/sites.mjs';

export interface Route { url: string; file?: string; html?: string }
export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Open `url` in a new tab and give the content script time to read it. */
  openPage(url: string): Promise<Page>;
  /** The popup for the tab showing `url`. */
  openPopup(url: string): Promise<Page>;
  /** Everything the extension keeps in storage.local, as JSON text. */
  storageDump(): Promise<string>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export const ARTIFACTS = `${root as string}artifacts/browser-tests`;
export const REFERENCE = referencePages() as { name: string; file: string; url: string }[];

export async function startHarness(routes: Route[] = REFERENCE): Promise<Harness> {
  const extensionDir = `${root as string}dist/chrome`;
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error('dist/chrome is missing: run `npm run build` first');
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = (await startFixtureServer(routes)) as { hostRules: string; close(): Promise<void> };
  const { context, worker, extensionId } = (await launchWithExtension({ extensionDir, hostRules: server.hostRules, headless: true })) as
    { context: BrowserContext; worker: Worker; extensionId: string };
  const h: Harness = {
    context, worker, extensionId,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      // The content script reads once the page has settled (>= 600 ms, three stable polls).
      await page.waitForTimeout(1500);
      return page;
    },
    async openPopup(url) {
      const tabId = (await tabIdOf(worker, url)) as number | null;
      if (tabId === null) throw new Error(`no tab shows ${url}`);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 440, height: 900 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
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
