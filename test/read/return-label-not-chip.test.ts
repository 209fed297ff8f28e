// A return card's status is its chip, never a field's label that sits beside its value: "Return delivered 4 Dec" and
// "Devolución recibida –" are labels whose words happen to be a status's, and counting them as chips made every card
// show two statuses (unknown). German cards may say "Autorisierung" where others say "Genehmigung".
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const kv = (k: string, v: string) => `<div class="kv"><span class="k">${k}</span> <span class="v">${v}</span></div>`;
const card = (id: string, rows: string, chip: string) => `<div class="rcard"><div class="orderDetailsDiv">Order: <a href="/orders-v3/order/${id}">${id}</a></div>
  ${rows}<div class="right"><span class="chip">${chip}</span></div></div>`;

describe('return cards with labels beside their values and a status chip', () => {
  it('UK (en-GB): "Return delivered" and "Refund issued" labels, chips "Refunded" and "Awaiting authorisation"', () => {
    const html = page(`<main id="sc-content-container"><div id="returns-app"><h1>Manage Returns</h1>
      ${card('202-5519283-1104726', kv('Return requested', '1 Dec 2026') + kv('Return delivered', '4 Dec 2026') + kv('Refund issued', '5 Dec 2026'), 'Refunded')}
      ${card('202-8830192-6672015', kv('Return requested', '6 Dec 2026') + kv('Return delivered', '–') + kv('Refund issued', '–'), 'Awaiting authorisation')}</div></main>`, { lang: 'en-GB' });
    const r = readHtml(html, 'https://sellercentral.amazon.co.uk/gp/returns/list/v2');
    expect(r.returns.map((x) => [x.orderId, x.status])).toEqual([['202-5519283-1104726', 'completed'], ['202-8830192-6672015', 'pending-authorization']]);
  });

  it('ES (es-ES): "Devolución recibida" label beside a dash, chip "Autorizada"', () => {
    const html = page(`<main id="sc-content-container"><div id="returns-app"><h1>Gestionar devoluciones</h1>
      ${card('403-7712093-2281947', kv('Devolución solicitada el', '3 dic 2026') + kv('Devolución recibida', '–'), 'Autorizada')}</div></main>`, { lang: 'es-ES' });
    const r = readHtml(html, 'https://sellercentral.amazon.es/gp/returns/list/v2');
    expect(r.returns).toEqual([expect.objectContaining({ orderId: '403-7712093-2281947', status: 'authorized', requestedAt: '2026-12-03T00:00:00+01:00' })]);
  });

  it('German UI on amazon.nl: "Autorisiert" and "Autorisierung erforderlich"', () => {
    const html = page(`<main id="sc-content-container"><div id="returns-app"><h1>Rücksendungen verwalten</h1>
      ${card('404-2291837-5530281', kv('Rücksendung erhalten', '–'), 'Autorisiert')}
      ${card('404-6672019-1182735', kv('Rücksendung erhalten', '–'), 'Autorisierung erforderlich')}</div></main>`, { lang: 'de-DE' });
    const r = readHtml(html, 'https://sellercentral.amazon.nl/gp/returns/list/v2');
    expect(r.returns.map((x) => x.status)).toEqual(['authorized', 'pending-authorization']);
  });

  it('a lone chip that is also a label\'s wording ("Return delivered") is still the status', () => {
    const html = page(`<main id="sc-content-container"><div id="returns-app"><h1>Manage Returns</h1>
      ${card('113-2209183-7728104', kv('Return requested', 'Dec 1, 2026'), 'Return delivered')}</div></main>`);
    const r = readHtml(html, 'https://sellercentral.amazon.com/gp/returns/list/v2');
    expect(r.returns[0]?.status).toBe('received');
  });

  it('so is such a chip beside a labelled line ("Return delivered" beside "Return requested on 1 Dec 2026", amazon.ca)', () => {
    const html = page(`<main id="sc-content-container"><div id="returns-app"><h1>Manage Returns</h1><div class="rcard">
      <div class="top"><span class="chip">Return delivered</span><span>Return requested on 1 Dec 2026</span></div>
      <div class="orderDetailsDiv">Order: <a href="/orders-v3/order/702-5519203-8827104">702-5519203-8827104</a></div></div></div></main>`, { lang: 'en-CA' });
    const r = readHtml(html, 'https://sellercentral.amazon.ca/gp/returns/list/v2');
    expect(r.returns[0]).toEqual(expect.objectContaining({ orderId: '702-5519203-8827104', status: 'received' }));
  });
});
