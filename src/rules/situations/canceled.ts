// A canceled order needs nothing: it must not be shipped, and no other advice applies to it.
import { t } from './shared.ts';
import type { Situation } from './types.ts';

export const canceled: Situation = {
  action: 'no-action',
  cites: ['ORD-UNSHIPPED'],
  when: (ctx) => ctx.order.status === 'canceled',
  advise: (ctx) => ({
    action: 'no-action', severity: 'info', deadline: null, rules: ['ORD-UNSHIPPED'],
    title: t('canceled.title'),
    why: t('canceled.why'),
    doNot: [t('canceled.doNot')],
    notes: ctx.claims.some((x) => x.open)
      ? [t('canceled.note.claim')]
      : [],
  }),
};
