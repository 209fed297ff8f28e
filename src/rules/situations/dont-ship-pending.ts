// ORD-PENDING: a Pending order is not paid for yet and must not ship, whatever the buyer asks.
import { replyBySentence, replyNotes, replyRules, spanOf, t } from './shared.ts';
import { type Text, cat } from '../text.ts';
import type { CaseContext } from '../context.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

function pendingWhy(ctx: CaseContext): Text {
  const hold = spanOf(ctx, POLICY['ORD-PENDING'].values.paymentHoldUpTo);
  const cancel = spanOf(ctx, POLICY['ORD-PENDING'].values.buyerSelfCancel);
  return t('pending.why', { hold, cancel });
}

export const dontShipPending: Situation = {
  action: 'dont-ship-pending',
  cites: ['ORD-PENDING', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'pending',
  advise: (ctx) => ({
    action: 'dont-ship-pending', severity: 'warning', deadline: ctx.replyDeadline,
    rules: ['ORD-PENDING', ...replyRules(ctx)],
    title: t('pending.title'),
    why: cat(pendingWhy(ctx), replyBySentence(ctx)),
    doNot: [t('pending.doNot.label'), t('pending.doNot.pay')],
    notes: replyNotes(ctx),
  }),
};
