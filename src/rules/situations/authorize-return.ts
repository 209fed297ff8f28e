// RET-AUTHORIZE: a return request that was not authorized automatically waits on the seller: answer within 24 hours.
// A request made after the return window (RET-WINDOW-30D) is the seller's choice: authorize it anyway or close it
// with the reason; the advice never decides it for them. US-APRL-ALL (US, requests from 2026-02-08): every
// seller-fulfilled return needs an Amazon prepaid return label, whatever the item's value.
import type { CaseContext, ReturnView } from '../context.ts';
import { sourcesNote, startNote } from '../dated-advice.ts';
import { POLICY } from '../policy.ts';
import { ruleInForce } from '../policy-time.ts';
import { sellerPaysReturn } from '../return-reason.ts';
import { addWindow } from '../time.ts';
import { dateOnlyNote, dayOf, dayTimeOf, spanOf, t, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';

const pending = (r: ReturnView) => r.ret.status === 'pending-authorization';

function title(ctx: CaseContext, r: ReturnView, deadline: number | null, by: string): string {
  const late = deadline !== null && deadline < ctx.now;
  if (r.outsideWindowEnded !== null) {
    const ended = dayOf(ctx, r.outsideWindowEnded);
    return late ? t(ctx, 'authorize.outside.title.missed', `Missed: the answer was due ${by} — return asked after the window (ended ${ended}): authorize anyway or decline now`, { by, ended })
      : t(ctx, 'authorize.outside.title', `Return asked after the window (ended ${ended}): authorize anyway or decline, by ${by}`, { by, ended });
  }
  if (late) return t(ctx, 'authorize.title.missed', `Missed: the answer was due ${by} — answer the return request now`, { by });
  return deadline !== null ? t(ctx, 'authorize.title.by', `Answer the return request by ${by}`, { by }) : t(ctx, 'authorize.title', 'Answer the return request');
}

function outsideWhy(ctx: CaseContext, r: ReturnView, sellerPays: boolean): string {
  const ended = dayOf(ctx, r.outsideWindowEnded!), window = spanOf(ctx, POLICY['RET-WINDOW-30D'].values.fromDelivery);
  const fileEnd = ctx.atozFileEnd !== null && ctx.atozFileEnd >= ctx.now ? dayOf(ctx, ctx.atozFileEnd) : '';
  return t(ctx, 'authorize.outside.why', ` The request came after the return window ended on ${ended} (${window} after delivery, RET-WINDOW-30D), ` +
    'so you choose: decline it with the reason "outside the return window", or authorize it anyway as a goodwill return.', { ended, window }) +
    (sellerPays ? t(ctx, fileEnd ? 'authorize.outside.why.claim.until' : 'authorize.outside.why.claim',
      ' The buyer says the item is damaged, defective or wrong: they can still file an A-to-z claim' +
      `${fileEnd ? ` until ${fileEnd}` : ''}, which you would pay and which counts in your Order Defect Rate, so authorizing may cost you less.`, { until: fileEnd }) : '');
}

export const authorizeReturn: Situation = {
  action: 'authorize-return',
  cites: ['RET-AUTHORIZE', 'AZ-CONTACT-48H', 'RET-SHIPPING-COST', 'RET-WINDOW-30D', 'AZ-FILE-WINDOW', 'US-APRL-ALL'],
  when: (ctx) => ctx.returns.some(pending),
  advise: (ctx) => ctx.returns.filter(pending).map((r): Draft => {
    const deadline = r.requestedAt === null ? null : addWindow(r.requestedAt, POLICY['RET-AUTHORIZE'].values.answerWithin, ctx.zone);
    const sellerPays = sellerPaysReturn(r.ret.reason);
    const outside = r.outsideWindowEnded !== null;
    const by = deadline === null ? '' : dayTimeOf(ctx, deadline), requested = r.requestedAt === null ? '' : dayOf(ctx, r.requestedAt);
    const answer = spanOf(ctx, POLICY['RET-AUTHORIZE'].values.answerWithin), resolve = spanOf(ctx, POLICY['AZ-CONTACT-48H'].values.resolveWithin);
    const reason = r.ret.reason ?? '';
    const late = deadline !== null && deadline < ctx.now;
    const label = ruleInForce('US-APRL-ALL', ctx.marketplace, r.requestedAt ?? ctx.now);
    return {
      action: 'authorize-return', severity: 'warning', deadline, missed: late,
      rules: ['RET-AUTHORIZE', 'AZ-CONTACT-48H', ...(outside ? ['RET-WINDOW-30D'] : []), ...(outside && sellerPays && ctx.atozFileEnd !== null ? ['AZ-FILE-WINDOW'] : []),
        ...(sellerPays ? ['RET-SHIPPING-COST'] : []), ...(label ? ['US-APRL-ALL'] : [])],
      title: title(ctx, r, deadline, by),
      why: t(ctx, 'authorize.why', `The buyer asked to return the item${reason ? ` ("${reason}")` : ''}` +
        `${r.requestedAt !== null ? ` on ${requested}` : ''} and the request was not authorized automatically, ` +
        `so it waits for you. Authorize it, or close it with a reason, within ${answer}: ` +
        `a buyer whose return request is not resolved within ${resolve} may file an A-to-z claim.`, { reason, requested, answer, resolve }) +
        (outside ? outsideWhy(ctx, r, sellerPays) : '') +
        (late ? t(ctx, 'authorize.why.missed', ` That time passed on ${by}: answer it now.`, { by }) : '') +
        (sellerPays ? t(ctx, 'authorize.why.sellerPays', ' For this reason you pay the return shipping: authorize it with a prepaid label.') : '') +
        (label ? t(ctx, 'authorize.why.aprl', ' In the US every seller-fulfilled return needs an Amazon prepaid return label, whatever the item\'s value ' +
          '(category exemptions stay): authorize it with Amazon\'s prepaid label, not a label of your own.') : ''),
      doNot: [
        t(ctx, 'authorize.doNot.unanswered', 'Do not leave the request unanswered.'),
        t(ctx, 'authorize.doNot.outside', 'Do not ask the buyer to send the item back outside Amazon\'s return process.'),
        ...(outside ? [t(ctx, 'authorize.outside.doNot.promise', 'Do not tell the buyer the return is authorized before you have chosen to authorize it.')] : []),
      ],
      notes: [
        ...(r.requestedAt === null ? [t(ctx, 'authorize.note.noDate', 'The page did not show when the request was made: answer it today.')] : dateOnlyNote(ctx, r.requestedAt, 'of the request')),
        ...(outside ? [t(ctx, 'policy.RET-WINDOW-30D', `RET-WINDOW-30D: ${POLICY['RET-WINDOW-30D'].note}`)] : []),
        ...(r.requestedAt !== null ? startNote(ctx, 'US-APRL-ALL', r.requestedAt, t(ctx, 'version.event.returnRequested', 'The return was requested')) : []),
        ...(label ? sourcesNote(ctx, 'US-APRL-ALL') : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
