// The readers on pages none of their fixtures are cut from (unseen-pages.ts): never confidently wrong, and a
// document that is not a Seller Central page is refused, by the same steps as the command line.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { boundHtml } from '../../src/read/bound-html.ts';
import { kindFromPage } from '../../src/read/kind.ts';
import { notSellerCentral, rawInputProblem } from '../../src/read/page-guard.ts';
import { readPage } from '../../src/read/index.ts';
import { regionNoted, score, unseenPages, type Score } from './unseen-pages.ts';

const pages = unseenPages();

/** Why the command line would refuse these bytes, or null when it reads them. */
function refusal(bytes: Buffer, url: string): string | null {
  const raw = rawInputProblem(bytes);
  if (raw) return raw;
  const doc = loadPage(boundHtml(bytes.toString('utf8')).html, url);
  return notSellerCentral(doc, kindFromPage(doc) !== 'unknown');
}

describe('unseen page set', () => {
  it('holds Seller Central pages of every language read here and documents that are not Seller Central pages', () => {
    const langs = new Set(pages.flatMap((p) => (p.expected?.uiLanguage ? [p.expected.uiLanguage] : [])));
    for (const l of ['en', 'de', 'fr', 'it', 'es', 'ja', 'zh', 'pt']) expect([...langs]).toContain(l);
    expect(pages.filter((p) => p.refused).length).toBeGreaterThanOrEqual(5);
  });
});

const total: Score = { right: [], reported: [], wrong: [] };

describe.each(pages.filter((p) => !p.refused).map((p) => [p.name, p] as const))('%s', (_name, page) => {
  const doc = () => loadPage(page.bytes.toString('utf8'), page.url);

  it('is accepted as a Seller Central page', () => {
    expect(refusal(page.bytes, page.url)).toBeNull();
  });

  it('reads every value right or reports it missing, never a wrong one', () => {
    const reading = readPage(doc(), page.url);
    const s = score(page.expected!, reading);
    for (const k of ['right', 'reported', 'wrong'] as const) total[k].push(...s[k].map((x) => `${page.name} ${x}`));
    expect(s.wrong).toEqual([]);
  });
});

describe.each(pages.filter((p) => p.recordsOnPage).map((p) => [p.name, p] as const))('%s (records on the page)', (_name, page) => {
  it('is read, or says what it could not read', () => {
    const reading = readPage(loadPage(page.bytes.toString('utf8'), page.url), page.url);
    const read = reading.orders.length + reading.claims.length + reading.messages.length + reading.returns.length;
    expect(read > 0 || regionNoted(reading)).toBe(true);
  });
});

describe.each(pages.filter((p) => p.refused).map((p) => [p.name, p] as const))('%s', (_name, page) => {
  it('is refused with a reason, though saved under a Seller Central address', () => {
    expect(new URL(page.url).hostname).toMatch(/^sellercentral\./);
    expect(refusal(page.bytes, page.url)).toMatch(/\w/);
  });
});

describe('over the whole unseen set', () => {
  it('reads more values right than it reports missing', () => {
    // Reporting everything missing would pass "never wrong"; the set must also be read.
    expect(total.wrong).toEqual([]);
    expect(total.right.length).toBeGreaterThan(total.reported.length);
  });
});
