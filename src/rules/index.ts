// facts + now (+ settings) -> Advice[], most urgent first.
import type { Advice, OrderCase, SellerSettings } from '../model.ts';
import { DEFAULT_SETTINGS } from '../model.ts';

export function advise(cases: OrderCase[], now: Date, settings: SellerSettings = DEFAULT_SETTINGS): Advice[] {
  void now; void settings;
  const advice: Advice[] = [];
  for (const c of cases) {
    if (c.order.status === 'pending') {
      advice.push({
        orderId: c.orderId, action: 'dont-ship-pending', severity: 'warning', deadline: null, rules: ['ORD-PENDING'],
        title: 'Do not ship: the order is Pending', why: 'Amazon has not confirmed the payment yet.',
        doNot: ['Do not buy a label or ship'], reply: null,
      });
    }
  }
  return advice;
}
