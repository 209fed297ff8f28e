// ORD-LATE-SHIP, AZ-AUTO-GRANT: an Unshipped order must ship and be confirmed with tracking by the ship-by date.
import { dayOf, t, zoneNote } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';

export const shipByDeadline: Situation = {
  action: 'ship-by-deadline',
  cites: ['ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED'],
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.shipByEnd !== null && ctx.now <= ctx.shipByEnd && !ctx.cancelIntended,
  advise: (ctx) => {
    const by = dayOf(ctx, ctx.shipByEnd!);
    const rate = ctx.words.pct(POLICY['ORD-LATE-SHIP'].values.maxRate);
    return {
      action: 'ship-by-deadline', severity: 'info', deadline: ctx.shipByEnd,
      rules: ['ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED'],
      title: t(ctx, 'shipBy.title', `Ship and confirm with tracking by ${by}`, { by }),
      why: t(ctx, 'shipBy.why', `Ship the order and confirm the shipment with a valid tracking ID by the end of ${by} (the ship-by date). ` +
        `A shipment confirmed later counts in your late shipment rate (keep it under ${rate}), ` +
        'and an A-to-z claim on an order not confirmed by its ship-by date is granted automatically and charged to you.', { by, rate }),
      doNot: [t(ctx, 'doNot.noTracking', 'Do not confirm shipment without a valid tracking ID.'), t(ctx, 'shipBy.doNot.address', 'Do not ship to any address other than the one in Seller Central.')],
      notes: zoneNote(ctx),
    };
  },
};
