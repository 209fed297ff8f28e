// Nothing is due. Still say why (what is known, which windows have closed) and when something could start to
// matter (AZ-ELIG-INR, RET-WINDOW-30D), so "nothing to do" is always an explained answer, never a silence.
import type { RuleId } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import { cat, type Param, type Text } from '../text.ts';
import { claimableFrom, dayOf, notesFor, spanOf, t } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

interface Said { said: Text[]; rules: RuleId[]; notes: Text[]; closed?: Param }

const fileWindow = (ctx: CaseContext) => spanOf(ctx, POLICY['AZ-FILE-WINDOW'].values.afterLatestDelivery);

/** AZ-FILE-WINDOW closed: the buyer can no longer file, whatever tracking shows. */
function windowClosed(ctx: CaseContext, out: Said): boolean {
  if (ctx.atozFileEnd === null || ctx.now <= ctx.atozFileEnd) return false;
  const closed = dayOf(ctx, ctx.atozFileEnd), window = fileWindow(ctx);
  out.closed = closed;
  out.said.push(t('none.atozClosed', { closed, window }));
  out.rules.push('AZ-FILE-WINDOW');
  // A return window only means something for a parcel that arrived.
  if ((ctx.deliveredAt !== null || ctx.order.status === 'delivered') && ctx.returnWindowEnd !== null && ctx.now > ctx.returnWindowEnd) {
    const ended = dayOf(ctx, ctx.returnWindowEnd);
    out.said.push(t('none.returnClosed', { ended }));
    out.rules.push('RET-WINDOW-30D');
  }
  return true;
}

function delivered(ctx: CaseContext, out: Said): void {
  const on = ctx.deliveredAt !== null ? dayOf(ctx, ctx.deliveredAt) : '';
  out.said.push(t('none.delivered', { on }));
  if (windowClosed(ctx, out)) return;
  if (ctx.returnWindowEnd !== null && ctx.now <= ctx.returnWindowEnd) {
    const until = dayOf(ctx, ctx.returnWindowEnd);
    out.said.push(t('none.returnOpen', { until, answer: spanOf(ctx, POLICY['RET-AUTHORIZE'].values.answerWithin) }));
    out.rules.push('RET-WINDOW-30D');
  }
}

function shipped(ctx: CaseContext, out: Said): void {
  const lateSince = ctx.deliverByEnd !== null && ctx.now > ctx.deliverByEnd;
  if (lateSince) {
    const deliverBy = dayOf(ctx, ctx.deliverByEnd!);
    if (ctx.atozFileEnd !== null && ctx.now > ctx.atozFileEnd) {
      out.said.push(t('none.neverDelivered', { deliverBy }));
      windowClosed(ctx, out);
      return;
    }
    const from = claimableFrom(ctx);
    const reply = spanOf(ctx, POLICY['MSG-24H'].values.replyWithin);
    out.said.push(t('none.overdue', { deliverBy, reply }));
    if (from !== null) out.said.push(t('none.claimableFrom', { from: dayOf(ctx, from) }));
    out.rules.push('AZ-ELIG-INR');
    out.notes.push(...notesFor(ctx, 'AZ-ELIG-INR'));
    return;
  }
  const deliverBy = ctx.deliverByEnd !== null ? dayOf(ctx, ctx.deliverByEnd) : '';
  out.said.push(t('none.onItsWay', { deliverBy }));
  const from = claimableFrom(ctx);
  if (from !== null && ctx.now < from) {
    out.said.push(t('none.claimableFrom', { from: dayOf(ctx, from) }));
    out.rules.push('AZ-ELIG-INR');
  }
}

export const noAction: Situation = {
  action: 'no-action',
  cites: ['AZ-ELIG-INR', 'AZ-INFO-REQUEST', 'AZ-FILE-WINDOW', 'RET-WINDOW-30D', 'MSG-24H', 'MSG-PROHIBITED', 'AZ-APPEAL-30D'],
  when: () => true,
  advise: (ctx) => {
    const out: Said = { said: [], rules: [], notes: [] };
    const status = ctx.order.status;
    // MSG-24H lets a message that needs no answer be marked so; MSG-PROHIBITED: a reply that only thanks back is not sent.
    if (ctx.unanswered?.onlyThanks) {
      out.said.push(t('none.thanksOnly'));
      out.rules.push('MSG-24H', 'MSG-PROHIBITED');
    }
    if (ctx.deliveredAt !== null || status === 'delivered') delivered(ctx, out);
    else if (status === 'shipped') shipped(ctx, out);
    for (const x of ctx.claims) {
      if (x.appealed) {
        out.said.push(t('none.appealed'));
        out.rules.push('AZ-APPEAL-30D');
      } else if (x.state === 'under-review') {
        const respond = spanOf(ctx, POLICY['AZ-INFO-REQUEST'].values.respondWithin);
        out.said.push(t('none.underReview', { respond }));
        out.rules.push('AZ-INFO-REQUEST');
      } else if (x.state === 'denied') out.said.push(t('none.denied'));
      else if (x.state === 'withdrawn') out.said.push(t('none.withdrawn'));
      else if (x.state === 'granted' && x.fundedBy === 'amazon') out.said.push(t('none.amazonFunded'));
    }
    if (ctx.returns.some((r) => r.ret.status === 'authorized')) {
      const refund = spanOf(ctx, POLICY['RET-REFUND-2D'].values.refundWithin);
      out.said.push(t('none.returnAuthorized', { refund }));
    }
    if (out.said.length === 0) out.said.push(t('none.nothing'));
    // Every answer rests on a rule: when nothing else was cited, the one that starts the next clock is a buyer message.
    if (out.rules.length === 0) {
      const reply = spanOf(ctx, POLICY['MSG-24H'].values.replyWithin);
      out.said.push(t('none.ifBuyerWrites', { reply }));
      out.rules.push('MSG-24H');
    }
    return {
      action: 'no-action', severity: 'info', deadline: null, rules: [...new Set(out.rules)],
      title: out.closed ? t('none.title.closed', { closed: out.closed }) : t('none.title'), why: cat(...out.said.flatMap((x, i) => (i > 0 ? [t('join.sentences'), x] : [x]))), doNot: [], notes: out.notes,
    };
  },
};
