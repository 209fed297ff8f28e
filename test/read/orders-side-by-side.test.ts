// Order pages whose layout does not say one order per page: two orders' details side by side (never merged into one
// record), a time printed after a year-first date and its bracketed weekday (part of the value), a status shown only
// as an icon's name, day/month/two-digit-year dates, a row of labels over a row of values, the shipment table's own
// tracking element, an ARIA grid of divs read by its column headers.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('two orders of one buyer side by side (German UI, sections)', () => {
  const section = (id: string, status: string, shipBy: string, pkg: string) => `<section class="bestellung">
    <h2>Bestellnummer ${id}</h2><div>Bestellstatus: ${status}</div>
    <div><span>Versand bis:</span> <span>${shipBy}</span></div><div><span>Versand durch:</span> <span>Verkäufer</span></div>${pkg}</section>`;
  const html = page(`<div id="MYO-app"><h1>Bestelldetails</h1><div class="zwei">
    ${section('302-1180224-5573310', 'Unversandt', 'Fr., 11. Dez. 2026', '<p>Noch keine Sendung.</p>')}
    ${section('302-6671093-2208154', 'Versandt', 'Mi., 2. Dez. 2026',
    '<div><span>Versanddatum:</span> <span>01.12.2026</span></div><div><span>Versandunternehmen:</span> <span>DHL</span></div><div><span>Sendungsnummer:</span> <span>00340434161094027318</span></div>')}
    </div></div>`, { lang: 'de-DE' });
  const r = readHtml(html, 'https://sellercentral.amazon.de/orders-v3/order/302-1180224-5573310');

  it('reads each order from its own section', () => {
    expect(r.orders.map((o) => [o.orderId, o.status, o.shipBy, o.shippedAt, o.carrier, o.trackingId])).toEqual([
      ['302-1180224-5573310', 'unshipped', '2026-12-11T23:59:59+01:00', null, null, null],
      ['302-6671093-2208154', 'shipped', '2026-12-02T23:59:59+01:00', '2026-12-01T00:00:00+01:00', 'DHL', '00340434161094027318'],
    ]);
  });

  it('never gives the second order\'s shipment to the first', () => {
    expect(r.orders[0]!.trackingId).toBeNull();
    expect(r.missing).toContain('orders[0].trackingId');
  });

  it('a list of other orders (ids without their own facts) is not a second order', () => {
    const one = page(`<div id="MYO-app"><p>Bestellnummer: 302-1180224-5573310</p><div><span>Versand bis:</span> <span>Fr., 11. Dez. 2026</span></div>
      <ul class="andere"><li><a href="/orders-v3/order/302-9911220-1100345">302-9911220-1100345</a></li><li><a href="/orders-v3/order/302-7710029-3310298">302-7710029-3310298</a></li></ul></div>`, { lang: 'de-DE' });
    const o = readHtml(one, 'https://sellercentral.amazon.de/orders-v3/order/302-1180224-5573310');
    expect(o.orders.map((x) => [x.orderId, x.shipBy])).toEqual([['302-1180224-5573310', '2026-12-11T23:59:59+01:00']]);
  });
});

describe('a time after a year-first date and its weekday in brackets (English UI on Japan)', () => {
  it('keeps the time: "2026/11/30 (月) 14:05 JST"', () => {
    const r = readHtml(page(`<div id="MYO-app"><table><tr><td>Order ID</td><td>249-5510382-7761093</td></tr>
      <tr><td>Purchase date</td><td>2026/11/30 (月) 14:05 JST</td></tr></table></div>`, { lang: 'en-US' }),
    'https://sellercentral.amazon.co.jp/orders-v3/order/249-5510382-7761093');
    expect(r.orders[0]!.purchaseDate).toBe('2026-11-30T14:05:00+09:00');
  });
});

describe('the status only as an icon\'s name (UK, svg role="img")', () => {
  const html = (others: string) => page(`<div id="MYO-app"><div class="hdr"><span>Order ID: 026-4471209-8830127</span>
    <svg role="img" aria-label="Shipped" width="16" height="16"></svg></div>${others}</div>`, { lang: 'en-GB' });
  const url = 'https://sellercentral.amazon.co.uk/orders-v3/order/026-4471209-8830127';

  it('reads the icon\'s aria-label as the status', () => {
    expect(readHtml(html(''), url).orders[0]!.status).toBe('shipped');
  });

  it('icons beside other orders\' ids are theirs, not this order\'s', () => {
    const others = `<ul class="recent"><li><a href="/orders-v3/order/026-1102938-4471029">026-1102938-4471029</a> <img alt="Cancelled" src="x.png"></li>
      <li><a href="/orders-v3/order/026-5520193-3318270">026-5520193-3318270</a> <img alt="Delivered" src="x.png"></li></ul>`;
    expect(readHtml(html(others), url).orders[0]!.status).toBe('shipped');
  });
});

describe('day/month/two-digit-year dates with slashes', () => {
  const od = (mkt: string, host: string, lang: string, shipBy: string) => readHtml(page(`<div id="MYO-app"><dl>
    <dt>Order ID</dt><dd>408-7712093-1120934</dd><dt>Ship by</dt><dd>${shipBy}</dd></dl></div>`, { lang }),
  `https://sellercentral.amazon.${host}/orders-v3/order/408-7712093-1120934`);

  it('India and Australia: day first ("Tue 08/12/26" is 8 December)', () => {
    expect(od('IN', 'in', 'en-IN', 'Tue 08/12/26').orders[0]!.shipBy).toBe('2026-12-08T23:59:59+05:30');
    expect(od('AU', 'com.au', 'en-AU', '08/12/26').orders[0]!.shipBy).toBe('2026-12-08T23:59:59+11:00');
  });

  it('the US: month first ("12/08/26" is 8 December)', () => {
    expect(od('US', 'com', 'en-US', '12/08/26').orders[0]!.shipBy).toBe('2026-12-08T23:59:59-08:00');
  });

  it('Canada (both orders in use): not read', () => {
    const r = od('CA', 'ca', 'en-CA', '08/12/26');
    expect(r.orders[0]!.shipBy).toBeNull();
    expect(r.missing).toContain('orders[0].shipBy');
  });
});

describe('a row of labels over a row of values, and an own label in the shipment table (Italian UI)', () => {
  const r = readHtml(page(`<div id="MYO-app"><p>Numero ordine: 171-6620193-4410928</p><table class="riepilogo">
    <tr><th>Spedire entro</th><th>Consegna prevista</th><th>Gestito da</th></tr>
    <tr><td>gio 3 dic 2026</td><td>lun 7 dic 2026 - mer 9 dic 2026</td><td>Venditore</td></tr></table>
    <table class="spedizioni"><thead><tr><th>Data di spedizione</th><th>Corriere</th><th>Numero di tracciabilità</th></tr></thead>
    <tbody><tr><td>3 dic 2026</td><td>BRT</td><td><span class="trk">05712093384711</span></td></tr></tbody></table></div>`, { lang: 'it-IT' }),
  'https://sellercentral.amazon.it/orders-v3/order/171-6620193-4410928');

  it('reads each value under its label', () => {
    expect(r.orders[0]).toMatchObject({
      shipBy: '2026-12-03T23:59:59+01:00', deliverBy: '2026-12-09T23:59:59+01:00', fulfillment: 'MFN',
    });
  });

  it('a plain span holding the tracking id is the seller\'s own label', () => {
    expect(r.orders[0]).toMatchObject({ carrier: 'BRT', trackingId: '05712093384711', boughtThroughAmazon: false });
  });

  it('a value row that does not line up leaves the value unknown', () => {
    const broken = readHtml(page(`<div id="MYO-app"><p>Numero ordine: 171-6620193-4410928</p><table>
      <tr><th>Spedire entro</th><th>Consegna prevista</th></tr><tr><td colspan="2">gio 3 dic 2026</td></tr></table></div>`, { lang: 'it-IT' }),
    'https://sellercentral.amazon.it/orders-v3/order/171-6620193-4410928');
    expect(broken.orders[0]!.shipBy).toBeNull();
  });
});

describe('Manage Orders as an ARIA table of divs (Italian UI)', () => {
  const row = (id: string, date: string, time: string, status: string) => `<div role="row">
    <div role="cell"><a href="/orders-v3/order/${id}">${id}</a></div><div role="cell"><span>${date}</span> <span>${time}</span></div>
    <div role="cell"><i role="img" aria-label="${status}"></i></div></div>`;
  const r = readHtml(page(`<div id="MYO-app"><div role="table"><div role="row"><div role="columnheader">Ordine</div>
    <div role="columnheader">Data dell'ordine</div><div role="columnheader">Stato</div></div>
    ${row('171-3309128-5561029', '5 dic 2026', '21:14', 'Non spedito')}${row('171-8820193-2209381', '1 dic 2026', '07:30', 'Spedito')}</div></div>`, { lang: 'it-IT' }),
  'https://sellercentral.amazon.it/orders-v3');

  it('reads the order date under its column header and the status icon of each row', () => {
    expect(r.orders.map((o) => [o.orderId, o.purchaseDate, o.status])).toEqual([
      ['171-3309128-5561029', '2026-12-05T21:14:00+01:00', 'unshipped'],
      ['171-8820193-2209381', '2026-12-01T07:30:00+01:00', 'shipped'],
    ]);
  });
});
