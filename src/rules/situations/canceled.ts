// A canceled order needs nothing: it must not be shipped, and no other advice applies to it.
import type { Situation } from './types.ts';

export const canceled: Situation = {
  action: 'no-action',
  cites: ['ORD-UNSHIPPED'],
  when: (ctx) => ctx.order.status === 'canceled',
  advise: (ctx) => ({
    action: 'no-action', severity: 'info', deadline: null, rules: ['ORD-UNSHIPPED'],
    title: 'Nothing to do: the order is canceled',
    why: 'Amazon shows this order as canceled. Do not ship it; nothing else is due.',
    doNot: ['Do not ship a canceled order.'],
    notes: ctx.claims.some((x) => x.open)
      ? ['A claim on this order is still shown as open: check it under Performance > A-to-z Guarantee Claims.']
      : [],
  }),
};
