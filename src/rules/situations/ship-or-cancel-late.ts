// ORD-AUTO-CANCEL: past its ship-by date an Unshipped order is late; Amazon cancels it at ship-by + 7 business days
// (older text: 30 days after the order). The earlier date is the deadline.
import { POLICY } from '../policy.ts';
import { addWindow, endOfLocalDay } from '../time.ts';
import { businessNote, dayOf, earliest, notesFor, t, zoneNote } from './shared.ts';
import type { Situation } from './types.ts';

export const shipOrCancelLate: Situation = {
  action: 'ship-or-cancel-late',
  cites: ['ORD-AUTO-CANCEL', 'ORD-LATE-SHIP', 'AZ-AUTO-GRANT'],
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.shipByEnd !== null && ctx.now > ctx.shipByEnd && !ctx.cancelIntended,
  advise: (ctx) => {
    const rule = POLICY['ORD-AUTO-CANCEL'].values;
    const shipBy = ctx.shipByEnd!;
    const afterShipBy = endOfLocalDay(addWindow(shipBy, rule.afterShipBy, ctx.zone), ctx.zone);
    const afterOrder = ctx.purchaseAt === null ? null : endOfLocalDay(addWindow(ctx.purchaseAt, rule.olderAfterOrder, ctx.zone), ctx.zone);
    const autoCancel = earliest(afterShipBy, afterOrder)!;
    const passed = autoCancel < ctx.now;
    const cancelDay = dayOf(ctx, autoCancel), shipByDay = dayOf(ctx, shipBy);
    return {
      action: 'ship-or-cancel-late', severity: 'critical', deadline: autoCancel,
      rules: ['ORD-AUTO-CANCEL', 'ORD-LATE-SHIP', 'AZ-AUTO-GRANT'],
      title: passed ? t(ctx, 'late.title.passed', 'Late and past the automatic cancellation date: check the order')
        : t(ctx, 'late.title', `Late: ship now or cancel — Amazon cancels it after ${cancelDay}`, { cancelDay }),
      why: t(ctx, 'late.why', `The ship-by date (${shipByDay}) has passed and the order is still Unshipped. Ship it now with a ` +
        'valid tracking ID, or cancel it if you cannot ship (out of stock: cancel it yourself). It already counts as a ' +
        `late shipment, and an A-to-z claim on it would be granted automatically. If it is not shipped and confirmed by the end of ${cancelDay}, ` +
        'Amazon cancels it and the cancellation counts in your cancellation rate.', { shipByDay, cancelDay }),
      doNot: [t(ctx, 'doNot.noTracking', 'Do not confirm shipment without a valid tracking ID.'), t(ctx, 'late.doNot.wait', 'Do not leave it waiting for the automatic cancellation.')],
      notes: [
        ...(passed ? [t(ctx, 'late.note.passed', 'The automatic cancellation date has passed: reload the order page, Amazon may already have canceled it.')] : []),
        ...notesFor(ctx, 'ORD-AUTO-CANCEL'),
        businessNote(ctx, shipBy, afterShipBy),
        ...zoneNote(ctx),
      ],
    };
  },
};
