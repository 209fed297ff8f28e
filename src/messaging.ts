// Typed messages between the shells, named by direction, validated on receipt (never trusted as typed).
//   content    -> background : ContentToBackground
//   ui (popup/options) -> background : UiToBackground
//   ui (popup) -> content    : UiToContent
import * as v from 'valibot';
import {
  ACTION_CODES, BUYER_INTENTS, CLAIM_TYPES, FINDING_KINDS, MARKETPLACES, ORDER_STATUSES, PAGE_KINDS, RETURN_STATUSES,
  type Advice, type Finding, type OrderCase, type PageReading,
} from './model.ts';

// Bounds keep a hostile or broken page from flooding the background.
const MAX_TEXT = 20_000;
const MAX_ITEMS = 2_000;

const str = (max = 500) => v.pipe(v.string(), v.maxLength(max));
const nstr = (max = 500) => v.nullable(str(max));
const iso = v.nullable(v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()));
const opt = <T extends v.GenericSchema>(s: T) => v.optional(s);
const orderIdStr = v.pipe(v.string(), v.maxLength(40));

const OrderFactsSchema = v.object({
  orderId: orderIdStr,
  status: v.nullable(v.picklist(ORDER_STATUSES)),
  purchaseDate: iso, shipBy: iso, deliverBy: iso, shippedAt: iso, deliveredAt: iso,
  carrier: nstr(), trackingId: nstr(100), shippingService: nstr(),
  boughtThroughAmazon: v.nullable(v.boolean()),
  claimsProtected: v.nullable(v.boolean()),
  fulfillment: v.nullable(v.picklist(['MFN', 'AFN'])),
  firstScanAt: opt(iso),
  shipToCountry: opt(nstr(60)),
});

const ClaimFactsSchema = v.object({
  orderId: v.nullable(orderIdStr),
  claimId: opt(nstr(60)),
  claimType: v.nullable(v.picklist(CLAIM_TYPES)),
  reason: nstr(), status: nstr(),
  amount: v.nullable(v.object({ value: v.pipe(v.number(), v.finite()), currency: str(8) })),
  filedAt: iso, respondBy: iso, decidedAt: iso,
  fundedBy: v.nullable(v.picklist(['seller', 'amazon'])),
  appealBy: opt(iso), amazonComment: opt(nstr(MAX_TEXT)), denialReason: opt(nstr(MAX_TEXT)),
});

const MessageFactsSchema = v.object({
  orderId: v.nullable(orderIdStr),
  from: v.picklist(['buyer', 'seller', 'amazon']),
  sentAt: iso,
  text: str(MAX_TEXT),
});

const ReturnFactsSchema = v.object({
  orderId: v.nullable(orderIdStr),
  status: v.nullable(v.picklist(RETURN_STATUSES)),
  requestedAt: iso, receivedAt: iso, refundedAt: iso,
  reason: nstr(),
  returnTrackingId: opt(nstr(100)),
});

export const PageReadingSchema = v.object({
  kind: v.picklist(PAGE_KINDS),
  marketplace: v.nullable(v.picklist(MARKETPLACES)),
  uiLanguage: nstr(16),
  orders: v.pipe(v.array(OrderFactsSchema), v.maxLength(MAX_ITEMS)),
  claims: v.pipe(v.array(ClaimFactsSchema), v.maxLength(MAX_ITEMS)),
  messages: v.pipe(v.array(MessageFactsSchema), v.maxLength(MAX_ITEMS)),
  returns: v.pipe(v.array(ReturnFactsSchema), v.maxLength(MAX_ITEMS)),
  missing: v.pipe(v.array(str(200)), v.maxLength(MAX_ITEMS * 20)),
  draft: opt(v.nullable(str(MAX_TEXT))),
  notes: opt(v.pipe(v.array(str(300)), v.maxLength(20))),
});

const ConfirmedFactsSchema = v.object({
  claimsProtected: opt(v.nullable(v.boolean())),
  boughtThroughAmazon: opt(v.nullable(v.boolean())),
  deliveredAt: opt(iso), shippedAt: opt(iso), shipBy: opt(iso), deliverBy: opt(iso), firstScanAt: opt(iso),
  status: opt(v.nullable(v.picklist(ORDER_STATUSES))),
});

// ---- content -> background ----
export const GUARD_KINDS = ['pending-no-ship', 'protected-no-refund', 'keep-on-amazon'] as const;
export const ContentToBackgroundSchema = v.variant('type', [
  v.object({ type: v.literal('page-reading'), reading: PageReadingSchema }),
  v.object({ type: v.literal('dismiss-guard'), orderId: orderIdStr, kind: v.picklist(GUARD_KINDS) }),
]);
export type ContentToBackground = v.InferOutput<typeof ContentToBackgroundSchema>;

// ---- ui -> background ----
export const UiToBackgroundSchema = v.variant('type', [
  v.object({ type: v.literal('get-tab-state'), tabId: v.pipe(v.number(), v.integer()) }),
  v.object({ type: v.literal('get-active-tab-state') }),
  v.object({ type: v.literal('confirm-facts'), orderId: orderIdStr, facts: ConfirmedFactsSchema, tabId: opt(v.pipe(v.number(), v.integer())) }),
  v.object({ type: v.literal('get-deadlines') }),
  v.object({ type: v.literal('get-what-changed') }),
  v.object({ type: v.literal('forget-everything') }),
  // The seller's reading of one buyer message, by its key (messageKey in rules/storable.ts), never by its words.
  v.object({
    type: v.literal('set-intent'), tabId: v.pipe(v.number(), v.integer()), key: str(120),
    intents: v.pipe(v.array(v.picklist(BUYER_INTENTS)), v.minLength(1), v.maxLength(BUYER_INTENTS.length)),
  }),
]);
export type UiToBackground = v.InferOutput<typeof UiToBackgroundSchema>;

// ---- ui -> content ----
export const INSERT_TARGETS = ['buyer-reply', 'claim-response'] as const;
/** The box inserted text is meant for: the buyer reply, or the response to Amazon on a claim. */
export type InsertTarget = (typeof INSERT_TARGETS)[number];
export const UiToContentSchema = v.variant('type', [
  // target: which box the text is for; without it the content script goes by the page (claim pages: the response
  // to Amazon, other pages: the buyer reply).
  v.object({ type: v.literal('insert-reply'), text: str(MAX_TEXT), target: opt(v.picklist(INSERT_TARGETS)) }),
  v.object({ type: v.literal('read-now') }),
  v.object({ type: v.literal('save-page-snapshot') }),
]);

/** The content script's answer to 'save-page-snapshot': a redacted page the popup offers as a download. */
export interface SnapshotAnswer { ok: true; filename: string; html: string; redactions: number }
export type UiToContent = v.InferOutput<typeof UiToContentSchema>;

/** The content script's answer to 'read-now'. */
export const ReadNowAnswerSchema = v.object({ url: v.pipe(v.string(), v.maxLength(4000), v.url()), reading: PageReadingSchema });

/** A warning the content script shows in the page next to a costly control (never blocking it). */
export interface Guard {
  kind: (typeof GUARD_KINDS)[number];
  orderId: string;
  rules: string[];
}

/** The background's answer to a page reading. */
export interface ReadingAck { ok: true; guards: Guard[] }

export const ReadingAckSchema = v.object({
  ok: v.literal(true),
  guards: v.pipe(v.array(v.object({
    kind: v.picklist(GUARD_KINDS), orderId: orderIdStr, rules: v.array(str(40)),
  })), v.maxLength(50)),
});

/** What the popup shows for one tab. */
export interface TabState {
  tabId: number;
  url: string | null;
  reading: PageReading | null;
  cases: OrderCase[];
  advice: Advice[];
  /** check() findings on the page's reply-box draft. */
  warnings: Finding[];
  /** The moment the advice was computed for: the popup reruns the rules at exactly this time (other UI languages). */
  analyzedAt?: string;
}

/** One open deadline across remembered orders (the deadlines view). */
export interface DeadlineItem {
  orderId: string;
  action: (typeof ACTION_CODES)[number];
  severity: Advice['severity'];
  deadline: string;
  title: string;
  marketplace: string | null;
}

/** One dated rule change of the last twelve months with the open orders it affects now (the "What changed" view). */
export type { ChangeNow as WhatChangedItem } from './rules/what-changed.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseMessage<T extends v.GenericSchema>(schema: T, raw: unknown): Parsed<v.InferOutput<T>> {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `${path ? path + ': ' : ''}${issue.message}` };
}

export { FINDING_KINDS };
