// Manage Orders with 250 orders in Chromium: the popup is one screen — one compact line per next action, most
// urgent first, each marked with how soon it is due — and the details wait until an order is picked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { fixturePage } from './pages-helpers.ts';

const PAGE = fixturePage('orders-list-250');
let h: Harness;
beforeAll(async () => { h = await startHarness([PAGE]); });
afterAll(async () => { await h?.close(); });

describe('a list of 250 orders', () => {
  it('fits one screen: a line per next action, urgency on each, no reasons repeated', async () => {
    await h.openPage(PAGE.url);
    const popup = await h.openPopup(PAGE.url);
    await popup.waitForSelector('[data-testid="compact-list"]', { timeout: 30_000 });
    const rows = await popup.$$eval('[data-testid="next-action"]', (els) => els.map((e) => e.getAttribute('data-urgency')));
    const orders = await popup.$$eval('#order-picker option', (os) => os.filter((o) => (o as HTMLOptionElement).value).length);
    expect(orders).toBe(250);
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(rows.every((u) => u !== null)).toBe(true);
    expect(await popup.$('.advice__why')).toBeNull();
    // The popup's own page stays about one screen tall however many rows there are; the list scrolls inside it.
    await h.screenshot(popup, 'orders-list-250.popup');
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(900);
  });
});
