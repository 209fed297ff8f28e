// The reading layer's invariant, as a property over every fixture page with records: after markup changes that keep
// the records (markup-changes.ts), each record the page shows is either read correctly or reported missing (its
// region named in `missing`), and no reading carries a record or a value the page does not have.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { isUnreadRegion } from '../../src/read/regions.ts';
import type { PageReading } from '../../src/model.ts';
import { compareField } from '../read-fixtures/compare.ts';
import { zoneOf } from '../read-fixtures/dates.ts';
import { fixturePages, type ExpectedItem, type Page } from '../read-fixtures/pages.ts';
import { CHANGES, applyChange, seeded, type Change } from './markup-changes.ts';

const KEYED = ['orders', 'claims', 'returns'] as const;
type Keyed = (typeof KEYED)[number];

/** Records are matched by claim id where the expectation names one, else by order id. */
const keyField = (list: Keyed, want: readonly ExpectedItem[]): 'claimId' | 'orderId' =>
  list === 'claims' && want.every((w) => typeof w.claimId === 'string') ? 'claimId' : 'orderId';

/** What breaks the invariant in `reading` of `page` after changes. */
export function breaches(page: Page, reading: PageReading): string[] {
  const out: string[] = [];
  const zone = zoneOf(page.expected.marketplace);
  const regionReported = reading.missing.some(isUnreadRegion);
  for (const list of KEYED) {
    const want = page.expected[list];
    if (!want) continue;
    const got = reading[list] as unknown as ExpectedItem[];
    const field = keyField(list, want);
    const wantKeys = new Set(want.map((w) => w[field]));
    got.forEach((g, i) => {
      if (!wantKeys.has(g[field])) out.push(`${list}[${i}] ${JSON.stringify(g[field])} is not a record of the page`);
    });
    for (const w of want) {
      const key = w[field];
      const i = got.findIndex((g) => g[field] === key);
      if (i < 0) {
        if (!regionReported) out.push(`${list} ${JSON.stringify(key)} neither read nor reported (missing: ${JSON.stringify(reading.missing.filter((m) => !m.includes('[')))})`);
        continue;
      }
      for (const [field, value] of Object.entries(w)) {
        const actual = got[i]![field];
        const path = `${list}[${i}].${field}`;
        if (actual === null || actual === undefined) {
          if (value !== null && !reading.missing.includes(path) && !regionReported) out.push(`${path} is null and not in missing`);
          continue;
        }
        const diff = compareField(path, field, value, actual, zone);
        if (diff) out.push(`${diff} (a value the page does not show)`);
      }
    }
  }
  const texts = new Set((page.expected.messages ?? []).map((m) => `${String(m.from)}|${String(m.text)}`));
  if (page.expected.messages) {
    for (const m of reading.messages) {
      if (!texts.has(`${m.from}|${m.text}`)) out.push(`message ${JSON.stringify(m.text.slice(0, 40))} from ${m.from} is not on the page`);
    }
    if (page.expected.messages.length > 0 && reading.messages.length === 0 && !regionReported) out.push('no message read and none reported');
  }
  return out;
}

const pages = fixturePages().filter((p) => KEYED.some((l) => (p.expected[l]?.length ?? 0) > 0) || (p.expected.messages?.length ?? 0) > 0)
  // Parsing dominates: the 250-row page is covered by its small siblings.
  .filter((p) => p.html.length < 200_000);

const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Math.max(2, Math.round(Number(process.env.FUZZ_RUNS) / 4)) : 4;

describe.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
  it.each(CHANGES.map((c) => [c]))('%s: each record read correctly or reported missing', (change: Change) => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      const doc = loadPage(page.html, page.url);
      applyChange(doc, change, seeded(seed));
      const found = breaches(page, readPage(doc, page.url));
      if (found.length) throw new Error(found.join('\n'));
    }), { numRuns: change === 'wrap' || change === 'shuffle-columns' ? RUNS : 1, seed: 13 });
  });

  it('all changes at once: each record read correctly or reported missing', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      const doc = loadPage(page.html, page.url);
      const rand = seeded(seed);
      for (const c of CHANGES) applyChange(doc, c, rand);
      const found = breaches(page, readPage(doc, page.url));
      if (found.length) throw new Error(found.join('\n'));
    }), { numRuns: RUNS, seed: 13 });
  });
});

describe('the property can fail', () => {
  const page = pages.find((p) => p.name === 'claims-list-uk-appeal-selected')!;
  it('a reading that drops a record without saying so breaches it', () => {
    const reading = readPage(loadPage(page.html, page.url), page.url);
    expect(breaches(page, reading)).toEqual([]);
    expect(breaches(page, { ...reading, claims: reading.claims.slice(1) })).not.toEqual([]);
  });
  it('an invented value breaches it', () => {
    const reading = readPage(loadPage(page.html, page.url), page.url);
    const claims = reading.claims.map((c, i) => (i === 0 ? { ...c, status: 'Granted/Seller Funded (invented)' } : c));
    expect(breaches(page, { ...reading, claims })).not.toEqual([]);
  });
});
