// RET-REFUND-2D: a returned item has arrived: refund within 2 business days of receipt, or Amazon may refund and
// debit the seller. US-REFUND-4D (US, returns received from 2026-01-26): 4 calendar days, after which Amazon refunds
// automatically and the refund can no longer be claimed through SAFE-T (US-SAFET-AUTOREFUND). Stored Amazon pages
// still say 2 business days, so the earlier of the two is the deadline.
import type { ReturnView } from '../context.ts';
import { sourcesNote, versionNote } from '../dated-advice.ts';
import { POLICY } from '../policy.ts';
import { ruleInForce } from '../policy-time.ts';
import { sellerPaysReturn } from '../return-reason.ts';
import { addWindow } from '../time.ts';
import { businessNote, dateOnlyNote, dayOf, earliest, refundAfterClaimNote, spanOf, t, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';

const awaitingRefund = (r: ReturnView) => r.ret.status === 'received' && r.refundedAt === null;

export const refundReturn: Situation = {
  action: 'refund-return',
  cites: ['RET-REFUND-2D', 'US-REFUND-4D', 'US-SAFET-AUTOREFUND', 'RET-SHIPPING-COST', 'AZ-OUTCOMES'],
  when: (ctx) => ctx.returns.some(awaitingRefund),
  advise: (ctx) => ctx.returns.filter(awaitingRefund).map((r): Draft => {
    // The version in force when the return arrived; with no receipt date, the one in force now.
    const used = ruleInForce('RET-REFUND-2D', ctx.marketplace, r.receivedAt ?? ctx.now);
    const auto = used?.id === 'US-REFUND-4D';
    const old = POLICY['RET-REFUND-2D'].values.refundWithin, calendar = POLICY['US-REFUND-4D'].values.refundWithin;
    const deadline = r.receivedAt === null ? null
      : auto ? earliest(addWindow(r.receivedAt, old, ctx.zone), addWindow(r.receivedAt, calendar, ctx.zone))
        : addWindow(r.receivedAt, old, ctx.zone);
    const sellerPays = sellerPaysReturn(r.ret.reason);
    const by = deadline === null ? '' : dayOf(ctx, deadline), received = r.receivedAt === null ? '' : dayOf(ctx, r.receivedAt);
    const within = spanOf(ctx, old), days = spanOf(ctx, calendar), reason = r.ret.reason ?? '';
    const late = deadline !== null && deadline < ctx.now;
    const arrived = t(ctx, 'refund.why', `The return${r.receivedAt !== null ? ` arrived on ${received}` : ' has arrived'} and has not been refunded. ` +
      `Refund it within ${within} of receipt${deadline !== null ? ` (by ${by})` : ''}, otherwise ` +
      'Amazon may refund the buyer itself and debit your account.', { received, within, by });
    const arrivedAuto = t(ctx, 'refund.why.auto', `The return${r.receivedAt !== null ? ` arrived on ${received}` : ' has arrived'} and has not been refunded. ` +
      `Refund it, or grade it in the Guided Refund Workflow, by the earlier of ${within} and ${days} after receipt${deadline !== null ? ` (by ${by})` : ''}: ` +
      'after that Amazon refunds the buyer automatically and you can no longer claim that refund through SAFE-T.', { received, within, days, by });
    return {
      action: 'refund-return', severity: 'warning', deadline,
      rules: ['RET-REFUND-2D', ...(auto ? ['US-REFUND-4D', 'US-SAFET-AUTOREFUND'] : []), ...(sellerPays ? ['RET-SHIPPING-COST'] : []), ...(ctx.atozFiled ? ['AZ-OUTCOMES'] : [])],
      title: late ? t(ctx, 'refund.title.missed', `Missed: the refund was due ${by} — refund now unless Amazon already has`, { by })
        : deadline !== null ? t(ctx, 'refund.title.by', `Refund the returned item by ${by}`, { by }) : t(ctx, 'refund.title', 'Refund the returned item'),
      missed: late,
      why: (auto ? arrivedAuto : arrived) +
        (late ? t(ctx, 'refund.why.missed', ' That time has passed: check the order\'s refund history first (Amazon may have refunded the buyer and debited you), and refund now if no refund was issued.') : '') +
        (sellerPays ? t(ctx, 'refund.why.sellerPays', ` The reason given ("${reason}") is one you pay the return shipping for: refund the full amount.`, { reason }) : ''),
      doNot: sellerPays
        ? [t(ctx, 'refund.doNot.wait', 'Do not wait for the buyer to ask.'), t(ctx, 'refund.doNot.deduct', 'Do not deduct return shipping or a restocking fee for a damaged, defective or wrong item.')]
        : [t(ctx, 'refund.doNot.wait', 'Do not wait for the buyer to ask.')],
      notes: [
        ...(deadline !== null ? [businessNote(ctx, r.receivedAt!, deadline), ...dateOnlyNote(ctx, r.receivedAt!, 'the return arrived')]
          : [t(ctx, 'refund.note.noDate', 'The page did not show when the return arrived: refund it now.')]),
        ...(r.receivedAt !== null ? versionNote(ctx, used, t(ctx, 'version.event.returnArrived', 'The return arrived')) : []),
        ...(auto ? sourcesNote(ctx, 'US-REFUND-4D') : []),
        ...(ctx.atozFiled ? [refundAfterClaimNote(ctx)] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
