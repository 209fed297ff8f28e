// The large page both Chromium measurements load: Manage Orders showing 250 orders. The committed fixture is
// used when it exists; otherwise the same kind of page is grown here from the reference order list, by repeating
// its orders (every status, single- and multi-item) under fresh order ids.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './snapshot.ts';
import { seededRandom } from './stats.ts';

export const ORDERS_PAGE_URL = 'https://sellercentral.amazon.com/orders-v3?page=1&date-range=last-30';
export const ORDERS_FIXTURE = 'test/fixtures/pages/orders-list-250.html';
const REFERENCE_LIST = 'test/fixtures/reference/orders-list-us.html';

export interface OrdersPage { html: string; orders: number; origin: string }

export function ordersPage(count = 250): OrdersPage {
  const fixture = join(REPO_ROOT, ORDERS_FIXTURE);
  if (count === 250 && existsSync(fixture)) {
    const html = readFileSync(fixture, 'utf8');
    return { html, orders: countOrders(html), origin: ORDERS_FIXTURE };
  }
  const html = growOrderList(readFileSync(join(REPO_ROOT, REFERENCE_LIST), 'utf8'), count);
  return { html, orders: countOrders(html), origin: `generated from ${REFERENCE_LIST}` };
}

/** Distinct order ids among the table's rows. */
export function countOrders(html: string): number {
  return new Set([...html.matchAll(/<tr\b[^>]*\bdata-order-id="([^"]+)"/g)].map((m) => m[1])).size;
}

/** The reference list with its table body repeated to `count` orders, ids renewed, counts in the chrome updated. */
export function growOrderList(reference: string, count: number): string {
  const open = reference.indexOf('<tbody>');
  const close = reference.indexOf('</tbody>', open);
  if (open < 0 || close < 0) throw new Error('the reference order list has no table body');
  const body = reference.slice(open + '<tbody>'.length, close);
  const rows = body.split(/(?=<tr\b)/).filter((r) => r.startsWith('<tr'));
  const groups: { id: string; rows: string }[] = [];
  for (const row of rows) {
    const id = /data-order-id="([^"]+)"/.exec(row)?.[1];
    if (!id) continue;
    const last = groups.at(-1);
    if (last?.id === id) last.rows += row; else groups.push({ id, rows: row });
  }
  if (groups.length === 0) throw new Error('the reference order list has no order rows');
  const rand = seededRandom(250);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  let grown = '';
  for (let i = 0; i < count; i++) {
    const g = groups[i % groups.length]!;
    grown += g.rows.split(g.id).join(`${g.id.slice(0, 3)}-${digits(7)}-${digits(7)}`);
  }
  return (reference.slice(0, open + '<tbody>'.length) + grown + reference.slice(close))
    .replace(/<span>\d+ orders<\/span>/, `<span>${count} orders</span>`)
    .replace(/Showing 1-\d+ of \d+ orders/, `Showing 1-${count} of ${count} orders`);
}
