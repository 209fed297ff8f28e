// Manage Orders whose column header is a table of its own above a body-only table (a sticky header), in the Spanish
// UI on amazon.com: columns are found by the header table when its cells line up with the body's, never otherwise.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtml } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/pages/orders-list-us-spanish-split-header.html', import.meta.url));
const URL_US = 'https://sellercentral.amazon.com/orders-v3/mfn/all';
const html = readFileSync(FIXTURE, 'utf8');

describe('a header table split from the body table', () => {
  it('reads the order date and status by the header table\'s columns', () => {
    const r = readHtml(html, URL_US);
    expect(r.orders.map((o) => [o.orderId, o.purchaseDate, o.status])).toEqual([
      ['113-6620194-3318407', '2026-12-05T08:15:00-08:00', 'unshipped'],
      ['113-2291740-5580316', '2026-12-04T17:40:00-08:00', 'shipped'],
    ]);
  });

  it('reads the Spanish labels for the delivery deadline and the fulfilment method', () => {
    const r = readHtml(html, URL_US);
    expect(r.orders.map((o) => [o.deliverBy, o.fulfillment])).toEqual([
      ['2026-12-14T23:59:59-08:00', 'MFN'], ['2026-12-10T23:59:59-08:00', 'MFN']]);
  });

  it('a header table whose cells do not line up with the body\'s is not used: the date stays unknown', () => {
    const r = readHtml(html.replace('<th></th><th>Fecha del pedido</th>', '<th>Fecha del pedido</th>'), URL_US);
    expect(r.orders.map((o) => o.purchaseDate)).toEqual([null, null]);
    expect(r.missing).toEqual(expect.arrayContaining(['orders[0].purchaseDate', 'orders[1].purchaseDate']));
  });

  it('a header cell over a cell that holds other fields\' labels is not that cell\'s column: no ship-by date is taken for the order date', () => {
    const moved = html.replace('<th></th><th>Fecha del pedido</th><th>Estado del pedido</th><th>Detalles del pedido</th><th>Opción del cliente</th>',
      '<th></th><th>Opción del cliente</th><th>Estado del pedido</th><th>Detalles del pedido</th><th>Fecha del pedido</th>');
    const r = readHtml(moved, URL_US);
    expect(r.orders.map((o) => o.purchaseDate)).toEqual([null, null]);
    expect(r.orders.map((o) => o.shipBy)).toEqual(['2026-12-08T23:59:59-08:00', '2026-12-07T23:59:59-08:00']);
  });
});
