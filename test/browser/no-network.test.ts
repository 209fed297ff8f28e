// Nothing leaves the browser: while the extension reads Seller Central pages and the seller opens the popup and
// the options, every request made by the extension's own contexts (service worker, popup, options) stays inside
// the extension (chrome-extension://), and the Seller Central tabs make no request beyond loading the page itself
// (the fixture pages load nothing else, so anything more would be the content script). The extension pages'
// Content Security Policy is checked to block a request that would otherwise succeed, and the built bundles are
// scanned for network code.
import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/sites.mjs';
import { filesUnder, scanText } from '../trust/network-scan.ts';
import { startHarness, REFERENCE, type Harness } from './harness.ts';

interface Seen { from: 'service-worker' | 'extension-page' | 'seller-central-page' | 'other'; context: string; url: string; type: string }

let h: Harness;
const seen: Seen[] = [];
let recording = true;

function classify(r: Request): Seen {
  const base = { url: r.url(), type: r.resourceType() };
  const sw = r.serviceWorker();
  if (sw) return { from: sw.url().startsWith('chrome-extension://') ? 'service-worker' : 'other', context: sw.url(), ...base };
  let context = '';
  try { context = r.frame().url(); } catch { /* a request without a frame (e.g. a dedicated worker) */ }
  // A navigation is attributed to where it goes: the tab is still about:blank when the request starts.
  const where = r.isNavigationRequest() || !context || context === 'about:blank' ? r.url() : context;
  if (where.startsWith('chrome-extension://')) return { from: 'extension-page', context: where, ...base };
  if (/^https:\/\/sellercentral[.-]/.test(where)) return { from: 'seller-central-page', context: where, ...base };
  return { from: 'other', context: where, ...base };
}

const PAGES = REFERENCE;

beforeAll(async () => {
  h = await startHarness();
  h.context.on('request', (r) => { if (recording) seen.push(classify(r)); });
  for (const p of PAGES) {
    const tab = await h.openPage(p.url);
    const popup = await h.openPopup(p.url);
    await popup.waitForSelector('#app *, body *', { timeout: 10_000 });
    await popup.waitForTimeout(300);
    await popup.close();
    await tab.close();
  }
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.waitForTimeout(800);
  await options.close();
  recording = false;
}, 240_000);

afterAll(async () => { await h?.close(); });

describe('requests while reading every reference page and opening the popup and options', () => {
  it('were recorded from the extension pages (the recorder works)', () => {
    const ext = seen.filter((s) => s.from === 'extension-page');
    expect(ext.some((s) => s.url.includes('/popup.html'))).toBe(true);
    expect(ext.some((s) => s.url.includes('/options.html'))).toBe(true);
    expect(ext.some((s) => /\/popup[^/]*\.js$/.test(s.url))).toBe(true);
  });

  it('from the service worker, popup and options, stay inside the extension', () => {
    const outside = seen.filter((s) => (s.from === 'service-worker' || s.from === 'extension-page') && !s.url.startsWith(`chrome-extension://${h.extensionId}/`));
    expect(outside).toEqual([]);
  });

  it('from the Seller Central tabs are only the pages themselves and the checker from the extension package', () => {
    const pageUrls = new Set(PAGES.map((p) => p.url));
    // The content script imports its checker from the extension's own package (web-accessible, with a per-session
    // id in Chrome) once a reply box is in view: a file inside the browser, not the network.
    const ownChecker = (s: { type: string; url: string }) => s.type === 'script' && /^chrome-extension:\/\/[^/]+\/content\/checker\.js$/.test(s.url);
    const extra = seen.filter((s) => s.from === 'seller-central-page' && !(s.type === 'document' && pageUrls.has(s.url)) && !ownChecker(s));
    expect(extra).toEqual([]);
  });

  it('go nowhere else', () => {
    expect(seen.filter((s) => s.from === 'other')).toEqual([]);
  });
});

describe('Content Security Policy of the extension', () => {
  // A no-cors fetch of a page the fixture server does answer: it succeeds from the Seller Central tab itself
  // (control), so a failure from the extension is the policy, not the network.
  const target = PAGES[0]!.url;
  const attempt = (u: string) => fetch(u, { mode: 'no-cors', cache: 'no-store' }).then(() => 'ok', () => 'blocked');

  it('lets the control request through from the page itself', async () => {
    const tab = await h.openPage(target);
    expect(await tab.evaluate(attempt, target)).toBe('ok');
    await tab.close();
  });

  it('blocks a fetch attempted in the popup page, as a connect-src violation', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const result = await popup.evaluate(async (u) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const r = await fetch(u, { mode: 'no-cors', cache: 'no-store' }).then(() => 'ok', () => 'blocked');
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { r, violations };
    }, target);
    expect(result.r).toBe('blocked');
    expect(result.violations).toContain('connect-src');
    expect(await popup.evaluate(() => fetch('https://example.com').then(() => 'ok', () => 'blocked'))).toBe('blocked');
    await popup.close();
  });

  it('blocks a fetch attempted in the service worker', async () => {
    expect(await h.worker.evaluate(attempt, target)).toBe('blocked');
  });
});

describe('built bundles (dist/chrome)', () => {
  it('hold no network code and no outside address', () => {
    const dir = `${root}dist/chrome/`;
    const files = filesUnder(dir, /\.(js|html|css|json)$/);
    expect(files.length).toBeGreaterThan(3);
    const hits = files.flatMap((f) => scanText(f.slice(dir.length), readFileSync(f, 'utf8'), { interpolatedHosts: true }));
    expect(hits).toEqual([]);
  });
});
