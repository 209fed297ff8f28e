// "Where is my order?" while the package is still within its delivery promise: give the tracking facts.
import { claimableFrom, dayOf, notesFor, replyBySentence, replyNotes, replyRules, t, trackingWords } from './shared.ts';
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
      title: t(ctx, 'share.title', 'Share the tracking: the package is still on time'),
      why: t(ctx, 'share.why', `The package is on its way and still within its delivery promise (deliver by ${dayOf(ctx, ctx.deliverByEnd!)}). ` +
        `Reply with the carrier, the tracking ID (${trackingWords(ctx)}) and the expected delivery date.`, { deliverBy: dayOf(ctx, ctx.deliverByEnd!), tracking: trackingWords(ctx) }) +
        (from !== null ? t(ctx, 'share.why.from', ` The buyer can file an A-to-z "not received" claim from ${dayOf(ctx, from)} if it has not arrived by then.`, { from: dayOf(ctx, from) }) : '') +
        replyBySentence(ctx),
      doNot: [t(ctx, 'share.doNot.refund', 'Do not refund or reship while the package is still on time.'), t(ctx, 'share.doNot.link', 'Do not send a link to an outside tracking site: give the carrier and tracking ID.')],
      notes: [...replyNotes(ctx), ...notesFor(ctx, 'AZ-ELIG-INR')],
    };
  },
};
