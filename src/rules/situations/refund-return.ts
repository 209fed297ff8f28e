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
import { cat } from '../text.ts';
import type { Draft, Situation } from './types.ts';

// A return the page shows an arrival date for has arrived, whether or not it shows a status beside it.
const awaitingRefund = (r: ReturnView) =>
  (r.ret.status === 'received' || (r.ret.status === null && r.receivedAt !== null)) && r.refundedAt === null;

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
    const arrived = t('refund.why', { received, within, by });
    const arrivedAuto = t('refund.why.auto', { received, within, days, by });
    return {
      action: 'refund-return', severity: 'warning', deadline,
      rules: ['RET-REFUND-2D', ...(auto ? ['US-REFUND-4D', 'US-SAFET-AUTOREFUND'] : []), ...(sellerPays ? ['RET-SHIPPING-COST'] : []), ...(ctx.atozFiled ? ['AZ-OUTCOMES'] : [])],
      title: late ? t('refund.title.missed', { by })
        : deadline !== null ? t('refund.title.by', { by }) : t('refund.title'),
      missed: late,
      why: cat((auto ? arrivedAuto : arrived), (late ? t('refund.why.missed') : ''), (sellerPays ? t('refund.why.sellerPays', { reason }) : '')),
      doNot: sellerPays
        ? [t('refund.doNot.wait'), t('refund.doNot.deduct')]
        : [t('refund.doNot.wait')],
      notes: [
        ...(deadline !== null ? [businessNote(ctx, r.receivedAt!, deadline), ...dateOnlyNote(ctx, r.receivedAt!, 'returnArrived')]
          : [t('refund.note.noDate')]),
        ...(r.receivedAt !== null ? versionNote(ctx, used, t('version.event.returnArrived')) : []),
        ...(auto ? sourcesNote(ctx, 'US-REFUND-4D') : []),
        ...(ctx.atozFiled ? [refundAfterClaimNote(ctx)] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
