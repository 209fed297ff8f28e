// A shipment drawn as a timeline of steps instead of a package box: a step that begins with "Shipped" or "Delivered"
// (in the page's language) and a date right after it gives that event's date; a step worded otherwise, a status pill
// beside a deadline, or the same step twice with two dates gives none.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const html = (steps: string, extra = '') => page(`<main id="sc-content-container"><article class="pedido">
  <h1>Pedido <bdi>701-4471029-3385120</bdi></h1>${extra}
  <p><span class="l">Enviar até</span> <time>qua., 2 dez. 2026</time></p>
  <section class="envio"><ol class="linha">${steps}</ol></section></article></main>`, { lang: 'pt-BR' });
const step = (word: string, date: string, more = '') => `<li class="p"><span class="r">${word}</span> <span class="d">${date}</span>${more}</li>`;
const url = 'https://sellercentral.amazon.com.br/orders-v3/order/701-4471029-3385120';

describe('a shipment timeline (Portuguese UI, amazon.com.br)', () => {
  it('reads the shipped and delivered steps by their words', () => {
    const r = readHtml(html(step('Etiqueta comprada', '30 nov. 2026') + step('Enviado', 'ter., 1 dez. 2026', ' · <span>Correios</span>') +
      step('Entregue', 'qui., 3 dez. 2026')), url);
    expect(r.orders[0]).toEqual(expect.objectContaining({ orderId: '701-4471029-3385120', shipBy: '2026-12-02T23:59:59-03:00',
      shippedAt: '2026-12-01T00:00:00-03:00', deliveredAt: '2026-12-03T00:00:00-03:00' }));
  });

  it('a step shown twice with two dates is unknown', () => {
    const r = readHtml(html(step('Enviado', '1 dez. 2026') + step('Enviado', '2 dez. 2026')), url);
    expect(r.orders[0]?.shippedAt).toBeNull();
    expect(r.missing).toContain('orders[0].shippedAt');
  });

  it('a step whose date comes with more words, or that says something before its word, gives nothing', () => {
    const r = readHtml(html(step('Enviado', 'enviar até 2 dez. 2026') + '<li><b>Pacote 1</b> <span>Entregue</span> <span>3 dez. 2026</span></li>'), url);
    expect(r.orders[0]).toEqual(expect.objectContaining({ shippedAt: null, deliveredAt: null }));
  });
});

describe('the fulfilment channel in British spelling (amazon.in)', () => {
  it('reads "Fulfilment channel: Amazon" as fulfilled by Amazon', () => {
    const r = readHtml(page(`<main id="sc-content-container"><div class="o"><h1>Order details</h1>
      <p>Order ID: <span>#408-1120394-5583016</span></p>
      <div class="kv"><span class="k">Fulfilment channel</span><span class="v">Amazon</span></div></div></main>`, { lang: 'en-IN' }),
    'https://sellercentral.amazon.in/orders-v3/order/408-1120394-5583016');
    expect(r.orders[0]).toEqual(expect.objectContaining({ orderId: '408-1120394-5583016', fulfillment: 'AFN' }));
  });
});
