// Readers never confidently wrong, and general layouts read: a placeholder where a value would be ("n/a", "—",
// "Sin número de seguimiento") is no value; a page on someone else's site, or whose Seller Central markup is only
// quoted, is not a page; a status chip whose wording is also a label is not that label; a label running into its
// date without a colon; records drawn as table rows with a header, or as rows whose cells hold label/value pairs;
// labels only in icons' tooltips; web components carrying label and value as attributes; an order panel beside a
// thread, outside its view; dotted dates with a two-digit year; the zone a page prints beside its times; typographic
// apostrophes in labels; a seller's messages named by the seller's account name; Katal order rows under a header.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { kindFromPage } from '../../src/read/kind.ts';
import { notSellerCentral } from '../../src/read/page-guard.ts';
import { isPlaceholder } from '../../src/read/placeholder.ts';
import { printedZone } from '../../src/read/time-zones.ts';
import { findDates } from '../../src/read/dates.ts';
import { page, readHtml } from './helpers.ts';

describe('a placeholder is never a value', () => {
  it('knows dashes and "none" wordings in many languages, and not real values', () => {
    for (const p of ['—', '–', '-', '--', 'n/a', 'N/A', 'Not yet', 'not yet provided', '— No tracking number given',
      'Sin número de seguimiento', 'Aucun numéro de suivi', 'Nessun numero di tracciabilità', 'Keine Angabe', '未提供', 'なし', 'Brak']) {
      expect(isPlaceholder(p), p).toBe(true);
    }
    for (const v of ['1Z999AA10123456784', 'SEUR', 'InPost', 'Nov 27, 2026', 'Royal Mail', '084312770019845', 'Noordzee Post']) {
      expect(isPlaceholder(v), v).toBe(false);
    }
  });

  it('a Spanish package box whose tracking number is "Sin número de seguimiento": null and missing', () => {
    const r = readHtml(page(`<div id="MYO-app"><h1 data-test-id="order-details-label">Detalles del pedido</h1>
      <p>N.º de pedido: <span data-test-id="order-id-value">404-5512093-8817230</span></p>
      <div class="a-box-group"><div class="a-box"><div class="a-row">
        <div class="a-column"><span class="a-color-secondary">Transportista</span><span>Correos</span></div>
        <div class="a-column"><span class="a-color-secondary">Número de seguimiento</span><span>Sin número de seguimiento</span></div>
      </div></div></div></div>`, { lang: 'es-ES' }), 'https://sellercentral.amazon.es/orders-v3/order/404-5512093-8817230');
    expect(r.orders[0]).toMatchObject({ carrier: 'Correos', trackingId: null });
    expect(r.missing).toContain('orders[0].trackingId');
  });

  it('a British table row whose tracking cell is "n/a": null, not "n/a"', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>Order details</h1><p>Order ID: 026-7719203-1182934</p>
      <table><tr><th>Ship Date</th><th>Carrier</th><th>Tracking ID</th></tr>
      <tr><td>3 Dec 2026</td><td>Royal Mail</td><td>n/a</td></tr></table></div>`, { lang: 'en-GB' }),
    'https://sellercentral.amazon.co.uk/gp/orders-v2/details?orderID=026-7719203-1182934');
    expect(r.orders[0]).toMatchObject({ carrier: 'Royal Mail', trackingId: null });
    expect(r.missing).toContain('orders[0].trackingId');
  });
});

describe('a page that only quotes Seller Central', () => {
  const quoted = `<html><head><title>Forum thread</title></head><body><h1>Why did my claim fail?</h1>
    <pre><code>&lt;span&gt;</code></pre><blockquote><div>Bestellnummer: <span data-test-id="order-id-value">302-1182093-4471920</span></div>
    <div class="thread-message">Wo ist meine Bestellung?</div><kat-label text="x"></kat-label><a href="/orders-v3/order/302-1182093-4471920">link</a></blockquote>
    <p>Any ideas?</p></body></html>`;

  it('is not a page on a forum host', () => {
    const doc = loadPage(quoted, 'https://forum.example.org/t/claim-help/991');
    expect(notSellerCentral(doc, kindFromPage(doc) !== 'unknown')).toMatch(/forum\.example\.org/);
  });

  it('is not a page when the markup sits only inside a quotation, whatever address it is given', () => {
    const doc = loadPage(quoted, 'file:///home/seller/saved.html');
    expect(kindFromPage(doc)).not.toBe('unknown');
    expect(notSellerCentral(doc, true)).toMatch(/not a Seller Central page/);
  });

  it('a page showing the same markup as its own is still a page', () => {
    const own = quoted.replace('<blockquote>', '<div>').replace('</blockquote>', '</div>');
    const doc = loadPage(own, 'file:///home/seller/saved.html');
    expect(notSellerCentral(doc, true)).toBeNull();
  });
});

describe('an Australian returns card with a status chip "Return delivered" and a dated line without a colon', () => {
  const r = readHtml(page(`<div id="sc-content-container"><h1>Manage returns</h1><div class="rx-list">
    <section class="rx" data-return-request-id="RA1"><p><b class="chip">Return delivered</b> <i>Requested on 3 Dec 2026</i></p>
      <div class="orderDetailsDiv"><a href="/orders-v3/order/250-1182093-7719204">250-1182093-7719204</a></div>
      <p>Return delivered: –</p><p>Refund issued: not yet</p></section></div></div>`, { lang: 'en-AU' }),
  'https://sellercentral.amazon.com.au/gp/returns/list/v2');

  it('reads the chip as the status and the line as the request date, never the request date as the delivery', () => {
    expect(r.returns).toEqual([expect.objectContaining({
      orderId: '250-1182093-7719204', status: 'received', requestedAt: '2026-12-03T00:00:00+11:00', receivedAt: null, refundedAt: null,
    })]);
    expect(r.missing).toContain('returns[0].receivedAt');
  });
});

describe('records drawn as table rows under a header', () => {
  it('German returns rows carrying a request id are read by column; the reason without the comment under it', () => {
    const r = readHtml(page(`<div id="sc-content-container"><table><thead><tr><th>Bestellnummer</th><th>Status</th>
      <th>Datum der Rücksendeanfrage</th><th>Rücksendung zugestellt</th><th>Rücksendegrund</th></tr></thead><tbody>
      <tr data-return-request-id="DE1"><td class="orderDetailsDiv"><a href="/orders-v3/order/302-7719203-1182930">302-7719203-1182930</a></td>
      <td>Genehmigt</td><td>04.12.2026</td><td>—</td><td><span class="return-reason-value">Defekt</span><div class="customer-comment">Geht nicht an.</div></td></tr>
      </tbody></table></div>`, { lang: 'de-DE' }), 'https://sellercentral.amazon.de/gp/returns/list/v2');
    expect(r.returns).toEqual([expect.objectContaining({
      orderId: '302-7719203-1182930', status: 'authorized', requestedAt: '2026-12-04T00:00:00+01:00', receivedAt: null, reason: 'Defekt',
    })]);
  });

  it('Spanish claim rows whose cells hold label/value pairs under group headers', () => {
    const r = readHtml(page(`<div id="sc-content-container"><table class="cl"><thead><tr><th>Pedido</th><th>Reclamación</th><th>Importe</th></tr></thead>
      <tbody><tr><td><a href="/orders-v3/order/404-2209183-5518820">404-2209183-5518820</a></td>
      <td><p><small>Motivo</small> <span>Artículo no recibido</span></p><p><small>Estado</small> <span>Acción requerida</span></p></td>
      <td><p><small>Importe</small> <span>59,90 €</span></p><p><small>Fecha de la reclamación</small> <span>02/12/2026</span></p></td></tr>
      <tr><td><a href="/orders-v3/order/404-8812093-1172209">404-8812093-1172209</a></td>
      <td><p><small>Motivo</small> <span>Artículo defectuoso</span></p><p><small>Estado</small> <span>En revisión</span></p></td>
      <td><p><small>Importe</small> <span>12,00 €</span></p><p><small>Fecha de la reclamación</small> <span>28/11/2026</span></p></td></tr></tbody></table></div>`,
    { lang: 'es-ES' }), 'https://sellercentral.amazon.es/gp/guarantee-claims/home.html');
    expect(r.claims).toEqual([
      expect.objectContaining({ orderId: '404-2209183-5518820', reason: 'Artículo no recibido', status: 'Acción requerida',
        amount: { value: 59.9, currency: 'EUR' }, filedAt: '2026-12-02T00:00:00+01:00' }),
      expect.objectContaining({ orderId: '404-8812093-1172209', reason: 'Artículo defectuoso', amount: { value: 12, currency: 'EUR' } }),
    ]);
  });
});

describe('dates and zones', () => {
  it('a dotted date with a two-digit year is day first in the 21st century; versions and longer numbers are not dates', () => {
    expect(findDates('Fr., 04.12.26', 'DE').map((d) => [d.year, d.month, d.day])).toEqual([[2026, 12, 4]]);
    expect(findDates('Version 1.2.3 and 10.20.30.40', 'DE')).toEqual([]);
  });

  it('a German order page on amazon.at-style dotted dates: ship-by and a range', () => {
    const r = readHtml(page(`<div id="MYO-app"><h1>Bestelldetails</h1><p>Bestellnummer: 302-4471920-1183302</p>
      <table><tr><th>Versand bis</th><td>Fr., 04.12.26</td></tr><tr><th>Zustellung bis</th><td>Mo., 07.12.26 – Mi., 09.12.26</td></tr></table></div>`,
    { lang: 'de-DE' }), 'https://sellercentral.amazon.de/orders-v3/order/302-4471920-1183302');
    expect(r.orders[0]).toMatchObject({ shipBy: '2026-12-04T23:59:59+01:00', deliverBy: '2026-12-09T23:59:59+01:00' });
  });

  it('the zone a North American page prints beside its times holds its date-only values too', () => {
    expect(printedZone('Nov 3, 2026 9:15 AM EST · Dec 1, 2026 2:05 PM EST', 'US')).toBe('America/Toronto');
    expect(printedZone('9:15 AM PST', 'US')).toBeNull();
    expect(printedZone('9:15 AM EST and 10:00 AM PST', 'US')).toBeNull();
    expect(printedZone('09:15 CET', 'DE')).toBeNull();
    const r = readHtml(page(`<div id="MYO-app"><h1>Order details</h1><p>Order ID: 113-2290418-7713650</p>
      <ul><li>Purchase date: Dec 5, 2026 9:15 AM EST</li><li>Ship by: Dec 8, 2026</li></ul></div>`),
    'https://sellercentral.amazon.com/orders-v3/order/113-2290418-7713650');
    expect(r.orders[0]).toMatchObject({ purchaseDate: '2026-12-05T09:15:00-05:00', shipBy: '2026-12-08T23:59:59-05:00' });
  });

  it('a French label written with a typographic apostrophe', () => {
    const r = readHtml(page(`<div id="MYO-app"><h1>Détails de la commande</h1><p>N° de commande : 405-1182093-7719203</p>
      <ul><li>Date d’achat : 3 déc. 2026</li><li>Mode d’expédition : Vendeur</li></ul></div>`, { lang: 'fr-FR' }),
    'https://sellercentral.amazon.fr/orders-v3/order/405-1182093-7719203');
    expect(r.orders[0]).toMatchObject({ purchaseDate: '2026-12-03T00:00:00+01:00', fulfillment: 'MFN' });
  });
});

describe('values carried as attributes of web components', () => {
  it('a German order summary of <x-field label value> elements', () => {
    const r = readHtml(page(`<div id="MYO-app"><h1>Bestelldetails</h1><p>Bestellnummer: 302-9918270-4406631</p>
      <od-facts><od-field label="Versand bis" value="Mi., 9. Dez. 2026"></od-field>
      <od-field label="Zustellung bis" value="Mo., 28. Dez. 2026 – Di., 5. Jan. 2027"></od-field>
      <od-field label="Versand durch" value="Verkäufer"></od-field></od-facts></div>`, { lang: 'de-DE' }),
    'https://sellercentral.amazon.de/orders-v3/order/302-9918270-4406631');
    expect(r.orders[0]).toMatchObject({ shipBy: '2026-12-09T23:59:59+01:00', deliverBy: '2027-01-05T23:59:59+01:00', fulfillment: 'MFN' });
  });
});

describe('an order panel beside the thread, outside its view', () => {
  const thread = (aside: string) => page(`<div id="sc-content-container"><div class="grid"><div id="thread-view">
    <div>Order: <a class="thread-order-id" href="/orders-v3/order/203-4471902-1186530">203-4471902-1186530</a></div>
    <ul class="thread-messages"><li class="thread-message"><span class="who">Ella Park (Buyer) — <time>5 Dec 2026, 09:12</time></span>
      <div class="thread-message-bubble"><p>Has it been sent yet?</p></div></li></ul></div>${aside}</div></div>`, { lang: 'en-GB' });
  const url = 'https://sellercentral.amazon.co.uk/messaging/inbox-v3?fi=ALL&ss=203-4471902-1186530';

  it('a British panel in a complementary region gives status, dates, carrier and tracking', () => {
    const r = readHtml(thread(`<div role="complementary"><h3>Order</h3><dl><dt>Order status</dt><dd>Shipped</dd>
      <dt>Ship by</dt><dd>4 Dec 2026</dd><dt>Purchase date</dt><dd>2 Dec 2026, 18:05 GMT</dd><dt>Carrier</dt><dd>Evri</dd>
      <dt>Tracking ID</dt><dd>H01ABC2345678901</dd></dl><a href="/orders-v3/order/203-4471902-1186530">View order</a></div>`), url);
    expect(r.orders[0]).toMatchObject({ orderId: '203-4471902-1186530', status: 'shipped', shipBy: '2026-12-04T23:59:59+00:00',
      purchaseDate: '2026-12-02T18:05:00+00:00', carrier: 'Evri', trackingId: 'H01ABC2345678901' });
  });

  it("a panel about another order is not this thread's", () => {
    const r = readHtml(thread(`<aside><dl><dt>Ship by</dt><dd>4 Dec 2026</dd></dl>
      <a href="/orders-v3/order/203-9999999-1111111">203-9999999-1111111</a></aside>`), url);
    expect(r.orders[0]).toMatchObject({ orderId: '203-4471902-1186530', shipBy: null });
  });
});

describe('labels only in tooltips of icons', () => {
  it('a Japanese summary whose labels are icon titles and aria-labels', () => {
    const r = readHtml(page(`<div id="MYO-app"><h1>注文の詳細</h1><p>注文番号: 503-1182093-7719204</p><ul>
      <li><i class="ico" title="出荷予定日"></i><span>2026年12月9日</span></li>
      <li><i class="ico" role="img" aria-label="お届け予定日"></i><span>2026年12月11日～2026年12月14日</span></li>
      <li><i class="ico" role="img" aria-label="購入日"></i><span>2026年12月7日 10:05 JST</span></li></ul></div>`, { lang: 'ja-JP' }),
    'https://sellercentral.amazon.co.jp/orders-v3/order/503-1182093-7719204');
    expect(r.orders[0]).toMatchObject({ shipBy: '2026-12-09T23:59:59+09:00', deliverBy: '2026-12-14T23:59:59+09:00',
      purchaseDate: '2026-12-07T10:05:00+09:00' });
  });

  it('a Brazilian summary labels its fulfillment "Atendimento"', () => {
    const r = readHtml(page(`<div id="MYO-app"><h1>Detalhes do pedido</h1><p>ID do pedido: 701-5512093-7718204</p>
      <dl><dt>Atendimento</dt><dd>Vendedor</dd></dl></div>`, { lang: 'pt-BR' }),
    'https://sellercentral.amazon.com.br/orders-v3/order/701-5512093-7718204');
    expect(r.orders[0]).toMatchObject({ fulfillment: 'MFN' });
  });
});

describe("a thread whose seller lines carry the seller's account name, not a sender word", () => {
  it('a German thread: the store name is the seller, "(Käufer)" the buyer; a quotation stays in its message', () => {
    const r = readHtml(page(`<div id="sc-navbar-container"><div class="partner-level-switcher">
      <span class="dropdown-account-switcher-header-label-global">Holzwerk Nord</span>
      <span class="dropdown-account-switcher-header-label-regional">Deutschland</span></div></div>
      <div id="sc-content-container"><div id="thread-view"><p>Bestellung <a class="thread-order-id" href="/orders-v3/order/302-6620184-5539127">302-6620184-5539127</a></p>
      <div class="log"><section class="m"><h4><span>Jonas Weber (Käufer)</span> <time>03.12.2026 10:15</time></h4><div><p>Wann kommt das Paket?</p></div></section>
      <section class="m"><h4><span>Holzwerk Nord</span> <time>03.12.2026 12:40</time></h4><div><p>Heute mit DHL versendet.</p></div></section>
      <section class="m"><h4><span>Jonas Weber (Käufer)</span> <time>05.12.2026 08:02</time></h4><div><p>Noch nicht da.</p>
        <blockquote><div>Am 03.12.2026 schrieb Holzwerk Nord:</div><p>Heute mit DHL versendet.</p></blockquote></div></section></div></div></div>`,
    { lang: 'de-DE' }), 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=ALL&ss=302-6620184-5539127');
    expect(r.messages.map((m) => [m.from, m.sentAt])).toEqual([
      ['buyer', '2026-12-03T10:15:00+01:00'], ['seller', '2026-12-03T12:40:00+01:00'], ['buyer', '2026-12-05T08:02:00+01:00'],
    ]);
    expect(r.messages[1]!.text).toBe('Heute mit DHL versendet.');
  });
});

describe('orders as Katal table rows in the light DOM, read by their header too', () => {
  it('a Spanish list: the purchase date from the cell under "Fecha del pedido", the rest from the row labels', () => {
    const r = readHtml(page(`<div id="sc-content-container"><kat-table><kat-table-head><kat-table-row>
      <kat-table-cell>Fecha del pedido</kat-table-cell><kat-table-cell>Pedido</kat-table-cell><kat-table-cell>Estado</kat-table-cell>
      </kat-table-row></kat-table-head><kat-table-body>
      <kat-table-row><kat-table-cell><div>3 dic 2026</div><div>09:41 CET</div></kat-table-cell>
        <kat-table-cell><a href="/orders-v3/order/404-3381905-7726514">404-3381905-7726514</a><div>Fecha límite de envío: 7 dic 2026</div></kat-table-cell>
        <kat-table-cell><span class="main-status unshipped-status">No enviado</span></kat-table-cell></kat-table-row>
      <kat-table-row><kat-table-cell><div>1 dic 2026</div><div>18:02 CET</div></kat-table-cell>
        <kat-table-cell><a href="/orders-v3/order/404-9927104-1150387">404-9927104-1150387</a></kat-table-cell>
        <kat-table-cell><span class="main-status shipped-status">Enviado</span></kat-table-cell></kat-table-row>
      </kat-table-body></kat-table></div>`, { lang: 'es-ES' }), 'https://sellercentral.amazon.es/orders-v3/mfn/all');
    expect(r.orders.map((o) => [o.orderId, o.purchaseDate, o.shipBy])).toEqual([
      ['404-3381905-7726514', '2026-12-03T09:41:00+01:00', '2026-12-07T23:59:59+01:00'],
      ['404-9927104-1150387', '2026-12-01T18:02:00+01:00', null],
    ]);
  });
});
