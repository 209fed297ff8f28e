// Markup changes a redesign or another UI language makes while the records stay the same: class names renamed,
// data-test-id dropped, elements wrapped in extra containers, field labels in a language the readers do not know,
// table columns in another order. Each takes a seeded random source, so fast-check can shrink a failing case.
import { FIELD_LABELS, normalizeLabel } from '../../src/read/labels.ts';
import { seededRandom } from '../../bench/stats.ts';

export type Change = 'rename-classes' | 'drop-test-ids' | 'wrap' | 'foreign-labels' | 'shuffle-columns';
export const CHANGES: readonly Change[] = ['rename-classes', 'drop-test-ids', 'wrap', 'foreign-labels', 'shuffle-columns'];

type Rand = () => number;

/** A small deterministic generator, so a seed replays the same change. */
export const seeded: (seed: number) => Rand = seededRandom;

const KNOWN_LABELS = new Set(Object.values(FIELD_LABELS).flatMap((byLang) => Object.values(byLang).flat())
  .map((w) => normalizeLabel(w)));

/** Every element of the document and of its open shadow roots. */
function allElements(doc: Document): Element[] {
  const out: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [doc];
  while (roots.length) {
    const r = roots.pop()!;
    for (const el of r.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  return out;
}

/** A word in no language the readers know, the same for the same label. */
function foreignWord(text: string): string {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  const syll = ['ka', 'zu', 'vo', 'ri', 'mek', 'tla', 'qo', 'xi'];
  let w = '';
  for (let i = 0; i < 3; i++) { w += syll[h % syll.length]; h = Math.floor(h / syll.length) + 7; }
  return w[0]!.toUpperCase() + w.slice(1);
}

function textNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const CELL = new Set(['TD', 'TH', 'KAT-TABLE-CELL']);
const cells = (row: Element) => [...row.children].filter((c) => CELL.has(c.tagName));

export function applyChange(doc: Document, change: Change, rand: Rand): void {
  const els = allElements(doc);
  switch (change) {
    case 'rename-classes':
      for (const el of els) {
        const cls = el.getAttribute('class');
        if (cls) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map((c) => `z${foreignWord(c).toLowerCase()}`).join(' '));
      }
      break;
    case 'drop-test-ids':
      for (const el of els) el.removeAttribute('data-test-id');
      break;
    case 'wrap': {
      // Block containers only: a table row wrapped in a div is no longer a row, which a reader may fail to read
      // (it must then say so), but it must never read it as something else.
      const wrappable = els.filter((el) => el.parentElement && !['HTML', 'HEAD', 'BODY', 'TITLE', 'META', 'SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName));
      const n = Math.min(wrappable.length, 1 + Math.floor(rand() * 40));
      for (let i = 0; i < n; i++) {
        const el = wrappable[Math.floor(rand() * wrappable.length)]!;
        const wrapper = doc.createElement(rand() < 0.5 ? 'div' : 'span');
        el.replaceWith(wrapper);
        wrapper.append(el);
      }
      break;
    }
    case 'foreign-labels':
      for (const el of els) {
        if (el.tagName === 'KAT-LABEL') {
          const e = el.getAttribute('emphasis');
          if (e && KNOWN_LABELS.has(normalizeLabel(e))) el.setAttribute('emphasis', `${foreignWord(e)}:`);
        }
        if (el.childElementCount !== 0) continue;
        const text = el.textContent ?? '';
        const colon = text.search(/[:：]/u);
        const label = colon > 0 ? text.slice(0, colon) : text;
        if (!KNOWN_LABELS.has(normalizeLabel(label))) continue;
        for (const t of textNodes(el)) t.data = t.data.replace(label.trim(), foreignWord(label.trim()));
      }
      break;
    case 'shuffle-columns':
      for (const table of els.filter((el) => el.tagName === 'TABLE' || el.tagName === 'KAT-TABLE')) {
        const rows = [...table.querySelectorAll('tr, kat-table-row')].filter((r) => r.closest('table, kat-table') === table);
        const width = rows.length ? cells(rows[0]!).length : 0;
        if (width < 2 || !rows.every((r) => cells(r).length === width)) continue;
        const order = [...Array(width).keys()].sort(() => rand() - 0.5);
        for (const r of rows) {
          const cs = cells(r);
          for (const i of order) r.append(cs[i]!);
        }
      }
      break;
  }
}
