// RET-REFUND-2D: a returned item has arrived: refund within 2 business days of receipt, or Amazon may refund and
// debit the seller.
import type { ReturnView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { sellerPaysReturn } from '../return-reason.ts';
import { addWindow } from '../time.ts';
import { businessNote, dateOnlyNote, dayOf, refundAfterClaimNote, spanOf, t, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';

const awaitingRefund = (r: ReturnView) => r.ret.status === 'received' && r.refundedAt === null;

export const refundReturn: Situation = {
  action: 'refund-return',
  cites: ['RET-REFUND-2D', 'RET-SHIPPING-COST', 'AZ-OUTCOMES'],
  when: (ctx) => ctx.returns.some(awaitingRefund),
  advise: (ctx) => ctx.returns.filter(awaitingRefund).map((r): Draft => {
    const deadline = r.receivedAt === null ? null : addWindow(r.receivedAt, POLICY['RET-REFUND-2D'].values.refundWithin, ctx.zone);
    const sellerPays = sellerPaysReturn(r.ret.reason);
    const by = deadline === null ? '' : dayOf(ctx, deadline), received = r.receivedAt === null ? '' : dayOf(ctx, r.receivedAt);
    const within = spanOf(ctx, POLICY['RET-REFUND-2D'].values.refundWithin), reason = r.ret.reason ?? '';
    const late = deadline !== null && deadline < ctx.now;
    return {
      action: 'refund-return', severity: 'warning', deadline,
      rules: ['RET-REFUND-2D', ...(sellerPays ? ['RET-SHIPPING-COST'] : []), ...(ctx.atozFiled ? ['AZ-OUTCOMES'] : [])],
      title: late ? t(ctx, 'refund.title.missed', `Missed: the refund was due ${by} — refund now unless Amazon already has`, { by })
        : deadline !== null ? t(ctx, 'refund.title.by', `Refund the returned item by ${by}`, { by }) : t(ctx, 'refund.title', 'Refund the returned item'),
      missed: late,
      why: t(ctx, 'refund.why', `The return${r.receivedAt !== null ? ` arrived on ${received}` : ' has arrived'} and has not been refunded. ` +
        `Refund it within ${within} of receipt${deadline !== null ? ` (by ${by})` : ''}, otherwise ` +
        'Amazon may refund the buyer itself and debit your account.', { received, within, by }) +
        (late ? t(ctx, 'refund.why.missed', ' That time has passed: check the order\'s refund history first (Amazon may have refunded the buyer and debited you), and refund now if no refund was issued.') : '') +
        (sellerPays ? t(ctx, 'refund.why.sellerPays', ` The reason given ("${reason}") is one you pay the return shipping for: refund the full amount.`, { reason }) : ''),
      doNot: sellerPays
        ? [t(ctx, 'refund.doNot.wait', 'Do not wait for the buyer to ask.'), t(ctx, 'refund.doNot.deduct', 'Do not deduct return shipping or a restocking fee for a damaged, defective or wrong item.')]
        : [t(ctx, 'refund.doNot.wait', 'Do not wait for the buyer to ask.')],
      notes: [
        ...(deadline !== null ? [businessNote(ctx, r.receivedAt!, deadline), ...dateOnlyNote(ctx, r.receivedAt!, 'the return arrived')]
          : [t(ctx, 'refund.note.noDate', 'The page did not show when the return arrived: refund it now.')]),
        ...(ctx.atozFiled ? [refundAfterClaimNote(ctx)] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
