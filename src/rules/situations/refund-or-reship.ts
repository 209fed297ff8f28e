// Not Claims Protected and the package is lost or late past its promise: resolve it before the buyer files, since
// an A-to-z claim would be paid by the seller and, unless denied, count in the ODR (AZ-CONTACT-48H, ODR-1PCT).
// Without a word from the buyer the seller writes first (MSG-PERMITTED: a fulfillment problem): by the day the
// buyer can file (AZ-ELIG-INR), or today when that day has come.
import type { CaseContext } from '../context.ts';
import { sourcesNote } from '../dated-advice.ts';
import { ruleInForce } from '../policy-time.ts';
import { endOfLocalDay } from '../time.ts';
import { claimableFrom, dayOf, refundAfterClaimNote, replyBySentence, replyNotes, replyRules, spanOf, t, trackingWords } from './shared.ts';
import type { Draft, Situation } from './types.ts';
import { POLICY } from '../policy.ts';

function unasked(ctx: CaseContext): Draft {
  const from = claimableFrom(ctx);
  const canFile = from === null || ctx.now >= from;
  const deadline = canFile ? endOfLocalDay(ctx.now, ctx.zone) : from;
  const deliverBy = dayOf(ctx, ctx.deliverByEnd!), by = dayOf(ctx, deadline), tracking = trackingWords(ctx);
  const ownLabel = ctx.order.boughtThroughAmazon === false;
  const rate = ctx.words.pct(POLICY['ODR-1PCT'].values.maxRate);
  return {
    action: 'refund-or-reship', severity: 'warning', deadline,
    rules: ['AZ-ELIG-INR', 'ODR-1PCT', 'MSG-PERMITTED'],
    title: canFile ? t(ctx, 'reship.late.title.now', 'The buyer can file an A-to-z claim now: offer a refund or a replacement today')
      : t(ctx, 'reship.late.title', `Offer a refund or a replacement by ${by}, before the buyer can file an A-to-z claim`, { by }),
    why: t(ctx, canFile ? 'reship.late.why.now' : 'reship.late.why',
      `The latest delivery date (${deliverBy}) has passed and tracking does not show the package delivered. ` +
      `${ownLabel ? 'The label was not bought through Buy Shipping' : 'The label is not Claims Protected'}, so an A-to-z "not received" claim would be paid by you and, unless Amazon denies it, count in your Order Defect Rate (keep it under ${rate}). ` +
      `${canFile ? 'The buyer can already file one.' : `The buyer can file one from ${by}.`} Check the tracking (${tracking}) and ask the carrier for a trace; ` +
      'then write to the buyer through Buyer-Seller Messaging and offer a refund or a replacement, whichever they prefer.',
      { deliverBy, by, tracking, rate, label: ownLabel ? 'own' : 'unprotected' }),
    doNot: [
      t(ctx, 'reship.late.doNot.wait', 'Do not wait for the buyer to file: a claim filed first counts against you even if you refund then.'),
      t(ctx, 'doNot.offAmazon', 'Do not ask the buyer to pay, or to talk, outside Amazon.'),
    ],
    notes: [],
  };
}

export const refundOrReship: Situation = {
  action: 'refund-or-reship',
  cites: ['AZ-CONTACT-48H', 'ODR-1PCT', 'AZ-AUTO-GRANT', 'AZ-OUTCOMES', 'MSG-24H', 'AZ-ELIG-INR', 'MSG-PERMITTED', 'AZ-NR-NO-CONTACT'],
  answersBuyer: true,
  when: (ctx) => ctx.delivery === 'refund-or-reship',
  advise: (ctx) => {
    if (!ctx.deliveryComplaint) return unasked(ctx);
    const state = ctx.deliveredAt !== null
      ? t(ctx, 'reship.state.deliveredOn', `Tracking shows the package delivered on ${dayOf(ctx, ctx.deliveredAt)}, but the buyer says it did not arrive.`, { delivered: dayOf(ctx, ctx.deliveredAt) })
      : ctx.order.status === 'delivered'
        ? t(ctx, 'reship.state.delivered', 'Tracking shows the package delivered, but the buyer says it did not arrive.')
        : t(ctx, 'reship.state.late', `The delivery promise (${dayOf(ctx, ctx.deliverByEnd!)}) has passed and tracking does not show the package delivered.`, { deliverBy: dayOf(ctx, ctx.deliverByEnd!) });
    const ownLabel = ctx.order.boughtThroughAmazon === false;
    const rate = ctx.words.pct(POLICY['ODR-1PCT'].values.maxRate), resolve = spanOf(ctx, POLICY['AZ-CONTACT-48H'].values.resolveWithin);
    // AZ-NR-NO-CONTACT (US): the buyer may file "not received" without writing first, so the window to resolve is
    // not to be counted on; Amazon's requests are answered within the earlier of the stated figures.
    const noContact = ruleInForce('AZ-NR-NO-CONTACT', ctx.marketplace, ctx.now) !== null;
    const info = spanOf(ctx, POLICY['AZ-INFO-REQUEST'].values.respondWithin), represent = spanOf(ctx, POLICY['AZ-NR-NO-CONTACT'].values.representWithin);
    return {
      action: 'refund-or-reship', severity: 'warning', deadline: ctx.replyDeadline,
      rules: ['AZ-CONTACT-48H', 'ODR-1PCT', 'AZ-AUTO-GRANT', ...(ctx.atozFiled ? ['AZ-OUTCOMES'] : []), ...replyRules(ctx), ...(noContact ? ['AZ-NR-NO-CONTACT'] : [])],
      title: t(ctx, 'reship.title', 'Refund or send a replacement before the buyer files a claim'),
      why: t(ctx, ownLabel ? 'reship.why.ownLabel' : 'reship.why.unprotected',
        `${state} ${ownLabel ? 'The label was not bought through Buy Shipping, so' : 'The label is not Claims Protected, so'} an A-to-z claim would be paid by you and, unless Amazon denies it, count in your Order Defect ` +
        `Rate (which must stay under ${rate}). Answer the buyer and resolve it within ` +
        `${resolve} of their message: offer a refund or a replacement, whichever they prefer.`, { state, rate, resolve }) + replyBySentence(ctx),
      doNot: [
        t(ctx, 'reship.doNot.unanswered', 'Do not leave the message unanswered: a claim after an unanswered delivery message is granted automatically.'),
        t(ctx, 'doNot.offAmazon', 'Do not ask the buyer to pay, or to talk, outside Amazon.'),
      ],
      notes: [...replyNotes(ctx), ...(ctx.atozFiled ? [refundAfterClaimNote(ctx)] : []),
        ...(noContact ? [t(ctx, 'reship.note.noContact', 'In the US a buyer need not write to you before a "not received" claim and may file as soon as ' +
          `it is allowed: do not count on ${resolve} to resolve it, act now. If Amazon asks you about a claim, answer within ${info} ` +
          `(Amazon's A-to-z page gives ${represent}; the earlier is used).`, { resolve, info, represent }), ...sourcesNote(ctx, 'AZ-NR-NO-CONTACT')] : [])],
    };
  },
};
