// Input that is not a Seller Central page is an error, never an empty reading (CONTRACT.md §1): an empty or binary
// file, an image, a sign-in page, someone else's page. Two steps: the raw bytes before anything is parsed, then the
// parsed document. Each answer is one sentence for the seller: what the input is and what to do instead.
import type { PageReading } from '../model.ts';
import { inNoise, pageShows, textOf } from './dom.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { isSellerCentralHost } from './hosts.ts';
import { CLAIMS } from './selectors/claims.ts';
import { MESSAGES } from './selectors/messages.ts';
import { ORDER_DETAILS } from './selectors/order-details.ts';
import { ORDER_LIST } from './selectors/order-list.ts';
import { RETURNS } from './selectors/returns.ts';

/** The markings that name a page kind (kind.ts), as one selector. */
const PAGE_SIGNATURES = [ORDER_LIST.signature, ORDER_DETAILS.signature, MESSAGES.signature, RETURNS.signature,
  CLAIMS.detailSignature, CLAIMS.listSignature].join(', ');

/** Where a page shows someone's words or markup as a quotation, not as its own. */
const QUOTING = 'blockquote, q, pre, code, samp, textarea, xmp';

/** True when nothing matches `selector`, or every match sits inside a quotation. */
function onlyQuoted(doc: Document, selector: string): boolean {
  for (const el of doc.querySelectorAll(selector)) if (!el.closest(QUOTING)) return false;
  return true;
}

/** The host of the web address the document was read under (http/https only; a file or blank address says nothing). */
function givenWebHost(doc: Document): string | null {
  try {
    const u = new URL(doc.URL);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase() || null : null;
  } catch {
    return null;
  }
}

/** Amazon's own hosts: Seller Central, and the stores and services under amazon.<tld> (amazon.co.uk, amazon.com.mx). */
function isAmazonHost(host: string): boolean {
  return isSellerCentralHost(host) || /(^|\.)amazon\.(com|co|ca|de|fr|it|es|nl|se|pl|in|sg|ae|sa|eg)(\.[a-z]{2,3})?$/.test(host) ||
    host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

const SAVE_AGAIN = 'open the page in Seller Central and save it again (File > Save Page As, "Webpage, Complete" or "HTML only")';

const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an icon image', [0x00, 0x00, 0x01, 0x00]],
  ['a BMP image', [0x42, 0x4d]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Why these bytes cannot be a saved page, or null when they may be one. */
export function rawInputProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return `the file is empty: ${SAVE_AGAIN}`;
  if (bytes.length > MAX_FILE_BYTES) return `the file is ${Math.round(bytes.length / 1e6)} MB, far larger than any saved page: ${SAVE_AGAIN}`;
  const head = bytes.subarray(0, 65536);
  const ascii = String.fromCharCode(...head.subarray(0, 16));
  if (/^RIFF....WEBP/s.test(ascii)) return `the file is a WebP image, not a saved page: ${SAVE_AGAIN}`;
  if (/^\s*<svg[\s>]/i.test(ascii) || /^\s*<\?xml[^>]*>\s*<svg/i.test(new TextDecoder().decode(head.subarray(0, 512)))) {
    return `the file is an SVG image, not a saved page: ${SAVE_AGAIN}`;
  }
  for (const [what, sig] of MAGIC) if (startsWith(head, sig)) return `the file is ${what}, not a saved page: ${SAVE_AGAIN}`;
  let control = 0;
  for (const b of head) {
    if (b === 0) return `the file holds binary data, not a saved page: ${SAVE_AGAIN}`;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > head.length / 100) return `the file holds binary data, not a saved page: ${SAVE_AGAIN}`;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const invalid = (text.match(/\uFFFD/g) ?? []).length;
  if (invalid > Math.max(8, text.length / 50)) return `the file holds binary data, not a saved page: ${SAVE_AGAIN}`;
  if (/^[\s\uFEFF]*$/.test(text) && bytes.length <= head.length) return `the file holds only whitespace: ${SAVE_AGAIN}`;
  if (!text.includes('<')) return `the file holds no HTML markup, so it is not a saved page: ${SAVE_AGAIN}`;
  return null;
}

/**
 * Parts of Seller Central's own chrome and app shells: any one of them marks a Seller Central page. Only what no
 * other site carries: a blog or forum quoting Seller Central links to it and may even show a Katal element, and
 * Amazon's retail pages share its /gp/ paths and AUI classes.
 */
const SELLER_CENTRAL_MARKS = [
  '#sc-navbar-container', '#sc-top-nav', '#sc-content-container', '#MYO-app', '#apploading', '#sc-mkt-picker-switcher-select',
  '#sc-lang-switcher-header-select', '.dropdown-account-switcher-header-label-regional', '#ayb-contact-buyer',
  '[data-test-id^="order-"]', '[data-test-id^="oth-"]', '[data-test-id^="item-"]', '[id^="claim-content-wrapper-"]',
];

/** Weaker signs: two of them together mark a Seller Central page, one alone does not. */
const WEAK_MARKS = [
  'kat-table, kat-label, kat-alert, kat-button, kat-textarea, kat-tabs, kat-badge, kat-box',
  'a[href^="/orders-v3"], a[href^="/gp/orders-v2"], a[href^="/gp/guarantee-claims"], a[href^="/safet-claims"], ' +
    'a[href^="/messaging/"], a[href^="/gp/returns/"], a[href^="/gp/chargebacks"]',
];

/** "Order details - Seller Central", "注文の詳細 - セラーセントラル": the app's own titles end in its name. */
const APP_TITLE = /[-–—|·:]\s*(amazon\s+)?(seller\s*central|亚马逊卖家平台|卖家平台|セラーセントラル)\s*$/i;

const SIGN_IN = 'form[name="signIn"], form[action*="/ap/signin"], #ap_email, #ap_password, input[type="password"]';

/** The "saved from url=(0061)https://…" mark browsers write at the top of a saved page. */
const SAVED_FROM = /saved from url=\(\d+\)(\S+)/i;

function hostOf(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Where the document itself says it lives: its canonical address, og:url, <base> and the saved-from mark. */
export function declaredHosts(doc: Document): string[] {
  const hosts = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.querySelector('base[href]')?.getAttribute('href'),
  ].map(hostOf);
  const comments: Node[] = [...doc.childNodes, ...(doc.documentElement?.childNodes ?? []), ...(doc.head?.childNodes ?? [])];
  for (const node of comments) {
    if (node.nodeType !== 8) continue;
    const m = SAVED_FROM.exec(node.textContent ?? '');
    if (m) hosts.push(hostOf(m[1]));
  }
  return [...new Set(hosts.filter((h): h is string => h !== null))];
}

/**
 * Why this document is not a Seller Central page, or null when it is one. Only the document decides (the address
 * it was saved under is what the user says it is): its own address when it declares one, Seller Central's chrome,
 * its page signatures (`knownKind`), the app's title, or two weaker signs together. Record ids and field labels
 * alone never do: blogs, forums and the buyer's own order page quote them.
 */
export function notSellerCentral(doc: Document, knownKind: boolean): string | null {
  if (doc.querySelector(SIGN_IN)) {
    return `this is a sign-in page, not a Seller Central page: sign in to Seller Central, then ${SAVE_AGAIN}`;
  }
  const declared = declaredHosts(doc);
  if (declared.length > 0 && !declared.some(isSellerCentralHost)) {
    return `this page is from ${declared[0]}, not Seller Central: ${SAVE_AGAIN}`;
  }
  // The address the page was read under, when it is a web address: a page served by a site that is not Amazon's is
  // someone else's page, whatever Seller Central markup it quotes.
  const given = givenWebHost(doc);
  if (given && !isAmazonHost(given) && !declared.some(isSellerCentralHost)) {
    return `this page is from ${given}, not Seller Central: ${SAVE_AGAIN}`;
  }
  // Page signatures and chrome count only where the page shows them as its own, not inside a quotation.
  if (knownKind && !onlyQuoted(doc, PAGE_SIGNATURES)) return null;
  if (declared.length > 0) return null;
  if (!onlyQuoted(doc, SELLER_CENTRAL_MARKS.join(', '))) return null;
  if (APP_TITLE.test(doc.title.trim())) return null;
  if (WEAK_MARKS.filter((m) => !onlyQuoted(doc, m)).length >= 2) return null;
  if (!textOf(doc.body ?? doc.documentElement)) return `the page has no text at all: ${SAVE_AGAIN}`;
  return `this is not a Seller Central page (none of its markings are there): ${SAVE_AGAIN}`;
}

const RECORD_ID = /\b\d{3}-\d{7}-\d{7}\b|\b\d{5}-\d{5}-\d{7}\b/;

/**
 * How an error page names itself, in its title or its main heading, in the marketplaces' languages: "page not
 * found", "we couldn't find that page", "Seite nicht gefunden", "Page introuvable", "ページが見つかりません", an
 * error code 404 or 500, "something went wrong". Only a page's name counts: an order page may well say "not found"
 * in a tracking line or a buyer's message.
 */
const ERROR_PAGE = new RegExp([
  // An error code, after a word for error or as the name itself: never digits of an id ("404-1234567-…") or an amount.
  String.raw`(\b(error|fehler|erreur|errore|erro|fout|fel|błąd|hata)|エラー|错误|خطأ)\s*(code\s*)?:?\s*(404|500|503)(?![\d.,-])|^(404|500|503)(?![\d.,-])`,
  String.raw`\bpage\s+(was\s+)?(not\s+found|cannot\s+be\s+found|could\s*n[o']t\s+be\s+found|(is\s+)?unavailable|does\s*n[o']t\s+exist)`,
  String.raw`\b(could\s*n[o']t|can\s*n[o']t|cannot|unable\s+to)\s+find\s+(that|this|the)\s+page`,
  String.raw`\bsomething\s+went\s+wrong`,
  String.raw`\bseite\s+(wurde\s+)?nicht\s+gefunden|\b(diese|die)\s+seite\s+nicht\s+finden|seite\s+existiert\s+nicht|ein\s+fehler\s+(ist\s+)?aufgetreten`,
  String.raw`\bpage\s+(est\s+)?(introuvable|non\s+trouvée|inexistante)|\btrouver\s+(cette|la)\s+page|une\s+erreur\s+(s'est|est)\s+produite`,
  String.raw`\bpágina\s+(no\s+encontrada|não\s+encontrada|no\s+existe|não\s+existe)|\bencontrar\s+(esa|esta|la|essa|a)\s+página`,
  String.raw`\bpagina\s+(non\s+trovata|non\s+esiste|niet\s+gevonden|bestaat\s+niet)|\btrovare\s+(la|questa)\s+pagina|pagina\s+(kon|kan)\s+niet\s+(worden\s+)?gevonden`,
  String.raw`\bsidan\s+(hittades\s+inte|kunde\s+inte\s+hittas|finns\s+inte)`,
  String.raw`\bnie\s+znaleziono\s+strony|\bstrona\s+nie\s+(została\s+znaleziona|istnieje)`,
  String.raw`\bsayfa\s+bulunamad[ıi]`,
  String.raw`الصفحة\s+غير\s+موجودة|(لم\s+يتم\s+العثور|تعذر\s+العثور)\s+على\s+(هذه\s+)?الصفحة`,
  String.raw`ページ(が|は)見つかりません|ページを表示できません|エラーが発生しました`,
  String.raw`(找不到|未找到)(该|此|您要的)?页面|页面(不存在|未找到|找不到)|出错了`,
].join('|'), 'iu');

/** The page's name: its title and its main headings (its h1s, else its first heading), as the page shows them. */
function pageNames(doc: Document): string[] {
  const names = [doc.title];
  const own = (el: Element) => !el.closest(QUOTING) && !inNoise(el);
  const main = [...doc.querySelectorAll('h1, [role="heading"][aria-level="1"]')].filter(own);
  const first = [...doc.querySelectorAll('h2, h3, [role="heading"]')].find(own);
  for (const el of main.length ? main : first ? [first] : []) names.push(textOf(el));
  return names.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * The words with which a page says it is an error page ("Page Not Found - Seller Central", "Seite nicht gefunden"),
 * or null. Only for a page without any page kind's markings (`knownKind`): a real order page shows its own.
 */
export function saysErrorPage(doc: Document, knownKind: boolean): string | null {
  if (knownKind) return null;
  return pageNames(doc).find((n) => ERROR_PAGE.test(n)) ?? null;
}

/**
 * Why a Seller Central page has nothing to read, or null. A page that is Seller Central's (its chrome) but neither
 * looks like any page kind nor shows a single order or claim id — "page not found", an error, an expired session
 * drawn inside the frame — is not an empty list: reading it as "nothing here" would be a confident wrong answer.
 */
export function showsNoRecords(doc: Document, knownKind: boolean, reading: PageReading): string | null {
  const error = doc.body ? saysErrorPage(doc, knownKind) : null;
  // An error page saved under an order's address may print that order's id ("the page you requested (order …)"):
  // it is still an error page, not that order's page with nothing else on it.
  if (error) return `this Seller Central page shows no order, claim, message or return: it says it is an error page ("${error.slice(0, 80)}"): ${SAVE_AGAIN}`;
  const readAny = reading.orders.length + reading.claims.length + reading.messages.length + reading.returns.length > 0 || reading.draft != null;
  if (knownKind || readAny || !doc.body) return null;
  if (pageShows(doc, (s) => RECORD_ID.test(s))) return null;
  // A table of data (FBA shipments, payments, inventory) is a page of a kind no reader knows, not an error page: it is
  // read as kind "unknown", what it shows unread (CONTRACT.md §2).
  if (showsDataTable(doc)) return null;
  return `this Seller Central page shows no order, claim, message or return (a "page not found", an error or an expired session?): ${SAVE_AGAIN}`;
}

const DATA_TABLES = 'table, kat-table, [role="grid"], [role="table"]';
const DATA_ROWS = 'tr, kat-table-row, [role="row"]';
const DATA_CELLS = 'td, th, kat-table-cell, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';

/** Does the page show, as its own and outside page furniture, a table of at least two rows of two cells that say
 * something, some of them data (a number, a date, an id)? A table laying out links on an error page holds only words. */
function showsDataTable(doc: Document): boolean {
  for (const table of doc.querySelectorAll(DATA_TABLES)) {
    if (table.closest(QUOTING) || inNoise(table)) continue;
    let rows = 0;
    for (const row of table.querySelectorAll(DATA_ROWS)) {
      if (row.closest(DATA_TABLES) !== table) continue;
      const cells = [...row.children].filter((c) => c.matches(DATA_CELLS) && textOf(c) !== '');
      if (cells.length >= 2 && cells.some((c) => /\d/u.test(textOf(c))) && ++rows >= 2) return true;
    }
  }
  return false;
}
