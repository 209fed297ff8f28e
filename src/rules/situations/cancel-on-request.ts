// ORD-CANCEL-REQUEST: the buyer asked to cancel an order that has not shipped.
import { earliest, shipByAhead, replyBySentence, replyNotes, replyRules, t } from './shared.ts';
import type { Situation } from './types.ts';

export const cancelOnRequest: Situation = {
  action: 'cancel-on-request',
  cites: ['ORD-CANCEL-REQUEST', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.buyerIntents.has('cancel') && !ctx.buyerIntents.has('address-change'),
  advise: (ctx) => ({
    action: 'cancel-on-request', severity: 'warning', deadline: earliest(ctx.replyDeadline, shipByAhead(ctx)),
    rules: ['ORD-CANCEL-REQUEST', ...replyRules(ctx)],
    title: t(ctx, 'cancel.title', 'Cancel the order as the buyer asked'),
    why: t(ctx, 'cancel.why', 'The buyer asked to cancel and the order has not shipped. Cancel it in Seller Central with the reason ' +
      '"Buyer canceled": that does not count against your cancellation rate. If the request came only by message, ' +
      'you can ask the buyer to use "Request cancellation" in Your Orders, or cancel it yourself with that reason.') +
      replyBySentence(ctx),
    doNot: [t(ctx, 'cancel.doNot.ship', 'Do not ship the order.'), t(ctx, 'cancel.doNot.reason', 'Do not choose a reason other than "Buyer canceled" (other reasons count against you).')],
    notes: replyNotes(ctx),
  }),
};
