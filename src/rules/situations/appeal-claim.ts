// AZ-APPEAL-30D: a claim granted and debited to the seller can be appealed within 30 calendar days of the decision,
// and only makes sense with grounds. Safety claims: dispute within 30 days (AZ-SAFETY).
import type { CaseContext, ClaimView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { addWindow } from '../time.ts';
import { dateOnlyNote, dayOf, notesFor, spanOf, t } from './shared.ts';
import type { Draft, Situation } from './types.ts';

export const sellerFunded = (x: ClaimView) => x.state === 'granted' && x.fundedBy === 'seller';

export function appealEnd(ctx: CaseContext, x: ClaimView): number {
  return addWindow(x.decidedAt!, POLICY['AZ-APPEAL-30D'].values.appealWithin, ctx.zone);
}

const appealable = (ctx: CaseContext) => (x: ClaimView) => sellerFunded(x) && x.decidedAt !== null && ctx.now <= appealEnd(ctx, x);

function grounds(ctx: CaseContext): string {
  if (ctx.protection === 'protected' && ctx.shippedOnTime === true) {
    return t(ctx, 'appeal.grounds.strong', 'You have strong grounds: the label was Buy Shipping "Claims Protected" and shipped on time, so Amazon should have funded the claim.');
  }
  const badge = ctx.protection === 'unknown'
    ? t(ctx, 'appeal.grounds.badge', ' Check the Buy Shipping badge next to the shipping service in the package box of the order page: if it says "Claims Protected" and the package shipped on time, Amazon should have funded the claim.')
    : '';
  return t(ctx, 'appeal.grounds', 'Appeal only with grounds, for example valid tracking that shows delivery to the buyer\'s address, a buyer who ' +
    'never contacted you first, or a refund you had already given.') + badge;
}

export const appealClaim: Situation = {
  action: 'appeal-claim',
  cites: ['AZ-APPEAL-30D', 'ODR-1PCT', 'AZ-SAFETY', 'BS-CLAIMS-PROTECTED'],
  when: (ctx) => ctx.claims.some(appealable(ctx)),
  advise: (ctx) => ctx.claims.filter(appealable(ctx)).map((x): Draft => {
    const end = appealEnd(ctx, x);
    const strong = ctx.protection === 'protected' && ctx.shippedOnTime === true;
    const until = dayOf(ctx, end), decided = dayOf(ctx, x.decidedAt!), window = spanOf(ctx, POLICY['AZ-APPEAL-30D'].values.appealWithin);
    const reason = x.claim.reason ?? '';
    return {
      action: 'appeal-claim', severity: 'warning', deadline: end,
      rules: ['AZ-APPEAL-30D', 'ODR-1PCT', ...(x.safety ? ['AZ-SAFETY'] : []), ...(strong ? ['BS-CLAIMS-PROTECTED'] : [])],
      title: t(ctx, 'appeal.title', `Appeal the granted claim by ${until} if you have grounds`, { until }),
      why: t(ctx, reason ? 'appeal.why.reason' : 'appeal.why', `Amazon granted the buyer's claim${reason ? ` ("${reason}")` : ''} on ${decided} ` +
        'and charged it to you; it counts in your Order Defect Rate. You can appeal until ' +
        `${until} (${window} after the decision) with "Appeal decision" under A-to-z Guarantee Claims > Option to Appeal. `, { reason, decided, until, window }) +
        grounds(ctx),
      doNot: [t(ctx, 'appeal.doNot.facts', 'Do not appeal without facts the first decision did not have.'), t(ctx, 'appeal.doNot.money', 'Do not ask the buyer to withdraw or change anything in exchange for money.')],
      notes: [...notesFor(ctx, 'AZ-APPEAL-30D'), ...dateOnlyNote(ctx, x.decidedAt!, 'of the decision')],
    };
  }),
};
