// BS-CLAIMS-PROTECTED: a Claims Protected Buy Shipping label, shipped on time, and the buyer says the package did
// not arrive. Amazon funds the buyer's A-to-z claim (no ODR hit) only if the buyer files it and the seller has not
// refunded: give the tracking facts, send the buyer to A-to-z, do not refund or reship.
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dayOf, notesFor, replyBySentence, replyNotes, replyRules, trackingWords } from './shared.ts';
import type { Situation } from './types.ts';
import { span } from '../words.ts';

export const directToAtoZ: Situation = {
  action: 'direct-to-a-to-z',
  cites: ['BS-CLAIMS-PROTECTED', 'AZ-OUTCOMES', 'AZ-FILE-WINDOW', 'MSG-24H'],
  answersBuyer: true,
  when: (ctx) => ctx.delivery === 'direct-to-a-to-z',
  advise: (ctx) => {
    const shipped = ctx.onTimeBasis === 'first-scan' ? ctx.firstScanAt! : ctx.shippedAt!;
    const status = ctx.deliveredAt !== null
      ? `Tracking shows it delivered on ${dayOf(ctx, ctx.deliveredAt)}, but the buyer says they do not have it.`
      : ctx.order.status === 'delivered'
        ? 'Tracking shows it delivered, but the buyer says they do not have it.'
        : `The delivery promise (${dayOf(ctx, ctx.deliverByEnd!)}) has passed and tracking does not show it delivered.`;
    const fileUntil = ctx.deliverByEnd === null ? null : addWindow(ctx.deliverByEnd, POLICY['AZ-FILE-WINDOW'].values.afterLatestDelivery, ctx.zone);
    return {
      action: 'direct-to-a-to-z', severity: 'warning', deadline: ctx.replyDeadline,
      rules: ['BS-CLAIMS-PROTECTED', 'AZ-OUTCOMES', ...(fileUntil !== null ? ['AZ-FILE-WINDOW'] : []), ...replyRules(ctx)],
      title: 'Do not refund or reship: give the tracking facts, the buyer files an A-to-z claim',
      why: 'You bought the label through Buy Shipping with the "Claims Protected" badge and the package shipped on time ' +
        `(${ctx.onTimeBasis === 'first-scan' ? 'first carrier scan' : 'shipped'} ${dayOf(ctx, shipped)}, ship by ${dayOf(ctx, ctx.shipByEnd!)}). ${status} ` +
        'In this case Amazon pays the buyer\'s A-to-z claim and it does not count against your Order Defect Rate — but only ' +
        'if the buyer files the claim and you have not refunded. Reply with the facts: carrier and tracking ID ' +
        `(${trackingWords(ctx)}), the delivery date and the carrier's proof of delivery (photo or signature). If the ` +
        'delivery photo does not show the buyer\'s address, say so plainly. Then tell the buyer to file an A-to-z ' +
        'Guarantee claim in Your Orders ("Problem with order"): that is how they get their money back.' + replyBySentence(ctx),
      doNot: [
        'Do not refund: a refund from you voids the Buy Shipping protection and the loss becomes yours.',
        'Do not send a replacement: Amazon reimburses you only through the buyer\'s A-to-z claim.',
        `Do not leave delivery questions unanswered: the protection needs an answer within ${span(POLICY['BS-CLAIMS-PROTECTED'].values.answerDeliveryQuestionsWithin)}.`,
      ],
      notes: [
        ...replyNotes(ctx),
        ...(ctx.onTimeBasis === 'confirmation' ? ['"On time" was judged by the ship date in the package box; Amazon judges by the carrier\'s first scan.'] : []),
        ...(fileUntil !== null ? [`The buyer can file an A-to-z claim until ${dayOf(ctx, fileUntil)} (${span(POLICY['AZ-FILE-WINDOW'].values.afterLatestDelivery)} after the latest delivery date).`] : []),
        ...notesFor('BS-CLAIMS-PROTECTED'),
      ],
    };
  },
};
