// BS-CLAIMS-PROTECTED: a Claims Protected Buy Shipping label, shipped on time, and the buyer says the package did
// not arrive. Amazon funds the buyer's A-to-z claim (no ODR hit) only if the buyer files it and the seller has not
// refunded: give the tracking facts, send the buyer to A-to-z, do not refund or reship.
// On such an order, delivered per tracking, a buyer who asks for a refund or another one without giving damage, a
// wrong item or a return as the reason is saying it did not come, in whatever words: the same advice holds.
import { refundAskStands } from '../intent/withdrawn.ts';
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dayOf, notesFor, replyBySentence, replyNotes, replyRules, spanOf, t, trackingWords, confirmFirst } from './shared.ts';
import { cat, textParam, type Text } from '../text.ts';
import type { CaseContext } from '../context.ts';
import type { Situation } from './types.ts';

function fileUntilNote(ctx: CaseContext, fileUntil: number): Text {
  const until = dayOf(ctx, fileUntil), window = spanOf(ctx, POLICY['AZ-FILE-WINDOW'].values.afterLatestDelivery);
  return t('atoz.note.fileUntil', { until, window });
}

const OTHER_REASONS: readonly string[] = ['damaged', 'wrong-item', 'return'];
const COMPLAINT = ['not-received', 'where-is-my-order'] as const;

/** A buyer message that surely gives another reason. A reading the model marks unsure does not count: a guessed
 * "return" must not outweigh a plain "refund me" on a protected order. */
function givesOtherReason(ctx: CaseContext): boolean {
  return ctx.messages.some((m) => m.from === 'buyer' && !m.unsure && m.intents.some((i) => OTHER_REASONS.includes(i)));
}

/** Delivered, Claims Protected, shipped on time: an order whose buyer, asking for their money or a new one, is
 * saying it did not come. */
function protectedDelivered(ctx: CaseContext): boolean {
  if (ctx.protection !== 'protected' || ctx.shippedOnTime !== true || ctx.shipByEnd === null) return false;
  return ctx.deliveredAt !== null || ctx.order.status === 'delivered';
}

// Whether the rule applies and what it advises rest on the same reading of the buyer's words: read once per case,
// on the few orders where the facts leave it to the words. Keyed by the context, which is built anew at every
// advise(), so nothing kept here outlives the facts it came from.
const asks = new WeakMap<CaseContext, boolean>();

/** On such an order, the buyer asks for their money or a new one for no other reason (in their words, not as the
 * model's guess). */
function asksMoneyOrNew(ctx: CaseContext): boolean {
  if (!protectedDelivered(ctx) || givesOtherReason(ctx)) return false;
  let asked = asks.get(ctx);
  if (asked === undefined) {
    const texts: string[] = [];
    for (const m of ctx.messages) if (m.from === 'buyer' && m.text !== '') texts.push(m.text);
    asks.set(ctx, (asked = refundAskStands(texts)));
  }
  return asked;
}

/** Why the rule applies: a delivery complaint that leads here (read sure, or read unsure and so to be read first),
 * or a plain ask for the money or a new one on a protected order; null when it does not apply. */
type Ground = 'complaint' | 'read-first' | 'refund-ask' | null;

function ground(ctx: CaseContext): Ground {
  if (ctx.delivery === 'direct-to-a-to-z') {
    // Sending a buyer to A-to-z who never said the parcel is missing would invite a claim, unless they plainly ask
    // for their money or a new one: an unsure complaint alone means reading the message first.
    return ctx.complaintUnsure && !asksMoneyOrNew(ctx) ? 'read-first' : 'complaint';
  }
  return ctx.delivery === null && !ctx.openAtoZ && !ctx.atozFiled && asksMoneyOrNew(ctx) ? 'refund-ask' : null;
}

export const directToAtoZ: Situation = {
  action: 'direct-to-a-to-z',
  cites: ['BS-CLAIMS-PROTECTED', 'AZ-OUTCOMES', 'AZ-FILE-WINDOW', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ground(ctx) !== null,
  advise: (ctx) => {
    if (ground(ctx) === 'read-first') return confirmFirst(ctx, 'delivery', COMPLAINT, ['BS-CLAIMS-PROTECTED']);
    const shipped = ctx.onTimeBasis === 'first-scan' ? ctx.firstScanAt! : ctx.shippedAt!;
    const status = ctx.deliveredAt !== null
      ? t('atoz.status.deliveredOn', { delivered: dayOf(ctx, ctx.deliveredAt) })
      : ctx.order.status === 'delivered'
        ? t('atoz.status.delivered')
        : t('atoz.status.late', { deliverBy: dayOf(ctx, ctx.deliverByEnd!) });
    const scanned = ctx.onTimeBasis === 'first-scan';
    const shippedDay = dayOf(ctx, shipped), shipByDay = dayOf(ctx, ctx.shipByEnd!), tracking = trackingWords(ctx);
    const answerWithin = spanOf(ctx, POLICY['BS-CLAIMS-PROTECTED'].values.answerDeliveryQuestionsWithin);
    const fileUntil = ctx.deliverByEnd === null ? null : addWindow(ctx.deliverByEnd, POLICY['AZ-FILE-WINDOW'].values.afterLatestDelivery, ctx.zone);
    return {
      action: 'direct-to-a-to-z', severity: 'warning', deadline: ctx.replyDeadline,
      rules: ['BS-CLAIMS-PROTECTED', 'AZ-OUTCOMES', ...(fileUntil !== null ? ['AZ-FILE-WINDOW'] : []), ...replyRules(ctx)],
      title: t('atoz.title'),
      why: cat((scanned ? t('atoz.why.scan', { shippedDay, shipByDay, status: textParam(status), tracking }) : t('atoz.why.shipped', { shippedDay, shipByDay, status: textParam(status), tracking })), replyBySentence(ctx)),
      doNot: [
        t('atoz.doNot.refund'),
        t('atoz.doNot.reship'),
        t('atoz.doNot.unanswered', { answerWithin }),
      ],
      notes: [
        ...replyNotes(ctx),
        ...(ctx.onTimeBasis === 'confirmation' ? [t('atoz.note.confirmation')] : []),
        ...(fileUntil !== null ? [fileUntilNote(ctx, fileUntil)] : []),
        ...notesFor(ctx, 'BS-CLAIMS-PROTECTED'),
      ],
    };
  },
};
