// "Label: value" pairs however the page lays them out: <th>Label</th><td>value</td>, <td><span>Label:</span></td>
// <td>value</td>, <div><span>Label:</span> value</div>, <div class="a-column"><div>Label</div><div>value</div></div>,
// <dt>/<dd>, and kat-label[emphasis][text]. Used where data-test-id is missing or unknown.
//
// A value is only ever taken from the label's own row: the text after it in its parent, its next sibling, or the
// next cell of its table row. The first occurrence of a label decides; when its value is gone the field is unknown,
// never the value of the next row or of a later label with the same name (a package's "Shipping service" is not the
// order's).
import { collapse, inNoise, textOf, walkElements } from './dom.ts';
import { isStatusWording, type FieldKey } from './labels.ts';
import { placeholderFor } from './placeholder.ts';

export interface Labelled {
  value: string;
  /** The element the value was read from (the label's row for inline values). */
  valueEl: Element | null;
}

type Lookup = (text: string) => FieldKey | undefined;

/** A container whose text is longer than this is not the row of one label. */
const MAX_ROW_TEXT = 300;
const CELL_TAGS = new Set(['TD', 'TH', 'DT', 'DD', 'KAT-TABLE-CELL']);

function stripLead(s: string): string {
  return s.replace(/^[\s:：#＃]+/u, '').trim();
}

/** Does `row` hold a label other than `label` (then it is a group of fields, not one field's row)? */
function holdsOtherLabel(row: Element, label: Element, lookup: Lookup): boolean {
  for (const el of row.querySelectorAll('*')) {
    if (el !== label && el.childElementCount === 0 && lookup(collapse(el.textContent))) return true;
  }
  return false;
}

function valueAfter(label: Element, labelText: string, lookup: Lookup): Labelled | null {
  const parent = label.parentElement;
  // 1. Inline: "<div><span>Label:</span> value</div>".
  if (parent && !CELL_TAGS.has(label.tagName)) {
    const row = textOf(parent);
    const at = row.indexOf(labelText);
    if (row.length <= MAX_ROW_TEXT && at >= 0 && !holdsOtherLabel(parent, label, lookup)) {
      const rest = stripLead(row.slice(at + labelText.length));
      if (rest) return { value: rest, valueEl: parent };
    }
  }
  // 1b. A row of labels over a row of values ("<tr><th>Ship by</th><th>Deliver by</th></tr><tr><td>…</td><td>…</td>"):
  // the cell under the label, when both rows have the same number of cells.
  const stacked = valueBelow(label);
  if (stacked !== undefined) return stacked;
  // 2. The label's next sibling: "<div>Label</div><div>value</div>", "<th>Label</th><td>value</td>".
  let sib = label.nextElementSibling;
  while (sib && sib.tagName === 'BR') sib = sib.nextElementSibling;
  if (sib) {
    const t = textOf(sib) || shownByKatal(sib);
    // A sibling holding other fields' labels is a section under a heading ("<h4>Fulfilment</h4><table>Fulfilled by
    // …"), not this field's value.
    return t && !lookup(t) && !holdsOtherLabel(sib, label, lookup) ? { value: stripLead(t), valueEl: sib } : null;
  }
  // 2b. A caption under its value: "<div><div>value</div><div>Label</div></div>", the field's box holding just the
  // two. Only then: in a longer run of siblings the element before a last label is another field's value.
  const before = valueAbove(label, lookup);
  if (before !== undefined) return before;
  // 3. The next cell of the label's table row: "<td><span>Label:</span></td><td>value</td>".
  const cell = CELL_TAGS.has(label.tagName) ? label : parent && CELL_TAGS.has(parent.tagName) ? parent : null;
  const next = cell?.nextElementSibling;
  if (next && CELL_TAGS.has(next.tagName)) {
    const t = textOf(next);
    return t ? { value: stripLead(t), valueEl: next } : null;
  }
  return null;
}

/** Katal elements that only display a value, in their `text` or `label` attribute (no controls: a button's label is no value). */
const KATAL_DISPLAY = new Set(['KAT-LABEL', 'KAT-BADGE']);

/**
 * What a value element shows through a Katal display element that is all it holds ("<dd><kat-label text="Action
 * requise"></kat-label></dd>"): the attribute is the text a browser paints. "" for anything else.
 */
function shownByKatal(el: Element): string {
  let shown: Element = el;
  while (shown.childElementCount === 1 && !KATAL_DISPLAY.has(shown.tagName)) shown = shown.firstElementChild!;
  if (!KATAL_DISPLAY.has(shown.tagName) || shown.childElementCount !== 0) return '';
  return collapse(shown.getAttribute('text') ?? shown.getAttribute('label'));
}

const NOT_A_VALUE = /^(?:BR|H[1-6]|BUTTON|KAT-BUTTON|INPUT|SELECT|TEXTAREA|KAT-INPUT)$/u;
const NOT_A_VALUE_SELECTOR = 'h1, h2, h3, h4, h5, h6, button, kat-button, input, select, textarea';

/**
 * The value of a label printed under it (a caption): the label is the last of exactly two element children of its
 * box, the box says nothing but the two, and the first is not a label itself. Undefined when the label is not
 * laid out so (other layouts decide); null when the value element is empty.
 */
function valueAbove(label: Element, lookup: Lookup): Labelled | null | undefined {
  const box = label.parentElement;
  if (!box || CELL_TAGS.has(label.tagName) || box.childElementCount !== 2 || box.lastElementChild !== label) return undefined;
  const value = box.firstElementChild!;
  // A heading or a control before a label is the section's title or an action, never the field's value.
  if (CELL_TAGS.has(value.tagName) || NOT_A_VALUE.test(value.tagName) || value.querySelector(NOT_A_VALUE_SELECTOR)) return undefined;
  // Text of the box's own (outside both elements) would be a third thing, not this field's value.
  for (const n of box.childNodes) if (n.nodeType === 3 && collapse(n.textContent)) return undefined;
  const t = textOf(value);
  if (!t) return null;
  return lookup(t) || holdsOtherLabel(value, label, lookup) ? undefined : { value: stripLead(t), valueEl: value };
}

/**
 * The value under a header cell whose whole row is header cells, in the next row of the same table (undefined when
 * the label is not in such a row: other layouts decide; null when the cell below is empty or the rows do not line up).
 */
function valueBelow(label: Element): Labelled | null | undefined {
  const cell = label.tagName === 'TH' ? label : label.parentElement?.tagName === 'TH' ? label.parentElement : null;
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return undefined;
  const cells = [...row.children];
  if (cells.length < 2 || cells.some((c) => c.tagName !== 'TH')) return undefined;
  const next = row.nextElementSibling;
  if (!next || next.tagName !== 'TR') return undefined;
  const below = [...next.children];
  if (below.length !== cells.length || below.some((c) => c.tagName !== 'TD')) return null;
  const t = textOf(below[cells.indexOf(cell)]);
  return t ? { value: stripLead(t), valueEl: below[cells.indexOf(cell)]! } : null;
}

/** A table's header section names its columns: none of its cells is the value of the one before it. */
const HEAD_SECTIONS = new Set(['THEAD', 'KAT-TABLE-HEAD']);

/** Where a page puts a label, not a status chip. */
const LABEL_PLACES = new Set(['TH', 'DT', 'LABEL']);

/** Fields whose value is a date: their label may run into the date without a colon ("Requested on 6 Dec 2026"). */
const DATED = new Set<FieldKey>(['shipBy', 'deliverBy', 'purchaseDate', 'shipDate', 'claimFiled', 'respondBy', 'decisionDate',
  'appealBy', 'returnRequestDate', 'returnDelivered', 'refundIssued']);

/**
 * "Return requested on Sun 6 Dec 2026", "Versand bis 08.12.2026": a date field's label, then its date, no colon.
 * The longest known label at the start decides, and only when the rest holds a digit (a date, not more words).
 */
export function datedPair(text: string, lookup: Lookup): { key: FieldKey; value: string } | null {
  if (/[:：]/u.test(text) || text.length > 120) return null;
  let best: { key: FieldKey; value: string } | null = null;
  for (let at = text.indexOf(' '); at > 0 && at <= 60; at = text.indexOf(' ', at + 1)) {
    const key = lookup(text.slice(0, at));
    const value = text.slice(at + 1).trim();
    if (key && DATED.has(key) && /\d/.test(value)) best = { key, value };
  }
  return best;
}

/** "Label: value" in one text, split at its first colon; only when the part before it is a label `lookup` knows. */
export function inlinePair(text: string, lookup: Lookup): { key: FieldKey; value: string } | null {
  const at = text.search(/[:：]/u);
  if (at <= 0 || at > 60) return null;
  const key = lookup(text.slice(0, at));
  const value = stripLead(text.slice(at + 1));
  return key && value ? { key, value } : null;
}

/**
 * Every labelled value in `scope` whose label `lookup` knows: the first occurrence of each label decides (null
 * when it shows no value). Labels are leaf elements or Katal labels; noise subtrees are skipped, and so are the
 * subtrees `skip` names.
 */
export function readLabelled(scope: Element | null, lookup: Lookup, skip?: (el: Element) => boolean): Map<FieldKey, Labelled | null> {
  const found = new Map<FieldKey, Labelled | null>();
  if (!scope) return found;
  const conflicting = new Set<FieldKey>();
  const put = (key: FieldKey, value: Labelled | null) => {
    // "Tracking ID: —", "Sendungsnummer: Keine angegeben": the label is there, its value is not.
    if (value && placeholderFor(key, value.value)) value = null;
    if (!found.has(key)) { found.set(key, value); return; }
    // A deadline shown twice with two values (one per shipment, say) is not the record's: which one is a guess.
    const first = found.get(key);
    if (DEADLINES.has(key) && value && first && normalizeValue(value.value) !== normalizeValue(first.value)) conflicting.add(key);
  };
  walkElements(scope, (el) => {
    if (el.tagName === 'KAT-LABEL') {
      // Katal puts the label in `emphasis` (returns) or `label` (newer pages) and the value in `text`.
      const key = lookup(el.getAttribute('emphasis') ?? '') ?? lookup(el.getAttribute('label') ?? '');
      const text = collapse(el.getAttribute('text'));
      if (key) put(key, text ? { value: text, valueEl: el } : null);
      return;
    }
    // Any other web component that carries its label and value as attributes: <x-item label="Ship by" value="…">.
    if (el.tagName.includes('-') && el.hasAttribute('label') && (el.hasAttribute('value') || el.hasAttribute('text'))) {
      const key = lookup(collapse(el.getAttribute('label')));
      const text = collapse(el.getAttribute('value') ?? el.getAttribute('text'));
      if (key) {
        put(key, text ? { value: text, valueEl: el } : null);
        return;
      }
    }
    const silent = !collapse(el.textContent);
    // An element named by its tooltip that shows the value itself (<div aria-label="Claim amount"><span>A$</span>
    // <span>84</span><span>.95</span></div>): a short value, no label inside, never a control's caption.
    const tip = silent || NOT_A_VALUE.test(el.tagName) ? null : tooltipLabel(el, lookup);
    if (tip) {
      const shown = textOf(el);
      if (shown.length <= 40 && !lookup(shown) && !holdsOtherLabel(el, el, lookup)) {
        put(tip.key, { value: shown, valueEl: el });
        return;
      }
    }
    // An icon whose accessible name is the whole field ("Claim status: Denied" on a cross that says nothing).
    const named = silent ? namedPair(el, lookup) : null;
    if (named) {
      put(named.key, { value: named.value, valueEl: el });
      return;
    }
    if (el.childElementCount !== 0 && tooltipLabel(el, lookup) && silent) {
      // An icon whose tooltip names the field (<span aria-label="Status"><svg/></span>) and says nothing itself.
      const named = tooltipLabel(el, lookup)!;
      put(named.key, valueAfter(el, named.text, lookup));
      return;
    }
    if (el.childElementCount !== 0) {
      const lead = leadingLabel(el, lookup);
      if (lead) put(lead.key, lead);
      return;
    }
    const text = collapse(el.textContent);
    if (!text) {
      // A label shown only as a tooltip of an icon: <span role="img" aria-label="Ship by"></span><span>value</span>.
      const named = collapse(el.getAttribute('aria-label') ?? el.getAttribute('data-tooltip') ?? el.getAttribute('title'));
      const tipKey = named && named.length <= 60 ? lookup(named) : undefined;
      if (tipKey) put(tipKey, valueAfter(el, named, lookup));
      return;
    }
    if (text.length > MAX_ROW_TEXT) return;
    const key = text.length <= 60 ? lookup(text) : undefined;
    if (key) {
      const value = valueAfter(el, text, lookup);
      // A status chip whose wording is also a label ("Return delivered" beside "Return requested on 27 Nov"): not
      // a label, unless it stands where labels stand or says it is one with a colon.
      if (!/[:：]/u.test(text) && isStatusWording(text) && !LABEL_PLACES.has(el.tagName)) return;
      // A heading with no value of its own titles its section ("<h4>Fulfilment</h4>"): the field's label is inside.
      if (value === null && /^H[1-6]$/u.test(el.tagName)) return;
      put(key, value);
      return;
    }
    // Label and value in one element: "<span>Ship by date: Nov 27, 2026</span>", "Return requested on 6 Dec 2026".
    const inline = inlinePair(text, lookup) ?? datedPair(text, lookup);
    if (inline) put(inline.key, { value: inline.value, valueEl: el });
  }, (el) => HEAD_SECTIONS.has(el.tagName) || (skip?.(el) ?? false));
  for (const key of conflicting) found.set(key, null);
  return found;
}

function namedPair(el: Element, lookup: Lookup): { key: FieldKey; value: string } | null {
  const name = collapse(el.getAttribute('aria-label') ?? el.getAttribute('title'));
  return name && name.length <= 120 ? inlinePair(name, lookup) : null;
}

function tooltipLabel(el: Element, lookup: Lookup): { key: FieldKey; text: string } | null {
  const named = collapse(el.getAttribute('aria-label') ?? el.getAttribute('data-tooltip') ?? el.getAttribute('title'));
  const key = named && named.length <= 60 ? lookup(named) : undefined;
  return key ? { key, text: named } : null;
}

/**
 * A label written as the element's own leading text, its value in a child: "<p>Statut : <span>Non expédiée</span></p>".
 * Only for a short row that holds no other label, so a group of fields is never read as one value.
 */
function leadingLabel(el: Element, lookup: Lookup): (Labelled & { key: FieldKey }) | null {
  // Indentation may put whitespace-only text before the label's own text: the first text that says something.
  // So may an icon that says nothing (<kat-icon name="timer"></kat-icon> Respond by <strong>…</strong>).
  let first = el.firstChild;
  while (first && !collapse(first.textContent) && (first.nodeType === 3 || (first.nodeType === 1 && (first as Element).childElementCount === 0))) {
    first = first.nextSibling;
  }
  if (!first || first.nodeType !== 3) return null;
  const head = collapse(first.textContent);
  if (!head || head.length > 60) return null;
  const key = lookup(head.replace(/[:：]\s*$/u, ''));
  if (!key) return null;
  const row = textOf(el);
  if (row.length > MAX_ROW_TEXT || holdsOtherLabel(el, el, lookup)) return null;
  const value = stripLead(row.slice(row.indexOf(head) + head.length));
  return value ? { key, value, valueEl: el } : null;
}

/** Fields where a wrong value costs the seller a deadline: two different values on one record make it unknown. */
const DEADLINES = new Set<FieldKey>(['shipBy', 'deliverBy', 'respondBy', 'appealBy']);

function normalizeValue(v: string): string {
  return v.replace(/\s+/g, ' ').trim().toLowerCase();
}

// ---- Tables with a header row: "<th>Carrier</th>..." over "<td>UPS</td>...", plain or Katal ----

// ARIA grids and tables of divs (role="grid"/"table", "row", "columnheader", "gridcell") read as tables.
const TABLES = 'table, kat-table, [role="grid"], [role="table"]';
const HEAD_ROWS = 'thead tr, kat-table-head kat-table-row';
const BODY_ROWS = 'tbody tr, kat-table-body kat-table-row, tr, [role="row"]';
const CELL_ROLES = new Set(['gridcell', 'cell', 'columnheader', 'rowheader']);

function isCell(el: Element): boolean {
  if (CELL_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return role !== null && CELL_ROLES.has(role);
}

function isHeaderCell(el: Element): boolean {
  return el.tagName === 'TH' || el.getAttribute('role') === 'columnheader';
}

export interface ColumnCell { text: string; el: Element }

export interface ColumnTable {
  table: Element;
  /** The field each column's header names (undefined for columns we do not read). */
  columns: (FieldKey | undefined)[];
  /** One map per body row, by the field its column header names. */
  rows: Map<FieldKey, ColumnCell>[];
  /** Rows whose cells do not line up with the header: not read, so no fact lands in the wrong column. */
  skippedRows: number;
}

const INERT_TAGS = new Set(['TEMPLATE', 'SCRIPT', 'STYLE']);

function cellsOf(row: Element): Element[] {
  return [...row.children].filter(isCell);
}

/**
 * A row holding anything but cells (a cell wrapped in a container) cannot be lined up with its header by position:
 * counting only its cells would shift every value after the wrapper into the wrong column.
 */
function misaligned(row: Element): boolean {
  for (const c of row.children) if (!isCell(c) && !INERT_TAGS.has(c.tagName)) return true;
  return false;
}

function ownRows(table: Element, selector: string): Element[] {
  return [...table.querySelectorAll(selector)].filter((r) => r.closest(TABLES) === table);
}

/** A table read by its header labels; null when the header names none of the fields `lookup` knows. */
export function readColumnTable(table: Element, lookup: Lookup): ColumnTable | null {
  const head = ownRows(table, HEAD_ROWS)[0] ??
    ownRows(table, 'tr, [role="row"]').find((r) => cellsOf(r).length > 0 && cellsOf(r).every(isHeaderCell));
  if (!head) return null;
  // A header cell may name its column only as a tooltip (<th aria-label="Status"></th> over status icons or badges).
  const columns = cellsOf(head).map((c) => lookup(textOf(c) || collapse(c.getAttribute('aria-label') ?? c.getAttribute('title'))));
  if (!columns.some(Boolean)) return null;
  const headBroken = misaligned(head);
  const rows: Map<FieldKey, ColumnCell>[] = [];
  let skippedRows = 0;
  const seen = new Set<Element>([head]);
  for (const row of ownRows(table, BODY_ROWS)) {
    if (seen.has(row) || row.closest('thead, kat-table-head')) continue;
    seen.add(row);
    const cells = cellsOf(row);
    if (cells.length === 0) continue;
    // A row still loading (a spinner, skeleton bars) shows no record: nothing of it is left unread.
    if (row.getAttribute('aria-busy') === 'true' || cells.every((c) => !textOf(c) && !shownByKatal(c))) continue;
    if (headBroken || cells.length !== columns.length || misaligned(row)) { skippedRows++; continue; }
    const values = new Map<FieldKey, ColumnCell>();
    cells.forEach((cell, i) => {
      const key = columns[i];
      if (!key) return;
      // A cell showing its value only through a Katal display element (<td><kat-badge label="Denied"></td>).
      const text = textOf(cell) || shownByKatal(cell);
      values.set(key, { text: placeholderFor(key, text) ? '' : text, el: cell });
    });
    rows.push(values);
  }
  return { table, columns, rows, skippedRows };
}

/** Every header-labelled table under `scope` (noise skipped) that names at least one of `lookup`'s fields. */
export function readColumnTables(scope: Element, lookup: Lookup): ColumnTable[] {
  const out: ColumnTable[] = [];
  for (const table of scope.querySelectorAll(TABLES)) {
    if (inNoise(table, scope)) continue;
    const read = readColumnTable(table, lookup);
    if (read) out.push(read);
  }
  return out;
}
