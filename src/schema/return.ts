// A return request on an order (CONTRACT.md §2 `returns`). The reason is the string the page displays.
import * as v from 'valibot';
import { OrderIdSchema, emptyOf, maybeTime, text } from './fields.ts';

export const RETURN_STATUSES = ['pending-authorization', 'authorized', 'received', 'completed'] as const;

export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const ReturnFactsSchema = v.object({
  orderId: v.nullable(OrderIdSchema),
  status: v.nullable(v.picklist(RETURN_STATUSES)),
  requestedAt: maybeTime,
  receivedAt: maybeTime,
  refundedAt: maybeTime,
  /** As displayed. */
  reason: v.nullable(text()),
  returnTrackingId: v.optional(v.nullable(text(100))),
});
export type ReturnFacts = v.InferOutput<typeof ReturnFactsSchema>;

/** A return with nothing known: every field null. */
export const emptyReturn = (): ReturnFacts => emptyOf(ReturnFactsSchema, {});
