// The facts of one order case that wording may use, with confirmed facts winning over readings and the claim,
// return and messages picked for this order. Nothing here is guessed: absent stays null.
import type { ClaimFacts, MessageFacts, OrderCase, OrderFacts, ReturnFacts } from '../model.ts';

/** Order facts with the seller's confirmations applied (they win over any reading). */
export function effectiveOrder(c: OrderCase): OrderFacts {
  const order: OrderFacts = { ...c.order };
  for (const [key, value] of Object.entries(c.confirmed ?? {})) {
    if (value !== null && value !== undefined) (order as unknown as Record<string, unknown>)[key] = value;
  }
  return order;
}

export interface Indexed<T> { item: T; index: number }

function timeOf(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

function belongs(orderId: string | null, c: OrderCase): boolean {
  return orderId === null || orderId === c.orderId;
}

/** The return of this order that moved last (latest of its dates), with its index in `c.returns`. */
export function latestReturn(c: OrderCase): Indexed<ReturnFacts> | null {
  let best: Indexed<ReturnFacts> | null = null;
  c.returns.forEach((item, index) => {
    if (!belongs(item.orderId, c)) return;
    const t = Math.max(timeOf(item.requestedAt), timeOf(item.receivedAt), timeOf(item.refundedAt));
    const bt = best ? Math.max(timeOf(best.item.requestedAt), timeOf(best.item.receivedAt), timeOf(best.item.refundedAt)) : -Infinity;
    if (!best || t >= bt) best = { item, index };
  });
  return best;
}

/** The claim an action is about: a safety claim for insurance, otherwise the most recently filed one. */
export function claimFor(c: OrderCase, preferSafety: boolean): Indexed<ClaimFacts> | null {
  const mine = c.claims.map((item, index) => ({ item, index })).filter((x) => belongs(x.item.orderId, c));
  const pool = preferSafety && mine.some((x) => x.item.claimType === 'safety') ? mine.filter((x) => x.item.claimType === 'safety') : mine;
  let best: Indexed<ClaimFacts> | null = null;
  for (const x of pool) if (!best || timeOf(x.item.filedAt) >= timeOf(best.item.filedAt)) best = x;
  return best;
}

function inOrder(c: OrderCase): Indexed<MessageFacts>[] {
  const list = c.messages.map((item, index) => ({ item, index })).filter((x) => belongs(x.item.orderId, c) && x.item.from !== 'amazon');
  // Page order is the fallback when timestamps are missing; a stable sort keeps it.
  if (list.every((x) => x.item.sentAt)) list.sort((a, b) => timeOf(a.item.sentAt) - timeOf(b.item.sentAt));
  return list;
}

/** True when the newest buyer/seller message of the order is the buyer's: a reply is awaited (MSG-24H). */
export function buyerAwaitsReply(c: OrderCase): boolean {
  const list = inOrder(c);
  return list.length > 0 && list[list.length - 1]?.item.from === 'buyer';
}

/** The buyer's first dated message and the seller's first dated message at or after it. */
export function firstContact(c: OrderCase): { buyer: Indexed<MessageFacts> | null; seller: Indexed<MessageFacts> | null } {
  const dated = inOrder(c).filter((x) => x.item.sentAt);
  const buyer = dated.find((x) => x.item.from === 'buyer') ?? null;
  const seller = buyer ? dated.find((x) => x.item.from === 'seller' && timeOf(x.item.sentAt) >= timeOf(buyer.item.sentAt)) ?? null : null;
  return { buyer, seller };
}

/** The case has buyer messages without a date, so the first contact is known to exist but not when. */
export function hasUndatedBuyerMessage(c: OrderCase): boolean {
  return inOrder(c).some((x) => x.item.from === 'buyer' && !x.item.sentAt);
}
