// An order id printed as three digit groups in elements of their own ("<span>406</span>-<span>2281930</span>-…"):
// element boundaries read as spaces, yet the page shows the id, and the page's address may name it.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const split = (id: string) => id.split('-').map((g) => `<span>${g}</span>`).join('-');

describe('an order details page whose id is split over spans (Spanish UI, amazon.es)', () => {
  const html = (idMarkup: string) => page(`<main id="sc-content-container"><div class="pedido">
    <h1>Detalles del pedido</h1><div class="cab"><span class="k">Número de pedido</span> <span class="v">${idMarkup}</span></div>
    <table><tr><th>Fecha de compra</th><td>jue, 3 dic 2026</td></tr><tr><th>Enviar antes del</th><td>lun, 7 dic 2026</td></tr></table>
    </div></main>`, { lang: 'es-ES' });
  const url = 'https://sellercentral.amazon.es/orders-v3/order/402-5517730-2298146';

  it('reads the id by its label, the groups joined again', () => {
    const r = readHtml(html(split('402-5517730-2298146')), url);
    expect(r.orders).toEqual([expect.objectContaining({ orderId: '402-5517730-2298146',
      purchaseDate: '2026-12-03T00:00:00+01:00', shipBy: '2026-12-07T23:59:59+01:00' })]);
  });

  it("takes the address's id as shown when the page prints it split without a label it knows", () => {
    const r = readHtml(html(split('402-5517730-2298146')).replace('Número de pedido', 'Pedido'), url);
    expect(r.orders.map((o) => o.orderId)).toEqual(['402-5517730-2298146']);
  });

  it("never the address's id when the page splits another one", () => {
    const r = readHtml(html(split('402-5517730-2298147')).replace('Número de pedido', 'Pedido'), url);
    expect(r.orders.map((o) => o.orderId)).not.toContain('402-5517730-2298146');
  });
});
