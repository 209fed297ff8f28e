// RET-AUTHORIZE: a return request that was not authorized automatically waits on the seller: answer within 24 hours.
import type { ReturnView } from '../context.ts';
import { POLICY } from '../policy.ts';
import { sellerPaysReturn } from '../return-reason.ts';
import { addWindow } from '../time.ts';
import { dateOnlyNote, dayOf, dayTimeOf, zoneNote } from './shared.ts';
import type { Draft, Situation } from './types.ts';
import { span } from '../words.ts';

const pending = (r: ReturnView) => r.ret.status === 'pending-authorization';

export const authorizeReturn: Situation = {
  action: 'authorize-return',
  cites: ['RET-AUTHORIZE', 'AZ-CONTACT-48H', 'RET-SHIPPING-COST'],
  when: (ctx) => ctx.returns.some(pending),
  advise: (ctx) => ctx.returns.filter(pending).map((r): Draft => {
    const deadline = r.requestedAt === null ? null : addWindow(r.requestedAt, POLICY['RET-AUTHORIZE'].values.answerWithin, ctx.zone);
    const sellerPays = sellerPaysReturn(r.ret.reason);
    return {
      action: 'authorize-return', severity: 'warning', deadline,
      rules: ['RET-AUTHORIZE', 'AZ-CONTACT-48H', ...(sellerPays ? ['RET-SHIPPING-COST'] : [])],
      title: deadline !== null ? `Answer the return request by ${dayTimeOf(ctx, deadline)}` : 'Answer the return request',
      why: `The buyer asked to return the item${r.ret.reason ? ` ("${r.ret.reason}")` : ''}` +
        `${r.requestedAt !== null ? ` on ${dayOf(ctx, r.requestedAt)}` : ''} and the request was not authorized automatically, ` +
        `so it waits for you. Authorize it, or close it with a reason, within ${span(POLICY['RET-AUTHORIZE'].values.answerWithin)}: ` +
        `a buyer whose return request is not resolved within ${span(POLICY['AZ-CONTACT-48H'].values.resolveWithin)} may file an A-to-z claim.` +
        (sellerPays ? ' For this reason you pay the return shipping: authorize it with a prepaid label.' : ''),
      doNot: ['Do not leave the request unanswered.', 'Do not ask the buyer to send the item back outside Amazon\'s return process.'],
      notes: [
        ...(r.requestedAt === null ? ['The page did not show when the request was made: answer it today.'] : dateOnlyNote(ctx, r.requestedAt, 'of the request')),
        ...zoneNote(ctx),
      ],
    };
  }),
};
