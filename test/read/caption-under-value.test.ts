// A field's name printed under its value, as a caption ("<div><div>value</div><div>Ship by</div></div>"): the value is
// the element before the caption when the field's box holds just the two. In a longer run of siblings, beside a
// heading or a button, or in a box whose value element is empty, the caption gives nothing, never a neighbour's value.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const field = (value: string, label: string) => `<div class="f"><div class="v">${value}</div><div class="k">${label}</div></div>`;

describe('an order page with captions under the values (German UI, Germany)', () => {
  const r = readHtml(page(`<div id="MYO-app"><h1>Bestelldetails</h1><p>Bestellnummer: 302-5518204-7719306</p>
    <section class="summary">
      ${field('<time>Mi., 9. Dez. 2026</time>', 'Versand bis')}
      ${field('<time>Fr., 11. Dez. 2026</time> – <time>Di., 15. Dez. 2026</time>', 'Zustellung bis')}
      ${field('<span>Mo., 7. Dez. 2026</span>, <span>08:40 MEZ</span>', 'Kaufdatum')}
      ${field('Verkäufer', 'Versandart')}
      ${field('', 'Versandservice')}
    </section></div>`, { lang: 'de-DE' }), 'https://sellercentral.amazon.de/orders-v3/order/302-5518204-7719306');

  it('reads each value from the element above its caption', () => {
    expect(r.orders[0]).toMatchObject({
      orderId: '302-5518204-7719306', shipBy: '2026-12-09T23:59:59+01:00', deliverBy: '2026-12-15T23:59:59+01:00',
      purchaseDate: '2026-12-07T08:40:00+01:00', fulfillment: 'MFN',
    });
  });

  it('an empty value above a caption is unknown', () => {
    expect(r.orders[0]!.shippingService).toBeNull();
    expect(r.missing).toContain('orders[0].shippingService');
  });
});

describe('a returns card with captions under the values (Portuguese UI, Brazil)', () => {
  it('reads the request date and the reason', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>Gerenciar devoluções</h1><div class="cards">
      <div class="ret"><a href="/orders-v3/order/701-2093318-4471102">701-2093318-4471102</a>
        ${field('04/12/2026', 'Data da solicitação de devolução')}${field('Produto danificado', 'Motivo da devolução')}</div>
      <div class="ret"><a href="/orders-v3/order/701-6620913-2280417">701-6620913-2280417</a>
        ${field('29/11/2026', 'Data da solicitação de devolução')}${field('Não serve', 'Motivo da devolução')}</div>
      </div></div>`, { lang: 'pt-BR' }), 'https://sellercentral.amazon.com.br/gp/returns/list/v2');
    expect(r.returns.map((x) => [x.orderId, x.requestedAt, x.reason])).toEqual([
      ['701-2093318-4471102', '2026-12-04T00:00:00-03:00', 'Produto danificado'],
      ['701-6620913-2280417', '2026-11-29T00:00:00-03:00', 'Não serve'],
    ]);
  });
});

describe('a caption that is not alone with its value gives nothing (English UI, Australia)', () => {
  const url = 'https://sellercentral.amazon.com.au/orders-v3/order/250-7718302-5519204';
  const read = (summary: string) => readHtml(page(`<div id="MYO-app"><p>Order ID: 250-7718302-5519204</p>${summary}</div>`,
    { lang: 'en-AU' }), url).orders[0]!;

  it('a flat run of labels and values: the last label without a value does not take the one before it', () => {
    const o = read(`<div class="grid"><div>Ship by</div><div>Tue, 8 Dec 2026</div><div>Carrier</div></div>`);
    expect(o.shipBy).toBe('2026-12-08T23:59:59+11:00');
    expect(o.carrier).toBeNull();
  });

  it('a heading above a caption is the section title, not the value', () => {
    expect(read(`<div class="box"><h3>Australia Post</h3><div>Carrier</div></div>`).carrier).toBeNull();
  });

  it('a box with words of its own beside the two elements is not one field', () => {
    expect(read(`<div class="box">Shipped with <b>Australia Post</b><span>Carrier</span></div>`).carrier).toBeNull();
  });
});
