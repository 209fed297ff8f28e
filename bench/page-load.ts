// What the extension adds to loading a large Seller Central page. The same page is loaded alternately in two
// Chromium profiles launched the same way: one with the built extension, one with an extension that does
// nothing (a service worker only), so that the only difference is our content script and background.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../scripts/lib/fixture-server.mjs';
import { median } from './stats.ts';

export interface PageLoadTiming {
  /** Median time from navigation start until the page is loaded and the main thread has gone idle once. */
  withExtensionMs: number;
  withoutExtensionMs: number;
  /** Median over pairs of loads (one with, one without, back to back) of with / without. */
  ratio: number;
  /** The same, up to the load event's end only. */
  loadEventRatio: number;
}

// Runs in every page before its own scripts: notes when the load event ended and when the main thread was first
// idle after it (a content script injected at document_idle runs before that). Plain JS: it is sent as text.
const SETTLE_PROBE = `addEventListener('load', function () {
  setTimeout(function () {
    requestIdleCallback(function () { window.__benchSettledAt = performance.now(); }, { timeout: 500 });
  }, 0);
});`;

function nullExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimwise-bench-null-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'No-op', version: '1.0.0', background: { service_worker: 'sw.js' },
  }));
  writeFileSync(join(dir, 'sw.js'), '// Nothing: the control profile for the page-load measurement.\n');
  return dir;
}

async function loadOnce(page: Page, url: string): Promise<{ settled: number; load: number }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (globalThis as { __benchSettledAt?: number }).__benchSettledAt !== undefined, null, { timeout: 10_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { settled: (globalThis as unknown as { __benchSettledAt: number }).__benchSettledAt, load: nav.loadEventEnd };
  });
}

/** Leave the page, so that the content script's later work (its read, ~600 ms after load) cannot run while the
 *  other profile is being timed. That work is outside this measure by design; readOrderList250 times it. */
async function quiesce(page: Page): Promise<void> {
  await page.goto('about:blank');
}

/** Loads the page once and looks for an extension's isolated world in it (where content scripts run). */
async function contentScriptRan(page: Page, url: string): Promise<boolean> {
  await loadOnce(page, url);
  const cdp = await page.context().newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => origins.push(e.context.origin));
  await cdp.send('Runtime.enable'); // reports every existing context before it returns
  await cdp.detach();
  return origins.some((o) => o.startsWith('chrome-extension://'));
}

export async function timePageLoad(o: { extensionDir: string; html: string; url: string; warmup: number; runs: number }): Promise<PageLoadTiming> {
  const server = await startFixtureServer([{ url: o.url, html: o.html }]);
  const control = nullExtension();
  const contexts: BrowserContext[] = [];
  const profiles: string[] = [];
  try {
    const open = async (extensionDir: string) => {
      const { context, userDataDir } = await launchWithExtension({ extensionDir, hostRules: server.hostRules, headless: true });
      contexts.push(context);
      profiles.push(userDataDir);
      await context.addInitScript({ content: SETTLE_PROBE });
      return context.newPage();
    };
    const sides = { with: await open(o.extensionDir), without: await open(control) };
    // Without this the figure could silently measure nothing (a match pattern that misses the served page).
    if (!(await contentScriptRan(sides.with, o.url))) throw new Error('the content script did not run on the served page');
    const times = { with: [] as { settled: number; load: number }[], without: [] as { settled: number; load: number }[] };
    for (let i = 0; i < o.warmup + o.runs; i++) {
      // ABBA order: neither profile always goes first.
      for (const side of i % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        const t = await loadOnce(sides[side], o.url);
        await quiesce(sides[side]);
        if (i >= o.warmup) times[side].push(t);
      }
    }
    // Each ratio compares two loads taken back to back, under the same background load on the machine; the
    // median of those is steadier than a ratio of two medians taken over minutes of changing load.
    const pairedRatio = (k: 'settled' | 'load') => median(times.with.map((t, i) => t[k] / times.without[i]![k]));
    return {
      withExtensionMs: median(times.with.map((t) => t.settled)),
      withoutExtensionMs: median(times.without.map((t) => t.settled)),
      ratio: pairedRatio('settled'),
      loadEventRatio: pairedRatio('load'),
    };
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await server.close();
    for (const dir of [control, ...profiles]) rmSync(dir, { recursive: true, force: true });
  }
}
