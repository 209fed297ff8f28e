// Which page is this? The URL first (PAGES.md lists the paths), then the page's own signature for paths we do not
// know (redesigns, new tabs).
import type { PageKind } from '../model.ts';
import { CLAIMS } from './selectors/claims.ts';
import { ORDER_DETAILS } from './selectors/order-details.ts';
import { ORDER_LIST } from './selectors/order-list.ts';
import { MESSAGES } from './selectors/messages.ts';
import { RETURNS } from './selectors/returns.ts';

/** Claim pages get a claim type from where they live. */
export type ClaimArea = 'a-to-z' | 'safe-t' | 'chargeback';

const URL_KINDS: [RegExp, PageKind][] = [
  // Order details, and the legacy order page. Sub-pages (/cancel-order, /confirm-shipment, /packing-slip) are forms.
  [/^\/orders-v3\/order\/[^/]+\/?$/, 'order-details'],
  [/^\/gp\/orders-v2\/details/, 'order-details'],
  // Manage Orders, its tabs (/mfn/unshipped, /fba/all) and search.
  [/^\/orders-v3(\/(mfn|fba|afn)(\/[^/]*)?|\/search|\/all)?\/?$/, 'order-list'],
  [/^\/gp\/orders-v2\/(list|search)/, 'order-list'],
  // A-to-z: list (home.html, homepage.html), detail (claim-details.html?claimId=).
  [/^\/gp\/guarantee-claims\/claim-details/, 'claim'],
  [/^\/gp\/guarantee-claims(\/(home|homepage|index)\.html)?\/?$/, 'claim-list'],
  // SAFE-T: the list at /safet-claims; a claim below it (/safet-claims/<id>, /safet-claims/claim-details...).
  [/^\/safet-claims\/?$/, 'claim-list'],
  [/^\/safet-claims\/.+/, 'claim'],
  // Chargebacks are hash-routed: the path is the list; the detail is decided from the hash below.
  [/^\/gp\/chargebacks/, 'claim-list'],
  // Buyer-Seller Messaging: inboxes, threads, the contact-buyer page.
  [/^\/messaging\/(inbox(-v\d)?|thread|contact)/, 'messages'],
  // Returns.
  [/^\/gp\/returns\/(list|actions)/, 'returns'],
  [/^\/manage\/returns/, 'returns'],
  [/^\/returns\/(list|manage)/, 'returns'],
];

export function kindFromUrl(url: URL): PageKind {
  const path = url.pathname;
  for (const [re, kind] of URL_KINDS) {
    if (!re.test(path)) continue;
    if (kind === 'claim-list' && /^\/gp\/chargebacks/.test(path) && /claim(id)?=|detail/i.test(url.hash + url.search)) {
      return 'claim';
    }
    if (kind === 'claim-list' && /[?&]claimId=/i.test(url.search)) return 'claim';
    return kind;
  }
  return 'unknown';
}

export function kindFromPage(doc: Document): PageKind {
  if (doc.querySelector(ORDER_LIST.signature)) return 'order-list';
  if (doc.querySelector(ORDER_DETAILS.signature)) return 'order-details';
  if (doc.querySelector(MESSAGES.signature)) return 'messages';
  if (doc.querySelector(RETURNS.signature)) return 'returns';
  if (doc.querySelector(CLAIMS.detailSignature)) return 'claim';
  if (doc.querySelector(CLAIMS.listSignature)) return 'claim-list';
  return 'unknown';
}

const article = (kind: PageKind) => (/^[aeiou]/.test(kind) ? 'an' : 'a');

export interface KindVerdict {
  kind: PageKind;
  /** Set when the address names another kind of page than the document shows. */
  conflict: string | null;
}

/**
 * The kind of page: what the document shows when its own markings say, else what its address says. A list saved
 * under an order's address is a list (its rows must never become that order's facts); the disagreement is said.
 */
export function judgeKind(url: URL, doc?: Document): KindVerdict {
  const byUrl = kindFromUrl(url);
  const byPage = doc ? kindFromPage(doc) : 'unknown';
  if (byPage === 'unknown' || byPage === byUrl) return { kind: byUrl, conflict: null };
  if (byUrl === 'unknown') return { kind: byPage, conflict: null };
  // A claim's page of the same programme may show list markings (its history table) and the reverse: same family.
  if (byUrl.startsWith('claim') && byPage.startsWith('claim')) return { kind: byUrl, conflict: null };
  return {
    kind: byPage,
    conflict: `the address is that of ${article(byUrl)} ${byUrl} page but the page shows ${article(byPage)} ${byPage} page: read as ${byPage}`,
  };
}

/** The kind of page (see judgeKind). */
export function detectKind(url: URL, doc?: Document): PageKind {
  return judgeKind(url, doc).kind;
}

/** Which claim programme a claim page belongs to. */
export function claimArea(url: URL): ClaimArea {
  if (/^\/safet-claims/.test(url.pathname)) return 'safe-t';
  if (/^\/gp\/chargebacks/.test(url.pathname)) return 'chargeback';
  return 'a-to-z';
}
