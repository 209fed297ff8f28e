// Nothing is due. Still say why (what is known, which windows have closed) and when something could start to
// matter (AZ-ELIG-INR, RET-WINDOW-30D), so "nothing to do" is always an explained answer, never a silence.
import type { RuleId } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import { claimableFrom, dayOf, notesFor, spanOf, t } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

interface Said { said: string[]; rules: RuleId[]; notes: string[]; closed?: string }

const fileWindow = (ctx: CaseContext) => spanOf(ctx, POLICY['AZ-FILE-WINDOW'].values.afterLatestDelivery);

/** AZ-FILE-WINDOW closed: the buyer can no longer file, whatever tracking shows. */
function windowClosed(ctx: CaseContext, out: Said): boolean {
  if (ctx.atozFileEnd === null || ctx.now <= ctx.atozFileEnd) return false;
  const closed = dayOf(ctx, ctx.atozFileEnd), window = fileWindow(ctx);
  out.closed = closed;
  out.said.push(t(ctx, 'none.atozClosed', `The A-to-z window closed on ${closed} (${window} after the latest delivery date): the buyer can no longer file a claim on this order.`, { closed, window }));
  out.rules.push('AZ-FILE-WINDOW');
  // A return window only means something for a parcel that arrived.
  if ((ctx.deliveredAt !== null || ctx.order.status === 'delivered') && ctx.returnWindowEnd !== null && ctx.now > ctx.returnWindowEnd) {
    const ended = dayOf(ctx, ctx.returnWindowEnd);
    out.said.push(t(ctx, 'none.returnClosed', `The return window ended on ${ended}.`, { ended }));
    out.rules.push('RET-WINDOW-30D');
  }
  return true;
}

function delivered(ctx: CaseContext, out: Said): void {
  const on = ctx.deliveredAt !== null ? dayOf(ctx, ctx.deliveredAt) : '';
  out.said.push(t(ctx, 'none.delivered', `The order was delivered${on ? ` on ${on}` : ''} and nothing is waiting for you.`, { on }));
  if (windowClosed(ctx, out)) return;
  if (ctx.returnWindowEnd !== null && ctx.now <= ctx.returnWindowEnd) {
    const until = dayOf(ctx, ctx.returnWindowEnd);
    out.said.push(t(ctx, 'none.returnOpen', `The buyer can ask to return it until ${until}; a request that comes to you must be answered within ${spanOf(ctx, POLICY['RET-AUTHORIZE'].values.answerWithin)}.`,
      { until, answer: spanOf(ctx, POLICY['RET-AUTHORIZE'].values.answerWithin) }));
    out.rules.push('RET-WINDOW-30D');
  }
}

function shipped(ctx: CaseContext, out: Said): void {
  const lateSince = ctx.deliverByEnd !== null && ctx.now > ctx.deliverByEnd;
  if (lateSince) {
    const deliverBy = dayOf(ctx, ctx.deliverByEnd!);
    if (ctx.atozFileEnd !== null && ctx.now > ctx.atozFileEnd) {
      out.said.push(t(ctx, 'none.neverDelivered', `The order shipped but tracking never showed it delivered; its latest delivery date was ${deliverBy}.`, { deliverBy }));
      windowClosed(ctx, out);
      return;
    }
    const from = claimableFrom(ctx);
    const reply = spanOf(ctx, POLICY['MSG-24H'].values.replyWithin);
    out.said.push(t(ctx, 'none.overdue', `The order shipped but tracking does not show it delivered, and the delivery promise (${deliverBy}) has passed. Watch the tracking and answer any buyer message within ${reply}.`, { deliverBy, reply }));
    if (from !== null) out.said.push(t(ctx, 'none.claimableFrom', `The buyer can file an A-to-z "not received" claim from ${dayOf(ctx, from)}.`, { from: dayOf(ctx, from) }));
    out.rules.push('AZ-ELIG-INR');
    out.notes.push(...notesFor(ctx, 'AZ-ELIG-INR'));
    return;
  }
  const deliverBy = ctx.deliverByEnd !== null ? dayOf(ctx, ctx.deliverByEnd) : '';
  out.said.push(t(ctx, 'none.onItsWay', `The order is on its way${deliverBy ? ` (deliver by ${deliverBy})` : ''}.`, { deliverBy }));
  const from = claimableFrom(ctx);
  if (from !== null && ctx.now < from) {
    out.said.push(t(ctx, 'none.claimableFrom', `The buyer can file an A-to-z "not received" claim from ${dayOf(ctx, from)}.`, { from: dayOf(ctx, from) }));
    out.rules.push('AZ-ELIG-INR');
  }
}

export const noAction: Situation = {
  action: 'no-action',
  cites: ['AZ-ELIG-INR', 'AZ-INFO-REQUEST', 'AZ-FILE-WINDOW', 'RET-WINDOW-30D', 'MSG-24H'],
  when: () => true,
  advise: (ctx) => {
    const out: Said = { said: [], rules: [], notes: [] };
    const status = ctx.order.status;
    if (ctx.deliveredAt !== null || status === 'delivered') delivered(ctx, out);
    else if (status === 'shipped') shipped(ctx, out);
    for (const x of ctx.claims) {
      if (x.state === 'under-review') {
        const respond = spanOf(ctx, POLICY['AZ-INFO-REQUEST'].values.respondWithin);
        out.said.push(t(ctx, 'none.underReview', `Amazon is reviewing the claim; if it asks you for information, answer within ${respond}.`, { respond }));
        out.rules.push('AZ-INFO-REQUEST');
      } else if (x.state === 'denied') out.said.push(t(ctx, 'none.denied', 'The claim was denied: it does not count in your Order Defect Rate.'));
      else if (x.state === 'withdrawn') out.said.push(t(ctx, 'none.withdrawn', 'The buyer withdrew the claim: it does not count in your Order Defect Rate.'));
      else if (x.state === 'granted' && x.fundedBy === 'amazon') out.said.push(t(ctx, 'none.amazonFunded', 'Amazon granted the claim and paid it itself.'));
    }
    if (ctx.returns.some((r) => r.ret.status === 'authorized')) {
      const refund = spanOf(ctx, POLICY['RET-REFUND-2D'].values.refundWithin);
      out.said.push(t(ctx, 'none.returnAuthorized', `The return is authorized: wait for the item to come back, then refund within ${refund}.`, { refund }));
    }
    if (out.said.length === 0) out.said.push(t(ctx, 'none.nothing', 'Nothing in what Claimwise has seen of this order needs action now.'));
    // Every answer rests on a rule: when nothing else was cited, the one that starts the next clock is a buyer message.
    if (out.rules.length === 0) {
      const reply = spanOf(ctx, POLICY['MSG-24H'].values.replyWithin);
      out.said.push(t(ctx, 'none.ifBuyerWrites', `If the buyer writes, answer within ${reply}.`, { reply }));
      out.rules.push('MSG-24H');
    }
    return {
      action: 'no-action', severity: 'info', deadline: null, rules: [...new Set(out.rules)],
      title: out.closed ? t(ctx, 'none.title.closed', `Nothing to do: the A-to-z window closed on ${out.closed}`, { closed: out.closed }) : t(ctx, 'none.title', 'Nothing to do now'), why: out.said.join(t(ctx, 'join.sentences', ' ')), doNot: [], notes: out.notes,
    };
  },
};
