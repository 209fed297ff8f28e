// The shared domain types. Pure data: no browser API, no DOM. Every core and shell speaks these.
// Field names follow ../shared/CONTRACT.md §2-4; extend, never rename.

/** An ISO-8601 instant with an offset, e.g. "2026-11-17T00:00:00-08:00". */
export type IsoTime = string;

declare const orderIdBrand: unique symbol;
/** A Seller Central order id once parsed (3-7-7 digits; other forms kept verbatim). */
export type OrderId = string & { readonly [orderIdBrand]: true };

const STANDARD_ORDER_ID = /\b(\d{3})-?(\d{7})-?(\d{7})\b/;

/** The 3-7-7 id inside `text`, normalised with hyphens, or null. */
export function parseOrderId(text: string | null | undefined): OrderId | null {
  if (!text) return null;
  const m = STANDARD_ORDER_ID.exec(text);
  return m ? (`${m[1]}-${m[2]}-${m[3]}` as OrderId) : null;
}

export const PAGE_KINDS = ['order-details', 'order-list', 'claim', 'claim-list', 'messages', 'returns', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const MARKETPLACES = ['US', 'CA', 'MX', 'BR', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'TR',
  'JP', 'AU', 'SG', 'AE', 'SA', 'EG', 'IN'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

/** UI language of Seller Central or of a buyer/reply: ISO 639-1. */
export type Lang = string;

export const ORDER_STATUSES = ['pending', 'unshipped', 'shipped', 'delivered', 'canceled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface Money { value: number; currency: string }

export interface OrderFacts {
  orderId: OrderId;
  status: OrderStatus | null;
  purchaseDate: IsoTime | null;
  shipBy: IsoTime | null;
  /** The latest end of the deliver-by range. */
  deliverBy: IsoTime | null;
  shippedAt: IsoTime | null;
  deliveredAt: IsoTime | null;
  carrier: string | null;
  trackingId: string | null;
  shippingService: string | null;
  /** Label bought through Amazon Buy Shipping (popover tracking link), false for an own label, null if unknown. */
  boughtThroughAmazon: boolean | null;
  /** Buy Shipping "Claims Protected" badge shown (true), "Late Delivery Risk" or own label (false), unknown (null). */
  claimsProtected: boolean | null;
  fulfillment: 'MFN' | 'AFN' | null;
  /** First carrier scan from the tracking events, where the page has them (judges "shipped on time"). */
  firstScanAt?: IsoTime | null;
  /** Country of the ship-to address (ISO 3166 alpha-2 or as printed) — the only address fact ever kept. */
  shipToCountry?: string | null;
}

export const CLAIM_TYPES = ['a-to-z', 'safety', 'chargeback', 'safe-t'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export interface ClaimFacts {
  orderId: OrderId | null;
  claimId?: string | null;
  claimType: ClaimType | null;
  /** As displayed, in the UI language. */
  reason: string | null;
  /** As displayed, in the UI language. */
  status: string | null;
  amount: Money | null;
  filedAt: IsoTime | null;
  respondBy: IsoTime | null;
  decidedAt: IsoTime | null;
  fundedBy: 'seller' | 'amazon' | null;
  /** SAFE-T: the last day to appeal a decision ("Recorrer por"), as the page shows it. */
  appealBy?: IsoTime | null;
  /** SAFE-T: Amazon's comment on the claim, as displayed. */
  amazonComment?: string | null;
  /** SAFE-T: why the claim was denied, as displayed. */
  denialReason?: string | null;
}

export type Sender = 'buyer' | 'seller' | 'amazon';

export interface MessageFacts {
  orderId: OrderId | null;
  from: Sender;
  sentAt: IsoTime | null;
  /** Whitespace collapsed. Buyer personal text: used for intent, never stored by the background. */
  text: string;
  /** What the message asks, derived once from the text (src/rules/intent/); kept when the text is dropped. */
  intents?: BuyerIntent[] | null;
}

// ---- Buyer message intent: what a message asks for, so memory can keep the meaning without the words ----

export const BUYER_INTENTS = ['not-received', 'damaged', 'wrong-item', 'return', 'cancel', 'address-change',
  'where-is-my-order', 'off-amazon', 'other'] as const;
export type BuyerIntent = (typeof BUYER_INTENTS)[number];

/** A message as the order memory may keep it: who, when and what it asked, never its text. */
export interface StoredMessage {
  orderId: OrderId | null;
  from: Sender;
  sentAt: IsoTime | null;
  intents: BuyerIntent[];
}

export const RETURN_STATUSES = ['pending-authorization', 'authorized', 'received', 'completed'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export interface ReturnFacts {
  orderId: OrderId | null;
  status: ReturnStatus | null;
  requestedAt: IsoTime | null;
  receivedAt: IsoTime | null;
  refundedAt: IsoTime | null;
  /** As displayed. */
  reason: string | null;
  returnTrackingId?: string | null;
}

/** What one page showed. `missing` lists paths like "orders[0].shipBy" for every null the page did not show. */
export interface PageReading {
  kind: PageKind;
  marketplace: Marketplace | null;
  uiLanguage: Lang | null;
  orders: OrderFacts[];
  claims: ClaimFacts[];
  messages: MessageFacts[];
  returns: ReturnFacts[];
  missing: string[];
  /** The unsent text in the page's reply box, if any: what `check` runs on. Not a message. */
  draft?: string | null;
  /** How the page was read where it matters to trust it (the address and the page disagree on its kind). */
  notes?: string[];
}

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
  /** The same reason in English and in Simplified Chinese, for a UI that shows it as it is. */
  reasonText?: { en: string; zh: string };
  /** What to do with the span: remove it, or put `text` (a compliant wording) in its place. */
  fix?: { action: 'remove' } | { action: 'rewrite'; text: string };
}

// ---- Order memory: everything known about one order, joined across pages ----

/** Facts the seller confirmed or corrected in the popup; they win over any reading. */
export type ConfirmedFacts = Partial<Pick<OrderFacts, 'claimsProtected' | 'boughtThroughAmazon' | 'deliveredAt' |
  'shippedAt' | 'shipBy' | 'deliverBy' | 'status' | 'firstScanAt'>>;

export interface OrderCase {
  orderId: OrderId;
  marketplace: Marketplace | null;
  /** Merged order facts: newest reading wins per non-null field; confirmed facts win over readings. */
  order: OrderFacts;
  claims: ClaimFacts[];
  messages: MessageFacts[];
  returns: ReturnFacts[];
  confirmed: ConfirmedFacts;
  /** Buyer's language if known (from messages or marketplace). */
  buyerLang?: Lang | null;
}

/** An OrderCase reduced to what may be stored: messages without text (src/rules/storable.ts). */
export interface StoredOrderCase extends Omit<OrderCase, 'messages'> {
  messages: StoredMessage[];
}

export interface SellerSettings {
  signature: string;
  /** Preferred reply languages, first wins when the buyer's is unknown. */
  replyLanguages: Lang[];
}

export const DEFAULT_SETTINGS: SellerSettings = { signature: '', replyLanguages: [] };
