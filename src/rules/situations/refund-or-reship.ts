// Not Claims Protected and the package is lost or late past its promise: resolve it before the buyer files, since
// an A-to-z claim would be paid by the seller and, unless denied, count in the ODR (AZ-CONTACT-48H, ODR-1PCT).
// Without a word from the buyer the seller writes first (MSG-PERMITTED: a fulfillment problem): by the day the
// buyer can file (AZ-ELIG-INR), or today when that day has come.
import type { CaseContext } from '../context.ts';
import { sourcesNote } from '../dated-advice.ts';
import { ruleInForce } from '../policy-time.ts';
import { endOfLocalDay } from '../time.ts';
import { claimableFrom, dayOf, refundAfterClaimNote, replyBySentence, replyNotes, replyRules, spanOf, t, trackingWords, confirmFirst } from './shared.ts';
import { cat, pctParam, textParam } from '../text.ts';
import type { Draft, Situation } from './types.ts';
import { POLICY } from '../policy.ts';

function unasked(ctx: CaseContext): Draft {
  const from = claimableFrom(ctx);
  const canFile = from === null || ctx.now >= from;
  const deadline = canFile ? endOfLocalDay(ctx.now, ctx.zone) : from;
  const deliverBy = dayOf(ctx, ctx.deliverByEnd!), by = dayOf(ctx, deadline), tracking = trackingWords(ctx);
  const ownLabel = ctx.order.boughtThroughAmazon === false;
  const rate = pctParam(POLICY['ODR-1PCT'].values.maxRate);
  return {
    action: 'refund-or-reship', severity: 'warning', deadline,
    rules: ['AZ-ELIG-INR', 'ODR-1PCT', 'MSG-PERMITTED'],
    title: canFile ? t('reship.late.title.now')
      : t('reship.late.title', { by }),
    why: (canFile ? t('reship.late.why.now', { deliverBy, by, tracking, rate, label: ownLabel ? 'own' : 'unprotected' }) : t('reship.late.why', { deliverBy, by, tracking, rate, label: ownLabel ? 'own' : 'unprotected' })),
    doNot: [
      t('reship.late.doNot.wait'),
      t('doNot.offAmazon'),
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
    // A refund or a second parcel on a guessed complaint cannot be taken back: read the message first.
    if (ctx.complaintUnsure) return confirmFirst(ctx, 'delivery', ['not-received', 'where-is-my-order'], ['AZ-CONTACT-48H']);
    const state = ctx.deliveredAt !== null
      ? t('reship.state.deliveredOn', { delivered: dayOf(ctx, ctx.deliveredAt) })
      : ctx.order.status === 'delivered'
        ? t('reship.state.delivered')
        : t('reship.state.late', { deliverBy: dayOf(ctx, ctx.deliverByEnd!) });
    const ownLabel = ctx.order.boughtThroughAmazon === false;
    const rate = pctParam(POLICY['ODR-1PCT'].values.maxRate), resolve = spanOf(ctx, POLICY['AZ-CONTACT-48H'].values.resolveWithin);
    // AZ-NR-NO-CONTACT (US): the buyer may file "not received" without writing first, so the window to resolve is
    // not to be counted on; Amazon's requests are answered within the earlier of the stated figures.
    const noContact = ruleInForce('AZ-NR-NO-CONTACT', ctx.marketplace, ctx.now) !== null;
    const info = spanOf(ctx, POLICY['AZ-INFO-REQUEST'].values.respondWithin), represent = spanOf(ctx, POLICY['AZ-NR-NO-CONTACT'].values.representWithin);
    return {
      action: 'refund-or-reship', severity: 'warning', deadline: ctx.replyDeadline,
      rules: ['AZ-CONTACT-48H', 'ODR-1PCT', 'AZ-AUTO-GRANT', ...(ctx.atozFiled ? ['AZ-OUTCOMES'] : []), ...replyRules(ctx), ...(noContact ? ['AZ-NR-NO-CONTACT'] : [])],
      title: t('reship.title'),
      why: cat((ownLabel ? t('reship.why.ownLabel', { state: textParam(state), rate, resolve }) : t('reship.why.unprotected', { state: textParam(state), rate, resolve })), replyBySentence(ctx)),
      doNot: [
        t('reship.doNot.unanswered'),
        t('doNot.offAmazon'),
      ],
      notes: [...replyNotes(ctx), ...(ctx.atozFiled ? [refundAfterClaimNote(ctx)] : []),
        ...(noContact ? [t('reship.note.noContact', { resolve, info, represent }), ...sourcesNote(ctx, 'AZ-NR-NO-CONTACT')] : [])],
    };
  },
};
