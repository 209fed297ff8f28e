// Manage returns (v2 list, /manage/returns/mfn) -> one ReturnFacts per return request card, in page order.
// Status is mapped from the displayed wording (RETURN_STATUS_WORDS); reason stays as displayed.
import { parseOrderId, type ReturnFacts, type ReturnStatus } from '../model.ts';
import { cardsByOrderLink, flatRuns } from './cards.ts';
import { contentRoot, type ReadContext } from './context.ts';
import { parseDate } from './dates.ts';
import { inNoise, linkedOrderId, textOf } from './dom.ts';
import { emptyReturn } from './facts.ts';
import { datedPair, inlinePair, readColumnTables, readLabelled, type ColumnCell } from './labelled.ts';
import { RETURN_STATUS_WORDS, isStatusWording, labelLookup, mentionsAffirmed } from './labels.ts';
import { RETURNS as S } from './selectors/returns.ts';

const returnLookup = labelLookup(['orderId', 'returnRequestDate', 'returnDelivered', 'refundIssued', 'returnReason',
  'returnStatus', 'returnTrackingId']);

export function returnStatusFrom(text: string | null | undefined): ReturnStatus | null {
  if (!text) return null;
  for (const [status, words] of RETURN_STATUS_WORDS) if (mentionsAffirmed(text, words)) return status;
  return null;
}

/** The status of the one cell among `cells` that is a status wording by itself; unknown for none or several. */
function statusCell(cells: readonly Element[]): ReturnStatus | null {
  const found = cells.map((c) => textOf(c, { katal: true })).filter((t) => t.length <= 40)
    .map(returnStatusFrom).filter((st) => st !== null);
  return found.length === 1 ? found[0]! : null;
}

/**
 * A card's status chip: the one short text of its own (no colon, no label) that is a status wording by itself.
 * Lines like "Return delivered: –" are labelled fields, not the status.
 */
function chipStatus(card: Element): ReturnStatus | null {
  const leaves = [...card.querySelectorAll('*')]
    .filter((el) => el.childElementCount === 0 && !inNoise(el, card) && !el.closest('a, button, select, option'))
    .filter((el) => { const t = textOf(el); return t.length > 0 && !/[:：]/u.test(t) && !labelBesideValue(el, t); });
  return statusCell(leaves);
}

/** A field's label with its value beside it ("<span>Rücksendung erhalten</span> <span>4. Dez. 2026</span>", "Return
 * delivered –"): a label, not a status chip, though its words may be a status's. Wording that is a status by itself
 * ("Return delivered") is a label only when the element after it is a value, not another labelled line ("Return
 * requested on 27 Nov"). */
function labelBesideValue(el: Element, text: string): boolean {
  if (!returnLookup(text)) return false;
  const parent = el.parentElement;
  if (!parent || textOf(parent) === text) return false;
  if (!isStatusWording(text)) return true;
  const next = el.nextElementSibling;
  const value = next ? textOf(next) : '';
  return value !== '' && !returnLookup(value) && !inlinePair(value, returnLookup) && !datedPair(value, returnLookup);
}

function readCard(ctx: ReadContext, card: Element): ReturnFacts {
  const r = emptyReturn();
  const labels = readLabelled(card, returnLookup);
  const link = card.querySelector(S.orderLink);
  r.orderId = linkedOrderId(link) ??
    parseOrderId(labels.get('orderId')?.value);
  r.requestedAt = parseDate(labels.get('returnRequestDate')?.value, ctx.dates);
  r.receivedAt = parseDate(labels.get('returnDelivered')?.value, ctx.dates);
  r.refundedAt = parseDate(labels.get('refundIssued')?.value, ctx.dates);
  r.reason = textOf(card.querySelector(S.reason)) || labels.get('returnReason')?.value || null;
  r.status = returnStatusFrom(textOf(card.querySelector(S.status), { katal: true }) || labels.get('returnStatus')?.value) ??
    chipStatus(card);
  r.returnTrackingId = labels.get('returnTrackingId')?.value ?? null;
  return r;
}

/** Null when the page shows no return cards at all. */
export function readReturns(ctx: ReadContext): ReturnFacts[] | null {
  const root = contentRoot(ctx.doc);
  let cards = [...root.querySelectorAll(S.card)].filter((c) => !inNoise(c, root));
  // Nested matches (a card inside a card-like wrapper) count once, as the innermost card.
  cards = cards.filter((c) => !cards.some((o) => o !== c && c.contains(o)));
  if (cards.length === 0) {
    const table = fromTable(ctx, root);
    if (table) return table;
    cards = cardsByOrderLink(root, S.orderLink);
  }
  if (cards.length === 0) return null;
  const read = cards.map((c) => readCard(ctx, c));
  // Records drawn as rows of a table with a header ("注文番号 | ステータス | 返品リクエスト日"): what a row's own
  // labels did not give, its cells give by their column, for the row of the same order.
  if (cards.every((c) => c.tagName === 'TR' || c.tagName === 'KAT-TABLE-ROW')) {
    const table = fromTable(ctx, root) ?? [];
    for (const r of read) {
      const same = table.filter((t) => t.orderId === r.orderId);
      if (same.length !== 1) continue;
      const row = same[0]!;
      for (const k of Object.keys(r) as (keyof ReturnFacts)[]) {
        if (r[k] === null && row[k] !== null) (r as Record<keyof ReturnFacts, unknown>)[k] = row[k];
      }
    }
  }
  // A flat grid: each record's other cells are the link cell's siblings, not inside it. Only a cell that is a
  // status word by itself is read from them; unlabelled dates and words could be any of the record's fields.
  const runs = flatRuns(cards);
  if (runs) runs.forEach((run, i) => { read[i]!.status ??= statusCell(run.slice(1)); });
  return read.filter((r) => r.orderId !== null);
}

/**
 * Returns as rows of a table read by its header labels ("Order ID | Return request date | Return reason | Status"):
 * each row's values by their column, so no value is taken from the neighbouring one. Null when no table names
 * the order and at least one return field.
 */
function fromTable(ctx: ReadContext, root: Element): ReturnFacts[] | null {
  const table = readColumnTables(root, returnLookup)
    .find((t) => t.columns.includes('orderId') && t.columns.some((c) => c && c !== 'orderId'));
  if (!table || table.rows.length === 0) return null;
  const text = (cell: ColumnCell | undefined) => cell?.text || null;
  return table.rows.map((row) => {
    const r = emptyReturn();
    const idCell = row.get('orderId');
    const link = idCell?.el.querySelector(S.orderLink);
    r.orderId = parseOrderId(link?.getAttribute('href')) ?? parseOrderId(idCell?.text);
    r.requestedAt = parseDate(text(row.get('returnRequestDate')), ctx.dates);
    r.receivedAt = parseDate(text(row.get('returnDelivered')), ctx.dates);
    r.refundedAt = parseDate(text(row.get('refundIssued')), ctx.dates);
    // The reason's own element when the cell also holds the buyer's comment under it.
    const reasonCell = row.get('returnReason');
    r.reason = textOf(reasonCell?.el.querySelector(S.reason)) || text(reasonCell);
    r.status = returnStatusFrom(text(row.get('returnStatus')));
    r.returnTrackingId = text(row.get('returnTrackingId'));
    return r;
  }).filter((r) => r.orderId !== null);
}
