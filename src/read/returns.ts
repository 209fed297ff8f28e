// Manage returns (v2 list, /manage/returns/mfn) -> one ReturnFacts per return request card, in page order.
// Status is mapped from the displayed wording (RETURN_STATUS_WORDS); reason stays as displayed.
import { parseOrderId, type ReturnFacts, type ReturnStatus } from '../model.ts';
import { cardsByOrderLink } from './cards.ts';
import { contentRoot, type ReadContext } from './context.ts';
import { parseDate } from './dates.ts';
import { inNoise, textOf } from './dom.ts';
import { emptyReturn } from './facts.ts';
import { readLabelled } from './labelled.ts';
import { RETURN_STATUS_WORDS, labelLookup, mentions } from './labels.ts';
import { RETURNS as S } from './selectors/returns.ts';

const returnLookup = labelLookup(['orderId', 'returnRequestDate', 'returnDelivered', 'refundIssued', 'returnReason',
  'returnStatus', 'returnTrackingId']);

export function returnStatusFrom(text: string | null | undefined): ReturnStatus | null {
  if (!text) return null;
  for (const [status, words] of RETURN_STATUS_WORDS) if (mentions(text, words)) return status;
  return null;
}

function readCard(ctx: ReadContext, card: Element): ReturnFacts {
  const r = emptyReturn();
  const labels = readLabelled(card, returnLookup);
  const link = card.querySelector(S.orderLink);
  r.orderId = parseOrderId(link?.textContent) ?? parseOrderId(link?.getAttribute('href')) ??
    parseOrderId(labels.get('orderId')?.value);
  r.requestedAt = parseDate(labels.get('returnRequestDate')?.value, ctx.dates);
  r.receivedAt = parseDate(labels.get('returnDelivered')?.value, ctx.dates);
  r.refundedAt = parseDate(labels.get('refundIssued')?.value, ctx.dates);
  r.reason = textOf(card.querySelector(S.reason)) || labels.get('returnReason')?.value || null;
  r.status = returnStatusFrom(textOf(card.querySelector(S.status), { katal: true }) || labels.get('returnStatus')?.value);
  r.returnTrackingId = labels.get('returnTrackingId')?.value ?? null;
  return r;
}

/** Null when the page shows no return cards at all. */
export function readReturns(ctx: ReadContext): ReturnFacts[] | null {
  const root = contentRoot(ctx.doc);
  let cards = [...root.querySelectorAll(S.card)].filter((c) => !inNoise(c, root));
  // Nested matches (a card inside a card-like wrapper) count once, as the innermost card.
  cards = cards.filter((c) => !cards.some((o) => o !== c && c.contains(o)));
  if (cards.length === 0) cards = cardsByOrderLink(root, S.orderLink);
  if (cards.length === 0) return null;
  return cards.map((c) => readCard(ctx, c)).filter((r) => r.orderId !== null);
}
