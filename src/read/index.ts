// Document + URL -> PageReading (CONTRACT.md §2). The same code runs in the content script on the live page and
// in the CLI on a jsdom document. It never throws: a reader that fails yields empty lists and a `missing` entry.
import type { PageKind, PageReading } from '../model.ts';
import { readClaimDetail, readClaimList } from './claims.ts';
import type { ReadContext } from './context.ts';
import { missingPaths } from './facts.ts';
import { detectKind } from './kind.ts';
import { detectLanguage } from './language.ts';
import { detectMarketplace } from './marketplace.ts';
import { readDraft, readThread } from './messages.ts';
import { readOrderDetails } from './order-details.ts';
import { readOrderList } from './order-list.ts';
import { readReturns } from './returns.ts';
import { zoneForHost, zoneForMarketplace } from './time-zones.ts';

export { detectKind } from './kind.ts';

type Lists = Pick<PageReading, 'orders' | 'claims' | 'messages' | 'returns' | 'draft'> & { notes: string[] };

function emptyLists(): Lists {
  return { orders: [], claims: [], messages: [], returns: [], notes: [] };
}

/** The list a page kind is about, named as in `missing` when the reader could not read it. */
const MAIN_LIST: Record<PageKind, keyof Omit<Lists, 'notes' | 'draft'> | null> = {
  'order-details': 'orders', 'order-list': 'orders', claim: 'claims', 'claim-list': 'claims',
  messages: 'messages', returns: 'returns', unknown: null,
};

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

export function readPage(doc: Document, href: string): PageReading {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'unknown', marketplace: null, uiLanguage: null, orders: [], claims: [], messages: [], returns: [],
      missing: ['url', 'marketplace', 'uiLanguage'], draft: null };
  }
  let kind: PageKind = 'unknown';
  const missing: string[] = [];
  let ctx: ReadContext;
  try {
    kind = detectKind(url, doc);
    const marketplace = detectMarketplace(doc, url, kind);
    const zone = marketplace ? zoneForMarketplace(marketplace) : zoneForHost(url.hostname);
    ctx = { doc, url, marketplace, uiLanguage: detectLanguage(doc), dates: { marketplace, zone } };
  } catch {
    // A page so odd that even the chrome cannot be read: say what is unknown and stop.
    const main = MAIN_LIST[kind];
    return { kind, marketplace: null, uiLanguage: null, orders: [], claims: [], messages: [], returns: [],
      missing: ['marketplace', 'uiLanguage', ...(main ? [main] : [])], draft: null };
  }
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
  missing.push(...lists.notes, ...missingPaths(lists));
  return {
    kind, marketplace: ctx.marketplace, uiLanguage: ctx.uiLanguage,
    orders: lists.orders, claims: lists.claims, messages: lists.messages, returns: lists.returns,
    missing, draft: lists.draft ?? null,
  };
}
