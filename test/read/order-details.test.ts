// Order details variants the reference pages do not show: badge placements, legacy labels-only markup, noise.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const URL_US = 'https://sellercentral.amazon.com/orders-v3/order/113-4829137-5520614';

function orderPage(opts: { tracking?: string; service?: string; summaryExtra?: string; help?: string; deliverBy?: string } = {}): string {
  const tracking = opts.tracking ?? '<a href="#" class="a-popover-trigger a-declarative" data-test-id="tracking-id-value">1Z4A87V20398215649</a>';
  return page(`
  <div id="MYO-app">
    <span data-test-id="order-details-label">Order details</span>
    <span data-test-id="order-id-value">113-4829137-5520614</span>
    <div class="a-box order-summary-box">
      <span data-test-id="order-summary-shipby-value">Tue, Nov 17, 2026</span>
      <span data-test-id="order-summary-deliverby-value">${opts.deliverBy ?? 'Thu, Nov 19, 2026 to Mon, Nov 23, 2026'}</span>
      <span data-test-id="order-summary-purchase-date-value">Sat, Nov 14, 2026, 10:42 AM PST</span>
      <span data-test-id="order-summary-shipping-service-value"><span>Standard</span></span>${opts.summaryExtra ?? ''}
      <span data-test-id="order-summary-fulfillment-channel-value">Seller</span>
      <span data-test-id="order-summary-sales-channel-value">Amazon.com</span>
    </div>
    <table class="a-keyvalue"><tbody><tr><td data-test-id="item-status-cell"><div data-test-id="item-status-label"><span class="main-status shipped-status">Shipped</span></div></td></tr></tbody></table>
    <div class="a-box-group a-spacing-top-micro"><div class="a-box"><div class="a-box-inner"><div class="a-row">
      <div class="a-column a-span3"><div class="a-row a-color-secondary">Ship date</div><div class="a-row">Mon, Nov 16, 2026</div></div>
      <div class="a-column a-span3"><div class="a-row a-color-secondary">Carrier</div><div class="a-row">UPS</div></div>
      <div class="a-column a-span3"><div class="a-row a-color-secondary">Tracking ID</div><div class="a-row">${tracking}</div></div>
      <div class="a-column a-span3"><div class="a-row a-color-secondary">Shipping service</div><div class="a-row">${opts.service ?? 'UPS Ground'}</div></div>
    </div></div></div></div>
  </div>
  <div id="hmd2-help-widget" style="display:none">${opts.help ?? '<a>About Claims Protected shipping labels</a><span class="a-badge-text">Claims Protected</span>'}</div>`);
}

const read = (html: string) => readHtml(html, URL_US).orders[0]!;

describe('Claims Protected badge, wherever it renders', () => {
  it.each([
    ['an AUI badge after the package service', { service: 'UPS Ground <span class="a-badge"><span class="a-badge-text">Claims Protected</span></span>' }],
    ['a kat-badge label beside the summary service', { summaryExtra: '<kat-badge label="Claims Protected"></kat-badge>' }],
    ['plain state-colour text', { service: 'UPS Ground <span class="a-color-state">Claims Protected</span>' }],
    ['an aria-label', { service: 'UPS Ground <span class="a-badge" role="img" aria-label="Claims Protected"></span>' }],
  ])('%s -> true', (_name, opts) => {
    const o = read(orderPage(opts));
    expect(o.boughtThroughAmazon).toBe(true);
    expect(o.claimsProtected).toBe(true);
  });

  it('a badge inside the summary service value is not part of the service', () => {
    const html = orderPage().replace('<span data-test-id="order-summary-shipping-service-value"><span>Standard</span></span>',
      '<span data-test-id="order-summary-shipping-service-value"><span>Standard</span> <span class="a-badge"><span class="a-badge-text">Claims Protected</span></span></span>');
    const o = read(html);
    expect(o.shippingService).toBe('Standard');
    expect(o.claimsProtected).toBe(true);
  });

  it('"Late Delivery Risk" -> false', () => {
    expect(read(orderPage({ service: 'UPS Ground <span class="a-badge"><span class="a-badge-text">Late Delivery Risk</span></span>' })).claimsProtected).toBe(false);
    expect(read(orderPage({ summaryExtra: '<kat-badge label="Late Delivery Risk"></kat-badge>' })).claimsProtected).toBe(false);
  });

  it('a Buy Shipping label with no badge is unknown, not "no"; the help widget is not a badge', () => {
    const o = read(orderPage());
    expect(o.boughtThroughAmazon).toBe(true);
    expect(o.claimsProtected).toBeNull();
  });

  it('an own label is never protected, even next to a badge', () => {
    const o = read(orderPage({ tracking: '<span data-test-id="tracking-id-value">TT048173652GB</span>',
      service: 'Royal Mail <span class="a-badge-text">Claims Protected</span>' }));
    expect(o.boughtThroughAmazon).toBe(false);
    expect(o.claimsProtected).toBe(false);
  });

  it('a sentence that mentions the badge is not the badge', () => {
    expect(read(orderPage({ service: 'UPS Ground <span class="a-color-state">This label is not Claims Protected</span>' })).claimsProtected).toBeNull();
  });
});

describe('dates the page cannot give', () => {
  it('"Currently unavailable" is null and listed in missing, never a guess', () => {
    const reading = readHtml(orderPage({ deliverBy: 'Currently unavailable' }), URL_US);
    expect(reading.orders[0]!.deliverBy).toBeNull();
    expect(reading.missing).toContain('orders[0].deliverBy');
  });

  it('a single deliver-by date instead of a range', () => {
    expect(read(orderPage({ deliverBy: 'Mon, Nov 23, 2026' })).deliverBy).toBe('2026-11-23T23:59:59-08:00');
  });
});

describe('legacy order page (/gp/orders-v2/details) read by labels', () => {
  const html = page(`<div id="sc-content-container">
    <h1>Order Details</h1>
    <table>
      <tr><td>Ship by:</td><td>Thu, Dec 5, 2019</td></tr>
      <tr><td>Deliver by:</td><td>Dec 9, 2019 to Dec 12, 2019</td></tr>
      <tr><td>Purchase date:</td><td>Wed, Dec 4, 2019, 8:27 AM PST</td></tr>
      <tr><td>Shipping service:</td><td>Expedited</td></tr>
      <tr><td>Fulfillment:</td><td>Seller</td></tr>
    </table>
    <div><span>Status:</span> <span class="main-status unshipped-status">Unshipped</span></div>
    <a href="/gp/orders-v2/packing-slip?orderID=112-1234567-7654321">Print packing slip</a>
  </div>`);
  const url = 'https://sellercentral.amazon.com/gp/orders-v2/details?orderID=112-1234567-7654321';
  const reading = readHtml(html, url);

  it('an address naming an order the page does not show gives no record that order id', () => {
    const bare = readHtml(html.replace(/<a href="\/gp\/orders-v2\/packing-slip[^<]*<\/a>/, ''), url);
    expect(bare.orders).toEqual([]);
    expect(bare.missing).toContain('orders');
  });

  it('takes the order id the URL names when the page shows it too, and the facts from labels', () => {
    expect(reading.kind).toBe('order-details');
    const o = reading.orders[0]!;
    expect(o.orderId).toBe('112-1234567-7654321');
    expect(o.shipBy).toBe('2019-12-05T23:59:59-08:00');
    expect(o.deliverBy).toBe('2019-12-12T23:59:59-08:00');
    expect(o.purchaseDate).toBe('2019-12-04T08:27:00-08:00');
    expect(o.shippingService).toBe('Expedited');
    expect(o.fulfillment).toBe('MFN');
    expect(o.status).toBe('unshipped');
    expect(o.trackingId).toBeNull();
    expect(reading.missing).toContain('orders[0].trackingId');
  });
});

describe('line items', () => {
  const items = (classes: string[]) => page(`<div id="MYO-app"><span data-test-id="order-id-value">113-4829137-5520614</span>
    <table class="a-keyvalue"><tbody>${classes.map((c) => `<tr><td data-test-id="item-status-cell"><div data-test-id="item-status-label"><span class="main-status ${c}-status">x</span></div></td></tr>`).join('')}</tbody></table></div>`);

  it.each([
    [['shipped', 'shipped'], 'shipped'],
    [['shipped', 'unshipped'], 'unshipped'],
    [['canceled', 'shipped'], 'shipped'],
    [['canceled', 'canceled'], 'canceled'],
    [['delivered', 'shipped'], 'shipped'],
  ])('%j -> %s', (classes, status) => {
    expect(read(items(classes)).status).toBe(status);
  });

  it('status words in the UI language when there is no status class', () => {
    const html = page(`<div id="MYO-app"><span data-test-id="order-id-value">250-3817264-0093517</span>
      <div data-test-id="item-status-label"><span class="main-status">未出荷</span></div></div>`, { lang: 'ja-JP' });
    expect(readHtml(html, 'https://sellercentral.amazon.co.jp/orders-v3/order/250-3817264-0093517').orders[0]!.status).toBe('unshipped');
  });
});

describe('templates, scripts and noise', () => {
  it('template content and script text never feed a fact', () => {
    const html = page(`<div id="MYO-app"><span data-test-id="order-id-value">113-4829137-5520614</span>
      <template><span data-test-id="order-summary-shipby-value">Tue, Nov 17, 2026</span><div class="a-box-group"><span data-test-id="tracking-id-value">TEMPLATE</span></div></template>
      <script type="text/x-template"><span data-test-id="order-summary-deliverby-value">Thu, Nov 19, 2026</span><span class="main-status canceled-status">Canceled</span></script></div>`);
    const reading = readHtml(html, URL_US);
    const o = reading.orders[0]!;
    expect(o.shipBy).toBeNull();
    expect(o.deliverBy).toBeNull();
    expect(o.trackingId).toBeNull();
    expect(o.status).toBeNull();
  });

  it('a page with no order id reads no order and says so', () => {
    const reading = readHtml(page('<div id="MYO-app"><p>Loading…</p></div>'), 'https://sellercentral.amazon.com/orders-v3/order/loading');
    expect(reading.orders).toEqual([]);
    expect(reading.missing).toContain('orders');
  });
});
