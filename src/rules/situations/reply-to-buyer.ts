// MSG-24H: a buyer message waits for an answer and no other advice answers it. What to say depends on what the
// buyer asked; the deadline is 24 hours after their first unanswered message, weekends included.
import type { RuleId } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import { dayOf, replyBySentence, replyNotes, spanOf, t, zoneNote } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

interface Topic { why: string; rules: RuleId[] }

function returnTopic(ctx: CaseContext): string {
  const window = spanOf(ctx, POLICY['RET-WINDOW-30D'].values.fromDelivery), resolve = spanOf(ctx, POLICY['AZ-CONTACT-48H'].values.resolveWithin);
  return t(ctx, 'reply.topic.return', 'The buyer wants to return the item. Point them to the return request in Your Orders (Amazon\'s return ' +
    `process, within ${window} of delivery, longer in the holiday season) and ` +
    `resolve it within ${resolve}.`, { window, resolve });
}

function topic(ctx: CaseContext): Topic {
  const asks = ctx.unanswered!.intents;
  const status = ctx.order.status;
  if (asks.has('damaged') || asks.has('wrong-item')) {
    return {
      why: t(ctx, asks.has('damaged') ? 'reply.topic.damaged' : 'reply.topic.wrongItem',
        `The buyer says the item ${asks.has('damaged') ? 'arrived damaged or does not work' : 'is not what they ordered'}. ` +
        'Ask for a photo and offer a replacement or a refund through Amazon\'s return process; for a damaged, ' +
        'defective or wrong item you pay the return shipping. Buy Shipping protection does not cover damage in transit.'),
      rules: ['RET-SHIPPING-COST', 'AZ-CONTACT-48H'],
    };
  }
  if (asks.has('return')) {
    return {
      why: returnTopic(ctx),
      rules: ['RET-WINDOW-30D', 'AZ-CONTACT-48H'],
    };
  }
  if (asks.has('cancel') && (status === 'shipped' || status === 'delivered')) {
    return {
      why: t(ctx, 'reply.topic.cancelShipped', 'The buyer asked to cancel, but the order has already shipped, so it can no longer be canceled. Tell them ' +
        'they can refuse the delivery or return the item through Your Orders once it arrives.'),
      rules: ['ORD-CANCEL-REQUEST'],
    };
  }
  if (asks.has('address-change') && status === 'delivered') {
    return {
      why: t(ctx, 'reply.topic.addressDelivered', 'The buyer asks to change the delivery address, but the order has already been delivered. Tell them where ' +
        'it was delivered according to the tracking.'),
      rules: ['ORD-ADDRESS'],
    };
  }
  if ((asks.has('not-received') || asks.has('where-is-my-order')) && (status === 'unshipped' || status === 'pending')) {
    return {
      why: t(ctx, 'reply.topic.notShipped', `The buyer asks about delivery, but the order has not shipped yet${ctx.shipByEnd !== null ? ` (ship by ${dayOf(ctx, ctx.shipByEnd)})` : ''}. ` +
        'Tell them when it will ship. A delivery question left unanswered gets an A-to-z claim granted automatically.', { shipBy: ctx.shipByEnd !== null ? dayOf(ctx, ctx.shipByEnd) : '' }),
      rules: ['AZ-AUTO-GRANT', 'AZ-CONTACT-48H'],
    };
  }
  if (ctx.openAtoZ && (asks.has('not-received') || asks.has('where-is-my-order'))) {
    return {
      why: t(ctx, 'reply.topic.claimOpen', 'The buyer writes about delivery and has already filed an A-to-z claim: answer with the tracking facts; ' +
        'the claim itself is answered to Amazon (see the claim advice).'),
      rules: ['AZ-CONTACT-48H'],
    };
  }
  return {
    why: t(ctx, 'reply.topic.other', 'The buyer wrote and is waiting for an answer. Reply in Buyer-Seller Messaging; an autoresponder does not ' +
      'count. If the message needs no answer (a thank-you), choose "No response needed" so it counts as answered.'),
    rules: [],
  };
}

export const replyToBuyer: Situation = {
  action: 'reply-to-buyer',
  cites: ['MSG-24H', 'RET-SHIPPING-COST', 'RET-WINDOW-30D', 'AZ-CONTACT-48H', 'ORD-CANCEL-REQUEST', 'ORD-ADDRESS', 'AZ-AUTO-GRANT'],
  answersBuyer: true,
  when: (ctx) => ctx.unanswered !== null,
  advise: (ctx) => {
    const about = topic(ctx);
    const reply = spanOf(ctx, POLICY['MSG-24H'].values.replyWithin);
    return {
      action: 'reply-to-buyer', severity: 'warning', deadline: ctx.replyDeadline,
      rules: ['MSG-24H', ...about.rules],
      title: t(ctx, 'reply.title', `Reply to the buyer within ${reply}`, { reply }),
      why: about.why + replyBySentence(ctx),
      doNot: [t(ctx, 'reply.doNot.links', 'Do not include links, email addresses or phone numbers in the reply.'), t(ctx, 'reply.doNot.auto', 'Do not rely on an autoresponder.')],
      notes: [...replyNotes(ctx), ...zoneNote(ctx)],
    };
  },
};
