// An order page with no package box: the shipment's facts by their labels, worded as what happened ("Dispatched on",
// "Versendet am", "Spedito il"), the tracking id by its own test id where no label names it, and a Claims Protected
// badge wherever the order shows it, taken only for a label bought through Amazon.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const tracking = (id: string, bought: boolean) => bought
  ? `<a class="a-popover-trigger" data-test-id="tracking-id-value" href="#">${id}</a>`
  : `<span data-test-id="tracking-id-value">${id}</span>`;

describe('a UK order page with dispatch wording and no package box (amazon.co.uk)', () => {
  const html = (bought: boolean) => page(`<main id="sc-content-container"><article class="ord">
    <h1>Order <bdi>202-3391027-6648150</bdi></h1><ul class="tags"><li><kat-badge label="Claims Protected"></kat-badge></li></ul>
    <p><span class="l">Dispatch by</span> <time>Tue, 1 Dec 2026</time></p>
    <section class="shp"><p><span class="l">Dispatched on</span> <span>Tue, 1 Dec 2026</span></p>
    <p>Carrier: Royal Mail</p><p>${tracking('QA102938475GB', bought)}</p></section></article></main>`, { lang: 'en-GB' });
  const url = 'https://sellercentral.amazon.co.uk/orders-v3/order/202-3391027-6648150';

  it('reads the dispatch deadline and date, the tracking id by its test id and the badge of a label bought on Amazon', () => {
    const r = readHtml(html(true), url);
    expect(r.orders).toEqual([expect.objectContaining({ orderId: '202-3391027-6648150', shipBy: '2026-12-01T23:59:59+00:00',
      shippedAt: '2026-12-01T00:00:00+00:00', carrier: 'Royal Mail', trackingId: 'QA102938475GB', boughtThroughAmazon: true,
      claimsProtected: true })]);
  });

  it('an own label is never protected, whatever badge the page shows', () => {
    const r = readHtml(html(false), url);
    expect(r.orders[0]).toEqual(expect.objectContaining({ trackingId: 'QA102938475GB', boughtThroughAmazon: false }));
    expect(r.orders[0]?.claimsProtected).not.toBe(true);
  });
});

describe('a German order page with the shipment as label rows (amazon.de)', () => {
  const html = page(`<main id="sc-content-container"><div class="best"><h1>Bestelldetails</h1>
    <div class="z"><span class="l">Bestellnummer</span> <span class="v">028-5510293-4471652</span></div>
    <div class="z"><span class="l">Versendet am</span> <span class="v">Mo., 30. Nov. 2026</span></div>
    <div class="z"><span class="l">Versandunternehmen</span> <span class="v">DHL</span></div>
    <div class="z"><span class="l">Sendungsnummer</span> <span class="v">00340434161094042557</span></div></div></main>`, { lang: 'de-DE' });

  it('reads "Versendet am" as the ship date and leaves protection unknown without a badge', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.de/orders-v3/order/028-5510293-4471652');
    expect(r.orders).toEqual([expect.objectContaining({ orderId: '028-5510293-4471652', shippedAt: '2026-11-30T00:00:00+01:00',
      carrier: 'DHL', trackingId: '00340434161094042557', claimsProtected: null })]);
  });
});
