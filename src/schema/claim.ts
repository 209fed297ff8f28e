// A claim on an order: A-to-z, safety, chargeback, SAFE-T (CONTRACT.md §2 `claims`). Reason and status are the
// strings the page displays, in its UI language.
import * as v from 'valibot';
import { MAX_TEXT, OrderIdSchema, emptyOf, maybeTime, text } from './fields.ts';

export const CLAIM_TYPES = ['a-to-z', 'safety', 'chargeback', 'safe-t'] as const;
export const FUNDERS = ['seller', 'amazon'] as const;

export const MoneySchema = v.object({ value: v.pipe(v.number(), v.finite()), currency: text(8) });
export type Money = v.InferOutput<typeof MoneySchema>;

export const ClaimFactsSchema = v.object({
  orderId: v.nullable(OrderIdSchema),
  claimId: v.optional(v.nullable(text(60))),
  claimType: v.nullable(v.picklist(CLAIM_TYPES)),
  /** As displayed, in the UI language. */
  reason: v.nullable(text()),
  /** As displayed, in the UI language. */
  status: v.nullable(text()),
  amount: v.nullable(MoneySchema),
  filedAt: maybeTime,
  respondBy: maybeTime,
  decidedAt: maybeTime,
  fundedBy: v.nullable(v.picklist(FUNDERS)),
  /** SAFE-T: the last day to appeal a decision ("Recorrer por"), as the page shows it. */
  appealBy: v.optional(maybeTime),
  /** SAFE-T: Amazon's comment on the claim, as displayed. */
  amazonComment: v.optional(v.nullable(text(MAX_TEXT))),
  /** SAFE-T: why the claim was denied, as displayed. */
  denialReason: v.optional(v.nullable(text(MAX_TEXT))),
  /**
   * A notice on the claim's page says the seller has already appealed (pending or decided): some pages say so only
   * there, not in the status. Present only when a notice says it; absent is "not seen", never "not appealed".
   */
  appealMade: v.optional(v.literal(true)),
});

export type ClaimFacts = v.InferOutput<typeof ClaimFactsSchema>;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** Read only on SAFE-T claim pages: a claim starts without them, so other claims do not list them as missing. */
export const SAFE_T_FIELDS = ['appealBy', 'amazonComment', 'denialReason'] as const satisfies readonly (keyof ClaimFacts)[];
/** Read only from a notice that says so: a claim starts without them and never lists them as missing. */
export const NOTICE_FIELDS = ['appealMade'] as const satisfies readonly (keyof ClaimFacts)[];

/** A claim with nothing known: every field null but the SAFE-T and notice ones, which are absent. */
export const emptyClaim = (): ClaimFacts => emptyOf(v.omit(ClaimFactsSchema, [...SAFE_T_FIELDS, ...NOTICE_FIELDS]), {});
