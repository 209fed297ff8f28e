// Whatever a page, a compromised content script or another extension sends, the background's message parsing
// answers ok/error and never throws; oversize messages are refused before they reach memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentToBackgroundSchema, PageReadingSchema, UiToBackgroundSchema, UiToContentSchema, parseMessage } from '../../src/messaging.ts';
import { jsonLikeArb, orderArb, readingArb } from './arbitraries.ts';

const RUNS = { numRuns: 400 };

describe('parseMessage on arbitrary values', () => {
  it.each([
    ['content -> background', ContentToBackgroundSchema],
    ['ui -> background', UiToBackgroundSchema],
    ['ui -> content', UiToContentSchema],
  ])('%s never throws and always says ok or why not', (_, schema) => {
    fc.assert(fc.property(jsonLikeArb, (x) => {
      const r = parseMessage(schema, x);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.error).toBeTypeOf('string');
    }), RUNS);
  });

  it('refuses values that are not messages at all', () => {
    for (const x of [null, undefined, 0, 'page-reading', [], [{ type: 'page-reading' }], { type: 'page-reading' }, { type: 'unknown' }, Object.create(null)]) {
      expect(parseMessage(ContentToBackgroundSchema, x).ok).toBe(false);
      expect(parseMessage(UiToBackgroundSchema, x).ok).toBe(false);
    }
  });

  it('accepts every well-formed reading (the generators below are realistic)', () => {
    fc.assert(fc.property(readingArb, (reading) => {
      const r = parseMessage(ContentToBackgroundSchema, { type: 'page-reading', reading });
      expect(r.ok, r.ok ? '' : r.error).toBe(true);
    }), { numRuns: 200 });
  });

  it('keeps only known keys of a reading (extra fields a page adds are not carried)', () => {
    fc.assert(fc.property(readingArb, fc.string({ minLength: 1, maxLength: 20 }), (reading, junk) => {
      const r = parseMessage(ContentToBackgroundSchema, { type: 'page-reading', reading: { ...reading, buyerEmail: junk, orders: reading.orders.map((o) => ({ ...o, buyerName: junk })) } });
      expect(r.ok).toBe(true);
      if (r.ok) expect(JSON.stringify(r.value)).not.toMatch(/buyerEmail|buyerName/);
    }), { numRuns: 100 });
  });
});

describe('oversize messages are refused', () => {
  const base = { kind: 'order-list', marketplace: 'US', uiLanguage: 'en', orders: [], claims: [], messages: [], returns: [], missing: [] };

  it('too many orders in one reading', () => {
    fc.assert(fc.property(fc.integer({ min: 2001, max: 2100 }), orderArb, (n, o) => {
      const reading = { ...base, orders: Array.from({ length: n }, () => o) };
      expect(parseMessage(ContentToBackgroundSchema, { type: 'page-reading', reading }).ok).toBe(false);
    }), { numRuns: 5 });
  });

  it('a message text, a draft or a field beyond its bound', () => {
    fc.assert(fc.property(fc.integer({ min: 20_001, max: 60_000 }), (n) => {
      const long = 'x'.repeat(n);
      const message = { orderId: '113-4829137-5520614', from: 'buyer', sentAt: null, text: long };
      expect(parseMessage(ContentToBackgroundSchema, { type: 'page-reading', reading: { ...base, messages: [message] } }).ok).toBe(false);
      expect(parseMessage(ContentToBackgroundSchema, { type: 'page-reading', reading: { ...base, draft: long } }).ok).toBe(false);
      expect(parseMessage(UiToContentSchema, { type: 'insert-reply', text: long }).ok).toBe(false);
    }), { numRuns: 5 });
    expect(parseMessage(PageReadingSchema, { ...base, uiLanguage: 'x'.repeat(17) }).ok).toBe(false);
    expect(parseMessage(UiToBackgroundSchema, { type: 'confirm-facts', orderId: '1'.repeat(41), facts: {} }).ok).toBe(false);
  });

  it('non-integer or non-number tab ids', () => {
    for (const tabId of [1.5, '3', NaN, null, {}]) expect(parseMessage(UiToBackgroundSchema, { type: 'get-tab-state', tabId }).ok).toBe(false);
  });
});
