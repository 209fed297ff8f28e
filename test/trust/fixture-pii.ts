// Buyer personal data shown on the fixture pages, collected from the pages themselves (not a hand list), so a
// new fixture page with new names or addresses is covered without editing the privacy tests. The pages are
// fictional; what counts is that none of these strings ever reaches the extension's storage.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { countryCode } from '../../src/read/countries.ts';

export type PiiKind = 'name' | 'address-line' | 'postal-code' | 'phone' | 'email' | 'message';
export interface Pii { file: string; kind: PiiKind; value: string }

const FIXTURE_DIRS = ['test/fixtures/reference', 'test/fixtures/pages'].map((d) => new URL(`../../${d}/`, import.meta.url));

export function fixtureFiles(): string[] {
  return FIXTURE_DIRS.filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.html')).map((f) => new URL(f, d).pathname));
}

const NAME_SELECTORS = [
  '[data-test-id="shipping-section-recipient-name"]', '[data-test-id="buyer-name-with-link"]',
  '[data-test-id="shipping-section-contact-buyer-value"]', '.thread-buyer-name', '.buyer-name',
  '.thread-message-max-width-container-left .thread-message-sender', '[data-test-id="thread-buyer-name"]',
];
const MESSAGE_SELECTORS = ['.thread-message-body', '.snippet', '.customer-comment', '.buyer-statement', 'textarea'];
const ADDRESS_LINES = '[data-test-id="shipping-section-buyer-address"] > span:not([data-test-id="shipping-section-recipient-name"])';
const PHONE_SELECTORS = ['[data-test-id="shipping-section-phone"]'];

// US ZIP (+4, and its 5-digit part), UK postcode, JP 〒NNN-NNNN.
const POSTAL = [/\b(\d{5})(?:-\d{4})?\b/g, /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g, /(?<![\d-])\d{3}-\d{4}(?![\d-])/g];
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Fixture phone numbers are in 555 ranges (US +1 NXX-555-01xx, JP 090-5555-0123).
const PHONE = /\+?\d[\d ().-]{6,}\d/g;

/** A 555-range number of phone length, not an order id (3-7-7) or a tracking number that happens to hold 555. */
function isFixturePhone(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  return s.includes('555') && digits.length >= 7 && digits.length <= 15 && !/\d{3}-\d{7}-\d{7}/.test(s);
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Every root a person could see text in: the document and, recursively, each template's content
 *  (declarative shadow roots stay templates in jsdom). */
function roots(doc: Document): ParentNode[] {
  const out: ParentNode[] = [doc];
  for (let i = 0; i < out.length; i++) {
    for (const t of out[i]!.querySelectorAll('template')) out.push(t.content);
  }
  return out;
}

/** Sentences long enough to be specific to one buyer's message. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s+/).map(clean).filter((s) => s.length >= 20);
}

export function piiOf(file: string, html: string): Pii[] {
  const doc = new JSDOM(html).window.document;
  const out: Pii[] = [];
  const add = (kind: PiiKind, value: string) => { const v = clean(value); if (v.length >= 3) out.push({ file, kind, value: v }); };
  for (const root of roots(doc)) {
    for (const el of root.querySelectorAll(NAME_SELECTORS.join(','))) add('name', el.textContent ?? '');
    for (const el of root.querySelectorAll(ADDRESS_LINES)) {
      const line = clean(el.textContent);
      if (!line || countryCode(line)) continue; // the country is the one address fact that may be kept (as a code)
      add('address-line', line);
      for (const re of POSTAL) for (const m of line.matchAll(re)) for (const code of m) if (code) add('postal-code', code);
    }
    for (const el of root.querySelectorAll(PHONE_SELECTORS.join(','))) add('phone', el.textContent ?? '');
    for (const el of root.querySelectorAll(MESSAGE_SELECTORS.join(','))) {
      const body = clean(el.textContent);
      if (body.length >= 20) add('message', body);
      for (const s of sentences(body)) add('message', s);
    }
    // Text node by text node, so words of neighbouring elements are not glued together.
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
    const text = parts.join('\n');
    for (const m of text.matchAll(EMAIL)) add('email', m[0]);
    for (const a of root.querySelectorAll('a[href^="mailto:"]')) add('email', a.getAttribute('href')!.slice(7));
    for (const m of text.matchAll(PHONE)) if (isFixturePhone(m[0])) add('phone', m[0]);
  }
  const seen = new Set<string>();
  return out.filter((p) => { const k = `${p.kind}\0${p.value}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

export function collectFixturePii(): Pii[] {
  return fixtureFiles().flatMap((f) => piiOf(f.split('/').pop()!, readFileSync(f, 'utf8')));
}

/** Every string in a stored value, keys included, one per line (JSON text is parsed first, so escaping in the
 *  dump cannot hide a match). */
export function storedText(stored: unknown): string {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) { out.push(k); walk(v); }
    else if (typeof x === 'number' || typeof x === 'boolean') out.push(String(x));
  };
  let value = stored;
  if (typeof stored === 'string') { try { value = JSON.parse(stored); } catch { value = stored; } }
  walk(value);
  return out.join('\n');
}

/** The pieces of `pii` found anywhere in `stored` (case-insensitive; a numeric postal code must not be part of a
 *  longer number, so order and tracking ids do not count as a match). */
export function leaks(stored: unknown, pii: Pii[]): Pii[] {
  const hay = storedText(stored).toLowerCase();
  return pii.filter((p) => {
    const needle = p.value.toLowerCase();
    if (p.kind === 'postal-code' && /^\d/.test(needle)) {
      const esc = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?<![0-9])${esc}(?![0-9])`).test(hay);
    }
    return hay.includes(needle);
  });
}
