// AZ-SAFETY: a property damage / personal injury claim. Proof of liability insurance within 7 days of the notice,
// or Amazon may pay the buyer and recover the money from the seller.
import type { ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dateOnlyNote, dayOf, notesFor, RESPOND_BY_DATE_ONLY_NOTE, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';
import { span } from '../words.ts';

const openSafety = (x: ClaimView) => x.open && x.safety;

export const provideInsurance: Situation = {
  action: 'provide-insurance',
  cites: ['AZ-SAFETY'],
  when: (ctx) => ctx.claims.some(openSafety),
  advise: (ctx) => ctx.claims.filter(openSafety).map((x): Draft => {
    const computed = x.respondBy === null && x.filedAt !== null;
    const deadline = x.respondBy ?? (computed ? addWindow(x.filedAt!, POLICY['AZ-SAFETY'].values.respondWithin, ctx.zone) : null);
    const amount = x.claim.amount ? `, ${x.claim.amount.value.toFixed(2)} ${x.claim.amount.currency}` : '';
    return {
      action: 'provide-insurance', severity: 'critical', deadline, rules: ['AZ-SAFETY'],
      title: deadline !== null ? `Send your liability insurance details by ${dayOf(ctx, deadline)}` : 'Send your liability insurance details',
      why: `The buyer filed a property damage or personal injury claim${x.claim.reason ? ` ("${x.claim.reason}"${amount})` : amount}. ` +
        'Respond under A-to-z Guarantee Claims with your liability insurer, policy number and your evidence within ' +
        `${span(POLICY['AZ-SAFETY'].values.respondWithin)} of the notice${deadline !== null ? ` (by ${dayOf(ctx, deadline)})` : ''}. Without proof of coverage Amazon may pay the ` +
        `buyer and recover the money from you. You can dispute the decision within ${span(POLICY['AZ-SAFETY'].values.disputeWithin)}.`,
      doNot: ['Do not admit fault or promise the buyer money yourself.', 'Do not contact the buyer outside Amazon.', 'Do not ignore the notice.'],
      notes: [
        ...notesFor('AZ-SAFETY'),
        ...(computed ? dateOnlyNote(ctx, x.filedAt!, 'of the notice') : []),
        ...(deadline === null ? ['The page did not show the notice date: open the claim to see its deadline.'] : []),
        ...(x.respondByDateOnly ? [RESPOND_BY_DATE_ONLY_NOTE] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
