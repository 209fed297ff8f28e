// Input that is not a Seller Central page is an error, never an empty reading (CONTRACT.md §1): an empty or binary
// file, an image, a sign-in page, someone else's page. Two steps: the raw bytes before anything is parsed, then the
// parsed document. Each answer is one sentence for the seller: what the input is and what to do instead.
import { contentRoot } from './context.ts';
import { textOf } from './dom.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { FIELD_LABELS, labelLookup, type FieldKey } from './labels.ts';

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

/** Parts of Seller Central's own chrome and app shells: any one of them marks a Seller Central page. */
const SELLER_CENTRAL_MARKS = [
  '#sc-navbar-container', '#sc-top-nav', '#sc-content-container', '#MYO-app', '#apploading', '#sc-mkt-picker-switcher-select',
  '#sc-lang-switcher-header-select', '.dropdown-account-switcher-header-label-regional', '#ayb-contact-buyer',
  '[data-test-id^="order-"]', '[data-test-id^="oth-"]', '[data-test-id^="item-"]', '[id^="claim-content-wrapper-"]',
  'a[href*="sellercentral"]', 'a[href^="/orders-v3"]', 'a[href^="/gp/"]', 'a[href^="/messaging/"]', 'a[href^="/safet-claims"]',
  'kat-table', 'kat-label', 'kat-alert', 'kat-button', 'kat-textarea', 'kat-tabs',
];

const SIGN_IN = 'form[name="signIn"], form[action*="/ap/signin"], #ap_email, #ap_password, input[type="password"]';

const anyLabel = labelLookup(Object.keys(FIELD_LABELS) as FieldKey[]);
const RECORD_ID = /(?<![\d-])(\d{3}-\d{7}-\d{7}|\d{5}-\d{5}-\d{7})(?![\d-])/;

/** A page without Seller Central's chrome still counts when it shows a record id next to a label we read. */
function looksLikeRecords(doc: Document): boolean {
  const root = contentRoot(doc);
  if (!RECORD_ID.test(textOf(root))) return false;
  let seen = 0;
  for (const el of root.querySelectorAll('*')) {
    if (++seen > 20_000) break;
    if (el.childElementCount === 0 && anyLabel((el.textContent ?? '').trim())) return true;
  }
  return false;
}

/** Why this document is not a Seller Central page, or null when it is one (or may be: when in doubt, read it). */
export function notSellerCentral(doc: Document, knownKind: boolean): string | null {
  if (doc.querySelector(SIGN_IN)) {
    return `this is a sign-in page, not a Seller Central page: sign in to Seller Central, then ${SAVE_AGAIN}`;
  }
  if (knownKind) return null;
  if (doc.querySelector(SELLER_CENTRAL_MARKS.join(', '))) return null;
  if (/seller\s*central|卖家平台|セラーセントラル/i.test(doc.title)) return null;
  if (looksLikeRecords(doc)) return null;
  if (!textOf(doc.body ?? doc.documentElement)) return `the page has no text at all: ${SAVE_AGAIN}`;
  return `this is not a Seller Central page (none of its markings are there): ${SAVE_AGAIN}`;
}
