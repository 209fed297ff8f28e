// Tables turned on their side: one column per record, one row per field ("compare claims"). Such a table is known
// by one row whose cells each link to a different order; every column then is a record. A row is read as a field
// when its header cell names one; a row without a header is read only for what shows what it is by itself
// (the order link, a SAFE-T id, a status word of the page's vocabulary). An unlabelled date could be any date of the
// claim, so it is never read.
import { collapse, inNoise, linkedOrderId, textOf } from './dom.ts';
import type { FieldKey } from './labels.ts';
import { isWord, type Words } from './labels.ts';

type Lookup = (text: string) => FieldKey | undefined;
export type ColumnValues = Partial<Record<FieldKey, { text: string; el: Element | null }>>;

function orderOf(cell: Element, orderLink: string): string | null {
  const a = cell.querySelector(orderLink);
  return linkedOrderId(a);
}

function rowsOf(table: Element): Element[][] {
  return [...table.querySelectorAll('tr')].filter((r) => r.closest('table') === table)
    .map((r) => [...r.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
}

/**
 * The records of each sideways table under `scope`: one value map per column. `ids` recognises an id cell by its
 * text (its field, e.g. claimId); `status` a status cell; `orderLink` is the page's selector for a link to an order.
 */
export function readTransposed(scope: Element, lookup: Lookup, ids: { key: FieldKey; pattern: RegExp }[],
  status: { key: FieldKey; words: Words }, orderLink: string): ColumnValues[] {
  const out: ColumnValues[] = [];
  for (const table of scope.querySelectorAll('table')) {
    if (inNoise(table, scope)) continue;
    const rows = rowsOf(table);
    // The row of order links: every cell but a leading label cell links to its own order.
    let labelColumn = false;
    const linkRow = rows.find((cells) => {
      const lead = cells[0] && !orderOf(cells[0], orderLink) ? 1 : 0;
      const orders = cells.slice(lead).map((c) => orderOf(c, orderLink));
      const ok = orders.length >= 2 && orders.every(Boolean) && new Set(orders).size === orders.length;
      if (ok) labelColumn = lead === 1;
      return ok;
    });
    if (!linkRow) continue;
    const width = linkRow.length - (labelColumn ? 1 : 0);
    const records: ColumnValues[] = Array.from({ length: width }, () => ({}));
    let broken = false;
    for (const cells of rows) {
      const head = labelColumn ? cells[0] : cells[0]?.tagName === 'TH' ? cells[0] : undefined;
      const data = head ? cells.slice(1) : cells;
      if (data.length !== width) { broken ||= data.length > 0; continue; }
      const labelled = head ? lookup(textOf(head)) : undefined;
      data.forEach((cell, i) => {
        const text = textOf(cell);
        const rec = records[i]!;
        if (labelled) { rec[labelled] ??= { text, el: cell }; return; }
        const order = orderOf(cell, orderLink);
        if (order) { rec.orderId ??= { text: order, el: cell }; return; }
        const id = ids.find((d) => d.pattern.test(collapse(text)));
        if (id) { rec[id.key] ??= { text, el: cell }; return; }
        if (text && isWord(text, status.words)) rec[status.key] ??= { text, el: cell };
      });
    }
    // Rows that do not span every record cannot be lined up with their columns: the table is not read.
    if (!broken) out.push(...records);
  }
  return out;
}
