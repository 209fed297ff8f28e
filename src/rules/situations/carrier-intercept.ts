// ORD-ADDRESS: once shipped, a carrier intercept or redirect is the only way to change where a package goes.
import { replyBySentence, replyNotes, replyRules, t, trackingWords, confirmFirst, doubtAbout } from './shared.ts';
import { cat } from '../text.ts';
import type { Situation } from './types.ts';

export const carrierIntercept: Situation = {
  action: 'carrier-intercept',
  cites: ['ORD-ADDRESS', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.buyerIntents.has('address-change') && ctx.deliveredAt === null &&
    (ctx.order.status === 'shipped' || (ctx.order.status === null && ctx.shippedAt !== null)),
  advise: (ctx) => (doubtAbout(ctx, ['address-change']) ? confirmFirst(ctx, 'address', ['address-change']) : {
    action: 'carrier-intercept', severity: 'warning', deadline: ctx.replyDeadline,
    rules: ['ORD-ADDRESS', ...replyRules(ctx)],
    title: t('intercept.title'),
    why: cat(t('intercept.why', { tracking: trackingWords(ctx) }), replyBySentence(ctx)),
    doNot: [t('intercept.doNot.promise'), t('intercept.doNot.second')],
    notes: replyNotes(ctx),
  }),
};
