// The shared domain types. Pure data: no browser API, no DOM. Every core and shell speaks these.
// Field names follow ../shared/CONTRACT.md §2-4; extend, never rename. The records (order, claim, message, return,
// reading, case, settings) are declared once, as valibot schemas in src/schema/; their types are inferred here.
import type * as v from 'valibot';
import type { IsoTimeSchema } from './schema/fields.ts';
import type { LangSchema } from './schema/reading.ts';
import type { OrderId } from './schema/order.ts';
import type { UiLang } from './words/langs.ts';

export {
  ORDER_STATUSES, type ConfirmedFacts, type OrderFacts, type OrderId, type OrderStatus,
} from './schema/order.ts';
export { CLAIM_TYPES, type ClaimFacts, type ClaimType, type Money } from './schema/claim.ts';
export { BUYER_INTENTS, type BuyerIntent, type MessageFacts, type Sender, type StoredMessage } from './schema/message.ts';
export { RETURN_STATUSES, type ReturnFacts, type ReturnStatus } from './schema/return.ts';
export { MARKETPLACES, PAGE_KINDS, type Marketplace, type PageKind, type PageReading } from './schema/reading.ts';
export type { OrderCase, StoredOrderCase } from './schema/case.ts';
export { SETTINGS_DEFAULTS as DEFAULT_SETTINGS, type SellerSettings } from './schema/settings.ts';

/** An ISO-8601 instant with an offset, e.g. "2026-11-17T00:00:00-08:00". */
export type IsoTime = v.InferOutput<typeof IsoTimeSchema>;

const STANDARD_ORDER_ID = /\b(\d{3})-?(\d{7})-?(\d{7})\b/;

/** The 3-7-7 id inside `text`, normalised with hyphens, or null. */
export function parseOrderId(text: string | null | undefined): OrderId | null {
  if (!text) return null;
  const m = STANDARD_ORDER_ID.exec(text);
  return m ? (`${m[1]}-${m[2]}-${m[3]}` as OrderId) : null;
}

/** UI language of Seller Central or of a buyer/reply: ISO 639-1. */
export type Lang = v.InferOutput<typeof LangSchema>;


// ---- Advice (CONTRACT.md §3) ----

export const ACTION_CODES = [
  'dont-ship-pending', 'ship-by-deadline', 'ship-or-cancel-late', 'cancel-on-request', 'cancel-and-reorder',
  'carrier-intercept', 'share-tracking', 'direct-to-a-to-z', 'refund-or-reship', 'respond-to-claim', 'appeal-claim',
  'provide-insurance', 'authorize-return', 'refund-return', 'reply-to-buyer', 'keep-on-amazon', 'confirm-facts',
  'no-action', 'file-safe-t',
] as const;
export type ActionCode = (typeof ACTION_CODES)[number];

export type Severity = 'critical' | 'warning' | 'info';

/** A rule id from ../shared/policy/RULES.md, e.g. "AZ-APPEAL-30D". */
export type RuleId = string;

export interface Reply { lang: Lang; text: string }

export interface Advice {
  orderId: OrderId | null;
  action: ActionCode;
  severity: Severity;
  deadline: IsoTime | null;
  rules: RuleId[];
  title: string;
  why: string;
  doNot: string[];
  reply: Reply | null;
  /** The buyer's language the reply is (or, where wording is filled in later, should be) written in. */
  replyLang?: Lang | null;
  /** Shown where sources disagree or an assumption was made. */
  notes?: string[];
  /** For confirm-facts: which facts the seller should confirm, as OrderFacts keys. */
  confirm?: string[];
}

// ---- Checker (CONTRACT.md §4) ----

export const FINDING_KINDS = ['link', 'email', 'phone', 'messaging-app', 'social', 'off-amazon-payment',
  'review-manipulation', 'marketing', 'attachment', 'other'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  text: string;
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  severity: 'block' | 'warn';
  rule: RuleId;
  /** What to write instead, in plain words. */
  hint?: string;
  /** Why it must not be sent, as a stable key the UI words in its own language (e.g. "review-happy-only"). */
  reason?: string;
  /** The same reason in every UI language (src/words/langs.ts UI_LANGS), for a UI that shows it as it is. */
  reasonText?: Readonly<Record<UiLang, string>>;
  /** What to do with the span: remove it, or put `text` (a compliant wording) in its place. */
  fix?: { action: 'remove' } | { action: 'rewrite'; text: string };
}
