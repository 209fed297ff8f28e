// "A page with records on it is either read or says what it could not read." Each page kind has one region of
// records; this counts the records the page shows by what marks a record whatever the markup (an order id, a
// SAFE-T claim id, a link to an order), compares with what the reader returned, and names the region in `missing`
// when some were not read. The names are what the popup and the advice show the seller.
import type { PageKind, PageReading } from '../model.ts';
import { contentRoot } from './context.ts';
import { inNoise, textOf } from './dom.ts';

export const REGIONS: Record<Exclude<PageKind, 'unknown'>, string> = {
  'order-details': 'order details',
  'order-list': 'orders list rows',
  claim: 'claim details',
  'claim-list': 'claims list rows',
  messages: 'message thread',
  returns: 'returns list rows',
};

/** Every region name, for telling an unread region from a missing field path in `missing`. */
export const REGION_NAMES: ReadonlySet<string> = new Set(Object.values(REGIONS));

/** Does this `missing` entry say that a region of records was not read (rather than one field)? */
export function isUnreadRegion(entry: string): boolean {
  const name = entry.replace(/^pages\[\d+\]\./, '').replace(/\s*\(.*\)$/, '');
  return REGION_NAMES.has(name) || /^page (beyond|larger|with more)/.test(name);
}

const ORDER_ID = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g;
const SAFET_ID = /(?<![\d-])\d{5}-\d{5}-\d{7}(?![\d-])/g;
const ORDER_HREF = /\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})|[?&]order[Ii][Dd]=(\d{3}-\d{7}-\d{7})/;

/**
 * Order ids the page links to outside page furniture and not in `read`. Only ids not read are checked for furniture
 * (the expensive part), so a page read in full costs one selector query.
 */
function unreadLinkedIds(root: Element, read: ReadonlySet<string | null>): Set<string> {
  const ids = new Set<string>();
  // By index, and the length read once: jsdom resolves every other property of a live collection (`item`,
  // `length`) through a named-item lookup over the whole collection.
  const links = root.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    const a = links[i]!;
    const m = ORDER_HREF.exec(a.getAttribute('href') ?? '');
    const id = m ? (m[1] ?? m[2])! : null;
    if (id && !read.has(id) && !ids.has(id) && !inNoise(a, root)) ids.add(id);
  }
  return ids;
}

/** Ids of records the page shows that are not in `read`: linked order ids, and with `withText` those in its text. */
function unreadIds(doc: Document, read: ReadonlySet<string | null>, withText: boolean): Set<string> {
  const root = contentRoot(doc);
  const ids = unreadLinkedIds(root, read);
  if (withText) {
    for (const m of textOf(root).matchAll(ORDER_ID)) if (!read.has(m[0])) ids.add(m[0]);
  }
  return ids;
}

function safetIdsShown(doc: Document): Set<string> {
  const root = contentRoot(doc);
  const ids = new Set<string>();
  for (const m of textOf(root).matchAll(SAFET_ID)) ids.add(m[0]);
  for (const el of root.querySelectorAll('[id^="claim-content-wrapper-"]')) {
    const m = /\d{5}-\d{5}-\d{7}/.exec(el.id);
    if (m) ids.add(m[0]);
  }
  return ids;
}

/**
 * Does the page show data rows (a table row with two or more cells, or a Katal table row) outside page furniture?
 * Asked only of list pages where nothing was read: rows of a layout we do not know, with no id we recognise, are
 * still records. An empty list's "no results" row is one wide cell.
 */
function showsDataRows(doc: Document): boolean {
  const root = contentRoot(doc);
  for (const row of root.querySelectorAll('tr, kat-table-row')) {
    if (row.closest('thead, kat-table-head') || inNoise(row, root)) continue;
    if (row.tagName === 'KAT-TABLE-ROW') return true;
    let cells = 0;
    for (const c of row.children) if (c.tagName === 'TD') cells++;
    if (cells >= 2) return true;
  }
  return false;
}

function describe(region: string, unread: number, read: number): string {
  return read === 0 ? region : `${region} (${unread} not read, ${read} read)`;
}

type Lists = Pick<PageReading, 'orders' | 'claims' | 'messages' | 'returns'>;

/** The region of `kind` whose records the page shows but the reading lacks, or null when all were read. */
export function unreadRegion(kind: PageKind, doc: Document, lists: Lists, contactPage: boolean): string | null {
  switch (kind) {
    case 'order-details':
      return lists.orders.length === 0 ? REGIONS[kind] : null;
    case 'claim':
      return lists.claims.length === 0 ? REGIONS[kind] : null;
    case 'messages':
      return lists.messages.length === 0 && !contactPage ? REGIONS[kind] : null;
    case 'order-list': {
      // Links mark Manage Orders rows in every layout; the text is not searched, since an empty search result
      // repeats the id that was searched for.
      const unread = unreadIds(doc, new Set(lists.orders.map((o) => o.orderId as string)), false).size;
      if (unread === 0 && lists.orders.length === 0 && showsDataRows(doc)) return REGIONS[kind];
      return unread > 0 ? describe(REGIONS[kind], unread, lists.orders.length) : null;
    }
    case 'returns': {
      const unread = unreadIds(doc, new Set(lists.returns.map((r) => r.orderId as string | null)), true).size;
      if (unread === 0 && lists.returns.length === 0 && showsDataRows(doc)) return REGIONS[kind];
      return unread > 0 ? describe(REGIONS[kind], unread, lists.returns.length) : null;
    }
    case 'claim-list': {
      const unreadOrders = unreadIds(doc, new Set(lists.claims.map((c) => c.orderId as string | null)), true).size;
      const readClaims = new Set(lists.claims.map((c) => c.claimId));
      const unreadSafet = [...safetIdsShown(doc)].filter((id) => !readClaims.has(id)).length;
      const unread = Math.max(unreadOrders, unreadSafet);
      if (unread === 0 && lists.claims.length === 0 && showsDataRows(doc)) return REGIONS[kind];
      return unread > 0 ? describe(REGIONS[kind], unread, lists.claims.length) : null;
    }
    case 'unknown':
      return null;
  }
}
