// Everything known about one order, joined across pages (the order memory), and the part of it that may be stored.
import * as v from 'valibot';
import { LangSchema, MarketplaceSchema } from './reading.ts';
import { ConfirmedFactsSchema, OrderFactsSchema } from './order.ts';
import { OrderIdSchema, reshape } from './fields.ts';
import { ClaimFactsSchema } from './claim.ts';
import { MessageFactsSchema, StoredMessageSchema } from './message.ts';
import { ReturnFactsSchema } from './return.ts';

export const OrderCaseSchema = v.object({
  orderId: OrderIdSchema,
  marketplace: v.nullable(MarketplaceSchema),
  /** Merged order facts: newest reading wins per non-null field; confirmed facts win over readings. */
  order: OrderFactsSchema,
  claims: v.array(ClaimFactsSchema),
  messages: v.array(MessageFactsSchema),
  returns: v.array(ReturnFactsSchema),
  confirmed: ConfirmedFactsSchema,
  /** Buyer's language if known (from messages or marketplace). */
  buyerLang: v.optional(v.nullable(LangSchema)),
});
export type OrderCase = v.InferOutput<typeof OrderCaseSchema>;

/** An OrderCase reduced to what may be stored: messages without text (src/rules/storable.ts). */
export const StoredOrderCaseSchema = reshape(OrderCaseSchema,
  ['orderId', 'marketplace', 'order', 'claims', 'returns', 'confirmed', 'buyerLang'], { messages: v.array(StoredMessageSchema) });
export type StoredOrderCase = v.InferOutput<typeof StoredOrderCaseSchema>;
