// ORD-LATE-SHIP, AZ-AUTO-GRANT: an Unshipped order must ship and be confirmed with tracking by the ship-by date.
import { dayOf, zoneNote } from './shared.ts';
import type { Situation } from './types.ts';
import { POLICY } from '../policy.ts';
import { pct } from '../words.ts';

export const shipByDeadline: Situation = {
  action: 'ship-by-deadline',
  cites: ['ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED'],
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.shipByEnd !== null && ctx.now <= ctx.shipByEnd && !ctx.cancelIntended,
  advise: (ctx) => {
    const by = dayOf(ctx, ctx.shipByEnd!);
    return {
      action: 'ship-by-deadline', severity: 'info', deadline: ctx.shipByEnd,
      rules: ['ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED'],
      title: `Ship and confirm with tracking by ${by}`,
      why: `Ship the order and confirm the shipment with a valid tracking ID by the end of ${by} (the ship-by date). ` +
        `A shipment confirmed later counts in your late shipment rate (keep it under ${pct(POLICY['ORD-LATE-SHIP'].values.maxRate)}), ` +
        'and an A-to-z claim on an order not confirmed by its ship-by date is granted automatically and charged to you.',
      doNot: ['Do not confirm shipment without a valid tracking ID.', 'Do not ship to any address other than the one in Seller Central.'],
      notes: zoneNote(ctx),
    };
  },
};
