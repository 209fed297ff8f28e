// AZ-APPEAL-30D: a claim granted and debited to the seller can be appealed within 30 calendar days of the decision,
// and only makes sense with grounds. Safety claims: dispute within 30 days (AZ-SAFETY).
import type { CaseContext, ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { addWindow, endOfLocalDay, isLocalMidnight } from '../time.ts';
import { dayOf, notesFor, spanOf, t } from './shared.ts';
import { type Text, cat, textParam } from '../text.ts';
import type { Draft, Situation } from './types.ts';

/** Granted and charged to the seller, with no appeal made yet: the claim an appeal (or its closed window) is about. */
export const sellerFunded = (x: ClaimView) => x.state === 'granted' && x.fundedBy === 'seller' && !x.appealed;

/** When the decision came, or, when the page does not show it, the earliest it can have come: a claim is decided after
 * it is filed, so the window runs at least from the filing (the seller confirms the decision date for its exact end). */
const decidedFrom = (x: ClaimView): number | null => x.decidedAt ?? x.filedAt;

/** The appeal's deadline: the window after the decision, counted from the start of its day when the page printed the
 * date only (the earliest it can be, as every date-only deadline). */
export function appealEnd(ctx: CaseContext, x: ClaimView): number {
  return addWindow(decidedFrom(x)!, POLICY['AZ-APPEAL-30D'].values.appealWithin, ctx.zone);
}

/** Until when the appeal may still be open: a decision printed as a date only may have come at any hour of its day,
 * so its window is never called closed before the end of its last day (the advice then says it may close any time). */
export function appealMayBeOpenUntil(ctx: CaseContext, x: ClaimView): number {
  const end = appealEnd(ctx, x);
  return isLocalMidnight(decidedFrom(x)!, ctx.zone) ? endOfLocalDay(end, ctx.zone) : end;
}

// Without the decision date the window is known to be open only until its earliest end (from the filing); after that it
// may or may not be, and the seller is asked for the date (context.ts), never told it closed.
const appealable = (ctx: CaseContext) => (x: ClaimView) => sellerFunded(x) && decidedFrom(x) !== null && ctx.now <= appealMayBeOpenUntil(ctx, x);

function grounds(ctx: CaseContext): Text {
  if (ctx.protection === 'protected' && ctx.shippedOnTime === true) {
    return t('appeal.grounds.strong');
  }
  const badge = ctx.protection === 'unknown'
    ? t('appeal.grounds.badge')
    : '';
  return cat(t('appeal.grounds'), badge);
}

export const appealClaim: Situation = {
  action: 'appeal-claim',
  cites: ['AZ-APPEAL-30D', 'ODR-1PCT', 'AZ-SAFETY', 'BS-CLAIMS-PROTECTED'],
  when: (ctx) => ctx.claims.some(appealable(ctx)),
  advise: (ctx) => ctx.claims.filter(appealable(ctx)).map((x): Draft => {
    const end = appealEnd(ctx, x);
    const strong = ctx.protection === 'protected' && ctx.shippedOnTime === true;
    const undated = x.decidedAt === null;
    const until = dayOf(ctx, end), decided = dayOf(ctx, decidedFrom(x)!), window = spanOf(ctx, POLICY['AZ-APPEAL-30D'].values.appealWithin);
    const reason = x.claim.reason ?? '';
    const why = undated ? t('appeal.why.undated', { reason, filed: decided, until, window })
      : reason ? t('appeal.why.reason', { reason, decided, until, window }) : t('appeal.why', { reason, decided, until, window });
    return {
      action: 'appeal-claim', severity: 'warning', deadline: end,
      // Past the earliest end of a date-only window but maybe still open: the title is not "overdue", the note says why.
      ...(ctx.now > end ? { missed: true } : {}),
      rules: ['AZ-APPEAL-30D', 'ODR-1PCT', ...(x.safety ? ['AZ-SAFETY'] : []), ...(strong ? ['BS-CLAIMS-PROTECTED'] : [])],
      title: t('appeal.title', { until }),
      why: cat(why, grounds(ctx)),
      doNot: [t('appeal.doNot.facts'), t('appeal.doNot.money')],
      // A decision printed as a date only: the window runs to that hour of its last day, which the page does not show.
      notes: [...notesFor(ctx, 'AZ-APPEAL-30D'),
        ...(isLocalMidnight(decidedFrom(x)!, ctx.zone) ? [t('dateOnly.lastDay', { what: textParam(t(undated ? 'dateOnly.filing' : 'dateOnly.decision')), until })] : [])],
    };
  }),
};
