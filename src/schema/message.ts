// A message in an order's thread (CONTRACT.md §2 `messages`), and the same message as memory keeps it: who
// wrote when and what was asked, never the words.
import * as v from 'valibot';
import { MAX_TEXT, OrderIdSchema, maybeTime, reshape, text } from './fields.ts';

export const SENDERS = ['buyer', 'seller', 'amazon'] as const;
export type Sender = (typeof SENDERS)[number];

/** What a buyer message asks for, so memory can keep the meaning without the words. */
export const BUYER_INTENTS = ['not-received', 'damaged', 'wrong-item', 'return', 'cancel', 'address-change',
  'where-is-my-order', 'off-amazon', 'other'] as const;
export type BuyerIntent = (typeof BUYER_INTENTS)[number];
export const BuyerIntentSchema = v.picklist(BUYER_INTENTS);

export const MessageFactsSchema = v.object({
  orderId: v.nullable(OrderIdSchema),
  from: v.picklist(SENDERS),
  sentAt: maybeTime,
  /** Whitespace collapsed. Buyer personal text: used for intent, never stored by the background. */
  text: text(MAX_TEXT),
  /** What the message asks, derived once from the text (src/rules/intent/); kept when the text is dropped. */
  intents: v.optional(v.nullable(v.array(BuyerIntentSchema))),
  /** The intents were read unsure (the model's own doubt): the advice that rests on them says so and does not act on
   * the guess. Absent: not known yet (derived from the text); false once the seller chose the intents. */
  unsure: v.optional(v.boolean()),
  /** The closest intent the unsure reading did not take: what the buyer may ask instead. */
  runnerUp: v.optional(v.nullable(BuyerIntentSchema)),
  /** The unsure reading doubts the intents it read (nothing read, or read below certainty). Absent on an unsure
   * reading: only whether the runner-up also holds is in doubt, which counts where the runner-up would change this
   * order's step. */
  doubtsRead: v.optional(v.boolean()),
  /** The message only thanks the seller and asks nothing (read sure from the words, src/rules/intent/thanks-only.ts):
   * it may be marked "No response needed" (MSG-24H). Absent: not known, or it asks something. */
  thanksOnly: v.optional(v.boolean()),
  /** The message names an invoice (src/rules/intent/invoice-ask.ts): it wants that answer too. Absent: it does not. */
  asksInvoice: v.optional(v.boolean()),
});
export type MessageFacts = v.InferOutput<typeof MessageFactsSchema>;

/** A message as the order memory may keep it: who, when, what it asked and whether that reading was unsure. No
 * `text` is picked, so none is kept. */
export const StoredMessageSchema = reshape(MessageFactsSchema, ['orderId', 'from', 'sentAt', 'unsure', 'runnerUp', 'doubtsRead', 'thanksOnly', 'asksInvoice'], {
  intents: v.array(BuyerIntentSchema),
});
export type StoredMessage = v.InferOutput<typeof StoredMessageSchema>;
