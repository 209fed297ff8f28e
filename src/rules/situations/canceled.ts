// A canceled order needs nothing: it must not be shipped, and no other advice applies to it.
import { t } from './shared.ts';
import type { Situation } from './types.ts';

export const canceled: Situation = {
  action: 'no-action',
  cites: ['ORD-UNSHIPPED'],
  when: (ctx) => ctx.order.status === 'canceled',
  advise: (ctx) => ({
    action: 'no-action', severity: 'info', deadline: null, rules: ['ORD-UNSHIPPED'],
    title: t(ctx, 'canceled.title', 'Nothing to do: the order is canceled'),
    why: t(ctx, 'canceled.why', 'Amazon shows this order as canceled. Do not ship it; nothing else is due.'),
    doNot: [t(ctx, 'canceled.doNot', 'Do not ship a canceled order.')],
    notes: ctx.claims.some((x) => x.open)
      ? [t(ctx, 'canceled.note.claim', 'A claim on this order is still shown as open: check it under Performance > A-to-z Guarantee Claims.')]
      : [],
  }),
};
