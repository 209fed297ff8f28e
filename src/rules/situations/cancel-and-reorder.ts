// ORD-ADDRESS: ship only to the address in Seller Central. Not shipped yet: cancel, and the buyer orders again.
import { earliest, replyBySentence, replyNotes, replyRules } from './shared.ts';
import type { Situation } from './types.ts';

export const cancelAndReorder: Situation = {
  action: 'cancel-and-reorder',
  cites: ['ORD-ADDRESS', 'ORD-CANCEL-REQUEST', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.buyerIntents.has('address-change'),
  advise: (ctx) => ({
    action: 'cancel-and-reorder', severity: 'warning', deadline: earliest(ctx.replyDeadline, ctx.shipByEnd),
    rules: ['ORD-ADDRESS', 'ORD-CANCEL-REQUEST', ...replyRules(ctx)],
    title: 'Address change: cancel, and the buyer orders again with the new address',
    why: 'You may ship only to the address shown in Seller Central, and it cannot be changed on an existing order. ' +
      'The order has not shipped, so cancel it with the reason "Buyer canceled" and ask the buyer to place a new ' +
      'order with the new address.' + replyBySentence(ctx),
    doNot: ['Do not ship to the address written in the message.', 'Do not change the address on the label by hand.'],
    notes: [...replyNotes(ctx), 'Seller Fulfilled Prime orders: send the buyer to Amazon Customer Service instead.'],
  }),
};
