// The first vertical slice in a real browser: content script reads an order page served as Seller Central,
// the background keeps it per tab, the popup shows it through the CONTRACT.md §5 hooks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, REFERENCE, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const page = (name: string) => {
  const p = REFERENCE.find((r) => r.name === name);
  if (!p) throw new Error(`no reference page ${name}`);
  return p;
};

describe('order details page in Chromium', () => {
  it('shows the order id and the next action for a Pending order', async () => {
    const { url } = page('order-details-us-pending');
    const tab = await h.openPage(url);
    const popup = await h.openPopup(url);
    await popup.waitForSelector('[data-testid="order-id"]', { timeout: 15_000 });
    expect(await popup.textContent('[data-testid="order-id"]')).toContain('114-2291847-6603925');
    const actions = await popup.$$eval('[data-testid="next-action"]', (els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions[0]).toBe('dont-ship-pending');
    await h.screenshot(tab, 'order-details-us-pending.page');
    await h.screenshot(popup, 'order-details-us-pending.popup');
  });

  it('reads nothing on a page outside Seller Central hosts (match patterns hold)', async () => {
    const sw = h.worker;
    const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
    const matches = manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
    expect(matches.length).toBeGreaterThanOrEqual(23);
    expect(matches.every((m) => /^https:\/\/sellercentral(-europe|-japan)?\.amazon\.[a-z.]+\/\*$/.test(m))).toBe(true);
  });
});
