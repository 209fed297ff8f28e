// Manage Orders -> one OrderFacts per order, in page order. Each line item is its own <tr>; an order's first row
// carries the order link, dates, labelled lines and status, its item rows carry only products.
//
// Speed matters here (a 250-row page must cost at most 3x one querySelectorAll('*') walk): rows are visited once
// and read with tag, class and attribute lookups scoped to the row, never a selector query per row. Only a first
// row that shows none of the labels we know is walked again for labels in another layout.
import type { OrderFacts } from '../model.ts';
import { contentRoot, type ReadContext } from './context.ts';
import { parseFirstDate, parseDeadline } from './dates.ts';
import { collapse, deepQueryAll, inNoise, linkedOrderId, textOf } from './dom.ts';
import { emptyOrder } from './facts.ts';
import { inlinePair, readColumnTable, readLabelled, type ColumnTable } from './labelled.ts';
import { labelLookup, normalizeLabel, orderStatusFromValue, type FieldKey } from './labels.ts';
import { fulfillmentFrom } from './order-details.ts';
import { orderStatusOf, statusWordIn } from './order-status.ts';
import { ORDER_LIST as S } from './selectors/order-list.ts';

const ROW_FIELDS = ['shipBy', 'deliverBy', 'purchaseDate', 'fulfillment', 'shippingService', 'orderStatus'] as const satisfies readonly FieldKey[];
const rowLookup = labelLookup(ROW_FIELDS);

function findTable(doc: Document, root: Element): Element | null {
  const byId = doc.getElementById(S.tableId);
  if (byId && root.contains(byId)) return byId;
  const inContainer = root.getElementsByClassName(S.tableContainerClass)[0]?.getElementsByTagName('table')[0];
  if (inContainer) return inContainer;
  // An unknown layout: the table that holds the first order link.
  const link = [...root.querySelectorAll(`table ${S.orderLink}`)].find((a) => !inNoise(a, root));
  return link?.closest('table') ?? null;
}

/** The table's own body rows (not its header, not rows of tables nested in cells), by sibling steps. */
function bodyRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let section = table.firstElementChild; section; section = section.nextElementSibling) {
    if (section.tagName === 'TR') rows.push(section);
    else if (section.tagName === 'TBODY' || section.tagName === 'TFOOT') {
      for (let row = section.firstElementChild; row; row = row.nextElementSibling) if (row.tagName === 'TR') rows.push(row);
    }
  }
  return rows;
}

function orderLinkOf(row: Element): Element | null {
  // A link drawn as a Katal element (<kat-link href=…>) is a link too.
  for (const tag of ['a', S.katalLinkTag]) {
    const links = row.getElementsByTagName(tag);
    for (let i = 0; i < links.length; i++) {
      const a = links.item(i)!;
      const href = a.getAttribute('href') ?? '';
      if (S.orderLinkPaths.some((p) => href.includes(p))) return a;
    }
  }
  return null;
}

/** Labelled lines "<span>Ship by date:</span> Nov 27, 2026": the text after the label in the label's parent. */
function labelsOf(row: Element): Map<FieldKey, string> {
  const out = new Map<FieldKey, string>();
  const candidates = row.getElementsByClassName(S.labelClass);
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates.item(i)!;
    if (el.firstElementChild) continue;
    const label = el.textContent ?? '';
    const key = rowLookup(label);
    if (!key) {
      // Label and value in one element ("Ship by date: Nov 27, 2026").
      const inline = inlinePair(collapse(label), rowLookup);
      if (inline && !out.has(inline.key)) out.set(inline.key, inline.value);
      continue;
    }
    if (out.has(key)) continue;
    const line = collapse(el.parentElement?.textContent);
    const norm = normalizeLabel(label);
    const at = line.toLowerCase().indexOf(norm);
    out.set(key, at >= 0 ? collapse(line.slice(at + norm.length).replace(/^[\s:：]+/u, '')) : '');
  }
  if (out.size === 0) {
    // Markup we do not know: any labelled value in the row, however it is laid out.
    for (const [k, v] of readLabelled(row, rowLookup)) if (v) out.set(k, v.value);
  }
  return out;
}

/**
 * The field each column's header names ("Order date"), read once per table: rows whose cells carry no data-test-id
 * (a redesign, columns in another order) are read by the header above each cell instead.
 */
interface Columns {
  fields: (FieldKey | undefined)[];
  /** The header is another table's: a cell is taken as its column's value only when it holds no other field's label. */
  split: boolean;
}

function headerFields(table: Element, root: Element): Columns {
  const own = table.getElementsByTagName('thead')[0]?.getElementsByTagName('tr')[0];
  const head = own ?? splitHeader(table, root);
  if (!head) return { fields: [], split: false };
  const out: (FieldKey | undefined)[] = [];
  for (let cell = head.firstElementChild; cell; cell = cell.nextElementSibling) out.push(rowLookup(collapse(cell.textContent)));
  return { fields: out, split: !own };
}

/** Cells of a row that are table cells (th or td). */
function cellCount(row: Element): number {
  let n = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'TD' || c.tagName === 'TH') n++;
  return n;
}

/**
 * A header drawn as a table of its own above a body-only table (a sticky header): the nearest table before it that
 * holds a header row and no body rows, and only when its header has as many cells as the body's rows, so that each
 * header cell stands over one column.
 */
function splitHeader(table: Element, root: Element): Element | null {
  const firstRow = bodyRows(table).find((r) => cellCount(r) > 0);
  if (!firstRow) return null;
  const tables = [...root.getElementsByTagName('table')];
  for (let i = tables.indexOf(table as HTMLTableElement) - 1; i >= 0; i--) {
    const t = tables[i]!;
    if (t.contains(table) || inNoise(t, root)) continue;
    const head = t.getElementsByTagName('thead')[0]?.getElementsByTagName('tr')[0] ??
      [...t.getElementsByTagName('tr')].find((r) => r.getElementsByTagName('th').length > 0 && r.getElementsByTagName('td').length === 0);
    if (!head) return null;
    if ([...t.getElementsByTagName('td')].length > 0) return null;
    return cellCount(head) === cellCount(firstRow) ? head : null;
  }
  return null;
}

/** Does the cell hold a labelled line of some field ("Ship by date: …")? Then it is not one column's bare value. */
function holdsLabel(cell: Element): boolean {
  for (const el of cell.getElementsByTagName('*')) {
    if (el.childElementCount !== 0) continue;
    const t = collapse(el.textContent);
    if (t && (rowLookup(t) || inlinePair(t, rowLookup))) return true;
  }
  return false;
}

function readRow(ctx: ReadContext, row: Element, orderId: OrderFacts['orderId'], header: Columns = { fields: [], split: false }): OrderFacts {
  const columns = header.fields;
  const order = emptyOrder(orderId);
  let dateCell: Element | null = null, title: Element | null = null;
  const byHeader = new Map<FieldKey, Element>();
  let i = 0;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling, i++) {
    const id = cell.getAttribute('data-test-id');
    if (id === S.orderDateCell) dateCell = cell;
    else if (id === S.customerOptionCell) title = cell.getElementsByClassName(S.cellTitleClass)[0] ?? null;
    const key = columns[i];
    if (key && cell.tagName === 'TD' && !(header.split && holdsLabel(cell))) byHeader.set(key, cell);
  }
  // A header is trusted only when the row has one cell per header cell: otherwise cells and headers do not line up.
  if (i !== columns.length) byHeader.clear();
  dateCell ??= byHeader.get('purchaseDate') ?? null;
  const labels = labelsOf(row);
  for (const [key, cell] of byHeader) if (!labels.has(key) && key !== 'purchaseDate') labels.set(key, textOf(cell));
  // "Today" / "1 day ago", then "Nov 23, 2026", then "1:05 PM PST" on its own line: the cell's text reads as one.
  order.purchaseDate = parseFirstDate(dateCell ? textOf(dateCell) : labels.get('purchaseDate'), ctx.dates);
  order.shipBy = parseDeadline(labels.get('shipBy'), ctx.dates);
  order.deliverBy = parseDeadline(labels.get('deliverBy'), ctx.dates);
  order.fulfillment = fulfillmentFrom(labels.get('fulfillment'));
  order.shippingService = collapse(title?.textContent) || labels.get('shippingService') || null;
  order.status = orderStatusOf(row.getElementsByClassName(S.statusClass)[0]);
  if (!order.status) {
    const word = labels.get('orderStatus');
    order.status = word ? orderStatusFromValue(word) : null;
  }
  return order;
}

/** Null when the page has no orders table at all (the caller reports it); [] for a table with no orders. */
export function readOrderList(ctx: ReadContext): OrderFacts[] | null {
  const root = contentRoot(ctx.doc);
  const table = findTable(ctx.doc, root);
  if (!table) return root.querySelector(S.signature) ? [] : readCards(ctx, root);
  const orders: OrderFacts[] = [];
  const seen = new Set<string>();
  const columns = headerFields(table, root);
  for (const row of bodyRows(table)) {
    // Item rows have no order link: their order was read from its first row.
    const link = orderLinkOf(row);
    if (!link) continue;
    const orderId = linkedOrderId(link);
    if (!orderId || seen.has(orderId)) continue;
    seen.add(orderId);
    orders.push(readRow(ctx, row, orderId, columns));
  }
  return orders;
}

/**
 * Orders shown as cards, not table rows (a redesign): each order link's card is its largest ancestor that holds no
 * other order's link. Its labelled values and its one status word are read like a row's. Null when the page shows
 * no order links, or when the cards cannot be told apart (then the caller reports the rows unread).
 */
function readCards(ctx: ReadContext, root: Element): OrderFacts[] | null {
  let links = [...root.querySelectorAll(S.orderLink)].filter((a) => !inNoise(a, root));
  // Rows drawn inside Katal rows' open shadow roots: their links are only there.
  if (links.length === 0) links = deepQueryAll(root, S.orderLink);
  const idOf = linkedOrderId;
  const ids = new Set(links.map(idOf).filter((id) => id !== null));
  if (ids.size === 0) return null;
  const orders: OrderFacts[] = [];
  const seen = new Set<string>();
  const tables = new Map<Element, ColumnTable | null>();
  for (const link of links) {
    const orderId = idOf(link);
    if (!orderId || seen.has(orderId)) continue;
    seen.add(orderId);
    let card: Element = link;
    while (card.parentElement && card.parentElement !== root && onlyOrder(card.parentElement, orderId, idOf)) card = card.parentElement;
    if (card === link) return null;
    orders.push(readCard(ctx, card, orderId, tables));
  }
  return orders;
}

function onlyOrder(el: Element, orderId: string, idOf: (a: Element) => string | null): boolean {
  for (const a of el.querySelectorAll(S.orderLink)) if (idOf(a) !== orderId) return false;
  return true;
}

/**
 * A card that is a row of a table with a header (Katal rows in the light DOM): the cells under the header's labels
 * ("Order date"), for the fields the row's own labels do not give.
 */
function columnValues(card: Element, tables: Map<Element, ColumnTable | null>): Map<FieldKey, string> {
  const out = new Map<FieldKey, string>();
  const table = card.closest('table, kat-table, [role="grid"], [role="table"]');
  if (!table || !(/^(TR|KAT-TABLE-ROW)$/.test(card.tagName) || card.getAttribute('role') === 'row')) return out;
  if (!tables.has(table)) tables.set(table, readColumnTable(table, rowLookup));
  const row = tables.get(table)?.rows.find((r) => [...r.values()].some((c) => card.contains(c.el)));
  for (const [k, c] of row ?? []) if (c.text) out.set(k, c.text);
  return out;
}

function readCard(ctx: ReadContext, card: Element, orderId: OrderFacts['orderId'], tables = new Map<Element, ColumnTable | null>()): OrderFacts {
  const order = emptyOrder(orderId);
  const labels = new Map<FieldKey, string>();
  for (const [k, v] of readLabelled(card, rowLookup)) if (v) labels.set(k, v.value);
  for (const [k, v] of columnValues(card, tables)) if (!labels.has(k)) labels.set(k, v);
  order.purchaseDate = parseFirstDate(labels.get('purchaseDate'), ctx.dates);
  order.shipBy = parseDeadline(labels.get('shipBy'), ctx.dates);
  order.deliverBy = parseDeadline(labels.get('deliverBy'), ctx.dates);
  order.fulfillment = fulfillmentFrom(labels.get('fulfillment'));
  order.shippingService = labels.get('shippingService') ?? null;
  order.status = orderStatusOf(card.getElementsByClassName(S.statusClass)[0]) ??
    (labels.has('orderStatus') ? orderStatusFromValue(labels.get('orderStatus')!) : null) ?? statusWordIn(card, orderId);
  return order;
}
