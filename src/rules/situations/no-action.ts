// Nothing is due. Still say what is known, and when something could start to matter (AZ-ELIG-INR).
import type { RuleId } from '../../model.ts';
import { claimableFrom, dayOf, notesFor, spanOf, t } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

export const noAction: Situation = {
  action: 'no-action',
  cites: ['AZ-ELIG-INR', 'AZ-INFO-REQUEST'],
  when: () => true,
  advise: (ctx) => {
    const rules: RuleId[] = [];
    const said: string[] = [];
    const notes: string[] = [];
    const status = ctx.order.status;
    if (ctx.deliveredAt !== null || status === 'delivered') {
      const on = ctx.deliveredAt !== null ? dayOf(ctx, ctx.deliveredAt) : '';
      said.push(t(ctx, 'none.delivered', `The order was delivered${on ? ` on ${on}` : ''} and nothing is waiting for you.`, { on }));
    } else if (status === 'shipped') {
      if (ctx.deliverByEnd !== null && ctx.now > ctx.deliverByEnd) {
        const from = claimableFrom(ctx);
        const deliverBy = dayOf(ctx, ctx.deliverByEnd), reply = spanOf(ctx, POLICY['MSG-24H'].values.replyWithin);
        said.push(t(ctx, 'none.overdue', `The order shipped but tracking does not show it delivered, and the delivery promise (${deliverBy}) has passed. Watch the tracking and answer any buyer message within ${reply}.`, { deliverBy, reply }));
        if (from !== null) said.push(t(ctx, 'none.claimableFrom', `The buyer can file an A-to-z "not received" claim from ${dayOf(ctx, from)}.`, { from: dayOf(ctx, from) }));
        rules.push('AZ-ELIG-INR');
        notes.push(...notesFor(ctx, 'AZ-ELIG-INR'));
      } else {
        const deliverBy = ctx.deliverByEnd !== null ? dayOf(ctx, ctx.deliverByEnd) : '';
        said.push(t(ctx, 'none.onItsWay', `The order is on its way${deliverBy ? ` (deliver by ${deliverBy})` : ''}.`, { deliverBy }));
      }
    }
    for (const x of ctx.claims) {
      if (x.state === 'under-review') {
        const respond = spanOf(ctx, POLICY['AZ-INFO-REQUEST'].values.respondWithin);
        said.push(t(ctx, 'none.underReview', `Amazon is reviewing the claim; if it asks you for information, answer within ${respond}.`, { respond }));
        rules.push('AZ-INFO-REQUEST');
      } else if (x.state === 'denied') said.push(t(ctx, 'none.denied', 'The claim was denied: it does not count in your Order Defect Rate.'));
      else if (x.state === 'withdrawn') said.push(t(ctx, 'none.withdrawn', 'The buyer withdrew the claim: it does not count in your Order Defect Rate.'));
      else if (x.state === 'granted' && x.fundedBy === 'amazon') said.push(t(ctx, 'none.amazonFunded', 'Amazon granted the claim and paid it itself.'));
    }
    if (ctx.returns.some((r) => r.ret.status === 'authorized')) {
      const refund = spanOf(ctx, POLICY['RET-REFUND-2D'].values.refundWithin);
      said.push(t(ctx, 'none.returnAuthorized', `The return is authorized: wait for the item to come back, then refund within ${refund}.`, { refund }));
    }
    if (said.length === 0) said.push(t(ctx, 'none.nothing', 'Nothing in what Claimwise has seen of this order needs action now.'));
    return {
      action: 'no-action', severity: 'info', deadline: null, rules: [...new Set(rules)],
      title: t(ctx, 'none.title', 'Nothing to do now'), why: said.join(t(ctx, 'join.sentences', ' ')), doNot: [], notes,
    };
  },
};
