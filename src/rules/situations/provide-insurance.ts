// AZ-SAFETY: a property damage / personal injury claim. Proof of liability insurance within 7 days of the notice,
// or Amazon may pay the buyer and recover the money from the seller.
import type { CaseContext, ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dateOnlyNote, dayOf, notesFor, respondByDateOnlyNote, spanOf, t, zoneNote } from './shared.ts';
import { cat, type Param } from '../text.ts';
import type { Draft, Situation } from './types.ts';

/**
 * The proof of coverage was due and did not come (as far as the page shows): Amazon may already have paid and
 * recovered the money. What is left: send it now, and dispute within the dispute window of the decision, which comes no
 * earlier than the missed deadline.
 */
function missed(ctx: CaseContext, deadline: number, dispute: Param): Draft {
  const disputeEnd = addWindow(deadline, POLICY['AZ-SAFETY'].values.disputeWithin, ctx.zone);
  const open = disputeEnd >= ctx.now;
  const due = dayOf(ctx, deadline), until = dayOf(ctx, disputeEnd);
  return {
    action: 'provide-insurance', severity: 'critical', deadline: open ? disputeEnd : null, missed: true, rules: ['AZ-SAFETY'],
    title: t('safety.missed.title', { due }),
    why: cat(t('safety.missed.why', { due, dispute }), (open ? t('safety.missed.why.until', { until })
        : t('safety.missed.why.check'))),
    doNot: [t('safety.doNot.fault'), t('safety.doNot.outside')],
    notes: [...notesFor(ctx, 'AZ-SAFETY'), ...zoneNote(ctx)],
  };
}

const openSafety = (x: ClaimView) => x.open && x.safety;

export const provideInsurance: Situation = {
  action: 'provide-insurance',
  cites: ['AZ-SAFETY'],
  when: (ctx) => ctx.claims.some(openSafety),
  advise: (ctx) => ctx.claims.filter(openSafety).map((x): Draft => {
    const computed = x.respondBy === null && x.filedAt !== null;
    const deadline = x.respondBy ?? (computed ? addWindow(x.filedAt!, POLICY['AZ-SAFETY'].values.respondWithin, ctx.zone) : null);
    const value = x.claim.amount ? x.claim.amount.value.toFixed(2) : '', currency = x.claim.amount?.currency ?? '';
    const by = deadline === null ? '' : dayOf(ctx, deadline), reason = x.claim.reason ?? '';
    const respond = spanOf(ctx, POLICY['AZ-SAFETY'].values.respondWithin), dispute = spanOf(ctx, POLICY['AZ-SAFETY'].values.disputeWithin);
    if (deadline !== null && deadline < ctx.now) return missed(ctx, deadline, dispute);
    return {
      action: 'provide-insurance', severity: 'critical', deadline, rules: ['AZ-SAFETY'],
      title: deadline !== null ? t('safety.title.by', { by }) : t('safety.title'),
      why: t('safety.why', { reason, value, currency, respond, by, dispute }),
      doNot: [t('safety.doNot.fault'), t('safety.doNot.outside'), t('safety.doNot.ignore')],
      notes: [
        ...notesFor(ctx, 'AZ-SAFETY'),
        ...(computed ? dateOnlyNote(ctx, x.filedAt!, 'notice') : []),
        ...(deadline === null ? [t('safety.note.noDate')] : []),
        ...(x.respondByDateOnly ? [respondByDateOnlyNote(ctx)] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
