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
export function statusWordIn(scope: Element, orderId: string | null = null): OrderStatus | null {
  const found = new Set<OrderStatus>();
  for (const el of scope.getElementsByTagName('*')) {
    // An icon drawn with shapes (<svg aria-label="Shipped"><circle/></svg>) is one element: its name, not its parts.
    const drawn = isDrawing(el);
    if (el.childElementCount !== 0 && !drawn) continue;
    if (el.parentElement?.closest('svg, [role="img"]')) continue;
    const text = collapse(el.textContent);
    let s = orderStatusFromWord(text);
    // A status shown only as an icon (<img alt="Delivered">, <span role="img" aria-label="Shipped">): its name. An
    // icon beside another order's id (a list of other orders) is that order's status, not this one's.
    if (!s && !text) {
      const name = iconName(el);
      if (name && !besideOtherOrder(el, scope, orderId)) s = orderStatusFromWord(name);
    }
    if (s && !inNoise(el, scope)) found.add(s);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** An element drawn as one picture: an svg, or an element marked an image (<span role="img" aria-label="Shipped"><svg/>). */
function isDrawing(el: Element): boolean {
  return el.localName === 'svg' || (el.getAttribute('role') === 'img' && !collapse(el.textContent));
}

/** The name an icon gives itself: its alt text, aria-label or title (only for an image or an element marked one). */
function iconName(el: Element): string {
  const isImage = el.tagName === 'IMG' || el.tagName === 'SVG' || el.tagName === 'svg' || el.getAttribute('role') === 'img' ||
    el.tagName === 'I';
  if (isImage) return collapse(el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? el.getAttribute('title'));
  // A web component that paints its status from an attribute: <x-status text="Unshipped">.
  if (el.tagName.includes('-')) return collapse(el.getAttribute('text') ?? el.getAttribute('label'));
  return '';
}

/** Order ids an element itself names: its own attributes (a web component's order-id="…"). */
function idsInAttributes(el: Element): string[] {
  const out: string[] = [];
  for (const a of el.attributes) for (const m of a.value.matchAll(ANY_ORDER_ID)) out.push(m[0]);
  return out;
}

const ANY_ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/g;

function besideOtherOrder(el: Element, scope: Element, orderId: string | null): boolean {
  let depth = 0;
  for (let up: Element | null = el; up && up !== scope && depth < 8; up = up.parentElement, depth++) {
    const ids = new Set([...(up === el ? '' : up.textContent ?? '').matchAll(ANY_ORDER_ID)].map((m) => m[0]));
    for (const id of idsInAttributes(up)) ids.add(id);
    if (ids.size === 0) continue;
    // The nearest block naming an order names this one too (the page's own level, where a list of other orders may
    // sit beside the icon's own box): the icon is this order's. Only other orders there: it is theirs.
    return orderId === null ? ids.size > 1 : !ids.has(orderId);
  }
  return false;
}
