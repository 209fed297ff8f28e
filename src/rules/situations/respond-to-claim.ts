// AZ-INFO-REQUEST: an open A-to-z claim (or chargeback) waits on the seller. Deadline: the respond-by date the claim
// page shows, else 48 hours after filing (sources differ: 48 or 72 hours; the earlier is used).
import type { CaseContext, ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dayOf, dayTimeOf, notesFor, spanOf, refundAfterClaimNote, respondByDateOnlyNote, t, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';

const NOT_RECEIVED = /not received|never arrived|nicht erhalten|non reçu|no recibido|non ricevut|未着|未收到|没有收到/iu;
const NOT_AS_DESCRIBED = /materially different|not as described|wesentlich|différent|diferente|diverso|異なる|不符/iu;
const RETURN_REFUND = /return|rücksendung|retour|devoluci|reso|返品|退货/iu;

/**
 * The response deadline passed while the claim still shows open. Amazon decides without the seller's answer (and
 * usually grants), so what is left is: reload, answer if it still asks, and appeal a grant charged to the seller
 * within the appeal window of the decision — which comes no earlier than the missed deadline, so the appeal stays open at
 * least until the missed deadline plus that window.
 */
function missed(ctx: CaseContext, x: ClaimView, deadline: number): Draft {
  const chargeback = x.claim.claimType === 'chargeback';
  const due = dayTimeOf(ctx, deadline);
  if (chargeback) {
    return {
      action: 'respond-to-claim', severity: 'critical', deadline: null, missed: true, rules: ['ODR-1PCT'],
      title: t(ctx, 'claim.missed.title.chargeback', `Missed: the chargeback response was due ${due}`, { due }),
      why: t(ctx, 'claim.missed.why.chargeback', `The deadline to answer the chargeback request passed on ${due}. What you can still do: open it under ` +
        'Performance > Chargeback Claims. If it still asks for your answer, send the order, tracking and delivery facts now; if it was decided ' +
        'against you, it counts in your Order Defect Rate and there is no appeal through A-to-z.', { due }),
      doNot: [t(ctx, 'claim.doNot.refund', 'Do not refund expecting the claim to leave your ODR: a refund after a claim is filed still counts.')],
      notes: zoneNote(ctx),
    };
  }
  const window = POLICY['AZ-APPEAL-30D'].values.appealWithin;
  const appealFrom = addWindow(deadline, window, ctx.zone);
  const open = appealFrom >= ctx.now;
  const appealBy = dayOf(ctx, appealFrom), span = spanOf(ctx, window);
  return {
    action: 'respond-to-claim', severity: 'critical', deadline: open ? appealFrom : null, missed: true,
    rules: ['AZ-INFO-REQUEST', 'AZ-APPEAL-30D', 'ODR-1PCT'],
    title: open ? t(ctx, 'claim.missed.title', `The deadline passed (${due}): answer now if the claim still asks, and appeal by ${appealBy} if it is granted against you`, { due, appealBy })
      : t(ctx, 'claim.missed.title.late', `The deadline passed (${due}): check the claim's decision and whether it can still be appealed`, { due }),
    why: t(ctx, 'claim.missed.why', `The deadline to answer the buyer's A-to-z claim passed on ${due}. Without your answer Amazon decides on the buyer's word, ` +
      'usually granting the claim and charging it to you. What you can still do: reload the claim under Performance > A-to-z Guarantee Claims. ' +
      'If it still asks for your answer, respond now with the facts.', { due }) + what(ctx, x) +
      (open ? t(ctx, 'claim.missed.why.appeal', ` If Amazon granted it and charged you, appeal within ${span} of the decision ("Appeal decision" under Option to Appeal): ` +
        `that is until ${appealBy} at the earliest, later if the decision came later.`, { span, appealBy })
        : t(ctx, 'claim.missed.why.appealLate', ` An appeal is possible only within ${span} of the decision: look up the decision date on the claim to see whether that time is still open.`, { span })),
    doNot: [
      t(ctx, 'claim.missed.doNot.ignore', 'Do not assume it is over: a granted claim charged to you can still be appealed.'),
      t(ctx, 'claim.doNot.refund', 'Do not refund expecting the claim to leave your ODR: a refund after a claim is filed still counts.'),
    ],
    notes: [...(x.respondByDateOnly ? [respondByDateOnlyNote(ctx)] : []), ...zoneNote(ctx)],
  };
}

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
  cites: ['AZ-INFO-REQUEST', 'AZ-OUTCOMES', 'ODR-1PCT', 'BS-CLAIMS-PROTECTED', 'AZ-APPEAL-30D'],
  when: (ctx) => ctx.claims.some(needsSeller),
  advise: (ctx) => ctx.claims.filter(needsSeller).map((x): Draft => {
    const chargeback = x.claim.claimType === 'chargeback';
    const computed = x.respondBy === null && x.filedAt !== null && !chargeback;
    const deadline = x.respondBy ?? (computed ? addWindow(x.filedAt!, POLICY['AZ-INFO-REQUEST'].values.respondWithin, ctx.zone) : null);
    if (deadline !== null && deadline < ctx.now) return missed(ctx, x, deadline);
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
