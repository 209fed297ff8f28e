// "Label: value" pairs however the page lays them out: <th>Label</th><td>value</td>, <td><span>Label:</span></td>
// <td>value</td>, <div><span>Label:</span> value</div>, <div class="a-column"><div>Label</div><div>value</div></div>,
// <dt>/<dd>, and kat-label[emphasis][text]. Used where data-test-id is missing or unknown.
import { collapse, textOf, walkElements } from './dom.ts';
import type { FieldKey } from './labels.ts';

export interface Labelled {
  value: string;
  /** The element the value was read from (the label's row for inline values). */
  valueEl: Element | null;
}

/** A container whose text is longer than this is not the row of one label. */
const MAX_ROW_TEXT = 300;

function stripLead(s: string): string {
  return s.replace(/^[\s:：#＃]+/u, '').trim();
}

function valueAfter(label: Element, labelText: string): Labelled | null {
  const parent = label.parentElement;
  if (parent) {
    const row = textOf(parent);
    const at = row.indexOf(labelText);
    if (row.length <= MAX_ROW_TEXT && at >= 0) {
      const rest = stripLead(row.slice(at + labelText.length));
      if (rest) return { value: rest, valueEl: parent };
    }
  }
  for (let sib = label.nextElementSibling; sib; sib = sib.nextElementSibling) {
    const t = textOf(sib);
    if (t) return { value: stripLead(t), valueEl: sib };
  }
  // Table cells and two-column layouts: the value is in the next cell of an ancestor.
  let up: Element | null = parent;
  for (let depth = 0; up && depth < 2; depth++, up = up.parentElement) {
    for (let sib = up.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const t = textOf(sib);
      if (t) return { value: stripLead(t), valueEl: sib };
    }
  }
  return null;
}

/**
 * Every labelled value in `scope` whose label `lookup` knows, first occurrence per field. Labels are leaf elements
 * (or Katal labels); noise subtrees are skipped.
 */
export function readLabelled(scope: Element | null, lookup: (text: string) => FieldKey | undefined): Map<FieldKey, Labelled> {
  const found = new Map<FieldKey, Labelled>();
  if (!scope) return found;
  walkElements(scope, (el) => {
    if (el.tagName === 'KAT-LABEL') {
      const key = lookup(el.getAttribute('emphasis') ?? '');
      const text = collapse(el.getAttribute('text'));
      if (key && text && !found.has(key)) found.set(key, { value: text, valueEl: el });
      return;
    }
    if (el.childElementCount !== 0) return;
    const text = collapse(el.textContent);
    if (!text || text.length > 60) return;
    const key = lookup(text);
    if (!key || found.has(key)) return;
    const v = valueAfter(el, text);
    if (v) found.set(key, v);
  });
  return found;
}
