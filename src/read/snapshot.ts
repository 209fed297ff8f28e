// "Save this page for a bug report": the page as HTML that `cli read` accepts as is — open shadow roots written as
// declarative <template shadowrootmode="open">, scripts dropped — with the buyer's name, address, phone numbers and
// emails redacted. Real pages will differ from every fixture; this is how the readers meet them.
// Limits: free text the page does not mark as personal (an address typed inside a message) is caught only when it
// repeats a marked value, an email or a phone number; the seller is told to look the file over before sharing it.
import { findHits } from '../check/find.ts';
import { countryCode } from './countries.ts';

const ELEMENT = 1, TEXT = 3, COMMENT = 8;
const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR']);
const RAW_TEXT = new Set(['STYLE']);

/** Elements whose whole text is buyer personal data, by the pages they were seen on (PAGES.md). */
const PERSONAL = [
  // Order details: ship-to block (name, street lines, phone), contact-buyer link text.
  '[data-test-id="shipping-section-buyer-address"]', '[data-test-id="shipping-section-recipient-name"]',
  '[data-test-id="shipping-section-phone"]', '[data-test-id="shipping-section-contact-buyer-value"]',
  // Manage Orders: buyer name cell.
  '[data-test-id="buyer-name-with-link"]', '.buyer-name',
  // Messaging: thread header, sender line, thread-list rows.
  '.thread-buyer-name', '.thread-message-sender',
].join(', ');

const REDACTED = '[redacted]';
/** Attributes that say what an element is, not who the buyer is: kept so readers still find their way. */
const STRUCTURAL = new Set(['data-test-id', 'class', 'id', 'role', 'lang', 'dir']);

export interface Snapshot { html: string; redactions: number }

function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
function escapeAttr(s: string): string {
  return s.replace(/[&"<]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&lt;'));
}
/** The country line of an address identifies nobody, and the reader keeps it (shipToCountry). */
const isCountryLine = (text: string) => countryCode(text) !== null;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Personal strings shown in marked elements (names, street lines, phones), longest first. */
function personalStrings(doc: Document): string[] {
  const found = new Set<string>();
  const collect = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll(PERSONAL)) {
      for (const part of (el.textContent ?? '').split(/\n|\s{2,}/)) {
        const t = part.trim();
        if (t.length >= 3 && !isCountryLine(t)) found.add(t);
      }
      for (const child of el.querySelectorAll('span, div, a')) {
        const t = (child.textContent ?? '').trim();
        if (t.length >= 3 && !isCountryLine(t)) found.add(t);
      }
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
  };
  collect(doc);
  return [...found].sort((a, b) => b.length - a.length);
}

export function snapshotPage(doc: Document): Snapshot {
  const strings = personalStrings(doc);
  const pattern = strings.length ? new RegExp(strings.map(escapeRegExp).join('|'), 'g') : null;
  let redactions = 0;
  const redact = (s: string): string => {
    let out = s;
    if (pattern) out = out.replace(pattern, () => { redactions++; return REDACTED; });
    if (!/@|\d{3}|\bat\b|\(at\)|＠/i.test(out)) return out; // cheap: no email or phone can be here
    // The message checker already finds emails and phone numbers through every evasion, and knows order ids,
    // tracking ids and prices are not phones; only where, never its wording. Right to left so earlier offsets stay valid.
    const personal = findHits(out).filter((h) => h.kind === 'email' || h.kind === 'phone').sort((a, b) => b.start - a.start);
    for (const f of personal) {
      out = out.slice(0, f.start) + REDACTED + out.slice(f.end);
      redactions++;
    }
    return out;
  };

  const parts: string[] = ['<!doctype html>\n'];
  const walk = (node: Node, personal: boolean): void => {
    if (node.nodeType === TEXT) {
      const text = node.nodeValue ?? '';
      if (personal && text.trim() && !isCountryLine(text.trim())) { redactions++; parts.push(REDACTED); return; }
      parts.push(escapeText(redact(text)));
      return;
    }
    if (node.nodeType === COMMENT || node.nodeType !== ELEMENT) return;
    const el = node as Element;
    if (el.tagName === 'SCRIPT') return; // a saved page never runs code; readers ignore scripts anyway
    const tag = el.tagName.toLowerCase();
    const isPersonal = personal || el.matches(PERSONAL);
    parts.push(`<${tag}`);
    for (const a of el.attributes) {
      const value = isPersonal && !STRUCTURAL.has(a.name) ? REDACTED : redact(a.value);
      parts.push(` ${a.name}="${escapeAttr(value)}"`);
    }
    parts.push('>');
    if (VOID.has(el.tagName)) return;
    if (el.shadowRoot) {
      parts.push(`<template shadowrootmode="${el.shadowRoot.mode}">`);
      for (const child of el.shadowRoot.childNodes) walk(child, isPersonal);
      parts.push('</template>');
    }
    if (RAW_TEXT.has(el.tagName)) parts.push(el.textContent ?? '');
    else if (el.tagName === 'TEMPLATE') for (const child of (el as HTMLTemplateElement).content.childNodes) walk(child, isPersonal);
    else if (el.tagName === 'TEXTAREA') parts.push(escapeText(redact((el as HTMLTextAreaElement).value)));
    else for (const child of el.childNodes) walk(child, isPersonal);
    parts.push(`</${tag}>`);
  };
  walk(doc.documentElement, false);
  return { html: parts.join(''), redactions };
}
