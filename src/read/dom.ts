// DOM helpers for reading Seller Central without innerText (jsdom has none) and without caring what CSS hides:
// text that includes open shadow roots and Katal attribute text, noise subtrees skipped, deep queries.
// No DOM globals: everything works from the nodes it is given.
import { CHROME_NOISE } from './selectors/chrome.ts';
import { parseOrderId, type OrderId } from '../model.ts';

const ELEMENT = 1, TEXT = 3, FRAGMENT = 11;

/** Never page text: code, styles, inert templates, and form controls (their text is options or a draft). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

/** Katal components keep text in these attributes (PAGES.md: header, description, label, text, title, message, emphasis). */
const KATAL_TEXT_ATTRS = ['header', 'emphasis', 'text', 'label', 'title', 'message', 'description'];

export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b\u202f\ufeff]+/g, ' ').trim();
}

/** Page furniture that holds other orders' ids, help titles or recommendations: never read as facts. */
export function isNoise(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  // Called for every element a reader walks: one attribute read each, no DOMTokenList.
  if (!el.hasAttributes()) return false;
  const id = el.getAttribute('id');
  if (id && CHROME_NOISE.ids.has(id)) return true;
  const cls = el.getAttribute('class');
  if (cls && CHROME_NOISE.classes.some((c) => ` ${cls} `.includes(` ${c} `))) return true;
  const widget = el.getAttribute('data-widget');
  return widget !== null && CHROME_NOISE.widgets.has(widget);
}

/** True when `el` sits inside page furniture (see isNoise), looking up to `stop`. */
export function inNoise(el: Element, stop?: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isNoise(e)) return true;
  return false;
}

/**
 * The one value the badges of `scope` (matched by `selector`, outside page furniture) show, as `read` makes of each
 * badge's label: null when none is read or two badges disagree (which one is this record's would be a guess).
 */
export function oneBadgeValue<T>(scope: Element, selector: string, read: (label: string) => T | null): T | null {
  const found = new Set<T>();
  for (const el of scope.querySelectorAll(selector)) {
    if (inNoise(el, scope)) continue;
    const v = read(collapse(el.getAttribute('label')));
    if (v) found.add(v);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Text of Katal attributes on a kat-* element ("" for others). */
export function katalText(el: Element): string {
  if (!el.tagName.startsWith('KAT-')) return '';
  const parts: string[] = [];
  for (const a of KATAL_TEXT_ATTRS) {
    const v = el.getAttribute(a);
    if (v) parts.push(v);
  }
  return parts.join(' ');
}

interface TextOptions {
  /** Skip page furniture (side nav, help widget, popovers, recommendations). Default true. */
  skipNoise?: boolean;
  /** Add Katal attribute text (label, header, ...). Default false: most readers want what a cell shows. */
  katal?: boolean;
}

/**
 * Appends what `root` says to `out`. An explicit stack, not recursion: a page nested 100,000 deep must not overflow
 * the call stack (limits.ts). Strings on the stack are separators, nodes are still to be visited.
 */
function appendText(root: Node, out: string[], opts: Required<TextOptions>): void {
  const stack: (Node | string)[] = [root];
  const pushChildren = (parent: Node) => {
    for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') { out.push(node); continue; }
    if (node.nodeType === TEXT) { out.push(node.nodeValue ?? ''); continue; }
    if (node.nodeType === FRAGMENT) { pushChildren(node); continue; }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName) || (opts.skipNoise && isNoise(el))) continue;
    out.push(' ');
    if (opts.katal) {
      const k = katalText(el);
      if (k) out.push(k, ' ');
    }
    stack.push(' ');
    if (el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length > 0) {
        for (let i = assigned.length - 1; i >= 0; i--) stack.push(assigned[i]!);
        continue;
      }
    } else if (el.shadowRoot) {
      // The shadow tree is what renders; light children appear through its slots.
      stack.push(el.shadowRoot);
      continue;
    }
    pushChildren(el);
  }
}

/**
 * What `node` says, whitespace collapsed: every text node whether CSS shows it or not, open shadow roots
 * included, element boundaries read as spaces (so "Nov 23, 2026" and "1:05 PM PST" on two lines stay apart).
 */
export function textOf(node: Node | null | undefined, opts: TextOptions = {}): string {
  if (!node) return '';
  const out: string[] = [];
  appendText(node, out, { skipNoise: opts.skipNoise ?? true, katal: opts.katal ?? false });
  return collapse(out.join(''));
}

/** Open shadow roots under `root`, nested ones included. */
export function shadowRootsUnder(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const pending: ParentNode[] = [root];
  while (pending.length) {
    const r = pending.shift()!;
    const inner: ShadowRoot[] = [];
    for (const el of r.querySelectorAll('*')) if (el.shadowRoot) inner.push(el.shadowRoot);
    // Each root's nested roots directly after it, as a depth-first visit would list them.
    for (let i = inner.length - 1; i >= 0; i--) pending.unshift(inner[i]!);
    if (r !== root) found.push(r as ShadowRoot);
  }
  return found;
}

/** querySelectorAll through open shadow roots: light DOM matches first, then each shadow root's, in tree order. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const out = [...root.querySelectorAll(selector)];
  for (const sr of shadowRootsUnder(root)) out.push(...sr.querySelectorAll(selector));
  return out;
}

/** The first element matching any of `selectors` (in the order given) outside noise, or null. */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    for (const el of root.querySelectorAll(sel)) if (!inNoise(el)) return el;
  }
  return null;
}

/** Elements of `root`'s subtree in document order, noise subtrees (and those `skip` names) skipped. */
export function walkElements(root: Element | ShadowRoot | Document, visit: (el: Element) => void,
  skip?: (el: Element) => boolean): void {
  const stack: Element[] = [];
  const start = 'children' in root ? root.children : [];
  for (let i = start.length - 1; i >= 0; i--) stack.push(start[i]!);
  while (stack.length) {
    const el = stack.pop()!;
    if (isNoise(el) || skip?.(el)) continue;
    visit(el);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** A URL's query parameter, case-insensitively by name ("orderID", "orderId"). */
export function queryParam(url: URL, name: string): string | null {
  const lower = name.toLowerCase();
  for (const [k, v] of url.searchParams) if (k.toLowerCase() === lower) return v;
  return null;
}

/** Whether the page's own text (open shadow roots and Katal attributes included) or one of its links shows `test`. */
export function pageShows(doc: Document, test: (text: string) => boolean): boolean {
  if (!doc.body) return false;
  if (test(textOf(doc.body, { katal: true }))) return true;
  for (const a of doc.querySelectorAll('a[href]')) if (test(a.getAttribute('href') ?? '')) return true;
  // Web components that carry what they show in attributes (<x-order-header order-id="…">), page furniture aside.
  for (const el of doc.body.querySelectorAll('*')) {
    if (!el.tagName.includes('-') || inNoise(el)) continue;
    for (const a of el.attributes) if (test(a.value)) return true;
  }
  return false;
}

/**
 * The record id taken from the page's address, kept only when the page itself shows it (in its text or a link): an
 * error, "page not found" or half-drawn page saved under an order's address must not take that order's id.
 */
export function shownOnPage<T extends string>(doc: Document, id: T | null): T | null {
  if (!id) return null;
  const bare = id.replace(/-/g, '');
  return pageShows(doc, (s) => s.includes(id) || s.includes(bare) || joinedGroups(s).includes(id)) ? id : null;
}

/**
 * Text whose digit groups are joined again where element boundaries split them: an id printed as
 * "<span>406</span>-<span>2281930</span>-<span>7745012</span>" reads "406 - 2281930 - 7745012" (textOf puts a space
 * at every element boundary), and is the id "406-2281930-7745012".
 */
export function joinedGroups(text: string): string {
  return text.includes('-') ? text.replace(/(\d) ?- ?(?=\d)/g, '$1-') : text;
}

/** The order a link names: by its text ("113-…"), else by its address (/orders-v3/order/113-…). */
export function linkedOrderId(a: Element | null | undefined): OrderId | null {
  return a ? parseOrderId(a.textContent) ?? parseOrderId(a.getAttribute('href')) : null;
}
