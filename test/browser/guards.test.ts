// In-page guards in Chromium: shown next to the costly control, never blocking it, dismissable per order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, REFERENCE, type Harness } from './harness.ts';

const FIX = new URL('../fixtures/guards/', import.meta.url).pathname;
const PENDING = { url: 'https://sellercentral.amazon.com/orders-v3/order/114-2291847-6603925', file: `${FIX}order-details-us-pending-buy-shipping.html` };
const REFUND = { url: 'https://sellercentral.amazon.com/gp/orders-v2/refund?orderID=113-4829137-5520614', file: `${FIX}refund-us.html` };
const ref = (name: string) => REFERENCE.find((r) => r.name === name)!;

let h: Harness;
beforeAll(async () => { h = await startHarness([...REFERENCE.filter((r) => !r.url.endsWith('114-2291847-6603925')), PENDING, REFUND]); });
afterAll(async () => { await h?.close(); });

/** Guards drawn in the page: [kind, the element the guard follows]. */
async function guards(page: Page): Promise<{ kind: string; text: string; after: string }[]> {
  return page.$$eval('claimwise-guard', (hosts) => hosts.map((host) => {
    const box = host.shadowRoot?.querySelector('[data-testid="claimwise-guard"]');
    const prev = host.previousElementSibling;
    return { kind: box?.getAttribute('data-guard') ?? '', text: box?.textContent ?? '', after: prev?.getAttribute('data-test-id') ?? prev?.tagName ?? '' };
  }));
}

describe('guards', () => {
  it('warns beside Buy shipping on a Pending order, and the button still works', async () => {
    const page = await h.openPage(PENDING.url);
    await page.waitForSelector('claimwise-guard', { state: 'attached', timeout: 10_000 });
    const shown = await guards(page);
    expect(shown).toEqual([expect.objectContaining({ kind: 'pending-no-ship', after: 'buy-shipping-button' })]);
    expect(shown[0]!.text).toMatch(/do not ship a pending order/i);
    expect(shown[0]!.text).toContain('ORD-PENDING');
    // Never blocks: the control is still there, visible and enabled.
    expect(await page.isVisible('[data-test-id="buy-shipping-button"] a')).toBe(true);
    await h.screenshot(page, 'guard-pending');
  });

  it('a dismissed guard stays dismissed for that order', async () => {
    const page = await h.openPage(PENDING.url);
    await page.waitForSelector('claimwise-guard', { state: 'attached', timeout: 10_000 });
    await page.locator('claimwise-guard').getByRole('button', { name: /dismiss/i }).click();
    expect(await page.$$('claimwise-guard')).toHaveLength(0);
    const again = await h.openPage(PENDING.url);
    await again.waitForTimeout(1000);
    expect(await guards(again)).toEqual([]);
  });

  it('warns on the refund page of a protected order whose buyer says it never arrived', async () => {
    // What the extension learns on the way: the order page (Claims Protected, delivered), then the buyer's message.
    await h.openPage(ref('order-details-us-buyshipping-delivered').url);
    await h.openPage(ref('messages-thread-us').url);
    const page = await h.openPage(REFUND.url);
    await page.waitForSelector('claimwise-guard', { state: 'attached', timeout: 10_000 });
    const shown = await guards(page);
    expect(shown.map((g) => g.kind)).toEqual(['protected-no-refund']);
    expect(shown[0]!.text).toMatch(/voids Buy Shipping protection/);
    expect(shown[0]!.text).toContain('113-4829137-5520614');
    await h.screenshot(page, 'guard-refund-protected');
  });
});
