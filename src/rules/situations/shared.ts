// Small pieces several situations word the same way.
import type { RuleId } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import { holidaysBetween } from '../holidays.ts';
import { POLICY, policyNote } from '../policy.ts';
import { type Param, type Text, dayParam, spanParam, t, tDynamic, textParam, timeParam } from '../text.ts';
import { addWindow, endOfLocalDay, isLocalMidnight } from '../time.ts';

/** The earliest of the known deadlines. */
export function earliest(...deadlines: Array<number | null | undefined>): number | null {
  let best: number | null = null;
  for (const d of deadlines) if (d != null && (best === null || d < best)) best = d;
  return best;
}

/** The ship-by date while it is still ahead: once passed it no longer bounds what the seller can still do. */
export const shipByAhead = (ctx: CaseContext) => (ctx.shipByEnd !== null && ctx.shipByEnd >= ctx.now ? ctx.shipByEnd : null);

/** A day in the marketplace's zone, worded by the screen that shows it. */
export const dayOf = (ctx: CaseContext, ms: number): Param => dayParam(ms, ctx.zone);
export const dayTimeOf = (ctx: CaseContext, ms: number): Param => timeParam(ms, ctx.zone);

export { t };

/** A policy window, worded by the screen that shows it. */
export const spanOf = (_ctx: CaseContext, w: Parameters<typeof spanParam>[0]): Param => spanParam(w);

const replySpan = (_ctx: CaseContext) => spanParam(POLICY['MSG-24H'].values.replyWithin);

/** The rules a reply to a waiting buyer message rests on (none when no message is waiting). */
export function replyRules(ctx: CaseContext): RuleId[] {
  return ctx.unanswered ? ['MSG-24H'] : [];
}

/** Notes about the waiting message: its time unknown, or the zone unknown. */
export function replyNotes(ctx: CaseContext): Text[] {
  if (!ctx.unanswered) return [];
  if (ctx.unanswered.firstAt === null) {
    const reply = replySpan(ctx);
    return [t('reply.timeUnknown', { reply })];
  }
  return [];
}

/** Sentence telling the seller when the reply is due. */
export function replyBySentence(ctx: CaseContext): Text {
  if (!ctx.unanswered) return [];
  const reply = replySpan(ctx);
  if (ctx.replyDeadline === null) return t('reply.within', { reply });
  const late = ctx.replyDeadline < ctx.now;
  const due = dayTimeOf(ctx, ctx.replyDeadline);
  return late
    ? t('reply.late', { reply, due })
    : t('reply.by', { reply, due });
}

/** The policy notes (sources disagree) of these rules. */
export function notesFor(_ctx: CaseContext, ...ids: RuleId[]): Text[] {
  return ids.flatMap((id) => (policyNote(id) ? [tDynamic(`policy.${id}`)] : []));
}

/** Note for a deadline counted from a date the page printed without a time. */
/** What the date-only date was the date of. */
export type DateOnlyWhat = 'request' | 'decision' | 'notice' | 'returnArrived';

export function dateOnlyNote(ctx: CaseContext, from: number, what: DateOnlyWhat): Text[] {
  return isLocalMidnight(from, ctx.zone)
    ? [t('dateOnly', { what: textParam(t(`dateOnly.${what}`)) })]
    : [];
}

export function zoneNote(ctx: CaseContext): Text[] {
  return ctx.marketplace ? [] : [t('zoneUnknown')];
}

/** Business-day deadline note (holidays not skipped). */
export function businessNote(ctx: CaseContext, from: number, to: number): Text {
  const found = holidaysBetween(ctx.marketplace, from, to, ctx.zone);
  return (found.length > 0 ? t('business.holidays', { holidays: found.join(', ') }) : t('business'));
}

/** AZ-OUTCOMES: refunding once a claim exists ends the money dispute, not the ODR hit. */
export const refundAfterClaimNote = (_ctx: CaseContext) => t('refundAfterClaim');

/** AZ-ELIG-INR: the first moment the buyer may file "not received" (earliest reading of the sources). */
export function claimableFrom(ctx: CaseContext): number | null {
  const rule = POLICY['AZ-ELIG-INR'].values;
  const afterDelivery = ctx.deliverByEnd === null ? null : addWindow(ctx.deliverByEnd, rule.afterLatestDelivery, ctx.zone);
  const afterOrder = ctx.purchaseAt === null ? null : endOfLocalDay(addWindow(ctx.purchaseAt, rule.olderAfterOrder, ctx.zone), ctx.zone);
  return earliest(afterDelivery, afterOrder);
}

/** "UPS tracking 1Z..." as far as known. */
export function trackingWords(ctx: CaseContext): Param {
  const { carrier, trackingId } = ctx.order;
  if (carrier && trackingId) return textParam(t('tracking.both', { carrier, trackingId }));
  if (trackingId) return textParam(t('tracking.id', { trackingId }));
  if (carrier) return textParam(t('tracking.carrier', { carrier }));
  return textParam(t('tracking.none'));
}

/** Note for a respond-by date the page printed without a time. */
export const respondByDateOnlyNote = (_ctx: CaseContext) => t('respondByDateOnly');
