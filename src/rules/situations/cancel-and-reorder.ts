// ORD-ADDRESS: ship only to the address in Seller Central. Not shipped yet: cancel, and the buyer orders again.
import { earliest, shipByAhead, replyBySentence, replyNotes, replyRules, t } from './shared.ts';
import type { Situation } from './types.ts';

export const cancelAndReorder: Situation = {
  action: 'cancel-and-reorder',
  cites: ['ORD-ADDRESS', 'ORD-CANCEL-REQUEST', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.buyerIntents.has('address-change'),
  advise: (ctx) => ({
    action: 'cancel-and-reorder', severity: 'warning', deadline: earliest(ctx.replyDeadline, shipByAhead(ctx)),
    rules: ['ORD-ADDRESS', 'ORD-CANCEL-REQUEST', ...replyRules(ctx)],
    title: t(ctx, 'reorder.title', 'Address change: cancel, and the buyer orders again with the new address'),
    why: t(ctx, 'reorder.why', 'You may ship only to the address shown in Seller Central, and it cannot be changed on an existing order. ' +
      'The order has not shipped, so cancel it with the reason "Buyer canceled" and ask the buyer to place a new ' +
      'order with the new address.') + replyBySentence(ctx),
    doNot: [t(ctx, 'reorder.doNot.message', 'Do not ship to the address written in the message.'), t(ctx, 'reorder.doNot.label', 'Do not change the address on the label by hand.')],
    notes: [...replyNotes(ctx), t(ctx, 'reorder.note.sfp', 'Seller Fulfilled Prime orders: send the buyer to Amazon Customer Service instead.')],
  }),
};
