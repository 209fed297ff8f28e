// ORD-ADDRESS: once shipped, a carrier intercept or redirect is the only way to change where a package goes.
import { replyBySentence, replyNotes, replyRules, t, trackingWords } from './shared.ts';
import type { Situation } from './types.ts';

export const carrierIntercept: Situation = {
  action: 'carrier-intercept',
  cites: ['ORD-ADDRESS', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.buyerIntents.has('address-change') && ctx.deliveredAt === null &&
    (ctx.order.status === 'shipped' || (ctx.order.status === null && ctx.shippedAt !== null)),
  advise: (ctx) => ({
    action: 'carrier-intercept', severity: 'warning', deadline: ctx.replyDeadline,
    rules: ['ORD-ADDRESS', ...replyRules(ctx)],
    title: t(ctx, 'intercept.title', 'Already shipped: ask the carrier to intercept or redirect'),
    why: t(ctx, 'intercept.why', `The package is on its way to the address in the order (${trackingWords(ctx)}). The only way to change that ` +
      'now is a carrier intercept or redirect, if the carrier offers one. If it cannot be redirected, tell the buyer ' +
      'it will go to the original address.', { tracking: trackingWords(ctx) }) + replyBySentence(ctx),
    doNot: [t(ctx, 'intercept.doNot.promise', 'Do not promise the new address before the carrier confirms the redirect.'), t(ctx, 'intercept.doNot.second', 'Do not send a second package to the new address.')],
    notes: replyNotes(ctx),
  }),
};
