// A Claims Protected badge in a line of labelled values ("Carrier Royal Mail · Service Tracked 48 · Tracking ID <a>…</a>
// <badge>") is the order's: the line is many short pieces, not a sentence about the badge. A badge after a sentence
// ("Buy your next label with Amazon and it is covered") still is not.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const ID = '026-3318204-7719265';
const order = (line: string) => page(`<main id="sc-content-container"><div class="od"><h1>Order <span>${ID}</span></h1>
  <table><tr><td>Dispatch by</td><td>02/12/2026</td></tr></table>
  <div class="shipment"><h4>Shipment</h4>${line}</div></div></main>`, { lang: 'en-GB' });
const URL = `https://sellercentral.amazon.co.uk/orders-v3/order/${ID}`;
const tracking = '<a class="a-popover-trigger" data-test-id="tracking-id-value" href="#">QB7720193844GB</a>';

describe('a Claims Protected badge beside a shipment\'s labelled values (amazon.co.uk)', () => {
  it('in the carrier and tracking line, it is the order\'s', () => {
    const o = readHtml(order(`<div class="line"><span class="l">Carrier</span> <span>Royal Mail</span> · <span class="l">Service</span> Royal Mail Tracked 48 ·
      <span class="l">Tracking ID</span> ${tracking} <kat-badge label="Claims Protected"></kat-badge></div>`), URL).orders[0]!;
    expect(o).toEqual(expect.objectContaining({ trackingId: 'QB7720193844GB', boughtThroughAmazon: true, claimsProtected: true }));
  });

  it('after a sentence about buying labels, it is not', () => {
    const o = readHtml(order(`<p>${tracking}</p><div class="upsell">Buy your next label with Amazon and it is covered <kat-badge label="Claims Protected"></kat-badge></div>`), URL).orders[0]!;
    expect(o.claimsProtected).toBeNull();
  });

  it('after a sentence with words set in bold or as a link, it is not either', () => {
    const o = readHtml(order(`<p>${tracking}</p><div class="upsell">Buy your <b>next</b> label with <a href="/buy">Amazon</a> and it is covered <kat-badge label="Claims Protected"></kat-badge></div>`), URL).orders[0]!;
    expect(o.claimsProtected).toBeNull();
  });
});
