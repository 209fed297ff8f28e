// AZ-SAFETY: a property damage / personal injury claim. Proof of liability insurance within 7 days of the notice,
// or Amazon may pay the buyer and recover the money from the seller.
import type { CaseContext, ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dateOnlyNote, dayOf, notesFor, respondByDateOnlyNote, spanOf, t, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';

/**
 * The proof of coverage was due and did not come (as far as the page shows): Amazon may already have paid and
 * recovered the money. What is left: send it now, and dispute within the dispute window of the decision, which comes no
 * earlier than the missed deadline.
 */
function missed(ctx: CaseContext, deadline: number, dispute: string): Draft {
  const disputeEnd = addWindow(deadline, POLICY['AZ-SAFETY'].values.disputeWithin, ctx.zone);
  const open = disputeEnd >= ctx.now;
  const due = dayOf(ctx, deadline), until = dayOf(ctx, disputeEnd);
  return {
    action: 'provide-insurance', severity: 'critical', deadline: open ? disputeEnd : null, missed: true, rules: ['AZ-SAFETY'],
    title: t(ctx, 'safety.missed.title', `Missed: the insurance details were due ${due} — send them now`, { due }),
    why: t(ctx, 'safety.missed.why', `Proof of liability insurance for this property damage or personal injury claim was due by ${due}. Amazon may already ` +
      'have paid the buyer and recovered the money from you. What you can still do: send your insurer, policy number and evidence now under ' +
      'A-to-z Guarantee Claims, and if Amazon decided against you, dispute the decision within ' +
      `${dispute} of it.`, { due, dispute }) +
      (open ? t(ctx, 'safety.missed.why.until', ` That is until ${until} at the earliest.`, { until })
        : t(ctx, 'safety.missed.why.check', ' Look up the decision date on the claim to see whether that time is still open.')),
    doNot: [t(ctx, 'safety.doNot.fault', 'Do not admit fault or promise the buyer money yourself.'), t(ctx, 'safety.doNot.outside', 'Do not contact the buyer outside Amazon.')],
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
    const amount = x.claim.amount ? `, ${x.claim.amount.value.toFixed(2)} ${x.claim.amount.currency}` : '';
    const by = deadline === null ? '' : dayOf(ctx, deadline), reason = x.claim.reason ?? '';
    const respond = spanOf(ctx, POLICY['AZ-SAFETY'].values.respondWithin), dispute = spanOf(ctx, POLICY['AZ-SAFETY'].values.disputeWithin);
    if (deadline !== null && deadline < ctx.now) return missed(ctx, deadline, dispute);
    return {
      action: 'provide-insurance', severity: 'critical', deadline, rules: ['AZ-SAFETY'],
      title: deadline !== null ? t(ctx, 'safety.title.by', `Send your liability insurance details by ${by}`, { by }) : t(ctx, 'safety.title', 'Send your liability insurance details'),
      why: t(ctx, `safety.why${reason ? '.reason' : ''}${amount ? '.amount' : ''}${by ? '.by' : ''}`,
        `The buyer filed a property damage or personal injury claim${x.claim.reason ? ` ("${x.claim.reason}"${amount})` : amount}. ` +
        'Respond under A-to-z Guarantee Claims with your liability insurer, policy number and your evidence within ' +
        `${respond} of the notice${deadline !== null ? ` (by ${by})` : ''}. Without proof of coverage Amazon may pay the ` +
        `buyer and recover the money from you. You can dispute the decision within ${dispute}.`,
        { reason, value: x.claim.amount ? x.claim.amount.value.toFixed(2) : '', currency: x.claim.amount?.currency ?? '', respond, by, dispute }),
      doNot: [t(ctx, 'safety.doNot.fault', 'Do not admit fault or promise the buyer money yourself.'), t(ctx, 'safety.doNot.outside', 'Do not contact the buyer outside Amazon.'), t(ctx, 'safety.doNot.ignore', 'Do not ignore the notice.')],
      notes: [
        ...notesFor(ctx, 'AZ-SAFETY'),
        ...(computed ? dateOnlyNote(ctx, x.filedAt!, 'of the notice') : []),
        ...(deadline === null ? [t(ctx, 'safety.note.noDate', 'The page did not show the notice date: open the claim to see its deadline.')] : []),
        ...(x.respondByDateOnly ? [respondByDateOnlyNote(ctx)] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
