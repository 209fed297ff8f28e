// ORD-ADDRESS: ship only to the address in Seller Central. Not shipped yet: cancel, and the buyer orders again.
import { earliest, shipByAhead, replyBySentence, replyNotes, replyRules, t, confirmFirst, doubtAbout } from './shared.ts';
import { cat } from '../text.ts';
import type { Situation } from './types.ts';

export const cancelAndReorder: Situation = {
  action: 'cancel-and-reorder',
  cites: ['ORD-ADDRESS', 'ORD-CANCEL-REQUEST', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.buyerIntents.has('address-change'),
  advise: (ctx) => (doubtAbout(ctx, ['address-change']) ? confirmFirst(ctx, 'address', ['address-change']) : {
    action: 'cancel-and-reorder', severity: 'warning', deadline: earliest(ctx.replyDeadline, shipByAhead(ctx)),
    rules: ['ORD-ADDRESS', 'ORD-CANCEL-REQUEST', ...replyRules(ctx)],
    title: t('reorder.title'),
    why: cat(t('reorder.why'), replyBySentence(ctx)),
    doNot: [t('reorder.doNot.message'), t('reorder.doNot.label')],
    notes: [...replyNotes(ctx), t('reorder.note.sfp')],
  }),
};
