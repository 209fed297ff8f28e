// What of an OrderCase may be kept: everything but the words of the messages. A message is reduced to who wrote
// when and what it asked (its intents, derived once here), so the rules give the same advice from memory as from
// the page without the buyer's text ever being stored.
import type { BuyerIntent, MessageFacts, OrderCase, StoredMessage, StoredOrderCase } from '../model.ts';
import { detectIntents } from './intent/detect.ts';

export type CaseInput = OrderCase | StoredOrderCase;

/** The intents of a message: the ones already derived, else from its text (empty when neither is known). */
export function intentsOf(m: MessageFacts | StoredMessage): BuyerIntent[] {
  if (m.intents) return m.intents;
  if (m.from !== 'buyer' || !('text' in m) || !m.text) return [];
  return detectIntents(m.text);
}

export function toStoredMessage(m: MessageFacts | StoredMessage): StoredMessage {
  return { orderId: m.orderId, from: m.from, sentAt: m.sentAt, intents: intentsOf(m) };
}

/** The case as it may be stored: messages without text, intents kept. */
export function toStoredCase(c: CaseInput): StoredOrderCase {
  return {
    orderId: c.orderId, marketplace: c.marketplace, order: { ...c.order }, claims: c.claims.map((x) => ({ ...x })),
    returns: c.returns.map((x) => ({ ...x })), confirmed: { ...c.confirmed }, buyerLang: c.buyerLang ?? null,
    messages: c.messages.map(toStoredMessage),
  };
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

/** The cases with the seller's choice in place of the derived intents, so the rules advise from that choice. */
export function withIntentOverrides<T extends CaseInput>(cases: T[], overrides: IntentOverrides): T[] {
  if (Object.keys(overrides).length === 0) return cases;
  return cases.map((c) => {
    let changed = false;
    const messages = c.messages.map((m) => {
      const chosen = m.from === 'buyer' ? overrides[messageKey(m.orderId ?? c.orderId, m)] : undefined;
      if (!chosen) return m;
      changed = true;
      return { ...m, intents: [...chosen] };
    });
    return changed ? ({ ...c, messages }) : c;
  });
}
