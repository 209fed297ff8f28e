// Join what several pages showed about the same order into one OrderCase per order id (the order memory).
// Readings come oldest first: per field, the newest non-null value wins; facts the seller confirmed win over every
// reading. Claims, returns and messages seen on more than one page (or the same page read twice) appear once.
import type {
  ClaimFacts, ConfirmedFacts, MessageFacts, OrderCase, OrderId, PageReading, ReturnFacts,
} from '../model.ts';
import { emptyOrder } from '../schema/order.ts';
import { detectIntents, normalizeMessage } from './intent/detect.ts';
import { guessLanguage } from './intent/language.ts';
import { MARKETPLACE_LANGUAGE } from '../words/langs.ts';

export { emptyOrder };

/** Copy every non-null field of `from` onto `into` (newer wins). */
function overlay<T extends object>(into: T, from: Partial<T>): T {
  for (const [k, v] of Object.entries(from)) if (v !== null && v !== undefined) (into as Record<string, unknown>)[k] = v;
  return into;
}

const compatible = <T>(a: T | null | undefined, b: T | null | undefined) => a == null || b == null || a === b;

function sameClaim(a: ClaimFacts, b: ClaimFacts): boolean {
  if (a.claimId && b.claimId) return a.claimId === b.claimId;
  if (!compatible(a.claimType, b.claimType)) return false;
  if (a.filedAt && b.filedAt) return a.filedAt === b.filedAt;
  return a.reason === b.reason && compatible(a.filedAt, b.filedAt);
}

function sameReturn(a: ReturnFacts, b: ReturnFacts): boolean {
  if (a.returnTrackingId && b.returnTrackingId) return a.returnTrackingId === b.returnTrackingId;
  if (a.requestedAt && b.requestedAt) return a.requestedAt === b.requestedAt;
  return compatible(a.reason, b.reason) && compatible(a.requestedAt, b.requestedAt);
}

// Messages carry their normalised text alongside, so the same message read twice compares cheaply.
interface HeldMessage { m: MessageFacts; key: string }

function sameMessage(a: HeldMessage, b: HeldMessage): boolean {
  if (a.m.from !== b.m.from) return false;
  // A remembered message has no text: it is the same one when sender and time agree.
  if (!a.key || !b.key) return a.m.sentAt !== null && a.m.sentAt === b.m.sentAt;
  return a.key === b.key && compatible(a.m.sentAt, b.m.sentAt);
}

function upsert<T>(list: T[], item: T, same: (a: T, b: T) => boolean, merge: (old: T, next: T) => T): void {
  const i = list.findIndex((x) => same(x, item));
  if (i < 0) list.push(item);
  else list[i] = merge(list[i]!, item);
}

const mergeFacts = <T extends object>(old: T, next: T): T => overlay({ ...old }, next);

function mergeMessage(old: HeldMessage, next: HeldMessage): HeldMessage {
  // Keep the copy that has the words; either may hold the derived intents.
  const withText = next.key ? next : old;
  const other = withText === next ? old : next;
  return {
    key: withText.key,
    m: { ...other.m, ...withText.m, sentAt: withText.m.sentAt ?? other.m.sentAt, intents: withText.m.intents ?? other.m.intents ?? null },
  };
}

interface Building {
  c: OrderCase;
  claims: ClaimFacts[];
  returns: ReturnFacts[];
  messages: HeldMessage[];
}

/** Readings oldest first -> one case per order id, in order of first appearance. */
export function joinReadings(readings: PageReading[], confirmed: Record<string, ConfirmedFacts> = {}): OrderCase[] {
  const cases = new Map<string, Building>();
  const caseFor = (id: OrderId, r: PageReading): Building => {
    let b = cases.get(id);
    if (!b) {
      b = {
        c: { orderId: id, marketplace: r.marketplace, order: emptyOrder(id), claims: [], messages: [], returns: [], confirmed: confirmed[id] ?? {} },
        claims: [], returns: [], messages: [],
      };
      cases.set(id, b);
    }
    b.c.marketplace = r.marketplace ?? b.c.marketplace;
    return b;
  };

  for (const r of readings) {
    // A list item without an order id belongs to the page's order when the page shows exactly one.
    const soleOrder = r.orders.length === 1 ? r.orders[0]!.orderId : null;
    const owner = (id: OrderId | null) => id ?? soleOrder;
    for (const o of r.orders) overlay(caseFor(o.orderId, r).c.order, o);
    for (const cl of r.claims) {
      const id = owner(cl.orderId);
      if (id) upsert(caseFor(id, r).claims, { ...cl, orderId: id }, sameClaim, mergeFacts);
    }
    for (const rt of r.returns) {
      const id = owner(rt.orderId);
      if (id) upsert(caseFor(id, r).returns, { ...rt, orderId: id }, sameReturn, mergeFacts);
    }
    for (const m of r.messages) {
      const id = owner(m.orderId);
      if (!id) continue;
      const intents = m.intents ?? (m.from === 'buyer' && m.text ? detectIntents(m.text) : null);
      upsert(caseFor(id, r).messages, { m: { ...m, orderId: id, intents }, key: normalizeMessage(m.text) }, sameMessage, mergeMessage);
    }
  }

  return [...cases.values()].map(({ c, claims, returns, messages }) => {
    overlay(c.order, c.confirmed);
    c.claims = claims;
    c.returns = returns;
    c.messages = messages.map((h) => h.m);
    c.buyerLang = buyerLanguage(c);
    return c;
  });
}

/** The buyer's language from what they wrote, else the marketplace's language, else unknown. */
export function buyerLanguage(c: Pick<OrderCase, 'messages' | 'marketplace'>): string | null {
  const written = c.messages.filter((m) => m.from === 'buyer' && m.text).map((m) => m.text).join(' ');
  return guessLanguage(written) ?? (c.marketplace ? MARKETPLACE_LANGUAGE[c.marketplace] : null);
}
