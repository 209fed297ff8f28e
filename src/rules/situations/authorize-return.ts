// RET-AUTHORIZE: a return request that was not authorized automatically waits on the seller: answer within 24 hours.
import type { ReturnView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { sellerPaysReturn } from '../return-reason.ts';
import { addWindow } from '../time.ts';
import { dateOnlyNote, dayOf, dayTimeOf, spanOf, t, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';

const pending = (r: ReturnView) => r.ret.status === 'pending-authorization';

export const authorizeReturn: Situation = {
  action: 'authorize-return',
  cites: ['RET-AUTHORIZE', 'AZ-CONTACT-48H', 'RET-SHIPPING-COST'],
  when: (ctx) => ctx.returns.some(pending),
  advise: (ctx) => ctx.returns.filter(pending).map((r): Draft => {
    const deadline = r.requestedAt === null ? null : addWindow(r.requestedAt, POLICY['RET-AUTHORIZE'].values.answerWithin, ctx.zone);
    const sellerPays = sellerPaysReturn(r.ret.reason);
    const by = deadline === null ? '' : dayTimeOf(ctx, deadline), requested = r.requestedAt === null ? '' : dayOf(ctx, r.requestedAt);
    const answer = spanOf(ctx, POLICY['RET-AUTHORIZE'].values.answerWithin), resolve = spanOf(ctx, POLICY['AZ-CONTACT-48H'].values.resolveWithin);
    const reason = r.ret.reason ?? '';
    return {
      action: 'authorize-return', severity: 'warning', deadline,
      rules: ['RET-AUTHORIZE', 'AZ-CONTACT-48H', ...(sellerPays ? ['RET-SHIPPING-COST'] : [])],
      title: deadline !== null ? t(ctx, 'authorize.title.by', `Answer the return request by ${by}`, { by }) : t(ctx, 'authorize.title', 'Answer the return request'),
      why: t(ctx, 'authorize.why', `The buyer asked to return the item${reason ? ` ("${reason}")` : ''}` +
        `${r.requestedAt !== null ? ` on ${requested}` : ''} and the request was not authorized automatically, ` +
        `so it waits for you. Authorize it, or close it with a reason, within ${answer}: ` +
        `a buyer whose return request is not resolved within ${resolve} may file an A-to-z claim.`, { reason, requested, answer, resolve }) +
        (sellerPays ? t(ctx, 'authorize.why.sellerPays', ' For this reason you pay the return shipping: authorize it with a prepaid label.') : ''),
      doNot: [t(ctx, 'authorize.doNot.unanswered', 'Do not leave the request unanswered.'), t(ctx, 'authorize.doNot.outside', 'Do not ask the buyer to send the item back outside Amazon\'s return process.')],
      notes: [
        ...(r.requestedAt === null ? [t(ctx, 'authorize.note.noDate', 'The page did not show when the request was made: answer it today.')] : dateOnlyNote(ctx, r.requestedAt, 'of the request')),
        ...zoneNote(ctx),
      ],
    };
  }),
};
