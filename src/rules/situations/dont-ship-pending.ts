// ORD-PENDING: a Pending order is not paid for yet and must not ship, whatever the buyer asks.
import { replyBySentence, replyNotes, replyRules } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';
import { span } from '../words.ts';

export const dontShipPending: Situation = {
  action: 'dont-ship-pending',
  cites: ['ORD-PENDING', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'pending',
  advise: (ctx) => ({
    action: 'dont-ship-pending', severity: 'warning', deadline: ctx.replyDeadline,
    rules: ['ORD-PENDING', ...replyRules(ctx)],
    title: 'Do not ship: the order is Pending',
    why: `Amazon has not finished checking the buyer's payment (this can take up to ${span(POLICY['ORD-PENDING'].values.paymentHoldUpTo)}). ` +
      'A Pending order must not be shipped, even if the buyer asks; it moves to Unshipped when it is ready. The buyer ' +
      `can cancel it in the first ${span(POLICY['ORD-PENDING'].values.buyerSelfCancel)}, later through Amazon Customer ` +
      'Service, which is also where to send any question about the payment.' +
      replyBySentence(ctx),
    doNot: ['Do not buy a label or ship while the order is Pending.', 'Do not ask the buyer to pay you another way.'],
    notes: replyNotes(ctx),
  }),
};
