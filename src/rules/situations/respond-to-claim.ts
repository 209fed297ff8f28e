// AZ-INFO-REQUEST: an open A-to-z claim (or chargeback) waits on the seller. Deadline: the respond-by date the claim
// page shows, else 48 hours after filing (sources differ: 48 or 72 hours; the earlier is used).
import type { CaseContext, ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dayOf, dayTimeOf, notesFor, spanOf, refundAfterClaimNote, respondByDateOnlyNote, t, zoneNote } from './shared.ts';
import { type Text, cat } from '../text.ts';
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
      title: t('claim.missed.title.chargeback', { due }),
      why: t('claim.missed.why.chargeback', { due }),
      doNot: [t('claim.doNot.refund')],
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
    title: open ? t('claim.missed.title', { due, appealBy })
      : t('claim.missed.title.late', { due }),
    why: cat(t('claim.missed.why', { due }), what(ctx, x), (open ? t('claim.missed.why.appeal', { span, appealBy })
        : t('claim.missed.why.appealLate', { span }))),
    doNot: [
      t('claim.missed.doNot.ignore'),
      t('claim.doNot.refund'),
    ],
    notes: [...(x.respondByDateOnly ? [respondByDateOnlyNote(ctx)] : []), ...zoneNote(ctx)],
  };
}

const needsSeller = (x: ClaimView) => x.open && !x.safety && (x.state !== 'under-review' || x.respondBy !== null);

function what(ctx: CaseContext, x: ClaimView): Text {
  const reason = x.claim.reason ?? '';
  if (NOT_RECEIVED.test(reason)) {
    if (ctx.protection === 'protected' && ctx.shippedOnTime === true) {
      return t('claim.what.protected');
    }
    return t('claim.what.notReceived');
  }
  if (NOT_AS_DESCRIBED.test(reason)) return t('claim.what.notAsDescribed');
  if (RETURN_REFUND.test(reason)) return t('claim.what.return');
  return t('claim.what.other');
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
    const value = x.claim.amount ? x.claim.amount.value.toFixed(2) : '', currency = x.claim.amount?.currency ?? '';
    const by = deadline === null ? '' : dayTimeOf(ctx, deadline);
    const reason = x.claim.reason ?? '';
    return {
      action: 'respond-to-claim', severity: 'critical', deadline,
      rules: chargeback ? ['ODR-1PCT'] : ['AZ-INFO-REQUEST', 'AZ-OUTCOMES', 'ODR-1PCT', ...(protectedCase ? ['BS-CLAIMS-PROTECTED'] : [])],
      title: chargeback
        ? (deadline !== null ? t('claim.title.chargeback.by', { by }) : t('claim.title.chargeback'))
        : (deadline !== null ? t('claim.title.atoz.by', { by }) : t('claim.title.atoz')),
      why: cat((chargeback
        ? t('claim.filed.chargeback', { reason, value, currency })
        : t('claim.filed.atoz', { reason, value, currency })), (chargeback
          ? t('claim.answer.chargeback', { by })
          : t('claim.answer.atoz', { by })), (chargeback ? '' : what(ctx, x))),
      doNot: [
        t('claim.doNot.deadline'),
        protectedCase
          ? t('claim.doNot.refundProtected')
          : t('claim.doNot.refund'),
      ],
      notes: [
        ...(computed ? notesFor(ctx, 'AZ-INFO-REQUEST') : []),
        ...(deadline === null ? [t('claim.note.noDeadline')] : []),
        ...(chargeback ? [] : [refundAfterClaimNote(ctx)]),
        ...(x.respondByDateOnly ? [respondByDateOnlyNote(ctx)] : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
