// An order page whose package sits in markup no selector knows, read by its labels (Italian UI, amazon.it): the
// element under the tracking label says how the label was bought, and the delivery status line gives the delivery
// date only when it says delivered.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtml } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/pages/order-details-it-cards-own-label.html', import.meta.url));
const URL_IT = 'https://sellercentral.amazon.it/orders-v3/order/403-2291846-7730152';
const html = readFileSync(FIXTURE, 'utf8');

describe('a package read by its labels', () => {
  it('a plain span under the tracking label: a label bought outside Amazon', () => {
    const o = readHtml(html, URL_IT).orders[0]!;
    expect([o.trackingId, o.boughtThroughAmazon]).toEqual(['084561209377', false]);
  });

  it('a link under the tracking label: bought through Amazon', () => {
    const o = readHtml(html.replace('<span data-qa="tracciamento">084561209377</span>',
      '<a class="a-popover-trigger" href="#">084561209377</a>'), URL_IT).orders[0]!;
    expect([o.trackingId, o.boughtThroughAmazon]).toEqual(['084561209377', true]);
  });

  it('"Consegnato il <date>" on the delivery status line is the delivery date', () => {
    expect(readHtml(html, URL_IT).orders[0]!.deliveredAt).toBe('2026-11-26T00:00:00+01:00');
  });

  it('a delivery line that does not say delivered gives no delivery date', () => {
    const r = readHtml(html.replace('Consegnato il gio 26 nov 2026', 'In transito, aggiornato gio 26 nov 2026'), URL_IT);
    expect(r.orders[0]!.deliveredAt).toBeNull();
    expect(r.missing).toContain('orders[0].deliveredAt');
  });
});
