// What must hold for ANY page, however broken: the reading has the contract's shape, its enums hold allowed values,
// its dates are real ISO-8601 instants with an offset, and every string it reports is on the page (never invented).
import { CLAIM_TYPES, MARKETPLACES, ORDER_STATUSES, PAGE_KINDS, RETURN_STATUSES, type PageReading } from '../../src/model.ts';
import { DATE_FIELDS, LIST_KEYS } from '../read-fixtures/compare.ts';
import { isIsoWithOffset } from '../read-fixtures/dates.ts';
import { occursOnPage, orderIdOnPage, pageText, wordsOnPage } from './page-text.ts';

type Item = Record<string, unknown>;

const ENUMS: Record<string, Record<string, readonly unknown[]>> = {
  orders: { status: ORDER_STATUSES, fulfillment: ['MFN', 'AFN'], boughtThroughAmazon: [true, false], claimsProtected: [true, false] },
  claims: { claimType: CLAIM_TYPES, fundedBy: ['seller', 'amazon'] },
  messages: { from: ['buyer', 'seller', 'amazon'] },
  returns: { status: RETURN_STATUSES },
};

/** Strings a reader copies from the page; each must occur there. */
const PAGE_STRINGS: Record<string, readonly string[]> = {
  orders: ['carrier', 'trackingId', 'shippingService'],
  claims: ['reason', 'status', 'claimId'],
  messages: [],
  returns: ['reason', 'returnTrackingId'],
};

export function violations(reading: PageReading, doc: Document, url: string): string[] {
  const out: string[] = [];
  if (!PAGE_KINDS.includes(reading.kind)) out.push(`kind ${String(reading.kind)} is not a page kind`);
  if (reading.marketplace !== null && !MARKETPLACES.includes(reading.marketplace)) out.push(`marketplace ${String(reading.marketplace)} is not a marketplace`);
  if (reading.uiLanguage !== null && (typeof reading.uiLanguage !== 'string' || !/^[a-z]{2,3}$/.test(reading.uiLanguage))) out.push(`uiLanguage ${JSON.stringify(reading.uiLanguage)} is not an ISO 639 code`);
  if (!Array.isArray(reading.missing) || reading.missing.some((m) => typeof m !== 'string')) out.push('missing is not a list of paths');
  const text = pageText(doc, url);
  for (const list of LIST_KEYS) {
    const items = reading[list] as unknown;
    if (!Array.isArray(items)) { out.push(`${list} is not a list`); continue; }
    (items as Item[]).forEach((item, i) => {
      const at = `${list}[${i}]`;
      for (const [field, value] of Object.entries(item)) {
        if (value === null || value === undefined) continue;
        if (DATE_FIELDS.has(field) && !isIsoWithOffset(value)) out.push(`${at}.${field} = ${JSON.stringify(value)} is not ISO-8601 with an offset`);
        const allowed = ENUMS[list]?.[field];
        if (allowed && !allowed.includes(value)) out.push(`${at}.${field} = ${JSON.stringify(value)} is not an allowed value`);
      }
      const orderId = item.orderId;
      if (orderId !== null && orderId !== undefined && (typeof orderId !== 'string' || !orderIdOnPage(orderId, text))) {
        out.push(`${at}.orderId ${JSON.stringify(orderId)} is not on the page`);
      }
      for (const field of PAGE_STRINGS[list] ?? []) {
        const value = item[field];
        if (value === null || value === undefined) continue;
        if (typeof value !== 'string' || !occursOnPage(value, text)) out.push(`${at}.${field} ${JSON.stringify(value)} is not on the page`);
      }
      if (list === 'messages') {
        if (typeof item.text !== 'string') out.push(`${at}.text is not a string`);
        else {
          const absent = wordsOnPage(item.text, text);
          if (absent.length) out.push(`${at}.text has words not on the page: ${JSON.stringify(absent.slice(0, 5))}`);
        }
      }
      if (list === 'claims' && item.amount !== null && item.amount !== undefined) {
        const a = item.amount as { value?: unknown; currency?: unknown };
        if (typeof a.value !== 'number' || !Number.isFinite(a.value) || typeof a.currency !== 'string' || !/^[A-Z]{3}$/.test(a.currency)) {
          out.push(`${at}.amount ${JSON.stringify(item.amount)} is not {value, currency}`);
        }
      }
    });
  }
  if (reading.draft !== null && reading.draft !== undefined) {
    if (typeof reading.draft !== 'string') out.push('draft is not a string');
    else {
      const absent = wordsOnPage(reading.draft, text);
      if (absent.length) out.push(`draft has words not on the page: ${JSON.stringify(absent.slice(0, 5))}`);
    }
  }
  return out;
}
