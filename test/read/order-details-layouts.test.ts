// Order pages in layouts and languages the data-test-ids do not cover: labels in Spanish, Italian and French, the
// status in an items table's status column or as the page's one status word, the tracking id under a renamed
// test-id attribute, the French Claims Protected badge.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('a Spanish order page without data-test-ids', () => {
  const r = readHtml(page(`<div id="MYO-app"><h1>Detalles del pedido</h1><p>N.º de pedido: 404-7719203-5582910</p>
    <ul><li>Enviar antes del: lun., 23 nov. 2026</li><li>Entrega prevista: vie., 27 nov. 2026 - mar., 1 dic. 2026</li>
    <li>Logística: Vendedor</li></ul>
    <table><thead><tr><th>Producto</th><th>Estado</th></tr></thead><tbody><tr><td>Taza</td><td><b class="pill">Enviado</b></td></tr></tbody></table>
    <dl><dt>Transportista</dt><dd>SEUR</dd><dt>ID de rastreo</dt><dd><span data-testid="tracking-id">SE7710293846</span></dd></dl></div>`,
  { lang: 'es-ES' }), 'https://sellercentral.amazon.es/orders-v3/order/404-7719203-5582910');

  it('reads the status column, the expected-delivery range, the fulfillment and an own label', () => {
    expect(r.orders[0]).toMatchObject({
      orderId: '404-7719203-5582910', status: 'shipped', shipBy: '2026-11-23T23:59:59+01:00',
      deliverBy: '2026-12-01T23:59:59+01:00', fulfillment: 'MFN', carrier: 'SEUR', trackingId: 'SE7710293846',
      boughtThroughAmazon: false, claimsProtected: false,
    });
  });
});

describe('an Italian legacy order page', () => {
  it('reads "Spedire entro", "Consegnare entro" and "Gestione" as ship-by, deliver-by and fulfillment', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>Dettagli ordine</h1><dl>
      <dt>Numero ordine:</dt><dd>171-3320918-4471203</dd><dt>Gestione:</dt><dd>Amazon</dd>
      <dt>Spedire entro:</dt><dd>gio 26 nov 2026</dd><dt>Consegnare entro:</dt><dd>lun 30 nov 2026 - mer 2 dic 2026</dd></dl></div>`,
    { lang: 'it-IT' }), 'https://sellercentral.amazon.it/gp/orders-v2/details?orderID=171-3320918-4471203');
    expect(r.orders[0]).toMatchObject({
      shipBy: '2026-11-26T23:59:59+01:00', deliverBy: '2026-12-02T23:59:59+01:00', fulfillment: 'AFN',
    });
  });
});

describe('the status as the one status word of the page', () => {
  const orderPage = (words: string) => page(`<div id="MYO-app"><div class="t1"><span>702-1183920-4471902</span> ${words}</div></div>`, { lang: 'en-CA' });
  const url = 'https://sellercentral.amazon.ca/orders-v3/order/702-1183920-4471902';

  it('one word: that status', () => {
    expect(readHtml(orderPage('<span>Pending</span>'), url).orders[0]!.status).toBe('pending');
  });

  it('two different words: unknown, and listed missing', () => {
    const r = readHtml(orderPage('<span>Pending</span><span>Shipped</span>'), url);
    expect(r.orders[0]!.status).toBeNull();
    expect(r.missing).toContain('orders[0].status');
  });
});

describe('a French Buy Shipping badge', () => {
  it('"Protégé contre les réclamations" beside the service marks the order protected', () => {
    const r = readHtml(page(`<div id="MYO-app"><span data-test-id="order-id-value">171-5520193-8837102</span>
      <div class="a-box-group"><div class="a-column"><div>Transporteur</div><div>Colissimo</div></div>
      <div class="a-column"><div>N° de suivi</div><div><a class="a-popover-trigger" data-test-id="tracking-id-value" href="#">6A99201837462</a></div></div>
      <div class="a-column"><div>Service</div><div>Colissimo <span class="a-badge-text">Protégé contre les réclamations</span></div></div></div></div>`,
    { lang: 'fr-FR' }), 'https://sellercentral.amazon.fr/orders-v3/order/171-5520193-8837102');
    expect(r.orders[0]).toMatchObject({ trackingId: '6A99201837462', boughtThroughAmazon: true, claimsProtected: true });
  });
});
