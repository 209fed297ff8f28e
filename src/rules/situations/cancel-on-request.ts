// ORD-CANCEL-REQUEST: the buyer asked to cancel an order that has not shipped.
import { earliest, shipByAhead, replyBySentence, replyNotes, replyRules, t } from './shared.ts';
import { cat } from '../text.ts';
import type { Situation } from './types.ts';

export const cancelOnRequest: Situation = {
  action: 'cancel-on-request',
  cites: ['ORD-CANCEL-REQUEST', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.buyerIntents.has('cancel') && !ctx.buyerIntents.has('address-change'),
  advise: (ctx) => ({
    action: 'cancel-on-request', severity: 'warning', deadline: earliest(ctx.replyDeadline, shipByAhead(ctx)),
    rules: ['ORD-CANCEL-REQUEST', ...replyRules(ctx)],
    title: t('cancel.title'),
    why: cat(t('cancel.why'), replyBySentence(ctx)),
    doNot: [t('cancel.doNot.ship'), t('cancel.doNot.reason')],
    notes: replyNotes(ctx),
  }),
};
