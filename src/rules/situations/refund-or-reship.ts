// Not Claims Protected and the package is lost or late past its promise: resolve it before the buyer files, since
// an A-to-z claim would be paid by the seller and, unless denied, count in the ODR (AZ-CONTACT-48H, ODR-1PCT).
import { dayOf, replyBySentence, replyNotes, replyRules, REFUND_AFTER_CLAIM_NOTE } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';
import { pct, span } from '../words.ts';

export const refundOrReship: Situation = {
  action: 'refund-or-reship',
  cites: ['AZ-CONTACT-48H', 'ODR-1PCT', 'AZ-AUTO-GRANT', 'AZ-OUTCOMES', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.delivery === 'refund-or-reship',
  advise: (ctx) => {
    const state = ctx.deliveredAt !== null || ctx.order.status === 'delivered'
      ? `Tracking shows the package delivered${ctx.deliveredAt !== null ? ` on ${dayOf(ctx, ctx.deliveredAt)}` : ''}, but the buyer says it did not arrive.`
      : `The delivery promise (${dayOf(ctx, ctx.deliverByEnd!)}) has passed and tracking does not show the package delivered.`;
    const why = ctx.order.boughtThroughAmazon === false
      ? 'The label was not bought through Buy Shipping, so'
      : 'The label is not Claims Protected, so';
    return {
      action: 'refund-or-reship', severity: 'warning', deadline: ctx.replyDeadline,
      rules: ['AZ-CONTACT-48H', 'ODR-1PCT', 'AZ-AUTO-GRANT', ...(ctx.atozFiled ? ['AZ-OUTCOMES'] : []), ...replyRules(ctx)],
      title: 'Refund or send a replacement before the buyer files a claim',
      why: `${state} ${why} an A-to-z claim would be paid by you and, unless Amazon denies it, count in your Order Defect ` +
        `Rate (which must stay under ${pct(POLICY['ODR-1PCT'].values.maxRate)}). Answer the buyer and resolve it within ` +
        `${span(POLICY['AZ-CONTACT-48H'].values.resolveWithin)} of their message: offer a refund or a replacement, whichever they prefer.` + replyBySentence(ctx),
      doNot: [
        'Do not leave the message unanswered: a claim after an unanswered delivery message is granted automatically.',
        'Do not ask the buyer to pay, or to talk, outside Amazon.',
      ],
      notes: [...replyNotes(ctx), ...(ctx.atozFiled ? [REFUND_AFTER_CLAIM_NOTE] : [])],
    };
  },
};
