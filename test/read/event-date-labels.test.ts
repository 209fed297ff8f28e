// Field names worded as what happened and when ("Purchased on", "Ordered", "Angefordert am", "Aberta em"), a deliver-by
// window named "between" ("Entregar entre", "Lieferung zwischen"), a fulfillment channel named as a channel ("Canal
// de logística", "Canale di evasione"), and a channel's name with its kind in brackets ("Self-Ship (Seller)").
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('an order page whose dates are named by what happened (English UI, United Kingdom)', () => {
  const r = readHtml(page(`<div id="MYO-app"><h1>Order details</h1><p>Order ID: 203-4471029-5518230</p>
    <dl><dt>Ordered</dt><dd>Sat, 5 Dec 2026</dd></dl>
    <dl><dt>Deliver between</dt><dd>9 Dec 2026 – 11 Dec 2026</dd><dt>Fulfilment</dt><dd>Self-Ship (Seller)</dd></dl></div>`,
  { lang: 'en-GB' }), 'https://sellercentral.amazon.co.uk/orders-v3/order/203-4471029-5518230');

  it('reads the purchase date, the end of the delivery window and the fulfillment', () => {
    expect(r.orders[0]).toMatchObject({
      purchaseDate: '2026-12-05T00:00:00+00:00', deliverBy: '2026-12-11T23:59:59+00:00', fulfillment: 'MFN',
    });
  });
});

describe('the same wordings in other languages', () => {
  it('German order page: "Bestellt am", "Lieferung zwischen", "Versandkanal"', () => {
    const r = readHtml(page(`<div id="MYO-app"><p>Bestellnummer: 302-7719204-1183920</p><ul>
      <li>Bestellt am: 3.12.2026</li><li>Lieferung zwischen: 08.12.2026 – 10.12.2026</li><li>Versandkanal: Verkäufer</li></ul></div>`,
    { lang: 'de-DE' }), 'https://sellercentral.amazon.de/orders-v3/order/302-7719204-1183920');
    expect(r.orders[0]).toMatchObject({
      purchaseDate: '2026-12-03T00:00:00+01:00', deliverBy: '2026-12-10T23:59:59+01:00', fulfillment: 'MFN',
    });
  });

  it('French returns list: "Demandé le", "Reçu le"', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>Gérer les retours</h1><table>
      <thead><tr><th>N° de commande</th><th>Demandé le</th><th>Reçu le</th><th>Motif du retour</th></tr></thead>
      <tbody><tr><td><a href="/orders-v3/order/406-1183920-7719204">406-1183920-7719204</a></td><td>27/11/2026</td><td>02/12/2026</td><td>Article défectueux</td></tr></tbody>
      </table></div>`, { lang: 'fr-FR' }), 'https://sellercentral.amazon.fr/gp/returns/list/v2');
    expect(r.returns[0]).toMatchObject({ requestedAt: '2026-11-27T00:00:00+01:00', receivedAt: '2026-12-02T00:00:00+01:00' });
  });

  it('Spanish claim: "Abierta el", "Importe solicitado"', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>Reclamación de la Garantía de la A a la Z</h1><dl>
      <dt>N.º de pedido</dt><dd><a href="/orders-v3/order/404-2290183-5518204">404-2290183-5518204</a></dd>
      <dt>Abierta el</dt><dd>2 dic 2026</dd><dt>Importe solicitado</dt><dd>36,90 €</dd></dl></div>`, { lang: 'es-ES' }),
    'https://sellercentral.amazon.es/gp/guarantee-claims/claim-details.html?claimId=7719203846');
    expect(r.claims[0]).toMatchObject({ filedAt: '2026-12-02T00:00:00+01:00', amount: { value: 36.9, currency: 'EUR' } });
  });

  it('Italian order page: "Ordinato il", "Consegna tra il", "Canale di evasione", "Numero di tracciamento"', () => {
    const r = readHtml(page(`<div id="MYO-app"><p>Numero ordine: 405-1183920-2290183</p><dl>
      <dt>Ordinato il</dt><dd>mar 1 dic 2026</dd><dt>Consegna tra il</dt><dd>7 dic 2026 e 9 dic 2026</dd>
      <dt>Canale di evasione</dt><dd>Amazon</dd></dl>
      <dl><dt>Corriere</dt><dd>SDA</dd><dt>Numero di tracciamento</dt><dd>SDA7719204</dd></dl></div>`, { lang: 'it-IT' }),
    'https://sellercentral.amazon.it/orders-v3/order/405-1183920-2290183');
    expect(r.orders[0]).toMatchObject({
      purchaseDate: '2026-12-01T00:00:00+01:00', deliverBy: '2026-12-09T23:59:59+01:00', fulfillment: 'AFN',
      carrier: 'SDA', trackingId: 'SDA7719204',
    });
  });
});

describe('a channel in brackets is read only when both names agree', () => {
  const read = (value: string) => readHtml(page(`<div id="MYO-app"><p>Order ID: 408-2290183-7719204</p>
    <dl><dt>Fulfilment</dt><dd>${value}</dd></dl></div>`, { lang: 'en-IN' }), 'https://sellercentral.amazon.in/orders-v3/order/408-2290183-7719204');

  it('"Seller Fulfilled (Merchant)" is the seller; "Easy Ship (Amazon)" says two things and is unknown', () => {
    expect(read('Seller Fulfilled (Merchant)').orders[0]!.fulfillment).toBe('MFN');
    const easy = read('Easy Ship (Amazon)');
    expect(easy.orders[0]!.fulfillment).toBeNull();
    expect(easy.missing).toContain('orders[0].fulfillment');
  });
});
