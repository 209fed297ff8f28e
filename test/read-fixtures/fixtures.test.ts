// Every fixture page of test/fixtures/pages, read the way the CLI reads a saved page (loadPage + readPage), must
// give its <name>.expected.json: dates as the marketplace-local day (or the exact instant when the expectation has a
// time), each expected null listed in `missing`, and no other null left out of `missing`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import type { PageReading } from '../../src/model.ts';
import { differences, expectedNullPaths, nullContractPaths } from './compare.ts';
import { fixturePages, FIXTURE_DIR, REPO_ROOT, type Page } from './pages.ts';
import { occursOnPage, orderIdOnPage, pageText, wordsOnPage } from '../read-fuzz/page-text.ts';

const pages = fixturePages();
const readings = new Map<string, PageReading>();

function reading(page: Page): PageReading {
  let r = readings.get(page.name);
  if (!r) {
    r = readPage(loadPage(page.html, page.url), page.url);
    readings.set(page.name, r);
  }
  return r;
}

describe('fixture set', () => {
  it('has at least 20 pages, each with an expectation and a Seller Central URL', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const p of pages) expect(new URL(p.url).hostname, p.name).toMatch(/^sellercentral(-europe|-japan)?\.amazon\./);
  });

  it('covers every page kind', () => {
    const kinds = new Set(pages.map((p) => p.expected.kind));
    expect([...kinds].sort()).toEqual(['claim', 'claim-list', 'messages', 'order-details', 'order-list', 'returns', 'unknown']);
  });
});

// Checks the expectations against the pages without the reader: a typo in a fixture must not pass for a reader bug.
describe('fixture self-check (no reader involved)', () => {
  it.each(pages.map((p) => [p.name, p] as const))('every expected string of %s is on its page', (_name, page) => {
    const text = pageText(loadPage(page.html, page.url), page.url);
    const absent: string[] = [];
    for (const list of ['orders', 'claims', 'messages', 'returns'] as const) {
      page.expected[list]?.forEach((item, i) => {
        for (const [field, value] of Object.entries(item)) {
          if (typeof value !== 'string') continue;
          const at = `${list}[${i}].${field} ${JSON.stringify(value)}`;
          if (field === 'orderId') { if (!orderIdOnPage(value, text)) absent.push(at); }
          else if (field === 'text') { if (wordsOnPage(value, text).length) absent.push(at); }
          else if (['carrier', 'trackingId', 'shippingService', 'reason'].includes(field) || (list === 'claims' && field === 'status')) {
            if (!occursOnPage(value, text)) absent.push(at);
          }
        }
      });
    }
    if (typeof page.expected.draft === 'string' && wordsOnPage(page.expected.draft, text).length) absent.push('draft');
    expect(absent).toEqual([]);
  });

  it('orders-list-250 is what scripts/make-orders-fixture.mjs writes (deterministic, up to date)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orders-fixture-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/make-orders-fixture.mjs', '--out', dir], { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      for (const f of ['orders-list-250.html', 'orders-list-250.expected.json']) {
        expect(readFileSync(join(dir, f), 'utf8') === readFileSync(FIXTURE_DIR + f, 'utf8'), f).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
  it('reads as expected', () => {
    expect(differences(page.expected, reading(page))).toEqual([]);
  });

  it('lists every expected null in missing', () => {
    const missing = new Set(reading(page).missing);
    expect(expectedNullPaths(page.expected).filter((p) => !missing.has(p))).toEqual([]);
  });

  it('lists every null contract field of the reading in missing', () => {
    const missing = new Set(reading(page).missing);
    expect(nullContractPaths(reading(page)).filter((p) => !missing.has(p))).toEqual([]);
  });
});

describe('orders-list-250 (the benchmark page)', () => {
  const page = pages.find((p) => p.name === 'orders-list-250');

  it('reads all 250 orders with their ids and statuses, in page order', () => {
    expect(page).toBeDefined();
    const r = reading(page!);
    const want = page!.expected.orders!.map((o) => [o.orderId, o.status]);
    expect(want).toHaveLength(250);
    expect(r.orders.map((o) => [o.orderId, o.status])).toEqual(want);
  });
});
