// Nothing is due. Still say what is known, and when something could start to matter (AZ-ELIG-INR).
import type { RuleId } from '../../model.ts';
import { claimableFrom, dayOf, notesFor } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';
import { span } from '../words.ts';

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
      said.push(`The order was delivered${ctx.deliveredAt !== null ? ` on ${dayOf(ctx, ctx.deliveredAt)}` : ''} and nothing is waiting for you.`);
    } else if (status === 'shipped') {
      if (ctx.deliverByEnd !== null && ctx.now > ctx.deliverByEnd) {
        const from = claimableFrom(ctx);
        said.push(`The order shipped but tracking does not show it delivered, and the delivery promise (${dayOf(ctx, ctx.deliverByEnd)}) has passed. Watch the tracking and answer any buyer message within ${span(POLICY['MSG-24H'].values.replyWithin)}.`);
        if (from !== null) said.push(`The buyer can file an A-to-z "not received" claim from ${dayOf(ctx, from)}.`);
        rules.push('AZ-ELIG-INR');
        notes.push(...notesFor('AZ-ELIG-INR'));
      } else {
        said.push(`The order is on its way${ctx.deliverByEnd !== null ? ` (deliver by ${dayOf(ctx, ctx.deliverByEnd)})` : ''}.`);
      }
    }
    for (const x of ctx.claims) {
      if (x.state === 'under-review') {
        said.push(`Amazon is reviewing the claim; if it asks you for information, answer within ${span(POLICY['AZ-INFO-REQUEST'].values.respondWithin)}.`);
        rules.push('AZ-INFO-REQUEST');
      } else if (x.state === 'denied') said.push('The claim was denied: it does not count in your Order Defect Rate.');
      else if (x.state === 'withdrawn') said.push('The buyer withdrew the claim: it does not count in your Order Defect Rate.');
      else if (x.state === 'granted' && x.fundedBy === 'amazon') said.push('Amazon granted the claim and paid it itself.');
    }
    if (ctx.returns.some((r) => r.ret.status === 'authorized')) said.push(`The return is authorized: wait for the item to come back, then refund within ${span(POLICY['RET-REFUND-2D'].values.refundWithin)}.`);
    if (said.length === 0) said.push('Nothing in what Claimwise has seen of this order needs action now.');
    return {
      action: 'no-action', severity: 'info', deadline: null, rules: [...new Set(rules)],
      title: 'Nothing to do now', why: said.join(' '), doNot: [], notes,
    };
  },
};
