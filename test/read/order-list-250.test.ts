// A 250-order Manage Orders page is read whole. How long it takes is the bench's to measure (readOrderList250, in
// Chromium, against one querySelectorAll('*') walk): a timed test here would measure the machine's other work.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { referenceHtml } from './helpers.ts';

const URL_LIST = 'https://sellercentral.amazon.com/orders-v3?page=1&date-range=last-30';

/** The reference Manage Orders page with its rows repeated (new order ids) until it holds `count` orders. */
function bigOrderList(count: number): { doc: Document; ids: string[] } {
  const doc = loadPage(referenceHtml('orders-list-us.html'), URL_LIST);
  const tbody = doc.querySelector('#orders-table tbody')!;
  const template = [...tbody.children];
  const ids: string[] = [];
  tbody.replaceChildren();
  for (let n = 0; ids.length < count; n++) {
    for (const row of template) {
      const copy = row.cloneNode(true) as Element;
      const link = copy.querySelector('a[href*="/orders-v3/order/"]');
      if (link) {
        if (ids.length === count) break;
        const id = `11${n % 5}-${String(1000000 + n).slice(-7)}-${String(ids.length).padStart(7, '0')}`;
        link.textContent = id;
        link.setAttribute('href', `/orders-v3/order/${id}`);
        ids.push(id);
      } else if (ids.length === 0) {
        continue;
      }
      tbody.append(copy);
    }
  }
  return { doc, ids };
}

describe('Manage Orders at 250 orders', () => {
  const { doc, ids } = bigOrderList(250);

  it('reads every order, in page order, with its dates and status', () => {
    const r = readPage(doc, URL_LIST);
    expect(r.orders.map((o) => o.orderId)).toEqual(ids);
    expect(r.orders.every((o) => o.status !== null && o.shipBy !== null && o.purchaseDate !== null)).toBe(true);
  });
});
