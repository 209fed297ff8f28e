// Order status from a `.main-status` element: its class first (language independent), then the word it shows.
import type { OrderStatus } from '../model.ts';
import { collapse, inNoise } from './dom.ts';
import { orderStatusFromWord } from './labels.ts';

const STATUS_CLASSES: Record<string, OrderStatus> = {
  'pending-status': 'pending', 'unshipped-status': 'unshipped', 'shipped-status': 'shipped',
  'delivered-status': 'delivered', 'canceled-status': 'canceled', 'cancelled-status': 'canceled',
};

export function orderStatusOf(el: Element | null | undefined): OrderStatus | null {
  if (!el) return null;
  for (const c of el.classList) {
    const s = STATUS_CLASSES[c];
    if (s) return s;
  }
  return orderStatusFromWord(collapse(el.textContent));
}

/**
 * One status for an order from its line items: all agree -> that status; canceled items aside, any item still
 * unshipped or pending means the order still needs shipping, which is the status the advice must act on.
 */
export function combineStatuses(statuses: (OrderStatus | null)[]): OrderStatus | null {
  const known = statuses.filter((s): s is OrderStatus => s !== null);
  if (known.length === 0) return null;
  const live = known.filter((s) => s !== 'canceled');
  if (live.length === 0) return 'canceled';
  for (const s of ['pending', 'unshipped', 'shipped', 'delivered'] as const) if (live.includes(s)) return s;
  return null;
}

/**
 * The one status word `scope` shows on its own (a pill, a line, a table cell), page furniture aside; unknown when it
 * shows none, or two different ones.
 */
export function statusWordIn(scope: Element): OrderStatus | null {
  const found = new Set<OrderStatus>();
  for (const el of scope.getElementsByTagName('*')) {
    if (el.childElementCount !== 0) continue;
    const s = orderStatusFromWord(collapse(el.textContent));
    if (s && !inNoise(el, scope)) found.add(s);
  }
  return found.size === 1 ? [...found][0]! : null;
}
