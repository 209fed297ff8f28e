// ORD-LATE-SHIP, AZ-AUTO-GRANT: an Unshipped order must ship and be confirmed with tracking by the ship-by date.
import { dayOf, t, zoneNote } from './shared.ts';
import { pctParam } from '../text.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

export const shipByDeadline: Situation = {
  action: 'ship-by-deadline',
  cites: ['ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED'],
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.shipByEnd !== null && ctx.now <= ctx.shipByEnd && !ctx.cancelIntended &&
    // A cancel or address change read unsure: "read the message first" carries the ship-by date instead (shared.ts).
    !ctx.outUnsure,
  advise: (ctx) => {
    const by = dayOf(ctx, ctx.shipByEnd!);
    const rate = pctParam(POLICY['ORD-LATE-SHIP'].values.maxRate);
    return {
      action: 'ship-by-deadline', severity: 'info', deadline: ctx.shipByEnd,
      rules: ['ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED'],
      title: t('shipBy.title', { by }),
      why: t('shipBy.why', { by, rate }),
      doNot: [t('doNot.noTracking'), t('shipBy.doNot.address')],
      notes: zoneNote(ctx),
    };
  },
};
