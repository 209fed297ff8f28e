// OFF-AMAZON, MSG-PROHIBITED: the buyer asks to pay or talk outside Amazon. Decline politely, keep it in
// Buyer-Seller Messaging.
import { replyBySentence, replyNotes, replyRules, t, confirmFirst, doubtAbout } from './shared.ts';
import { cat } from '../text.ts';
import type { Situation } from './types.ts';

export const keepOnAmazon: Situation = {
  action: 'keep-on-amazon',
  cites: ['OFF-AMAZON', 'MSG-PROHIBITED', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.unanswered?.intents.has('off-amazon') === true,
  // Declining a move off Amazon the buyer did not ask for answers the wrong message: an unsure reading is read first.
  advise: (ctx) => (doubtAbout(ctx, ['off-amazon']) ? confirmFirst(ctx, 'contact', ['off-amazon']) : {
    action: 'keep-on-amazon', severity: 'warning', deadline: ctx.replyDeadline,
    rules: ['OFF-AMAZON', 'MSG-PROHIBITED', ...replyRules(ctx)],
    title: t('offAmazon.title'),
    why: cat(t('offAmazon.why'), replyBySentence(ctx)),
    doNot: [t('offAmazon.doNot.contact'), t('offAmazon.doNot.pay')],
    notes: replyNotes(ctx),
  }),
};
