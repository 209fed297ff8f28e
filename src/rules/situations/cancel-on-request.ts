// ORD-CANCEL-REQUEST: the buyer asked to cancel an order that has not shipped.
import { earliest, shipByAhead, replyBySentence, replyNotes, replyRules, t, confirmFirst, doubtAbout } from './shared.ts';
import { cat } from '../text.ts';
import type { Situation } from './types.ts';

export const cancelOnRequest: Situation = {
  action: 'cancel-on-request',
  cites: ['ORD-CANCEL-REQUEST', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.buyerIntents.has('cancel') &&
    // An unsure address change does not take the place of a cancellation the buyer surely asked for.
    !(ctx.buyerIntents.has('address-change') && (ctx.sureIntents.has('address-change') || !ctx.sureIntents.has('cancel'))),
  advise: (ctx) => (doubtAbout(ctx, ['cancel']) ? confirmFirst(ctx, 'cancel', ['cancel']) : {
    action: 'cancel-on-request', severity: 'warning', deadline: earliest(ctx.replyDeadline, shipByAhead(ctx)),
    rules: ['ORD-CANCEL-REQUEST', ...replyRules(ctx)],
    title: t('cancel.title'),
    why: cat(t('cancel.why'), replyBySentence(ctx)),
    doNot: [t('cancel.doNot.ship'), t('cancel.doNot.reason')],
    notes: replyNotes(ctx),
  }),
};
