// Every number and deadline the advice rests on, with the rule id of ../shared/policy/RULES.md, its sources and
// the day it was last checked against them. This is the one place a maintainer changes a figure: situations read
// windows from here and never write a number of their own.
//
// Amazon's pages disagree on several deadlines and have changed over time. Where they do, `values` holds the
// earlier (safer) figure that the advice uses and `note` says what the other sources say.
import type { Marketplace, RuleId } from '../model.ts';

export type WindowUnit = 'hours' | 'calendar-days' | 'business-days';

/** A span of time as the rule states it: business days skip Saturday and Sunday in the marketplace's zone. */
export interface Window {
  readonly amount: number;
  readonly unit: WindowUnit;
}

const hours = (amount: number): Window => ({ amount, unit: 'hours' });
const calendarDays = (amount: number): Window => ({ amount, unit: 'calendar-days' });
const businessDays = (amount: number): Window => ({ amount, unit: 'business-days' });

/** How sure a figure is: an Amazon page says it, reports of an Amazon notice say it, or a single other page does. */
export type Confidence = 'amazon-page' | 'reported' | 'single-source';

export interface PolicyRule<V = Readonly<Record<string, unknown>>> {
  readonly id: RuleId;
  /** First day in force (YYYY-MM-DD, the marketplace's local date); absent: in force before every dated change here. */
  readonly effective?: string;
  /** First day no longer in force, when replaced everywhere it applied. */
  readonly until?: string;
  /** Where it applies; absent: every marketplace. */
  readonly marketplaces?: readonly Marketplace[];
  /** Absent: a RULES.md rule, checked against the pages it cites. */
  readonly confidence?: Confidence;
  /** The rule this one supersedes where both apply (same marketplace, from `effective`). */
  readonly replaces?: RuleId;
  /** Sources disagree or the figure is a choice; policy-sources.ts has the note that says how. */
  readonly disputed?: true;
  readonly values: V;
}

const US = ['US'] as const satisfies readonly Marketplace[];

export const POLICY = {
  // ---- A. A-to-z Guarantee ----
  'AZ-ELIG-INR': {
    id: 'AZ-ELIG-INR',
    disputed: true,
    values: { afterLatestDelivery: calendarDays(3), olderAfterOrder: calendarDays(30) },
  },
  'AZ-FILE-WINDOW': {
    id: 'AZ-FILE-WINDOW',
    values: { afterLatestDelivery: calendarDays(90) },
  },
  'AZ-CONTACT-48H': {
    id: 'AZ-CONTACT-48H',
    disputed: true,
    values: { resolveWithin: hours(48), byMarketplace: { UK: businessDays(2), DE: businessDays(2) } satisfies Partial<Record<Marketplace, Window>> },
  },
  'AZ-INFO-REQUEST': {
    id: 'AZ-INFO-REQUEST',
    disputed: true,
    values: { respondWithin: hours(48), otherVersions: [hours(72), calendarDays(3)] },
  },
  'AZ-AUTO-GRANT': {
    id: 'AZ-AUTO-GRANT',
    values: { lateShipmentAutoRefundSince: '2021-05-24' },
  },
  'AZ-OUTCOMES': {
    id: 'AZ-OUTCOMES',
    values: {},
  },
  'ODR-1PCT': {
    id: 'ODR-1PCT',
    values: { maxRate: 0.01, period: calendarDays(60) },
  },
  'AZ-APPEAL-30D': {
    id: 'AZ-APPEAL-30D',
    disputed: true,
    values: { appealWithin: calendarDays(30), infoRequestDuringAppeal: hours(48), currentTextInfoRequestDuringAppeal: hours(72), odrReversal: calendarDays(7) },
  },
  'AZ-CAP': {
    id: 'AZ-CAP',
    values: { US: 2500, DE: 2500 },
  },
  'AZ-SAFETY': {
    id: 'AZ-SAFETY',
    disputed: true,
    values: { respondWithin: calendarDays(7), disputeWithin: calendarDays(30), amazonPaysBelow: 1000, insuranceAboveMonthlySales: 10000 },
  },

  // ---- B. Buy Shipping and delivery metrics ----
  'BS-CLAIMS-PROTECTED': {
    id: 'BS-CLAIMS-PROTECTED',
    disputed: true,
    values: { answerDeliveryQuestionsWithin: hours(48) },
  },
  'BS-LATE-FEEDBACK': {
    id: 'BS-LATE-FEEDBACK',
    values: {},
  },
  'OTDR-90': {
    id: 'OTDR-90',
    values: { minRate: 0.9 },
  },
  'VTR-95': {
    id: 'VTR-95',
    values: { minRate: 0.95 },
  },
  'SFP': {
    id: 'SFP',
    values: { minOnTimeShipment: 0.99, minBuyShipping: 0.99, maxCancellation: 0.005 },
  },

  // ---- C. Order handling ----
  'ORD-PENDING': {
    id: 'ORD-PENDING',
    values: { paymentHoldUpTo: calendarDays(21), buyerSelfCancel: hours(0.5) },
  },
  'ORD-CANCEL-REQUEST': {
    id: 'ORD-CANCEL-REQUEST',
    values: { maxCancellationRate: 0.025, period: calendarDays(7) },
  },
  'ORD-AUTO-CANCEL': {
    id: 'ORD-AUTO-CANCEL',
    disputed: true,
    values: { afterShipBy: businessDays(7), olderAfterOrder: calendarDays(30) },
  },
  'ORD-LATE-SHIP': {
    id: 'ORD-LATE-SHIP',
    values: { maxRate: 0.04, periods: [calendarDays(10), calendarDays(30)] },
  },
  'ORD-ADDRESS': {
    id: 'ORD-ADDRESS',
    values: {},
  },
  'ORD-MEDIA-2D': {
    id: 'ORD-MEDIA-2D',
    values: { shipWithin: businessDays(2) },
  },
  'ORD-UNSHIPPED': {
    id: 'ORD-UNSHIPPED',
    values: {},
  },

  // ---- D. Returns ----
  'RET-WINDOW-30D': {
    id: 'RET-WINDOW-30D',
    disputed: true,
    // Purchases in these months (1-12) may be returned until this day of January of the next year.
    values: { fromDelivery: calendarDays(30), holiday: { purchaseMonths: [11, 12], untilJanuaryDay: 31 } },
  },
  'RET-AUTHORIZE': {
    id: 'RET-AUTHORIZE',
    values: { answerWithin: hours(24) },
  },
  'RET-REFUND-2D': {
    id: 'RET-REFUND-2D',
    values: { refundWithin: businessDays(2) },
  },
  'RET-SHIPPING-COST': {
    id: 'RET-SHIPPING-COST',
    values: {},
  },
  'RET-RESTOCKING': {
    id: 'RET-RESTOCKING',
    values: { lateUnopenedRefund: 0.8, openedMediaRefund: 0.5, damagedMaxFee: 0.5 },
  },
  'SAFET-30D': {
    id: 'SAFET-30D',
    disputed: true,
    values: { fileWithin: calendarDays(30) },
  },

  // ---- E. Messaging, reviews, off-platform diversion ----
  'MSG-PERMITTED': {
    id: 'MSG-PERMITTED',
    values: { proactiveWithin: calendarDays(30) },
  },
  'MSG-PROHIBITED': {
    id: 'MSG-PROHIBITED',
    values: {},
  },
  'MSG-24H': {
    id: 'MSG-24H',
    values: { replyWithin: hours(24) },
  },
  'REVIEW-POLICY': {
    id: 'REVIEW-POLICY',
    values: { requestFrom: calendarDays(5), requestUntil: calendarDays(30) },
  },
  'OFF-AMAZON': {
    id: 'OFF-AMAZON',
    values: {},
  },

  // ---- F. Dated changes of 2025-2026 (../shared/policy/CHANGES-2026.md) ----
  'US-REFUND-4D': {
    id: 'US-REFUND-4D',
    effective: '2026-01-26', marketplaces: US, confidence: 'reported', replaces: 'RET-REFUND-2D',
    disputed: true,
    values: { refundWithin: calendarDays(4), storedPagesRefundWithin: businessDays(2) },
  },
  'US-SAFET-AUTOREFUND': {
    id: 'US-SAFET-AUTOREFUND',
    effective: '2026-01-26', marketplaces: US, confidence: 'reported',
    values: {},
  },
  'US-SAFET-60D': {
    id: 'US-SAFET-60D',
    until: '2026-02-16', marketplaces: US, confidence: 'amazon-page',
    values: { fileWithin: calendarDays(60) },
  },
  'US-SAFET-30D': {
    id: 'US-SAFET-30D',
    // The clock starts at the later of the return delivery scan and the refund; for lost shipments, the last scan.
    effective: '2026-02-16', marketplaces: US, confidence: 'reported', replaces: 'US-SAFET-60D',
    disputed: true,
    values: { fileWithin: calendarDays(30) },
  },
  'US-APRL-ALL': {
    id: 'US-APRL-ALL',
    effective: '2026-02-08', marketplaces: US, confidence: 'reported',
    values: {},
  },
  'US-HOLIDAY-RET-2025': {
    id: 'US-HOLIDAY-RET-2025',
    // Counted by purchase date: the rule covers what was bought in these two months.
    effective: '2025-11-01', until: '2026-01-01', marketplaces: US, confidence: 'reported', replaces: 'RET-WINDOW-30D',
    values: { purchasedFrom: '2025-11-01', purchasedThrough: '2025-12-31', returnThrough: '2026-01-31', appleThrough: '2026-01-15' },
  },
  'AZ-NR-NO-CONTACT': {
    id: 'AZ-NR-NO-CONTACT',
    marketplaces: US, confidence: 'amazon-page',
    disputed: true,
    values: { representWithin: calendarDays(3) },
  },
} as const satisfies Record<string, PolicyRule>;

export type PolicyRuleId = keyof typeof POLICY;

export const POLICY_RULE_IDS = Object.keys(POLICY) as PolicyRuleId[];

export function isPolicyRuleId(id: string): id is PolicyRuleId {
  return Object.hasOwn(POLICY, id);
}

/** Sources disagree on `id` (its note in policy-sources.ts says how). */
export function isDisputed(id: RuleId): boolean {
  return isPolicyRuleId(id) && (POLICY[id] as PolicyRule).disputed === true;
}
