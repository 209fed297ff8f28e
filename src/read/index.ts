// Document + URL -> PageReading (CONTRACT.md §2). The same code runs in the content script on the live page and
// in the CLI on a jsdom document. It never throws: a reader that fails yields empty lists and a `missing` entry.
import type { PageKind, PageReading } from '../model.ts';
import { readClaimDetail, readClaimList } from './claims.ts';
import type { ReadContext } from './context.ts';
import { missingPaths } from './facts.ts';
import { judgeKind, kindFromPage } from './kind.ts';
import { saysErrorPage } from './page-guard.ts';
import { MAX_ELEMENTS } from './limits.ts';
import { REGIONS, unreadRegion } from './regions.ts';
import { MESSAGES } from './selectors/messages.ts';
import { detectLanguage } from './language.ts';
import { detectMarketplace } from './marketplace.ts';
import { readDraft, readThread } from './messages.ts';
import { readOrderDetails } from './order-details.ts';
import { readOrderList } from './order-list.ts';
import { readReturns } from './returns.ts';
import { printedZone, zoneForHost, zoneForMarketplace } from './time-zones.ts';

export { detectKind } from './kind.ts';
export { isUnreadRegion } from './regions.ts';

type Lists = Pick<PageReading, 'orders' | 'claims' | 'messages' | 'returns' | 'draft'> & { notes: string[] };

function emptyLists(): Lists {
  return { orders: [], claims: [], messages: [], returns: [], notes: [] };
}

/** The list a page kind is about, named as in `missing` when the reader could not read it. */
const MAIN_LIST: Record<PageKind, keyof Omit<Lists, 'notes' | 'draft'> | null> = {
  'order-details': 'orders', 'order-list': 'orders', claim: 'claims', 'claim-list': 'claims',
  messages: 'messages', returns: 'returns', unknown: null,
};

/**
 * What `missing` says when records the page shows were not read: the list path a program can check ("messages":
 * this list lacks records the page shows) and the region in words for the seller ("message thread"). A message
 * thread names the order it is about, so an unread thread that gave no order leaves "orders" unread too.
 */
function unreadList(kind: PageKind, region: string, lists: Lists): string[] {
  const main = MAIN_LIST[kind];
  const paths = main ? [main] : [];
  if (kind === 'messages' && lists.messages.length === 0 && lists.orders.length === 0) paths.push('orders');
  return [...paths, region];
}

function runReader(kind: PageKind, ctx: ReadContext): Lists {
  const out = emptyLists();
  switch (kind) {
    case 'order-details': {
      out.orders = readOrderDetails(ctx);
      if (out.orders.length === 0) out.notes.push('orders');
      break;
    }
    case 'order-list': {
      const orders = readOrderList(ctx);
      if (orders === null) out.notes.push('orders');
      out.orders = orders ?? [];
      break;
    }
    case 'claim-list': {
      const list = readClaimList(ctx);
      if (list.unread) out.notes.push('claims');
      out.claims = list.claims;
      break;
    }
    case 'claim': {
      out.claims = readClaimDetail(ctx);
      if (out.claims.length === 0) out.notes.push('claims');
      break;
    }
    case 'messages': {
      const thread = readThread(ctx);
      out.messages = thread.messages;
      out.orders = thread.orders;
      if (thread.unknownSenders > 0) out.notes.push('messages.from');
      out.draft = readDraft(ctx.doc);
      break;
    }
    case 'returns': {
      const returns = readReturns(ctx);
      if (returns === null) out.notes.push('returns');
      out.returns = returns ?? [];
      break;
    }
    case 'unknown':
      break;
  }
  return out;
}

/** The page's text nodes that print a time, one a line (a time and its zone are printed in one text; elements never
 * run together). The first hundred tell which zone a page prints: the walk stops there, as a list of 250 orders
 * prints a time in every row. */
function timeTexts(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4);
  const out: string[] = [];
  for (let n = walker.nextNode(); n && out.length < 100; n = walker.nextNode()) {
    const t = n.nodeValue;
    if (t && TIME_LIKE.test(t)) out.push(t);
  }
  return out.join('\n');
}

const TIME_LIKE = /\d\s*(?::|h)\s*\d\d/;

/** A page too large to walk: nothing is read, and the reading says why (limits.ts). */
function tooLarge(kind: PageKind, notes: string[]): PageReading {
  const region = kind === 'unknown' ? 'page' : REGIONS[kind];
  return { kind, marketplace: null, uiLanguage: null, orders: [], claims: [], messages: [], returns: [],
    missing: [...(kind === 'unknown' ? ['kind'] : []), 'marketplace', 'uiLanguage', region, `page with more than ${MAX_ELEMENTS} elements (too large to read)`],
    draft: null, notes };
}

/**
 * `cut` names what was left out of the document before it was parsed (the command line bounds huge pages, see
 * bound-html.ts); it is carried into `missing`.
 */
export function readPage(doc: Document, href: string, cut: readonly string[] = []): PageReading {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'unknown', marketplace: null, uiLanguage: null, orders: [], claims: [], messages: [], returns: [],
      missing: ['url', 'kind', 'marketplace', 'uiLanguage'], draft: null };
  }
  let kind: PageKind = 'unknown';
  const missing: string[] = [];
  const notes: string[] = [];
  let ctx: ReadContext;
  try {
    const verdict = judgeKind(url, doc);
    kind = verdict.kind;
    if (verdict.conflict) notes.push(verdict.conflict);
    // An error page ("Page not found") saved under an order's address is no order page: nothing on it is that order's.
    const error = kind === 'unknown' ? null : saysErrorPage(doc, kindFromPage(doc) !== 'unknown');
    if (error) {
      notes.push(`the page says it is an error page ("${error.slice(0, 80)}"), not ${kind === 'order-details' || kind === 'order-list' ? 'an' : 'a'} ${kind} page`);
      kind = 'unknown';
    }
    // One index probe, not `.length`: jsdom answers `.length` of a live collection with a named-item lookup.
    const all = doc.getElementsByTagName('*');
    if (all[MAX_ELEMENTS] !== undefined) return tooLarge(kind, notes);
    const marketplace = detectMarketplace(doc, url, kind);
    const zone = printedZone(() => timeTexts(doc), marketplace) ??
      (marketplace ? zoneForMarketplace(marketplace) : zoneForHost(url.hostname));
    ctx = { doc, url, marketplace, uiLanguage: detectLanguage(doc), dates: { marketplace, zone } };
  } catch {
    // A page so odd that even the chrome cannot be read: say what is unknown and stop.
    const main = MAIN_LIST[kind];
    return { kind, marketplace: null, uiLanguage: null, orders: [], claims: [], messages: [], returns: [],
      missing: ['marketplace', 'uiLanguage', ...(main ? [main] : []), ...(kind === 'unknown' ? ['kind'] : [REGIONS[kind]]), ...cut],
      draft: null };
  }
  // A Seller Central page of a kind no reader knows (feedback, performance notifications, settings) is not "nothing
  // here": what it shows was not read, and `kind` says so (CONTRACT.md §1: never an empty reading with empty missing).
  if (kind === 'unknown') missing.push('kind');
  if (!ctx.marketplace) missing.push('marketplace');
  if (!ctx.uiLanguage) missing.push('uiLanguage');

  let lists: Lists;
  try {
    lists = runReader(kind, ctx);
  } catch {
    lists = emptyLists();
    const main = MAIN_LIST[kind];
    if (main) lists.notes.push(main);
  }
  let region: string | null;
  try {
    region = unreadRegion(kind, doc, lists, doc.querySelector(MESSAGES.contactPage) !== null);
  } catch {
    region = kind === 'unknown' ? null : REGIONS[kind];
  }
  missing.push(...lists.notes, ...(region ? unreadList(kind, region, lists) : []), ...cut, ...missingPaths(lists));
  const reading: PageReading = {
    kind, marketplace: ctx.marketplace, uiLanguage: ctx.uiLanguage,
    orders: lists.orders, claims: lists.claims, messages: lists.messages, returns: lists.returns,
    missing: [...new Set(missing)], draft: lists.draft ?? null,
  };
  if (notes.length) reading.notes = notes;
  return reading;
}
