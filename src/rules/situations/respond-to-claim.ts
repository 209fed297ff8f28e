// AZ-INFO-REQUEST: an open A-to-z claim (or chargeback) waits on the seller. Deadline: the respond-by date the claim
// page shows, else 48 hours after filing (sources differ: 48 or 72 hours; the earlier is used).
import type { CaseContext, ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dayTimeOf, notesFor, refundAfterClaimNote, respondByDateOnlyNote, t, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';

const NOT_RECEIVED = /not received|never arrived|nicht erhalten|non reçu|no recibido|non ricevut|未着|未收到|没有收到/iu;
const NOT_AS_DESCRIBED = /materially different|not as described|wesentlich|différent|diferente|diverso|異なる|不符/iu;
const RETURN_REFUND = /return|rücksendung|retour|devoluci|reso|返品|退货/iu;

const needsSeller = (x: ClaimView) => x.open && !x.safety && (x.state !== 'under-review' || x.respondBy !== null);

function what(ctx: CaseContext, x: ClaimView): string {
  const reason = x.claim.reason ?? '';
  if (NOT_RECEIVED.test(reason)) {
    if (ctx.protection === 'protected' && ctx.shippedOnTime === true) {
      return t(ctx, 'claim.what.protected', ' The label was Buy Shipping "Claims Protected" and shipped on time: say so and give the tracking; Amazon should fund this claim.');
    }
    return t(ctx, 'claim.what.notReceived', ' Give the carrier, the tracking ID and the proof of delivery (photo or signature).');
  }
  if (NOT_AS_DESCRIBED.test(reason)) return t(ctx, 'claim.what.notAsDescribed', ' Give the listing details and photos of what you shipped.');
  if (RETURN_REFUND.test(reason)) return t(ctx, 'claim.what.return', ' Show when the return arrived and when you refunded, or refund now if you have not.');
  return t(ctx, 'claim.what.other', ' Give the facts that answer the buyer\'s reason, with tracking and dates.');
}

export const respondToClaim: Situation = {
  action: 'respond-to-claim',
  cites: ['AZ-INFO-REQUEST', 'AZ-OUTCOMES', 'ODR-1PCT', 'BS-CLAIMS-PROTECTED'],
  when: (ctx) => ctx.claims.some(needsSeller),
  advise: (ctx) => ctx.claims.filter(needsSeller).map((x): Draft => {
    const chargeback = x.claim.claimType === 'chargeback';
    const computed = x.respondBy === null && x.filedAt !== null && !chargeback;
    const deadline = x.respondBy ?? (computed ? addWindow(x.filedAt!, POLICY['AZ-INFO-REQUEST'].values.respondWithin, ctx.zone) : null);
    const protectedCase = ctx.protection === 'protected' && ctx.shippedOnTime === true && NOT_RECEIVED.test(x.claim.reason ?? '');
    const amount = x.claim.amount ? `, ${x.claim.amount.value.toFixed(2)} ${x.claim.amount.currency}` : '';
    const name = chargeback ? 'chargeback' : 'A-to-z Guarantee claim';
    const kind = chargeback ? 'chargeback' : 'atoz';
    const by = deadline === null ? '' : dayTimeOf(ctx, deadline);
    const reason = x.claim.reason ?? '';
    return {
      action: 'respond-to-claim', severity: 'critical', deadline,
      rules: chargeback ? ['ODR-1PCT'] : ['AZ-INFO-REQUEST', 'AZ-OUTCOMES', 'ODR-1PCT', ...(protectedCase ? ['BS-CLAIMS-PROTECTED'] : [])],
      title: deadline !== null ? t(ctx, `claim.title.${kind}.by`, `Respond to Amazon on the ${name} by ${by}`, { by })
        : t(ctx, `claim.title.${kind}`, `Respond to Amazon on the ${name}`),
      why: t(ctx, `claim.filed.${kind}${reason ? '.reason' : ''}${amount ? '.amount' : ''}`, `The buyer filed a ${name}${x.claim.reason ? ` ("${x.claim.reason}"${amount})` : amount}. `,
        { reason, value: x.claim.amount ? x.claim.amount.value.toFixed(2) : '', currency: x.claim.amount?.currency ?? '' }) +
        t(ctx, `claim.answer.${kind}${deadline !== null ? '.by' : ''}`,
          (chargeback ? 'Answer the chargeback request under Performance > Chargeback Claims' : 'Open it under Performance > A-to-z Guarantee Claims and choose "Respond to Amazon"') +
          (deadline !== null ? ` before ${by}` : '') +
          ': without your answer Amazon decides on the buyer\'s word, and a claim that is not denied counts in your Order Defect Rate.', { by }) +
        (chargeback ? '' : what(ctx, x)),
      doNot: [
        t(ctx, 'claim.doNot.deadline', 'Do not let the deadline pass without answering.'),
        protectedCase
          ? t(ctx, 'claim.doNot.refundProtected', 'Do not refund: the label is Claims Protected, Amazon should pay this claim, and your refund would void that.')
          : t(ctx, 'claim.doNot.refund', 'Do not refund expecting the claim to leave your ODR: a refund after a claim is filed still counts.'),
      ],
      notes: [
        ...(computed ? notesFor(ctx, 'AZ-INFO-REQUEST') : []),
        ...(deadline === null ? [t(ctx, 'claim.note.noDeadline', 'The page did not show a respond-by date: open the claim to see its deadline.')] : []),
        ...(chargeback ? [] : [refundAfterClaimNote(ctx)]),
        ...(x.respondByDateOnly ? [respondByDateOnlyNote(ctx)] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
