// The order as Seller Central shows it (CONTRACT.md §2 `orders`). The one declaration of its shape: the type,
// the message check between scripts, the stored form and the empty order all come from OrderFactsSchema.
import * as v from 'valibot';
import { OrderIdSchema, emptyOf, maybeTime, text } from './fields.ts';

export const ORDER_STATUSES = ['pending', 'unshipped', 'shipped', 'delivered', 'canceled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const FULFILMENTS = ['MFN', 'AFN'] as const;

export const OrderFactsSchema = v.object({
  orderId: OrderIdSchema,
  status: v.nullable(v.picklist(ORDER_STATUSES)),
  purchaseDate: maybeTime,
  shipBy: maybeTime,
  /** The latest end of the deliver-by range. */
  deliverBy: maybeTime,
  shippedAt: maybeTime,
  deliveredAt: maybeTime,
  carrier: v.nullable(text()),
  trackingId: v.nullable(text(100)),
  shippingService: v.nullable(text()),
  /** Label bought through Amazon Buy Shipping (popover tracking link), false for an own label, null if unknown. */
  boughtThroughAmazon: v.nullable(v.boolean()),
  /** Buy Shipping "Claims Protected" badge shown (true), "Late Delivery Risk" or own label (false), unknown (null). */
  claimsProtected: v.nullable(v.boolean()),
  fulfillment: v.nullable(v.picklist(FULFILMENTS)),
  /** First carrier scan from the tracking events, where the page has them (judges "shipped on time"). */
  firstScanAt: v.optional(maybeTime),
  /** Country of the ship-to address (ISO 3166 alpha-2 or as printed) — the only address fact ever kept. */
  shipToCountry: v.optional(v.nullable(text(60))),
});

export type OrderFacts = v.InferOutput<typeof OrderFactsSchema>;
export type OrderId = OrderFacts['orderId'];

/** The order with nothing known but its id: every other field null. */
export const emptyOrder = (orderId: OrderId): OrderFacts => emptyOf(OrderFactsSchema, { orderId });

/** Facts the seller may confirm or correct in the popup; they win over any reading. */
export const CONFIRMABLE_FIELDS = ['claimsProtected', 'boughtThroughAmazon', 'deliveredAt', 'shippedAt', 'shipBy',
  'deliverBy', 'status', 'firstScanAt'] as const satisfies readonly (keyof OrderFacts)[];

export const ConfirmedFactsSchema = v.partial(v.pick(OrderFactsSchema, CONFIRMABLE_FIELDS));
export type ConfirmedFacts = v.InferOutput<typeof ConfirmedFactsSchema>;
