// ORD-AUTO-CANCEL: past its ship-by date an Unshipped order is late; Amazon cancels it at ship-by + 7 business days
// (older text: 30 days after the order). The earlier date is the deadline.
import { autoCancelAt } from '../windows.ts';
import { businessNote, dayOf, notesFor, t, zoneNote } from './shared.ts';
import type { CaseContext } from '../context.ts';
import type { Draft, Situation } from './types.ts';

/**
 * Past the automatic cancellation date the question is no longer "ship or cancel" but what Amazon has done: the
 * order is (or is about to be) canceled and refunded, so shipping it now would send goods nobody pays for.
 */
function canceledAutomatically(ctx: CaseContext, shipBy: number, afterShipBy: number, cancelDay: string, shipByDay: string): Draft {
  return {
    action: 'ship-or-cancel-late', severity: 'critical', deadline: null, missed: true,
    rules: ['ORD-AUTO-CANCEL', 'ORD-LATE-SHIP', 'ORD-UNSHIPPED'],
    title: t(ctx, 'late.title.passed', `Missed: not shipped by ${cancelDay}, so Amazon cancels the order automatically`, { cancelDay }),
    why: t(ctx, 'late.why.passed', `The ship-by date (${shipByDay}) passed and the order was not shipped and confirmed by ${cancelDay}, ` +
      'the automatic cancellation date. Amazon cancels it automatically (it may already have done so) and refunds the buyer; the cancellation ' +
      'counts in your cancellation rate. What you can still do: reload the order page. If it shows Canceled, there is nothing to ship. ' +
      'If it still shows Unshipped, cancel it yourself now rather than ship it, and tell the buyer, if they write, that the order was canceled ' +
      'and that they will not be charged for it.', { shipByDay, cancelDay }),
    doNot: [t(ctx, 'late.doNot.shipPassed', 'Do not ship it now: a canceled order is not paid for.')],
    notes: [...notesFor(ctx, 'ORD-AUTO-CANCEL'), businessNote(ctx, shipBy, afterShipBy), ...zoneNote(ctx)],
  };
}

export const shipOrCancelLate: Situation = {
  action: 'ship-or-cancel-late',
  cites: ['ORD-AUTO-CANCEL', 'ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED'],
  // Once Amazon cancels, its reply (the order is canceled) is the answer to a waiting buyer; a generic reply would
  // still speak of shipping.
  answersBuyer: (ctx) => ctx.shipByEnd !== null && autoCancelAt(ctx.shipByEnd, ctx.purchaseAt, ctx.zone).at < ctx.now,
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.shipByEnd !== null && ctx.now > ctx.shipByEnd && !ctx.cancelIntended,
  advise: (ctx) => {
    const shipBy = ctx.shipByEnd!;
    const { at: autoCancel, afterShipBy } = autoCancelAt(shipBy, ctx.purchaseAt, ctx.zone);
    const passed = autoCancel < ctx.now;
    const cancelDay = dayOf(ctx, autoCancel), shipByDay = dayOf(ctx, shipBy);
    if (passed) return canceledAutomatically(ctx, shipBy, afterShipBy, cancelDay, shipByDay);
    return {
      action: 'ship-or-cancel-late', severity: 'critical', deadline: autoCancel,
      rules: ['ORD-AUTO-CANCEL', 'ORD-LATE-SHIP', 'AZ-AUTO-GRANT'],
      title: t(ctx, 'late.title', `Late: ship now or cancel — Amazon cancels it after ${cancelDay}`, { cancelDay }),
      why: t(ctx, 'late.why', `The ship-by date (${shipByDay}) has passed and the order is still Unshipped. Ship it now with a ` +
        'valid tracking ID, or cancel it if you cannot ship (out of stock: cancel it yourself). It already counts as a ' +
        `late shipment, and an A-to-z claim on it would be granted automatically. If it is not shipped and confirmed by the end of ${cancelDay}, ` +
        'Amazon cancels it and the cancellation counts in your cancellation rate.', { shipByDay, cancelDay }),
      doNot: [t(ctx, 'doNot.noTracking', 'Do not confirm shipment without a valid tracking ID.'), t(ctx, 'late.doNot.wait', 'Do not leave it waiting for the automatic cancellation.')],
      notes: [
        ...notesFor(ctx, 'ORD-AUTO-CANCEL'),
        businessNote(ctx, shipBy, afterShipBy),
        ...zoneNote(ctx),
      ],
    };
  },
};
