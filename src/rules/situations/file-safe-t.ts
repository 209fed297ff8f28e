// US-SAFET-30D (with SAFET-30D): Amazon refunded the buyer before the return reached the seller (Refund at First
// Scan). If the return never arrives, or arrives damaged, used or not the item sent, the seller's way to recover the
// money is a SAFE-T claim, within 30 days of the later of the return delivery and the refund (from the last carrier
// scan for a return lost in transit). Before 2026-02-16 the US window was 60 days from the refund (US-SAFET-60D).
import type { ReturnView } from '../context.ts';
import { sourcesNote, versionNote } from '../dated-advice.ts';
import { ruleInForce } from '../policy-time.ts';
import { addWindow, endOfLocalDay } from '../time.ts';
import { dayOf, spanOf, t, zoneNote } from './shared.ts';
import { cat } from '../text.ts';
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
      title: late ? t('safet.title.missed', { by })
        : t('safet.title', { by }),
      why: cat(t('safet.why', { refunded, by, span }), (late ? t('safet.why.missed') : '')),
      doNot: [
        t('safet.doNot.refund'),
        t('safet.doNot.discard'),
      ],
      notes: [
        ...versionNote(ctx, used, t('version.event.refunded')),
        ...sourcesNote(ctx, used.id),
        ...zoneNote(ctx),
      ],
    }];
  }),
};
