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
import { cat, type Param, type Text } from '../text.ts';
import type { Draft, Situation } from './types.ts';

const pending = (r: ReturnView) => r.ret.status === 'pending-authorization';

function title(ctx: CaseContext, r: ReturnView, deadline: number | null, by: Param): Text {
  const late = deadline !== null && deadline < ctx.now;
  if (r.outsideWindowEnded !== null) {
    const ended = dayOf(ctx, r.outsideWindowEnded);
    return late ? t('authorize.outside.title.missed', { by, ended })
      : t('authorize.outside.title', { by, ended });
  }
  if (late) return t('authorize.title.missed', { by });
  return deadline !== null ? t('authorize.title.by', { by }) : t('authorize.title');
}

function outsideWhy(ctx: CaseContext, r: ReturnView, sellerPays: boolean): Text {
  const ended = dayOf(ctx, r.outsideWindowEnded!), window = spanOf(ctx, POLICY['RET-WINDOW-30D'].values.fromDelivery);
  const fileEnd = ctx.atozFileEnd !== null && ctx.atozFileEnd >= ctx.now ? dayOf(ctx, ctx.atozFileEnd) : '';
  return cat(t('authorize.outside.why', { ended, window }), (sellerPays ? (fileEnd ? t('authorize.outside.why.claim.until', { until: fileEnd }) : t('authorize.outside.why.claim', { until: fileEnd })) : ''));
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
      why: cat(t('authorize.why', { reason, requested, answer, resolve }), (outside ? outsideWhy(ctx, r, sellerPays) : ''), (late ? t('authorize.why.missed', { by }) : ''), (sellerPays ? t('authorize.why.sellerPays') : ''), (label ? t('authorize.why.aprl') : '')),
      doNot: [
        t('authorize.doNot.unanswered'),
        t('authorize.doNot.outside'),
        ...(outside ? [t('authorize.outside.doNot.promise')] : []),
      ],
      notes: [
        ...(r.requestedAt === null ? [t('authorize.note.noDate')] : dateOnlyNote(ctx, r.requestedAt, 'request')),
        ...(outside ? [t('policy.RET-WINDOW-30D')] : []),
        ...(r.requestedAt !== null ? startNote(ctx, 'US-APRL-ALL', r.requestedAt, t('version.event.returnRequested')) : []),
        ...(label ? sourcesNote(ctx, 'US-APRL-ALL') : []),
        ...zoneNote(ctx),
      ],
    };
  }),
};
