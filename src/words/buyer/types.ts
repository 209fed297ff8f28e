// The shape every language's buyer wording fills in. Templates receive facts already formatted for the language;
// a null fact means "not known" and the template leaves the sentence out or words it neutrally.
import type { ActionCode, OrderStatus, ReturnStatus } from '../../model.ts';

/** Actions whose reply, if any, goes to Amazon or to nobody: no buyer template. */
export const NO_BUYER_REPLY = ['respond-to-claim', 'appeal-claim', 'provide-insurance', 'confirm-facts', 'no-action', 'file-safe-t'] as const;
export type BuyerAction = Exclude<ActionCode, (typeof NO_BUYER_REPLY)[number]>;

export interface BuyerFacts {
  orderId: string;
  status: OrderStatus | null;
  carrier: string | null;
  trackingId: string | null;
  /** Dates below are formatted in the reply language and the marketplace calendar. */
  shipBy: string | null;
  deliverBy: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  returnStatus: ReturnStatus | null;
  returnReceivedAt: string | null;
  refundedAt: string | null;
  /** The return window's end when the pending return request came after it (RET-WINDOW-30D): the seller decides. */
  returnWindowEnded: string | null;
  /** Unshipped past its automatic cancellation date (ORD-AUTO-CANCEL) at the moment the reply is written. */
  autoCanceled: boolean;
}

/** Paragraphs in order; null or empty entries are left out. */
export type Paragraphs = (string | null | undefined | false)[];

export interface BuyerWording {
  greeting: string;
  /** Adjusts the paragraph that follows the greeting (German letters continue in lower case after "Guten Tag,"). */
  afterGreeting?: (firstParagraph: string) => string;
  /** The sign-off; `signOff(signature)` adds the seller's signature the way the language sets it. */
  signOff: (signature: string) => string;
  templates: Record<BuyerAction, (f: BuyerFacts) => Paragraphs>;
}

/** Joins the known sentences of a paragraph; null when none is known. */
export function sentences(gap: string, ...parts: (string | null | undefined | false)[]): string | null {
  const known = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  return known.length ? known.join(gap) : null;
}

/** Delivered or cancelled: pointing the buyer to tracking no longer helps. */
export function settled(f: BuyerFacts): boolean {
  return f.status === 'delivered' || f.status === 'canceled' || f.deliveredAt !== null;
}
