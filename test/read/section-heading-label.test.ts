// A section heading that is also a field's name ("<h4>Fulfilment</h4>" over a table holding "Fulfilled by | Seller")
// titles its section: the section is not the field's value, and the label inside gives it. Fulfilment worded as who
// fulfils ("Fulfilled by", "Metodo di gestione", "Canal de gestión").
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('order pages whose fulfilment sits under a section heading of the same name', () => {
  it('English (amazon.sg): "Fulfilment" heading over "Fulfilled by | Seller"', () => {
    const id = '503-2291837-6610294';
    const html = page(`<main id="sc-content-container"><div class="od"><h1>Order ${id}</h1>
      <section><h4>Fulfilment</h4><table><tr><td>Fulfilled by</td><td>Seller</td></tr><tr><td>Shipping service</td><td>Standard</td></tr></table></section>
      <section><h4>Status</h4><p>Payment method: Prepaid</p></section></div></main>`, { lang: 'en-SG' });
    const o = readHtml(html, `https://sellercentral.amazon.sg/orders-v3/order/${id}`).orders[0]!;
    expect(o).toEqual(expect.objectContaining({ fulfillment: 'MFN', shippingService: 'Standard', status: null }));
  });

  it('Spanish (amazon.com.mx): "Canal de gestión" caption under "Amazon"', () => {
    const id = '701-2290183-5518273';
    const html = page(`<main id="sc-content-container"><div class="od"><h1>Detalles del pedido</h1><div>ID del pedido: ${id}</div>
      <div class="f"><div class="v">Amazon</div><div class="l">Canal de gestión</div></div></div></main>`, { lang: 'es-MX' });
    expect(readHtml(html, `https://sellercentral.amazon.com.mx/orders-v3/order/${id}`).orders[0]?.fulfillment).toBe('AFN');
  });
});
