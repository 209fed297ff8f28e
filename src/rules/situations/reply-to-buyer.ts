// MSG-24H: a buyer message waits for an answer and no other advice answers it. What to say depends on what the
// buyer asked; the deadline is 24 hours after their first unanswered message, weekends included.
import type { RuleId } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import { dayOf, replyBySentence, replyNotes, spanOf, t, zoneNote, doubtNotes, waiting } from './shared.ts';
import { type Text, cat } from '../text.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

interface Topic { why: Text; rules: RuleId[] }

function returnTopic(ctx: CaseContext): Text {
  const window = spanOf(ctx, POLICY['RET-WINDOW-30D'].values.fromDelivery), resolve = spanOf(ctx, POLICY['AZ-CONTACT-48H'].values.resolveWithin);
  return t('reply.topic.return', { window, resolve });
}

function topic(ctx: CaseContext): Topic {
  const asks = ctx.unanswered!.intents;
  // MSG-PERMITTED: an invoice is a message the seller may and should send.
  if (ctx.unanswered!.invoice) return { why: t('reply.topic.invoice'), rules: ['MSG-PERMITTED'] };
  const status = ctx.order.status;
  if (asks.has('damaged') || asks.has('wrong-item')) {
    return {
      why: (asks.has('damaged') ? t('reply.topic.damaged') : t('reply.topic.wrongItem')),
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
      why: t('reply.topic.cancelShipped'),
      rules: ['ORD-CANCEL-REQUEST'],
    };
  }
  if (asks.has('address-change') && status === 'delivered') {
    return {
      why: t('reply.topic.addressDelivered'),
      rules: ['ORD-ADDRESS'],
    };
  }
  if ((asks.has('not-received') || asks.has('where-is-my-order')) && (status === 'unshipped' || status === 'pending')) {
    return {
      why: t('reply.topic.notShipped', { shipBy: ctx.shipByEnd !== null ? dayOf(ctx, ctx.shipByEnd) : '' }),
      rules: ['AZ-AUTO-GRANT', 'AZ-CONTACT-48H'],
    };
  }
  if (ctx.openAtoZ && (asks.has('not-received') || asks.has('where-is-my-order'))) {
    return {
      why: t('reply.topic.claimOpen'),
      rules: ['AZ-CONTACT-48H'],
    };
  }
  return {
    why: t('reply.topic.other'),
    rules: [],
  };
}

export const replyToBuyer: Situation = {
  action: 'reply-to-buyer',
  cites: ['MSG-24H', 'MSG-PERMITTED', 'RET-SHIPPING-COST', 'RET-WINDOW-30D', 'AZ-CONTACT-48H', 'ORD-CANCEL-REQUEST', 'ORD-ADDRESS', 'AZ-AUTO-GRANT'],
  answersBuyer: true,
  // A message that only thanks asks nothing: no-action says it may be marked "No response needed".
  when: waiting,
  advise: (ctx) => {
    const about = topic(ctx);
    const reply = spanOf(ctx, POLICY['MSG-24H'].values.replyWithin);
    return {
      action: 'reply-to-buyer', severity: 'warning', deadline: ctx.replyDeadline,
      rules: ['MSG-24H', ...about.rules],
      title: t('reply.title', { reply }),
      why: cat(about.why, replyBySentence(ctx)),
      doNot: [t('reply.doNot.links'), t('reply.doNot.auto')],
      notes: [...doubtNotes(ctx, ctx.unanswered!.intents), ...replyNotes(ctx), ...zoneNote(ctx)],
    };
  },
};
