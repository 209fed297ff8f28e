// ORD-AUTO-CANCEL: past its ship-by date an Unshipped order is late; Amazon cancels it at ship-by + 7 business days
// (older text: 30 days after the order). The earlier date is the deadline.
import { businessNote, dayOf, notesFor, replyBySentence, replyNotes, replyRules, t, zoneNote } from './shared.ts';
import { cat } from '../text.ts';
import type { CaseContext } from '../context.ts';
import type { Param } from '../text.ts';
import type { Draft, Situation } from './types.ts';

/**
 * Past the automatic cancellation date the question is no longer "ship or cancel" but what Amazon has done: the
 * order is (or is about to be) canceled and refunded, so shipping it now would send goods nobody pays for.
 */
function canceledAutomatically(ctx: CaseContext, shipBy: number, afterShipBy: number, cancelDay: Param, shipByDay: Param): Draft {
  return {
    // The reply it carries answers a waiting buyer, so the reply's own deadline (MSG-24H) is this advice's while it
    // is ahead; once passed, the why says the reply is late rather than showing a date behind the seller.
    action: 'ship-or-cancel-late', severity: 'critical', deadline: ctx.replyDeadline !== null && ctx.replyDeadline >= ctx.now ? ctx.replyDeadline : null, missed: true,
    rules: ['ORD-AUTO-CANCEL', 'ORD-LATE-SHIP', 'ORD-UNSHIPPED', ...replyRules(ctx)],
    title: t('late.title.passed', { cancelDay }),
    why: cat(t('late.why.passed', { shipByDay, cancelDay }), replyBySentence(ctx)),
    doNot: [t('late.doNot.shipPassed')],
    notes: [...notesFor(ctx, 'ORD-AUTO-CANCEL'), businessNote(ctx, shipBy, afterShipBy), ...replyNotes(ctx), ...zoneNote(ctx)],
  };
}

export const shipOrCancelLate: Situation = {
  action: 'ship-or-cancel-late',
  cites: ['ORD-AUTO-CANCEL', 'ORD-LATE-SHIP', 'AZ-AUTO-GRANT', 'ORD-UNSHIPPED', 'MSG-24H'],
  // Once Amazon cancels, its reply (the order is canceled) is the answer to a waiting buyer; a generic reply would
  // still speak of shipping.
  answersBuyer: (ctx) => ctx.autoCancel !== null && ctx.autoCancel.at < ctx.now,
  when: (ctx) => ctx.order.status === 'unshipped' && ctx.shipByEnd !== null && ctx.now > ctx.shipByEnd && !ctx.cancelIntended,
  advise: (ctx) => {
    const shipBy = ctx.shipByEnd!;
    const { at: autoCancel, afterShipBy } = ctx.autoCancel!;
    const passed = autoCancel < ctx.now;
    const cancelDay = dayOf(ctx, autoCancel), shipByDay = dayOf(ctx, shipBy);
    if (passed) return canceledAutomatically(ctx, shipBy, afterShipBy, cancelDay, shipByDay);
    return {
      action: 'ship-or-cancel-late', severity: 'critical', deadline: autoCancel,
      rules: ['ORD-AUTO-CANCEL', 'ORD-LATE-SHIP', 'AZ-AUTO-GRANT'],
      title: t('late.title', { cancelDay }),
      why: t('late.why', { shipByDay, cancelDay }),
      doNot: [t('doNot.noTracking'), t('late.doNot.wait')],
      notes: [
        ...notesFor(ctx, 'ORD-AUTO-CANCEL'),
        businessNote(ctx, shipBy, afterShipBy),
        ...zoneNote(ctx),
      ],
    };
  },
};
