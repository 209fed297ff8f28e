// ORD-PENDING: a Pending order is not paid for yet and must not ship, whatever the buyer asks.
import { replyBySentence, replyNotes, replyRules, spanOf, t } from './shared.ts';
import type { CaseContext } from '../context.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

function pendingWhy(ctx: CaseContext): string {
  const hold = spanOf(ctx, POLICY['ORD-PENDING'].values.paymentHoldUpTo);
  const cancel = spanOf(ctx, POLICY['ORD-PENDING'].values.buyerSelfCancel);
  return t(ctx, 'pending.why', `Amazon has not finished checking the buyer's payment (this can take up to ${hold}). ` +
    'A Pending order must not be shipped, even if the buyer asks; it moves to Unshipped when it is ready. The buyer ' +
    `can cancel it in the first ${cancel}, later through Amazon Customer ` +
    'Service, which is also where to send any question about the payment.', { hold, cancel });
}

export const dontShipPending: Situation = {
  action: 'dont-ship-pending',
  cites: ['ORD-PENDING', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'pending',
  advise: (ctx) => ({
    action: 'dont-ship-pending', severity: 'warning', deadline: ctx.replyDeadline,
    rules: ['ORD-PENDING', ...replyRules(ctx)],
    title: t(ctx, 'pending.title', 'Do not ship: the order is Pending'),
    why: pendingWhy(ctx) + replyBySentence(ctx),
    doNot: [t(ctx, 'pending.doNot.label', 'Do not buy a label or ship while the order is Pending.'), t(ctx, 'pending.doNot.pay', 'Do not ask the buyer to pay you another way.')],
    notes: replyNotes(ctx),
  }),
};
