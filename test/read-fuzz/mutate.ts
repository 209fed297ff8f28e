// Random damage to a rendered Seller Central page, the way redesigns, A/B weblabs, half-rendered SPA states and
// other extensions damage it: nodes deleted, duplicated, moved elsewhere (also across shadow roots), text edited,
// attributes changed or dropped. Targets are indexes into the page's composed node list, taken modulo its length,
// so one plan applies to any page.
import fc from 'fast-check';
import { walkComposed } from './page-text.ts';

export type TextEdit =
  | { kind: 'replace'; value: string }
  | { kind: 'insert'; at: number; value: string }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'upper' };

export type Mutation =
  | { op: 'delete'; focus: boolean; at: number }
  | { op: 'duplicate'; focus: boolean; at: number }
  | { op: 'move'; focus: boolean; at: number; to: number; append: boolean }
  | { op: 'text'; focus: boolean; at: number; edit: TextEdit }
  | { op: 'attr'; focus: boolean; at: number; name: string | number; value: string | null };

/** Strings that look like what readers look for, in the wrong place or the wrong shape. */
const TRICKY = [
  '', ' ', '\n\n', '—', 'Claims Protected', 'Late Delivery Risk', '索赔保护', 'Currently unavailable', 'Shipped', 'Delivered',
  'Canceled', 'Unshipped', 'Pending', 'Nicht versandt', '出荷済み', '已发货', '113-1234567-7654321', '1134829137 5520614',
  'Nov 31, 2026', 'Feb 29, 2026', 'Thu, Dec 5, 2019 to', '2026年13月45日', '30. Feb. 2026', '25:61 PM PST', 'to', ' bis ', '～',
  '$-1', '$1,000,000,000.99', '€', 'NaN', 'undefined', 'null', '99999999999999999999', '{{orderId}}', '\u200b', '\u00a0',
  '<img src=x onerror=alert(1)>', 'Ship by:', 'Deliver by:', 'Tracking ID', 'Carrier', '(Buyer)', 'Marketplace: Amazon.de',
];

const ATTRIBUTE_NAMES = ['label', 'description', 'header', 'text', 'emphasis', 'class', 'data-test-id', 'href', 'lang',
  'selected', 'aria-selected', 'value', 'shadowrootmode'];

const textValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: textValue }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: textValue }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.constant({ kind: 'upper' as const }),
);

const target = { focus: fc.boolean(), at: fc.nat() };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), ...target }),
  fc.record({ op: fc.constant('duplicate' as const), ...target }),
  fc.record({ op: fc.constant('move' as const), ...target, to: fc.nat(), append: fc.boolean() }),
  fc.record({ op: fc.constant('text' as const), ...target, edit: textEdit }),
  fc.record({ op: fc.constant('attr' as const), ...target, name: fc.oneof(fc.nat(), fc.constantFrom(...ATTRIBUTE_NAMES)), value: fc.option(textValue, { nil: null }) }),
);

export const planArb = fc.array(mutationArb, { minLength: 1, maxLength: 8 });

const FIXED = new Set(['HTML', 'HEAD', 'BODY']);

interface Targets { all: Node[]; focus: Node[] }

/** Element and text nodes of the composed tree, except the document's own html/head/body elements. */
function targets(doc: Document): Targets {
  const all: Node[] = [];
  walkComposed(doc, (n) => {
    if ((n.nodeType === 1 && !FIXED.has(n.nodeName)) || n.nodeType === 3) all.push(n);
  });
  // Half of the damage goes to the app content rather than the chrome around it.
  const content = doc.getElementById('sc-content-container');
  const focus: Node[] = [];
  if (content) walkComposed(content, (n) => { if (n !== content && (n.nodeType === 1 || n.nodeType === 3)) focus.push(n); });
  return { all, focus: focus.length ? focus : all };
}

/** Whether `node` contains `other`, following shadow roots up to their hosts. */
function composedContains(node: Node, other: Node): boolean {
  for (let n: Node | null = other; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === node) return true;
  return false;
}

/** A deep copy that keeps the open shadow roots cloneNode leaves behind. */
export function cloneComposed<T extends Node>(node: T): T {
  const copy = node.cloneNode(true) as T;
  copyShadowRoots(node, copy);
  return copy;
}

function copyShadowRoots(from: Node, to: Node): void {
  if (from.nodeType !== 1 && from.nodeType !== 11 && from.nodeType !== 9) return;
  const src = [from, ...Array.from((from as ParentNode).querySelectorAll('*'))];
  const dst = [to, ...Array.from((to as ParentNode).querySelectorAll('*'))];
  src.forEach((el, i) => {
    const shadow = (el as Element).shadowRoot;
    const host = dst[i] as Element | undefined;
    if (!shadow || !host || host.shadowRoot) return;
    const copy = host.attachShadow({ mode: 'open' });
    for (const child of Array.from(shadow.childNodes)) copy.append(cloneComposed(child));
  });
}

function pickFrom(t: Targets, focus: boolean, at: number): Node | undefined {
  const list = focus ? t.focus : t.all;
  return list.length ? list[at % list.length] : undefined;
}

function editText(s: string, e: TextEdit): string {
  switch (e.kind) {
    case 'replace': return e.value;
    case 'insert': { const i = e.at % (s.length + 1); return s.slice(0, i) + e.value + s.slice(i); }
    case 'cut': { const i = e.at % (s.length + 1); return s.slice(0, i) + s.slice(i + e.length); }
    case 'upper': return s.toUpperCase();
  }
}

/**
 * Applies the plan in order. Targets are listed once, before the first mutation (listing them is as costly as
 * parsing the page): a later mutation may hit a node an earlier one detached, which then damages nothing, and copies
 * made by "duplicate" are not targets themselves. A mutation the DOM refuses (a hierarchy error) is skipped.
 */
export function applyPlan(doc: Document, plan: readonly Mutation[]): void {
  const t = targets(doc);
  for (const m of plan) {
    const node = pickFrom(t, m.focus, m.at);
    if (!node?.parentNode) continue;
    try {
      switch (m.op) {
        case 'delete': (node as ChildNode).remove(); break;
        case 'duplicate': (node as ChildNode).after(cloneComposed(node)); break;
        case 'move': {
          const to = pickFrom(t, !m.focus, m.to);
          if (!to?.parentNode || composedContains(node, to)) break;
          if (m.append && to.nodeType === 1) (to as Element).append(node);
          else (to as ChildNode).before(node);
          break;
        }
        case 'text': {
          const text = node.nodeType === 3 ? node : Array.from(node.childNodes).find((c) => c.nodeType === 3);
          if (text) text.nodeValue = editText(text.nodeValue ?? '', m.edit);
          break;
        }
        case 'attr': {
          if (node.nodeType !== 1) break;
          const el = node as Element;
          const name = typeof m.name === 'number' ? el.attributes[m.name % Math.max(1, el.attributes.length)]?.name : m.name;
          if (!name) break;
          if (m.value === null) el.removeAttribute(name);
          else el.setAttribute(name, m.value);
          break;
        }
      }
    } catch (e) {
      if (!(e instanceof Error) || !/Hierarchy|InvalidCharacter|NotSupported|InvalidState/i.test(`${e.name} ${e.message}`)) throw e;
    }
  }
}

/** fast-check settings; the seed is fixed unless FUZZ_SEED replays or varies it (runs: see runsFor). */
export function fuzzSettings(numRuns: number): { numRuns: number; seed: number; endOnFailure: boolean } {
  const seed = Number(process.env.FUZZ_SEED);
  return {
    numRuns,
    seed: Number.isInteger(seed) ? seed : 20261124,
    // Shrinking re-reads the page many times; ask for it explicitly (FUZZ_SHRINK=1) when hunting a failure down.
    endOnFailure: process.env.FUZZ_SHRINK !== '1',
  };
}
