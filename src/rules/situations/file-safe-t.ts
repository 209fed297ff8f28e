// US-SAFET-30D (with SAFET-30D): Amazon refunded the buyer before the return reached the seller (Refund at First
// Scan). If the return never arrives, or arrives damaged, used or not the item sent, the seller's way to recover the
// money is a SAFE-T claim, within 30 days of the later of the return delivery and the refund (from the last carrier
// scan for a return lost in transit). Before 2026-02-16 the US window was 60 days from the refund (US-SAFET-60D).
import type { ReturnView } from '../context.ts';
import { sourcesNote, versionNote } from '../dated-advice.ts';
import { ruleInForce } from '../policy-time.ts';
import { addWindow, endOfLocalDay } from '../time.ts';
import { dayOf, spanOf, t, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';

/** Refunded, not received, not closed: the money went out before the item came back. */
const refundedBeforeArrival = (r: ReturnView) => r.refundedAt !== null && r.receivedAt === null && r.ret.status !== 'completed';

export const fileSafeT: Situation = {
  action: 'file-safe-t',
  cites: ['US-SAFET-30D', 'US-SAFET-60D', 'SAFET-30D'],
  when: (ctx) => ctx.returns.some((r) => refundedBeforeArrival(r) && ruleInForce('US-SAFET-30D', ctx.marketplace, r.refundedAt!) !== null),
  advise: (ctx) => ctx.returns.filter(refundedBeforeArrival).flatMap((r): Draft[] => {
    const used = ruleInForce('US-SAFET-30D', ctx.marketplace, r.refundedAt!);
    if (!used) return [];
    const within = (used.rule.values as { fileWithin: Parameters<typeof addWindow>[1] }).fileWithin;
    const deadline = endOfLocalDay(addWindow(r.refundedAt!, within, ctx.zone), ctx.zone);
    const refunded = dayOf(ctx, r.refundedAt!), by = dayOf(ctx, deadline), span = spanOf(ctx, within);
    const late = deadline < ctx.now;
    return [{
      action: 'file-safe-t', severity: 'info', deadline, missed: late,
      rules: [used.id, 'SAFET-30D'],
      title: late ? t(ctx, 'safet.title.missed', `Missed: a SAFE-T claim for this return was due by ${by}`, { by })
        : t(ctx, 'safet.title', `If the return does not come back as sent, file SAFE-T by ${by}`, { by }),
      why: t(ctx, 'safet.why', `Amazon refunded the buyer on ${refunded}, before the return reached you. If the return does not arrive, ` +
        `or arrives damaged, used or not the item you sent, file a SAFE-T claim within ${span} (by ${by}). The ${span} run from the later of ` +
        'the return\'s delivery to you and the refund; for a return lost in transit, from its last carrier scan, which can be earlier: check the return tracking.',
      { refunded, by, span }) +
        (late ? t(ctx, 'safet.why.missed', ' That date has passed: Amazon no longer accepts a SAFE-T claim for this refund.') : ''),
      doNot: [
        t(ctx, 'safet.doNot.refund', 'Do not refund the buyer again: Amazon has already refunded them.'),
        t(ctx, 'safet.doNot.discard', 'Do not throw away the returned item or its packaging before the claim is decided: photograph both.'),
      ],
      notes: [
        ...versionNote(ctx, used, t(ctx, 'version.event.refunded', 'Amazon refunded the buyer')),
        ...sourcesNote(ctx, used.id),
        ...zoneNote(ctx),
      ],
    }];
  }),
};
