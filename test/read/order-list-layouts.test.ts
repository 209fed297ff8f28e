// Manage Orders in layouts without data-test-ids: columns in another order read by the header above each cell, and
// rows drawn inside Katal rows' shadow roots.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('Manage Orders with columns reordered and no data-test-ids (French UI)', () => {
  const row = (id: string, status: string, date: string, time: string) => `<tr>
    <td><a href="/orders-v3/order/${id}">${id}</a><div>Mode d'expédition : Vendeur</div></td>
    <td><div>${date}</div><div class="a-color-secondary">${time}</div></td>
    <td><span class="main-status ${status}-status">x</span></td></tr>`;
  const html = page(`<div id="MYO-app"><table class="grid-v4"><thead><tr><th>Détails de la commande</th><th>Date de commande</th>
    <th>Statut de la commande</th></tr></thead><tbody>
    ${row('171-2290384-5561203', 'unshipped', '23 nov. 2026', '19:12 CET')}
    ${row('171-8810293-4410287', 'shipped', '21 nov. 2026', '08:05 CET')}</tbody></table></div>`, { lang: 'fr-FR' });

  it('reads the order date from the column headed "Date de commande"', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.fr/orders-v3');
    expect(r.orders.map((o) => [o.orderId, o.status, o.purchaseDate])).toEqual([
      ['171-2290384-5561203', 'unshipped', '2026-11-23T19:12:00+01:00'],
      ['171-8810293-4410287', 'shipped', '2026-11-21T08:05:00+01:00'],
    ]);
  });

  it('a row with a cell more than the header is not read by the header', () => {
    const shifted = html.replace('<td><div>23 nov. 2026</div>', '<td>—</td><td><div>23 nov. 2026</div>');
    const r = readHtml(shifted, 'https://sellercentral.amazon.fr/orders-v3');
    expect(r.orders[0]!.purchaseDate).toBeNull();
    expect(r.missing).toContain('orders[0].purchaseDate');
  });
});

describe('Manage Orders rows inside Katal shadow roots (Australia)', () => {
  const row = (id: string, status: string) => `<kat-table-row><template shadowrootmode="open"><div part="row">
    <span>21/11/2026 10:15 AEDT</span><a href="/orders-v3/order/${id}">${id}</a><span>${status}</span></div></template></kat-table-row>`;
  it('reads each order and its status word; the unlabelled date is not taken for a purchase date', () => {
    const r = readHtml(page(`<div id="MYO-app"><h1>Manage Orders</h1><kat-table><kat-table-body>
      ${row('250-1102938-4471029', 'Pending')}${row('250-7720193-1182930', 'Shipped')}</kat-table-body></kat-table></div>`, { lang: 'en-AU' }),
    'https://sellercentral.amazon.com.au/orders-v3/mfn/all');
    expect(r.orders.map((o) => [o.orderId, o.status, o.purchaseDate])).toEqual([
      ['250-1102938-4471029', 'pending', null], ['250-7720193-1182930', 'shipped', null],
    ]);
    expect(r.missing).not.toContain('orders');
  });
});
