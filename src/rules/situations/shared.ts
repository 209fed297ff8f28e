// Small pieces several situations word the same way.
import type { RuleId } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import { day, dayTime } from '../describe.ts';
import { businessDayNote, holidaysBetween } from '../holidays.ts';
import { say } from '../lang/say.ts';
import type { PhraseParams } from '../lang/types.ts';
import { POLICY, policyNote } from '../policy.ts';
import { addWindow, endOfLocalDay, isLocalMidnight } from '../time.ts';

/** The earliest of the known deadlines. */
export function earliest(...deadlines: Array<number | null | undefined>): number | null {
  let best: number | null = null;
  for (const d of deadlines) if (d != null && (best === null || d < best)) best = d;
  return best;
}

/** The ship-by date while it is still ahead: once passed it no longer bounds what the seller can still do. */
export const shipByAhead = (ctx: CaseContext) => (ctx.shipByEnd !== null && ctx.shipByEnd >= ctx.now ? ctx.shipByEnd : null);

export const dayOf = (ctx: CaseContext, ms: number) => day(ms, ctx.zone, ctx.words.locale);
export const dayTimeOf = (ctx: CaseContext, ms: number) => dayTime(ms, ctx.zone, ctx.words.locale);

/** A sentence in the case's words: `en` is the English, `key` names it in other tables. */
export const t = (ctx: CaseContext, key: string, en: string, p?: PhraseParams) => say(ctx.words, key, en, p);

/** A policy window in the case's words. */
export const spanOf = (ctx: CaseContext, w: Parameters<CaseContext['words']['span']>[0]) => ctx.words.span(w);

const replySpan = (ctx: CaseContext) => ctx.words.span(POLICY['MSG-24H'].values.replyWithin);

/** The rules a reply to a waiting buyer message rests on (none when no message is waiting). */
export function replyRules(ctx: CaseContext): RuleId[] {
  return ctx.unanswered ? ['MSG-24H'] : [];
}

/** Notes about the waiting message: its time unknown, or the zone unknown. */
export function replyNotes(ctx: CaseContext): string[] {
  if (!ctx.unanswered) return [];
  if (ctx.unanswered.firstAt === null) {
    const reply = replySpan(ctx);
    return [t(ctx, 'reply.timeUnknown', `The time of the buyer's message was not shown: answer as soon as you can, within ${reply} of it (MSG-24H).`, { reply })];
  }
  return [];
}

/** Sentence telling the seller when the reply is due. */
export function replyBySentence(ctx: CaseContext): string {
  if (!ctx.unanswered) return '';
  const reply = replySpan(ctx);
  if (ctx.replyDeadline === null) return t(ctx, 'reply.within', ` The buyer is waiting for an answer: reply within ${reply} of their message, weekends included.`, { reply });
  const late = ctx.replyDeadline < ctx.now;
  const due = dayTimeOf(ctx, ctx.replyDeadline);
  return late
    ? t(ctx, 'reply.late', ` The buyer's message has waited more than ${reply} (the reply was due ${due}): answer now.`, { reply, due })
    : t(ctx, 'reply.by', ` Reply by ${due} (${reply} after the buyer's message, weekends included).`, { reply, due });
}

/** The policy notes (sources disagree) of these rules. */
export function notesFor(ctx: CaseContext, ...ids: RuleId[]): string[] {
  return ids.flatMap((id) => {
    const n = policyNote(id);
    return n ? [t(ctx, `policy.${id}`, `${id}: ${n}`)] : [];
  });
}

/** Note for a deadline counted from a date the page printed without a time. */
export function dateOnlyNote(ctx: CaseContext, from: number, what: string): string[] {
  return isLocalMidnight(from, ctx.zone)
    ? [t(ctx, 'dateOnly', `The page showed only the date ${what}, not the time: the deadline is counted from the start of that day (the earliest it can be).`, { what })]
    : [];
}

export function zoneNote(ctx: CaseContext): string[] {
  return ctx.marketplace ? [] : [t(ctx, 'zoneUnknown', 'The marketplace is not known: dates are shown in UTC. Open the order on its Seller Central site to see local dates.')];
}

/** Business-day deadline note (holidays not skipped). */
export function businessNote(ctx: CaseContext, from: number, to: number): string {
  const found = holidaysBetween(ctx.marketplace, from, to, ctx.zone);
  return t(ctx, found.length > 0 ? 'business.holidays' : 'business', businessDayNote(ctx.marketplace, from, to, ctx.zone), { holidays: found.join(', ') });
}

/** AZ-OUTCOMES: refunding once a claim exists ends the money dispute, not the ODR hit. */
export const refundAfterClaimNote = (ctx: CaseContext) => t(ctx, 'refundAfterClaim', 'An A-to-z claim has been filed on this order: a refund from you now ends the money ' +
  'dispute but the claim still counts in your Order Defect Rate (AZ-OUTCOMES).');

/** AZ-ELIG-INR: the first moment the buyer may file "not received" (earliest reading of the sources). */
export function claimableFrom(ctx: CaseContext): number | null {
  const rule = POLICY['AZ-ELIG-INR'].values;
  const afterDelivery = ctx.deliverByEnd === null ? null : addWindow(ctx.deliverByEnd, rule.afterLatestDelivery, ctx.zone);
  const afterOrder = ctx.purchaseAt === null ? null : endOfLocalDay(addWindow(ctx.purchaseAt, rule.olderAfterOrder, ctx.zone), ctx.zone);
  return earliest(afterDelivery, afterOrder);
}

/** "UPS tracking 1Z..." as far as known. */
export function trackingWords(ctx: CaseContext): string {
  const { carrier, trackingId } = ctx.order;
  if (carrier && trackingId) return t(ctx, 'tracking.both', `${carrier} tracking ${trackingId}`, { carrier, trackingId });
  if (trackingId) return t(ctx, 'tracking.id', `tracking ${trackingId}`, { trackingId });
  if (carrier) return t(ctx, 'tracking.carrier', `${carrier} (tracking ID not read: copy it from the order page)`, { carrier });
  return t(ctx, 'tracking.none', 'the tracking ID from the order page');
}

/** Note for a respond-by date the page printed without a time. */
export const respondByDateOnlyNote = (ctx: CaseContext) => t(ctx, 'respondByDateOnly', 'The page showed the respond-by date without a time: it is taken as the end of ' +
  'that day in the marketplace\'s time zone. Answer earlier if you can.');
