// RET-REFUND-2D: a returned item has arrived: refund within 2 business days of receipt, or Amazon may refund and
// debit the seller.
import type { ReturnView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { sellerPaysReturn } from '../return-reason.ts';
import { addWindow } from '../time.ts';
import { businessNote, dateOnlyNote, dayOf, REFUND_AFTER_CLAIM_NOTE, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';
import { span } from '../words.ts';

const awaitingRefund = (r: ReturnView) => r.ret.status === 'received' && r.refundedAt === null;

export const refundReturn: Situation = {
  action: 'refund-return',
  cites: ['RET-REFUND-2D', 'RET-SHIPPING-COST', 'AZ-OUTCOMES'],
  when: (ctx) => ctx.returns.some(awaitingRefund),
  advise: (ctx) => ctx.returns.filter(awaitingRefund).map((r): Draft => {
    const deadline = r.receivedAt === null ? null : addWindow(r.receivedAt, POLICY['RET-REFUND-2D'].values.refundWithin, ctx.zone);
    const sellerPays = sellerPaysReturn(r.ret.reason);
    return {
      action: 'refund-return', severity: 'warning', deadline,
      rules: ['RET-REFUND-2D', ...(sellerPays ? ['RET-SHIPPING-COST'] : []), ...(ctx.atozFiled ? ['AZ-OUTCOMES'] : [])],
      title: deadline !== null ? `Refund the returned item by ${dayOf(ctx, deadline)}` : 'Refund the returned item',
      why: `The return${r.receivedAt !== null ? ` arrived on ${dayOf(ctx, r.receivedAt)}` : ' has arrived'} and has not been refunded. ` +
        `Refund it within ${span(POLICY['RET-REFUND-2D'].values.refundWithin)} of receipt${deadline !== null ? ` (by ${dayOf(ctx, deadline)})` : ''}, otherwise ` +
        'Amazon may refund the buyer itself and debit your account.' +
        (sellerPays ? ` The reason given ("${r.ret.reason}") is one you pay the return shipping for: refund the full amount.` : ''),
      doNot: sellerPays
        ? ['Do not wait for the buyer to ask.', 'Do not deduct return shipping or a restocking fee for a damaged, defective or wrong item.']
        : ['Do not wait for the buyer to ask.'],
      notes: [
        ...(deadline !== null ? [businessNote(ctx, r.receivedAt!, deadline), ...dateOnlyNote(ctx, r.receivedAt!, 'the return arrived')]
          : ['The page did not show when the return arrived: refund it now.']),
        ...(ctx.atozFiled ? [REFUND_AFTER_CLAIM_NOTE] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
