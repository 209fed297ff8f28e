// Pages built to hurt a reader: huge tables, absurd nesting, megabyte text nodes (regex backtracking), and text
// that looks like markup. readPage must return in a generous time without throwing, invent nothing, and treat
// markup-looking text as text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import type { PageReading } from '../../src/model.ts';
import { REFERENCE_DIR } from '../read-fixtures/pages.ts';
import { violations } from './invariants.ts';

const BOUND_MS = 10_000;
const reference = (name: string) => readFileSync(REFERENCE_DIR + name, 'utf8');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function replaceOnce(html: string, find: string | RegExp, by: string): string {
  const out = html.replace(find, () => by);
  if (out === html) throw new Error(`hostile page builder: ${String(find)} not found in the reference page`);
  return out;
}

/**
 * Reads the page under a time bound and checks the no-invention invariants. The bound is on this process's CPU time,
 * not the wall clock, so that other work on a shared machine cannot make the test flaky; it still catches a reader
 * that backtracks or walks the page quadratically.
 */
function readTimed(html: string, url: string): { reading: PageReading; ms: number; doc: Document } {
  const doc = loadPage(html, url);
  const cpu = process.cpuUsage();
  const reading = readPage(doc, url);
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  expect(ms, `readPage used ${Math.round(ms)} ms of CPU`).toBeLessThan(BOUND_MS);
  expect(violations(reading, doc, url)).toEqual([]);
  return { reading, ms, doc };
}

// ---- 10,000-row Manage Orders table ----
const ORDER_COUNT = 10_000;
const idFor = (i: number) => `${111 + (i % 4)}-${String(1_000_000 + i).padStart(7, '0')}-${String(9_000_000 - i).padStart(7, '0')}`;
const STATUSES = [['unshipped', 'Unshipped'], ['shipped', 'Shipped'], ['delivered', 'Delivered'], ['canceled', 'Canceled'], ['pending', 'Pending']] as const;

function ordersRow(i: number): string {
  const id = idFor(i);
  const [cls, word] = STATUSES[i % STATUSES.length]!;
  return `<tr class="myo-order-first-row" data-order-id="${id}"><td data-test-id="oth-order-date"><div class="cell-body"><div>Nov 20, 2026</div><div class="a-color-secondary">9:41 AM PST</div></div></td>`
    + `<td data-test-id="oth-order-details"><div class="cell-body"><div class="cell-body-title"><a class="a-link-normal" href="/orders-v3/order/${id}">${id}</a></div><div><span class="a-color-secondary">Fulfillment method:</span> Seller</div></div></td>`
    + `<td data-test-id="oth-customer-option"><div class="cell-body"><div><span class="a-color-secondary">Ship by date:</span> Nov 23, 2026</div><div><span class="a-color-secondary">Deliver by date:</span> Nov 26, 2026 to Dec 1, 2026</div></div></td>`
    + `<td data-test-id="oth-order-status"><div class="cell-body"><span class="main-status ${cls}-status">${word}</span></div></td></tr>`;
}

function hugeOrdersTable(): string {
  const rows = Array.from({ length: ORDER_COUNT }, (_, i) => ordersRow(i)).join('\n');
  const page = replaceOnce(reference('orders-list-us.html'), /<tbody>[\s\S]*?<\/tbody>/, `<tbody>\n${rows}\n</tbody>`);
  return page.replace('<span>12 orders</span>', `<span>${ORDER_COUNT} orders</span>`);
}

// ---- 2,000 nested divs around the order details ----
function deeplyNestedOrder(depth: number): string {
  const open = '<div class="a-row nest">'.repeat(depth);
  const close = '</div>'.repeat(depth);
  const page = reference('order-details-us-unshipped.html');
  const start = page.indexOf('<div class="a-container myo-order-details">');
  const end = page.indexOf('<template id="myo-od-package-row-template">');
  if (start < 0 || end < start) throw new Error('hostile page builder: order details container not found');
  return page.slice(0, start) + open + page.slice(start, end) + close + page.slice(end);
}

// ---- megabyte text nodes ----
const MEGABYTE = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);
const BUYER_P = /<p>Hi, the tracking says[^<]*<\/p>/;

function messageWith(bodyHtml: string): string {
  return replaceOnce(reference('messages-thread-us.html'), BUYER_P, `<p>${bodyHtml}</p>`);
}

function deliverByWith(text: string): string {
  return replaceOnce(reference('order-details-us-unshipped.html'), /(order-summary-deliverby-value">)[^<]*</, `$1${escapeHtml(text)}<`);
}

const ORDER_URL = 'https://sellercentral.amazon.com/orders-v3/order/112-7730914-2068351';
const THREAD_URL = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=113-4829137-5520614';

describe('hostile inputs', () => {
  it(`reads a ${ORDER_COUNT.toLocaleString('en-US')}-row Manage Orders table, every row, within ${BOUND_MS / 1000} s of CPU`, () => {
    const { reading } = readTimed(hugeOrdersTable(), 'https://sellercentral.amazon.com/orders-v3?page=1');
    expect(reading.kind).toBe('order-list');
    expect(reading.orders).toHaveLength(ORDER_COUNT);
    expect(reading.orders.map((o) => o.orderId)).toEqual(Array.from({ length: ORDER_COUNT }, (_, i) => idFor(i)));
    expect(reading.orders.map((o) => o.status)).toEqual(Array.from({ length: ORDER_COUNT }, (_, i) => STATUSES[i % STATUSES.length]![0]));
  }, 240_000);

  it('reads order details buried under 2,000 nested divs', () => {
    const { reading } = readTimed(deeplyNestedOrder(2000), ORDER_URL);
    expect(reading.kind).toBe('order-details');
    expect(reading.orders[0]?.orderId).toBe('112-7730914-2068351');
    expect(reading.orders[0]?.status).toBe('unshipped');
  }, 120_000);

  it('reads a buyer message of 1 MB of text', () => {
    const words = fill('lost package please help ');
    const { reading } = readTimed(messageWith(words), THREAD_URL);
    expect(reading.kind).toBe('messages');
    const buyer = reading.messages.find((m) => m.from === 'buyer');
    // Whether a reader keeps all of an impossible 1 MB message or cuts it is its choice; it must still be the message.
    expect(buyer?.text.startsWith('lost package please help')).toBe(true);
  }, 120_000);

  it.each([
    ['date-like', 'Thu, Nov 19, 2026 to '],
    ['order-id-like', '111-2222222-'],
    ['digits', '1234567890'],
    ['spaces', ' \u00a0 \t '],
    ['separators', ' to to bis ～ 至 - '],
  ])('does not hang on a 1 MB %s deliver-by value', (_what, unit) => {
    const { reading } = readTimed(deliverByWith(fill(unit)), ORDER_URL);
    expect(reading.kind).toBe('order-details');
  }, 120_000);

  it('keeps markup-looking buyer text as text, verbatim, and creates no elements from it', () => {
    const hostile = '<img src=x onerror="alert(1)"> <script>alert(2)</script> {{constructor.constructor(\'alert(3)\')()}} javascript:alert(4)';
    const { reading, doc } = readTimed(messageWith(escapeHtml(hostile)), THREAD_URL);
    const buyer = reading.messages.find((m) => m.from === 'buyer');
    expect(buyer?.text).toBe(hostile);
    expect(doc.querySelectorAll('img[onerror], .thread-message-body script')).toHaveLength(0);
  });

  it('keeps markup-looking text in a carrier cell as text', () => {
    const page = replaceOnce(reference('order-details-us-buyshipping-delivered.html'), /(<div class="a-row a-color-secondary">Carrier<\/div><div class="a-row">)UPS</, `$1${escapeHtml('<img src=x onerror=alert(1)>')}<`);
    const { reading, doc } = readTimed(page, 'https://sellercentral.amazon.com/orders-v3/order/113-4829137-5520614');
    const carrier = reading.orders[0]?.carrier;
    expect(carrier === null || carrier === '<img src=x onerror=alert(1)>').toBe(true);
    expect(doc.querySelectorAll('img[onerror]')).toHaveLength(0);
  });
});
