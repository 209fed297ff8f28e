// The large page both Chromium measurements load: Manage Orders showing 250 orders. In order of preference:
// the committed fixture; the page its generator (scripts/make-orders-fixture.mjs) writes into a scratch folder;
// the reference order list grown here to 250 orders by repeating its orders under fresh ids.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './snapshot.ts';
import { seededRandom } from './stats.ts';

const FIXTURE_NAME = 'orders-list-250';
const FIXTURE_DIR = 'test/fixtures/pages';
const GENERATOR = 'scripts/make-orders-fixture.mjs';
const REFERENCE_LIST = 'test/fixtures/reference/orders-list-us.html';
/** Where the grown reference list is served (the reference list's own address). */
export const GROWN_PAGE_URL = 'https://sellercentral.amazon.com/orders-v3?page=1&date-range=last-30';

export interface OrdersPage { html: string; url: string; orders: number; origin: string }

export function ordersPage(): OrdersPage {
  const fixture = fromFolder(join(REPO_ROOT, FIXTURE_DIR), `${FIXTURE_DIR}/${FIXTURE_NAME}.html`);
  if (fixture) return fixture;
  if (existsSync(join(REPO_ROOT, GENERATOR))) {
    const scratch = mkdtempSync(join(tmpdir(), 'claimwise-bench-orders-'));
    try {
      const run = spawnSync(process.execPath, [join(REPO_ROOT, GENERATOR), '--out', scratch], { encoding: 'utf8' });
      const page = run.status === 0 ? fromFolder(scratch, `written by ${GENERATOR}`) : null;
      if (page) return page;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const html = growOrderList(readFileSync(join(REPO_ROOT, REFERENCE_LIST), 'utf8'), 250);
  return { html, url: GROWN_PAGE_URL, orders: countOrders(html), origin: `grown from ${REFERENCE_LIST}` };
}

function fromFolder(dir: string, origin: string): OrdersPage | null {
  const file = join(dir, `${FIXTURE_NAME}.html`);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const expected = join(dir, `${FIXTURE_NAME}.expected.json`);
  const url = existsSync(expected) ? (JSON.parse(readFileSync(expected, 'utf8')) as { url?: string }).url : undefined;
  return { html, url: url ?? GROWN_PAGE_URL, orders: countOrders(html), origin };
}

/** Distinct order ids among the table's rows (row templates with placeholders are not orders). */
export function countOrders(html: string): number {
  return new Set([...html.matchAll(/<tr\b[^>]*\bdata-order-id="(\d{3}-\d{7}-\d{7})"/g)].map((m) => m[1])).size;
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
