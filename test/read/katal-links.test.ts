// A link drawn as a Katal element (<kat-link href="/orders-v3/order/…" label="…">) is a link to its order like an
// <a>: a list whose rows name their order only that way is read row by row, each row with its own order.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('Manage Orders as Katal rows whose order is only a kat-link (amazon.de, German)', () => {
  const row = (id: string, day: string, ship: string, status: string) => `<kat-table-row>
    <kat-table-cell><div>${day}</div><div>14:05</div></kat-table-cell>
    <kat-table-cell><kat-link href="/orders-v3/order/${id}" label="${id}"></kat-link><div>Versandart: Verkäufer</div></kat-table-cell>
    <kat-table-cell><div>Versand bis: ${ship}</div></kat-table-cell>
    <kat-table-cell><span class="chip">${status}</span></kat-table-cell></kat-table-row>`;
  const html = page(`<main id="sc-content-container"><div id="MYO-app"><h1>Bestellungen verwalten</h1>
    <kat-table><kat-table-head><kat-table-row><kat-table-cell>Bestelldatum</kat-table-cell><kat-table-cell>Bestelldetails</kat-table-cell>
    <kat-table-cell>Versand</kat-table-cell><kat-table-cell>Bestellstatus</kat-table-cell></kat-table-row></kat-table-head>
    <kat-table-body>${row('028-3318274-5519023', '03.12.2026', '04.12.2026', 'Unversandt')}${row('302-7710394-2281647', '01.12.2026', '02.12.2026', 'Versandt')}</kat-table-body>
    </kat-table></div></main>`, { lang: 'de-DE' });

  it('reads each row with its own order id, purchase date, ship-by and status', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.de/orders-v3?page=1');
    expect(r.kind).toBe('order-list');
    expect(r.orders).toEqual([
      expect.objectContaining({ orderId: '028-3318274-5519023', purchaseDate: '2026-12-03T14:05:00+01:00', shipBy: '2026-12-04T23:59:59+01:00', status: 'unshipped' }),
      expect.objectContaining({ orderId: '302-7710394-2281647', purchaseDate: '2026-12-01T14:05:00+01:00', shipBy: '2026-12-02T23:59:59+01:00', status: 'shipped' }),
    ]);
  });
});

describe('a plain table of orders whose link is a kat-link (amazon.com.br, Portuguese)', () => {
  const html = page(`<main id="sc-content-container"><div id="MYO-app"><table><thead><tr><th>Data do pedido</th><th>Pedido</th><th>Enviar até</th></tr></thead>
    <tbody><tr><td>02/12/2026</td><td><kat-link href="/orders-v3/order/701-5520193-8830127" label="701-5520193-8830127"></kat-link></td><td>04/12/2026</td></tr>
    <tr><td>01/12/2026</td><td><kat-link href="/orders-v3/order/701-1102938-4471625" label="701-1102938-4471625"></kat-link></td><td>03/12/2026</td></tr></tbody></table></div></main>`, { lang: 'pt-BR' });

  it('reads one order per row, by the link\'s address', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.com.br/orders-v3');
    expect(r.orders.map((o) => o.orderId)).toEqual(['701-5520193-8830127', '701-1102938-4471625']);
    expect(r.orders[0]).toEqual(expect.objectContaining({ shipBy: '2026-12-04T23:59:59-03:00' }));
  });
});

describe('return requests whose order is a kat-link (amazon.fr, French)', () => {
  const card = (id: string, reason: string) => `<div class="return-request-card"><div>N° de commande : <kat-link href="/orders-v3/order/${id}" label="${id}"></kat-link></div>
    <div>Motif du retour : <span class="return-reason-value">${reason}</span></div></div>`;
  const html = page(`<main id="sc-content-container"><h1>Gérer les retours</h1>${card('171-2203918-6637104', 'Article défectueux')}${card('405-8812730-1192846', 'Ne convient pas')}</main>`, { lang: 'fr-FR' });

  it('gives each return its order', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.fr/gp/returns/list/v2');
    expect(r.returns.map((x) => [x.orderId, x.reason])).toEqual([['171-2203918-6637104', 'Article défectueux'], ['405-8812730-1192846', 'Ne convient pas']]);
  });
});
