// AZ-APPEAL-30D: after the 30 days the appeal is closed: say so plainly rather than leave the seller wondering.
import type { ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { appealEnd, appealMayBeOpenUntil, sellerFunded } from './appeal-claim.ts';
import { dayOf, spanOf, t } from './shared.ts';
import type { Draft, Situation } from './types.ts';

export const appealClosed: Situation = {
  action: 'no-action',
  cites: ['AZ-APPEAL-30D'],
  when: (ctx) => ctx.claims.some((x) => sellerFunded(x) && x.decidedAt !== null && ctx.now > appealMayBeOpenUntil(ctx, x)),
  advise: (ctx) => ctx.claims
    .filter((x: ClaimView) => sellerFunded(x) && x.decidedAt !== null && ctx.now > appealMayBeOpenUntil(ctx, x))
    .map((x): Draft => ({
      action: 'no-action', severity: 'info', deadline: null, rules: ['AZ-APPEAL-30D'],
      title: t('appealClosed.title', { ended: dayOf(ctx, appealEnd(ctx, x)) }),
      why: t('appealClosed.why', { decided: dayOf(ctx, x.decidedAt!), window: spanOf(ctx, POLICY['AZ-APPEAL-30D'].values.appealWithin), ended: dayOf(ctx, appealEnd(ctx, x)) }),
      doNot: [],
    })),
};
