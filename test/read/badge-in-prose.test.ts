// A Claims Protected badge found anywhere on an order without a package box counts only as the order's own badge: one
// inside a sentence (a legend that explains it, an offer to buy the next label) is talk about the badge, and a wrong
// "protected" would send a buyer to A-to-z whom the seller must refund (BS-CLAIMS-PROTECTED).
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const order = (extra: string) => page(`<main id="sc-content-container"><article class="ord">
    <h1>Order <bdi>202-3391027-6648150</bdi></h1>
    <p><span class="l">Dispatch by</span> <time>Tue, 1 Dec 2026</time></p>
    <section class="shp"><p><span class="l">Dispatched on</span> <span>Tue, 1 Dec 2026</span></p>
    <p>Carrier: Royal Mail</p><p><a class="a-popover-trigger" data-test-id="tracking-id-value" href="#">QA102938475GB</a></p></section>${extra}</article></main>`, { lang: 'en-GB' });
const URL = 'https://sellercentral.amazon.co.uk/orders-v3/order/202-3391027-6648150';

describe('a Claims Protected badge outside a package box', () => {
  it.each([
    '<div class="upsell"><p>Buy your next label with Amazon:</p><span class="a-badge-text">Claims Protected</span></div>',
    '<div class="legend"><span class="a-color-state">Claims Protected</span> means Amazon covers claims on eligible labels.</div>',
  ])('in a sentence about it, it is not the order\'s: %s', (extra) => {
    const o = readHtml(order(extra), URL).orders[0]!;
    expect(o.boughtThroughAmazon).toBe(true);
    expect(o.claimsProtected).toBeNull();
  });

  it('in the order\'s own tag list, it is', () => {
    const o = readHtml(order('<ul class="tags"><li><span class="a-badge-text">Claims Protected</span></li></ul>'), URL).orders[0]!;
    expect(o.claimsProtected).toBe(true);
  });
});
