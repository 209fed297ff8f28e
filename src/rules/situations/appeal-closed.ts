// AZ-APPEAL-30D: after the 30 days the appeal is closed: say so plainly rather than leave the seller wondering.
import type { ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { appealEnd, sellerFunded } from './appeal-claim.ts';
import { dayOf } from './shared.ts';
import type { Draft, Situation } from './types.ts';
import { span } from '../words.ts';

export const appealClosed: Situation = {
  action: 'no-action',
  cites: ['AZ-APPEAL-30D'],
  when: (ctx) => ctx.claims.some((x) => sellerFunded(x) && x.decidedAt !== null && ctx.now > appealEnd(ctx, x)),
  advise: (ctx) => ctx.claims
    .filter((x: ClaimView) => sellerFunded(x) && x.decidedAt !== null && ctx.now > appealEnd(ctx, x))
    .map((x): Draft => ({
      action: 'no-action', severity: 'info', deadline: null, rules: ['AZ-APPEAL-30D'],
      title: `The appeal window closed on ${dayOf(ctx, appealEnd(ctx, x))}`,
      why: `Amazon granted the buyer's claim on ${dayOf(ctx, x.decidedAt!)} and charged it to you. A decision can be ` +
        `appealed only within ${span(POLICY['AZ-APPEAL-30D'].values.appealWithin)}; that time ended on ${dayOf(ctx, appealEnd(ctx, x))}, so this claim can no longer ` +
        'be appealed. Nothing else is due for it.',
      doNot: [],
    })),
};
