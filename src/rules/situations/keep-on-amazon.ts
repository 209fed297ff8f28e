// OFF-AMAZON, MSG-PROHIBITED: the buyer asks to pay or talk outside Amazon. Decline politely, keep it in
// Buyer-Seller Messaging.
import { replyBySentence, replyNotes, replyRules, t } from './shared.ts';
import type { Situation } from './types.ts';

export const keepOnAmazon: Situation = {
  action: 'keep-on-amazon',
  cites: ['OFF-AMAZON', 'MSG-PROHIBITED', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.unanswered?.intents.has('off-amazon') === true,
  advise: (ctx) => ({
    action: 'keep-on-amazon', severity: 'warning', deadline: ctx.replyDeadline,
    rules: ['OFF-AMAZON', 'MSG-PROHIBITED', ...replyRules(ctx)],
    title: t(ctx, 'offAmazon.title', 'Keep the conversation and the payment on Amazon'),
    why: t(ctx, 'offAmazon.why', 'The buyer asks to pay or talk outside Amazon (a payment app, a messaging app, email or phone). Decline ' +
      'politely and keep everything in Buyer-Seller Messaging: moving a buyer off Amazon is prohibited and can cost ' +
      'you your selling privileges, and a payment outside Amazon has no A-to-z protection for either of you.') +
      replyBySentence(ctx),
    doNot: [t(ctx, 'offAmazon.doNot.contact', 'Do not send an email address, phone number, messaging-app ID or payment link.'), t(ctx, 'offAmazon.doNot.pay', 'Do not accept payment outside Amazon.')],
    notes: replyNotes(ctx),
  }),
};
