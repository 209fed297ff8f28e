// "Where is my order?" while the package is still within its delivery promise: give the tracking facts.
import { claimableFrom, dayOf, notesFor, replyBySentence, replyNotes, replyRules, t, trackingWords, doubtNotes } from './shared.ts';
import { cat } from '../text.ts';
import type { Situation } from './types.ts';

export const shareTracking: Situation = {
  action: 'share-tracking',
  cites: ['AZ-ELIG-INR', 'AZ-CONTACT-48H', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.delivery === 'share-tracking',
  advise: (ctx) => {
    const from = claimableFrom(ctx);
    return {
      action: 'share-tracking', severity: 'info', deadline: ctx.replyDeadline,
      rules: ['AZ-ELIG-INR', 'AZ-CONTACT-48H', ...replyRules(ctx)],
      title: t('share.title'),
      why: cat(t('share.why', { deliverBy: dayOf(ctx, ctx.deliverByEnd!), tracking: trackingWords(ctx) }), (from !== null ? t('share.why.from', { from: dayOf(ctx, from) }) : ''), replyBySentence(ctx)),
      doNot: [t('share.doNot.refund'), t('share.doNot.link')],
      notes: [...doubtNotes(ctx, ['not-received', 'where-is-my-order']), ...replyNotes(ctx), ...notesFor(ctx, 'AZ-ELIG-INR')],
    };
  },
};
