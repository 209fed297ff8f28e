// Small pieces several situations word the same way.
import type { BuyerIntent, RuleId } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import { Kept } from '../memo.ts';
import { holidaysBetween } from '../holidays.ts';
import { POLICY, isDisputed } from '../policy.ts';
import { type Param, type Text, cat, dayParam, spanParam, t, tDynamic, textParam, timeParam } from '../text.ts';
import { isLocalMidnight } from '../time.ts';
import type { Draft } from './types.ts';
import type { Doubt } from '../decision.ts';

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

/** A buyer message waits for an answer: one that only thanks does not (MSG-24H: "No response needed"). */
export const waiting = (ctx: CaseContext): boolean => ctx.unanswered !== null && !ctx.unanswered.onlyThanks;

/** The rules a reply to a waiting buyer message rests on (none when no message is waiting). */
export function replyRules(ctx: CaseContext): RuleId[] {
  return waiting(ctx) ? ['MSG-24H'] : [];
}

/** Notes about the waiting message: its time unknown, or the zone unknown. */
export function replyNotes(ctx: CaseContext): Text[] {
  if (!waiting(ctx)) return [];
  if (ctx.unanswered!.firstAt === null) {
    const reply = replySpan(ctx);
    return [t('reply.timeUnknown', { reply })];
  }
  return [];
}

/** Sentence telling the seller when the reply is due. */
export function replyBySentence(ctx: CaseContext): Text {
  if (!waiting(ctx)) return [];
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
  return ids.flatMap((id) => (isDisputed(id) ? [tDynamic(`policy.${id}`)] : []));
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
const holidays = new Kept<string[]>();

export function businessNote(ctx: CaseContext, from: number, to: number): Text {
  const found = holidays.get(`${ctx.marketplace}|${ctx.zone}`, from, to, () => holidaysBetween(ctx.marketplace, from, to, ctx.zone));
  return (found.length > 0 ? t('business.holidays', { holidays: found.join(', ') }) : t('business'));
}

/** AZ-OUTCOMES: refunding once a claim exists ends the money dispute, not the ODR hit. */
export const refundAfterClaimNote = (_ctx: CaseContext) => t('refundAfterClaim');

/** AZ-ELIG-INR: the first moment the buyer may file "not received" (earliest reading of the sources). */
export const claimableFrom = (ctx: CaseContext): number | null => ctx.claimableFrom;

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

// ---- What the buyer asks, read unsure ----

// When what the buyer asks is the model's unsure guess (issue 14: it must know when it does not know), the advice
// says so, and a step that would do harm on a wrong guess — cancelling, redirecting, refunding, reshipping,
// sending the buyer to A-to-z, declining a request to leave Amazon the buyer may not have made — is not advised as
// if the guess were sure: the seller reads the message and sets "the buyer asks" in the popup first, and the advice
// then follows that choice. Shipping is not advised on its own beside an unsure cancel or address change (a parcel
// shipped on a wrong guess cannot be called back): the ship-by date rides on the "read first" advice.

/**
 * The runner-ups of the unsure readings that `intents` rest on, or null when each of them is also read sure (or was
 * chosen by the seller) somewhere in the thread.
 */
export function doubtAbout(ctx: CaseContext, intents: Iterable<BuyerIntent>): BuyerIntent[] | null {
  if (ctx.unsureAsks.length === 0) return null;
  const doubtful = [...intents].filter((i) => !ctx.sureIntents.has(i));
  const behind = ctx.unsureAsks.filter((m) => m.intents.some((i) => doubtful.includes(i)));
  if (behind.length === 0) return null;
  return [...new Set(behind.flatMap((m) => (m.runnerUp ? [m.runnerUp] : [])))];
}

/** "Claimwise is not sure what the buyer asks (maybe: …)": none when the intents are read sure. */
export function doubtNotes(ctx: CaseContext, intents: Iterable<BuyerIntent>): Text[] {
  const maybe = doubtAbout(ctx, intents);
  if (maybe === null) return [];
  const first = maybe[0];
  return first ? [t('doubt.note', { maybe: textParam(tDynamic(`${INTENT_NAME}${first}`)) })] : [t('doubt.note.plain')];
}

const DOUBT_NOTES: readonly string[] = ['doubt.note', 'doubt.note.plain'];
const INTENT_NAME = 'doubt.intent.';

/** The doubt a draft's notes carry (doubtNotes above), so the decision can say it without its words. */
export function doubtIn(notes: readonly Text[] | undefined): Doubt | null {
  const note = notes?.find((n) => n.length > 0 && DOUBT_NOTES.includes(n[0]!.key));
  if (!note) return null;
  const maybe = note[0]!.params?.['maybe'];
  const key = maybe && typeof maybe === 'object' && 'text' in maybe ? maybe.text[0]?.key ?? '' : '';
  return { runnerUp: key.startsWith(INTENT_NAME) ? (key.slice(INTENT_NAME.length) as BuyerIntent) : null };
}

/** The step a wrong guess would make harmful. */
export type RiskyStep = 'cancel' | 'address' | 'delivery' | 'contact';

const STEP_RULES: Record<RiskyStep, RuleId[]> = {
  cancel: ['ORD-CANCEL-REQUEST'], address: ['ORD-ADDRESS'], delivery: [], contact: ['OFF-AMAZON'],
};

/**
 * "Read the message before you …": a confirm-facts advice in place of the risky step. It carries the reply deadline
 * (the buyer still waits) and no reply wording (a reply written on the guess could promise the wrong thing).
 */
export function confirmFirst(ctx: CaseContext, step: RiskyStep, intents: readonly BuyerIntent[], rules: readonly RuleId[] = []): Draft {
  const protectedLabel = step === 'delivery' && ctx.protection === 'protected';
  // A cancel or an address change is due before the order ships: the ship-by date bounds it.
  const shipBy = step === 'cancel' || step === 'address' ? shipByAhead(ctx) : null;
  return {
    action: 'confirm-facts', severity: 'warning',
    deadline: earliest(ctx.replyDeadline, shipBy),
    rules: [...STEP_RULES[step], ...rules, ...replyRules(ctx)],
    title: t(`doubt.title.${step}`),
    why: cat(t(`doubt.why.${step}`), replyBySentence(ctx)),
    doNot: [t(`doubt.doNot.${step}`), ...(protectedLabel ? [t('atoz.doNot.refund')] : [])],
    notes: [...doubtNotes(ctx, intents), ...(shipBy !== null && ctx.order.status === 'unshipped' ? [t('doubt.shipBy', { by: dayOf(ctx, shipBy) })] : []), ...replyNotes(ctx)],
    confirm: [],
    holdReplies: true,
  };
}
