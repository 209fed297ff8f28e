// What of an OrderCase may be kept: everything but the words of the messages. A message is reduced to who wrote
// when, what it asked (its intents, derived once here) and whether that reading was unsure, so the rules give the
// same advice from memory as from the page without the buyer's text ever being stored.
import type { BuyerIntent, MessageFacts, OrderCase, OrderStatus, StoredMessage, StoredOrderCase } from '../model.ts';
import { classifyIntents, detectIntents, intentModelLoaded, type IntentReading } from './intent/detect.ts';
import { withoutWithdrawn } from './intent/withdrawn.ts';
import { onlyThanks } from './intent/thanks-only.ts';
import { asksInvoice } from './intent/invoice-ask.ts';
import type { SignalIntent } from './intent/types.ts';

export type CaseInput = OrderCase | StoredOrderCase;

/** The intents of a message: the ones already derived, else from its text (empty when neither is known). */
export function intentsOf(m: MessageFacts | StoredMessage): BuyerIntent[] {
  if (m.intents) return m.intents;
  if (m.from !== 'buyer' || !('text' in m) || !m.text) return [];
  return detectIntents(m.text);
}

/** What a message asks, and whether the reading was unsure (then with the intent it may ask instead). */
export interface AskReading {
  intents: readonly BuyerIntent[];
  unsure: boolean;
  runnerUp: BuyerIntent | null;
  /** The doubt is about the intents read, not only about whether the runner-up also holds. */
  doubtsRead: boolean;
  /** Read sure as asking nothing but thanks (MSG-24H: no response needed). */
  thanksOnly: boolean;
}

const SURE_NONE: AskReading = { intents: [], unsure: false, runnerUp: null, doubtsRead: false, thanksOnly: false };
const sure = (intents: readonly BuyerIntent[], thanksOnly = false): AskReading =>
  ({ intents, unsure: false, runnerUp: null, doubtsRead: false, thanksOnly });
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

// The engine reads the same message objects at every refresh (a thousand remembered orders); the model's doubt is
// taken once per message object, and again only when the model behind it changes.
const asked = new WeakMap<object, { withModel: boolean; reading: AskReading }>();

function derived(m: MessageFacts): AskReading {
  const r = classifyIntents(m.text);
  // Intents set to something else than the model reads were chosen (by the seller, or given as facts): sure.
  if (m.intents && !sameSet(m.intents, r.intents)) return sure(m.intents);
  // Thanks and nothing else is sure even where the model flags its "other" unclear: the words agree with it.
  if (thanksAlone(r, m.text)) return sure(r.intents, true);
  if (doubtTouchesAdvice(r)) return { intents: m.intents ?? r.intents, unsure: true, runnerUp: r.runnerUp, doubtsRead: doubtsRead(r), thanksOnly: false };
  return sure(m.intents ?? r.intents);
}

/** Thanks and nothing else: the model reads only "other", with no ask near its threshold, and the words say thank
 * you with nothing that asks (thanks-only.ts). Both must agree: either alone lets an ask through (on the labelled
 * corpora, 0 of ~8,900 messages that ask were read so, and 52 of 2,113 that ask nothing: precision first). */
const NO_ASK_SCORE = 0.15;
function thanksAlone(r: IntentReading, text: string): boolean {
  return r.intents.length === 1 && r.intents[0] === 'other' &&
    Object.values(r.scores).every((s) => (s ?? 0) < NO_ASK_SCORE) && onlyThanks(text);
}

// The model flags a reading unclear when its exact set may be wrong, which includes a second intent near its threshold
// ("cancel my order" scored 1.0, "where is it" 0.16). The advice rests on the intents read, so the doubt counts for
// it only when one of them is itself doubtful, nothing was read ("other"), or the runner-up is an ask that would
// change a step (cancel, address, delivery, damage, wrong item, return); "maybe also: where is it" changes none.
const SURE_SCORE = 0.9;
const STEP_CHANGING: ReadonlySet<BuyerIntent> = new Set(['cancel', 'address-change', 'not-received', 'damaged', 'wrong-item', 'return']);

export function doubtTouchesAdvice(r: IntentReading): boolean {
  if (!r.unclear) return false;
  return doubtsRead(r) || (r.runnerUp !== null && STEP_CHANGING.has(r.runnerUp));
}

/** An unclear reading that doubts the intents it read, not only a runner-up near its threshold. */
const doubtsRead = (r: IntentReading) => r.unclear &&
  (r.intents.length === 0 || r.intents.includes('other') || r.intents.some((i) => (r.scores[i as SignalIntent] ?? 0) < SURE_SCORE));

/** The asks that stop or redirect an order before it ships. */
export const OUT: ReadonlySet<BuyerIntent> = new Set(['cancel', 'address-change']);
/** The runner-ups that could change a step, by what the order's status leaves possible: before it ships a cancel or
 * a new address; on its way, a new address or a missing parcel; once delivered, what came (or did not). Status
 * unknown: any of them. */
const STEPS_BY_STATUS: Partial<Record<NonNullable<OrderStatus>, ReadonlySet<BuyerIntent>>> = {
  pending: OUT,
  unshipped: OUT,
  shipped: new Set(['cancel', 'address-change', 'not-received']),
  delivered: new Set(['not-received', 'damaged', 'wrong-item', 'return']),
  canceled: new Set(),
};

/** Whether an unsure reading's doubt reaches the advice for an order in `status`: the intents read are doubted, or
 * the runner-up would change a step this order can still take. */
export function doubtCounts(ask: AskReading, status: OrderStatus | null): boolean {
  if (!ask.unsure) return false;
  if (ask.doubtsRead || ask.runnerUp === null) return true;
  const steps = status === null ? STEP_CHANGING : STEPS_BY_STATUS[status] ?? STEP_CHANGING;
  // Before shipping, a cancel and a new address both end in cancelling the order: one read sure with the other as
  // runner-up leaves the step as it is.
  const before = status === 'pending' || status === 'unshipped';
  if (before && OUT.has(ask.runnerUp) && ask.intents.some((i) => OUT.has(i))) return false;
  return steps.has(ask.runnerUp);
}

/**
 * The message's intents and doubt: a flag already set (kept in memory, or cleared by the seller's choice) stands;
 * a buyer message with words is read by the model, whose own doubt counts only while its intents are the ones held.
 */
export function askOf(m: MessageFacts | StoredMessage): AskReading {
  if (m.from !== 'buyer') return m.intents ? sure(m.intents) : SURE_NONE;
  if (m.unsure !== undefined) {
    const intents = intentsOf(m);
    // A doubt kept before `doubtsRead` was written down is taken as a doubt about the reading itself.
    return m.unsure ? { intents, unsure: true, runnerUp: m.runnerUp ?? null, doubtsRead: m.doubtsRead ?? true, thanksOnly: false }
      : sure(intents, m.thanksOnly === true);
  }
  if (!('text' in m) || !m.text) return m.intents ? sure(m.intents, m.thanksOnly === true) : SURE_NONE;
  const withModel = intentModelLoaded();
  const hit = asked.get(m);
  if (hit && hit.withModel === withModel) return hit.reading;
  const reading = derived(m);
  asked.set(m, { withModel, reading });
  return reading;
}

const invoiceRead = new WeakMap<object, boolean>();

/** The message names an invoice: read once from its words, or kept in memory. */
export function invoiceOf(m: MessageFacts | StoredMessage): boolean {
  if (m.from !== 'buyer') return false;
  if (!('text' in m) || !m.text) return m.asksInvoice === true;
  let hit = invoiceRead.get(m);
  if (hit === undefined) { hit = asksInvoice(m.text); invoiceRead.set(m, hit); }
  return hit;
}

export function toStoredMessage(m: MessageFacts | StoredMessage): StoredMessage {
  const ask = askOf(m);
  const stored: StoredMessage = { orderId: m.orderId, from: m.from, sentAt: m.sentAt, intents: [...ask.intents] };
  // Only the doubt is written: a stored message without it was read sure (or chosen), as every older one was.
  if (ask.unsure) {
    // Written both ways: a doubt kept without it (before it was written) is read as a doubt about the reading.
    stored.unsure = true; stored.runnerUp = ask.runnerUp; stored.doubtsRead = ask.doubtsRead;
  }
  if (ask.thanksOnly) stored.thanksOnly = true;
  if (invoiceOf(m)) stored.asksInvoice = true;
  return stored;
}

/** The case as it may be stored: messages without text, intents and their doubt kept. */
export function toStoredCase(c: CaseInput): StoredOrderCase {
  return {
    orderId: c.orderId, marketplace: c.marketplace, order: { ...c.order }, claims: c.claims.map((x) => ({ ...x })),
    returns: c.returns.map((x) => ({ ...x })), confirmed: { ...c.confirmed }, buyerLang: c.buyerLang ?? null,
    messages: storedAsks(c.messages),
  };
}

/** The indices of messages in the order they were sent, from their times: page order stands when some message has
 * no time (a stable sort keeps it among equal times otherwise). */
export function sentOrder(at: readonly (number | null)[]): number[] {
  const order = at.map((_, i) => i);
  if (at.every((x) => x !== null && !Number.isNaN(x))) order.sort((a, b) => at[a]! - at[b]!);
  return order;
}

/** Each message as stored, with the asks a later message took back left out: the stored form has no words to read
 * the take-back from, and must advise as the case did. */
function storedAsks(messages: CaseInput['messages']): StoredMessage[] {
  const stored = messages.map(toStoredMessage);
  const order = sentOrder(messages.map((m) => (m.sentAt ? Date.parse(m.sentAt) : null)));
  const kept = withoutWithdrawn(order.map((i) => ({ from: messages[i]!.from, text: 'text' in messages[i]! ? (messages[i]).text : '', intents: stored[i]!.intents })));
  order.forEach((i, k) => { stored[i]!.intents = [...kept[k]!]; });
  return stored;
}

/** A stored case in the shape the rules and reply wording take: messages with empty text and their intents. */
export function fromStoredCase(s: CaseInput): OrderCase {
  return { ...s, messages: s.messages.map((m) => ({ ...m, text: 'text' in m ? m.text : '', intents: intentsOf(m) })) };
}

/** What the seller said a buyer message asks, by message key: the words are never part of it. */
export type IntentOverrides = Readonly<Record<string, readonly BuyerIntent[]>>;

/** A message's identity without its words: the order, when it was sent and who sent it. */
export function messageKey(orderId: string | null, m: Pick<MessageFacts, 'sentAt' | 'from'>): string {
  return `${orderId ?? ''}|${m.sentAt ?? ''}|${m.from}`;
}

/** The cases with the seller's choice in place of the derived intents, so the rules advise from that choice. The
 * choice is sure: the model's doubt no longer speaks for the message. */
export function withIntentOverrides<T extends CaseInput>(cases: T[], overrides: IntentOverrides): T[] {
  if (Object.keys(overrides).length === 0) return cases;
  return cases.map((c) => {
    let changed = false;
    const messages = c.messages.map((m) => {
      const chosen = m.from === 'buyer' ? overrides[messageKey(m.orderId ?? c.orderId, m)] : undefined;
      if (!chosen) return m;
      changed = true;
      // "Nothing asked" chosen by the seller stands in for the model's sure "other": the words still tell thanks.
      const nothingAsked = chosen.length === 1 && chosen[0] === 'other';
      const thanksOnly = nothingAsked && ('text' in m && m.text ? onlyThanks(m.text) : m.thanksOnly === true);
      return { ...m, intents: [...chosen], unsure: false, runnerUp: null, doubtsRead: false, thanksOnly };
    });
    return changed ? ({ ...c, messages }) : c;
  });
}
