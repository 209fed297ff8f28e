// What the order memory may hold, as an allow-list. Every value written to or read from storage.local passes
// through here: valibot's `object` drops every key it does not name, so buyer names, addresses, phone numbers,
// emails and message text cannot be stored even if a reader or a future field puts them in a reading.
// Loading never throws: a bad order or a bad claim/return/message inside an order is dropped, not repaired.
import * as v from 'valibot';
import type { BuyerIntent, ClaimFacts, ConfirmedFacts, OrderFacts, ReturnFacts, StoredMessage } from '../model.ts';
import { ClaimFactsSchema, MoneySchema } from '../schema/claim.ts';
import { MarketplaceSchema } from '../schema/reading.ts';
import { BUYER_INTENTS, BuyerIntentSchema, MessageFactsSchema } from '../schema/message.ts';
import { CONFIRMABLE_FIELDS, OrderFactsSchema } from '../schema/order.ts';
import { ReturnFactsSchema } from '../schema/return.ts';
import { reshape } from '../schema/fields.ts';
import type { StoredOrderCase } from '../schema/case.ts';

/** Per-order bounds, so one busy order cannot grow storage without limit. */
export const MAX_CLAIMS_PER_ORDER = 50;
export const MAX_RETURNS_PER_ORDER = 50;
export const MAX_MESSAGES_PER_ORDER = 200;

export type StoredOrder = Omit<StoredOrderCase, 'orderId' | 'order' | 'buyerLang'> & {
  orderId: string;
  order: Partial<OrderFacts>;
  /** Epoch ms of the last reading or confirmation that touched this order (retention counts from here). */
  lastSeen: number;
};

// Free text the page displays (claim reason, carrier...) is kept only while it cannot be contact data: a value
// that holds an email address or a phone-length run of digits is dropped, whatever field it sits in.
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE_RUN = /\+?\d[\d\s().-]{8,}\d/g;
const looksLikeContact = (s: string) =>
  EMAIL.test(s) || (s.match(PHONE_RUN) ?? []).some((run) => run.replace(/\D/g, '').length >= 10);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check((s) => !looksLikeContact(s)));
const orderId = v.pipe(v.string(), v.minLength(1), v.maxLength(40), v.regex(/^[A-Za-z0-9-]+$/));
// Tracking and claim ids are digits and letters only; a tracking id may be long digits, so no contact check.
const idText = v.pipe(v.string(), v.maxLength(100), v.regex(/^[A-Za-z0-9 -]*$/));

// What is stored is picked from the record schemas (src/schema/), field by field: a new field of a record is not
// stored until it is named in one of these lists, after checking it cannot hold buyer personal data. Fields whose
// values come from the page as free text get a stricter stored form below.
export const STORED_ORDER_FIELDS = ['orderId', 'status', 'purchaseDate', 'shipBy', 'deliverBy', 'shippedAt',
  'deliveredAt', 'firstScanAt', 'carrier', 'trackingId', 'shippingService', 'boughtThroughAmazon', 'claimsProtected',
  'fulfillment', 'shipToCountry'] as const satisfies readonly (keyof OrderFacts)[];
export const STORED_CLAIM_FIELDS = ['orderId', 'claimId', 'claimType', 'reason', 'status', 'amount', 'filedAt',
  'respondBy', 'decidedAt', 'fundedBy', 'appealMade'] as const satisfies readonly (keyof ClaimFacts)[];
export const STORED_RETURN_FIELDS = ['orderId', 'status', 'requestedAt', 'receivedAt', 'refundedAt', 'reason',
  'returnTrackingId'] as const satisfies readonly (keyof ReturnFacts)[];
/** No `text`: the words of a message are never kept. */
export const STORED_MESSAGE_FIELDS = ['orderId', 'from', 'sentAt', 'unsure', 'runnerUp', 'doubtsRead', 'thanksOnly', 'asksInvoice'] as const satisfies readonly (keyof StoredMessage)[];

/** One schema per stored field of OrderFacts; a bad field is dropped on its own, the rest of the order kept. */
export const ORDER_FIELDS = {
  ...v.pick(OrderFactsSchema, STORED_ORDER_FIELDS).entries,
  orderId,
  firstScanAt: OrderFactsSchema.entries.firstScanAt.wrapped,
  carrier: v.nullable(text(100)),
  trackingId: v.nullable(idText),
  shippingService: v.nullable(text(100)),
  // The only address fact kept: an ISO 3166 alpha-2 code, never the printed address.
  shipToCountry: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
} satisfies { [K in (typeof STORED_ORDER_FIELDS)[number]]: v.GenericSchema };

const ClaimSchema = reshape(ClaimFactsSchema, STORED_CLAIM_FIELDS, {
  orderId: v.nullable(orderId),
  claimId: v.optional(v.nullable(idText)),
  reason: v.nullable(text(200)),
  status: v.nullable(text(200)),
  amount: v.nullable(v.object({ ...MoneySchema.entries, currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)) })),
});

const ReturnSchema = reshape(ReturnFactsSchema, STORED_RETURN_FIELDS, {
  orderId: v.nullable(orderId),
  reason: v.nullable(text(200)),
  returnTrackingId: v.optional(v.nullable(idText)),
});

/** A message as remembered: who, when and what it asked. An intent this version does not know is dropped. */
const MessageSchema = reshape(MessageFactsSchema, STORED_MESSAGE_FIELDS, {
  orderId: v.nullable(orderId),
  intents: v.pipe(
    v.optional(v.array(v.unknown()), []),
    v.transform((list) => [...new Set(list.filter((i): i is BuyerIntent => v.is(BuyerIntentSchema, i)))]),
  ),
});

const CONFIRMED_FIELDS = Object.fromEntries(CONFIRMABLE_FIELDS.map((k) => [k, ORDER_FIELDS[k]])) as
  { [K in (typeof CONFIRMABLE_FIELDS)[number]]: (typeof ORDER_FIELDS)[K] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Keep each allowed field whose value passes its schema; drop the rest field by field. */
function pickFields<T>(raw: unknown, fields: Record<string, v.GenericSchema>): Partial<T> {
  if (!isRecord(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    if (!Object.hasOwn(raw, key) || raw[key] === undefined) continue;
    const r = v.safeParse(schema, raw[key]);
    if (r.success) out[key] = r.output;
  }
  return out as Partial<T>;
}

/** Items that pass `schema`, newest `max` kept (lists are stored oldest first). */
function pickItems<T>(raw: unknown, schema: v.GenericSchema<unknown, T>, max: number): T[] {
  if (!Array.isArray(raw)) return [];
  const out: T[] = [];
  for (const item of raw as unknown[]) {
    const r = v.safeParse(schema, item);
    if (r.success) out.push(r.output);
  }
  return out.slice(-max);
}

export const scrubClaim = (raw: unknown): ClaimFacts | null => { const r = v.safeParse(ClaimSchema, raw); return r.success ? (r.output as ClaimFacts) : null; };
export const scrubReturn = (raw: unknown): ReturnFacts | null => { const r = v.safeParse(ReturnSchema, raw); return r.success ? (r.output as ReturnFacts) : null; };
export const scrubMessage = (raw: unknown): StoredMessage | null => { const r = v.safeParse(MessageSchema, raw); return r.success ? (r.output as StoredMessage) : null; };
export const scrubOrderFacts = (raw: unknown): Partial<OrderFacts> => pickFields<OrderFacts>(raw, ORDER_FIELDS);
export const scrubConfirmed = (raw: unknown): ConfirmedFacts => pickFields<ConfirmedFacts>(raw, CONFIRMED_FIELDS);

/**
 * One stored order reduced to the allow-list, or null when it cannot be trusted at all (no valid order id or
 * last-seen time). `key` is the map key it was stored under: an entry filed under another id is foreign.
 */
export function scrubStoredOrder(raw: unknown, key?: string): StoredOrder | null {
  if (!isRecord(raw)) return null;
  const id = v.safeParse(orderId, raw.orderId);
  if (!id.success || (key !== undefined && key !== id.output)) return null;
  const lastSeen = raw.lastSeen;
  if (typeof lastSeen !== 'number' || !Number.isFinite(lastSeen) || lastSeen < 0) return null;
  const market = v.safeParse(MarketplaceSchema, raw.marketplace);
  const order = scrubOrderFacts(raw.order);
  // The facts of one order carry that order's id or none: a mismatch means the entry was mixed up.
  if (order.orderId !== undefined && order.orderId !== id.output) delete order.orderId;
  return {
    orderId: id.output,
    marketplace: market.success ? market.output : null,
    order,
    claims: pickItems(raw.claims, ClaimSchema, MAX_CLAIMS_PER_ORDER) as ClaimFacts[],
    returns: pickItems(raw.returns, ReturnSchema, MAX_RETURNS_PER_ORDER) as ReturnFacts[],
    messages: pickItems(raw.messages, MessageSchema, MAX_MESSAGES_PER_ORDER) as StoredMessage[],
    confirmed: scrubConfirmed(raw.confirmed),
    lastSeen,
  };
}

/** The orders map reduced to the allow-list, with the number of orders that had to be dropped whole. */
export function scrubOrders(raw: unknown): { orders: Record<string, StoredOrder>; dropped: number } {
  if (!isRecord(raw)) return { orders: {}, dropped: 0 };
  const orders: Record<string, StoredOrder> = {};
  let dropped = 0;
  for (const [key, value] of Object.entries(raw)) {
    const o = scrubStoredOrder(value, key);
    if (o) orders[key] = o; else dropped += 1;
  }
  return { orders, dropped };
}

/** The seller's corrections of what buyer messages ask: the newest this many are kept. */
export const MAX_INTENT_OVERRIDES = 500;

// A key is order id, send time and sender (messageKey in rules/storable.ts): nothing a buyer wrote fits in it.
const overrideKey = v.pipe(v.string(), v.maxLength(120), v.regex(/^[A-Za-z0-9-]*\|[0-9T:.+Z-]*\|(buyer|seller|amazon)$/));
const overrideIntents = v.pipe(v.array(BuyerIntentSchema), v.minLength(1), v.maxLength(BUYER_INTENTS.length));

/** The stored corrections reduced to valid entries, oldest first, the newest MAX_INTENT_OVERRIDES kept. */
export function scrubIntentOverrides(raw: unknown): Record<string, BuyerIntent[]> {
  if (!isRecord(raw)) return {};
  const entries = Object.entries(raw).flatMap(([key, value]) => {
    const k = v.safeParse(overrideKey, key);
    const i = v.safeParse(overrideIntents, value);
    return k.success && i.success ? [[key, [...new Set(i.output)]] as [string, BuyerIntent[]]] : [];
  });
  return Object.fromEntries(entries.slice(-MAX_INTENT_OVERRIDES));
}

/** `overrides` with `key` set to `intents` as the newest entry (an existing entry moves to the end). */
export function setIntentOverride(overrides: Record<string, BuyerIntent[]>, key: string, intents: BuyerIntent[]): Record<string, BuyerIntent[]> {
  const rest = Object.entries(overrides).filter(([k]) => k !== key);
  return scrubIntentOverrides(Object.fromEntries([...rest, [key, intents]]));
}
