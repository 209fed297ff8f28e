// Manage Orders -> one OrderFacts per order, in page order. Each line item is its own <tr>; an order's first row
// carries the order link, dates, labelled lines and status, its item rows carry only products. Rows are read one
// at a time with queries scoped to the row, so a 250-row page costs about one walk of the table.
import { parseOrderId, type OrderFacts } from '../model.ts';
import { contentRoot, type ReadContext } from './context.ts';
import { parseDate, parseFirstDate } from './dates.ts';
import { inNoise, textOf } from './dom.ts';
import { emptyOrder } from './facts.ts';
import { readLabelled } from './labelled.ts';
import { labelLookup, orderStatusFromWord, type FieldKey } from './labels.ts';
import { fulfillmentFrom } from './order-details.ts';
import { orderStatusOf } from './order-status.ts';
import { ORDER_LIST as S } from './selectors/order-list.ts';

const ROW_FIELDS = ['shipBy', 'deliverBy', 'purchaseDate', 'fulfillment', 'shippingService', 'orderStatus'] as const satisfies readonly FieldKey[];
const rowLookup = labelLookup(ROW_FIELDS);

function rowsOf(root: Element): Element[] {
  for (const sel of S.rows) {
    const rows = root.querySelectorAll(sel);
    if (rows.length) return [...rows];
  }
  // An unknown table layout: any row with an order link.
  return [...root.querySelectorAll('tr')].filter((tr) => tr.querySelector(S.orderLink));
}

function readRow(ctx: ReadContext, row: Element, orderId: OrderFacts['orderId']): OrderFacts {
  const order = emptyOrder(orderId);
  const labels = readLabelled(row, rowLookup);

  // "Today" / "1 day ago", then "Nov 23, 2026", then "1:05 PM PST" on its own line: the cell's text reads as one.
  const dateCell = row.querySelector(S.orderDate);
  order.purchaseDate = parseFirstDate(dateCell ? textOf(dateCell) : labels.get('purchaseDate')?.value, ctx.dates);
  order.shipBy = parseDate(labels.get('shipBy')?.value, ctx.dates);
  order.deliverBy = parseDate(labels.get('deliverBy')?.value, ctx.dates);
  order.fulfillment = fulfillmentFrom(labels.get('fulfillment')?.value);
  order.shippingService = textOf(row.querySelector(S.shippingService)) || labels.get('shippingService')?.value || null;

  const statusEl = row.querySelector(S.status);
  order.status = orderStatusOf(statusEl);
  if (!order.status) {
    const word = labels.get('orderStatus')?.value;
    order.status = word ? orderStatusFromWord(word) : null;
  }
  return order;
}

/** Null when the page has no orders table at all (the caller reports it); [] for a table with no orders. */
export function readOrderList(ctx: ReadContext): OrderFacts[] | null {
  const root = contentRoot(ctx.doc);
  const rows = rowsOf(root);
  if (rows.length === 0) return root.querySelector(S.signature) ? [] : null;
  const orders: OrderFacts[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (inNoise(row, root)) continue;
    const link = row.querySelector(S.orderLink);
    // Item rows have no order link: their order was read from its first row.
    if (!link) continue;
    const orderId = parseOrderId(link.textContent) ?? parseOrderId(link.getAttribute('href'));
    if (!orderId || seen.has(orderId)) continue;
    seen.add(orderId);
    orders.push(readRow(ctx, row, orderId));
  }
  return orders;
}
