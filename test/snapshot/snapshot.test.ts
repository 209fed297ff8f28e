// A saved page must read exactly as the live page did, and must not hold the buyer's personal data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { snapshotPage } from '../../src/read/snapshot.ts';

const dir = new URL('../fixtures/reference/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected-readings.json', dir), 'utf8')) as Record<string, { url: string }>;

/** Buyer data the fixtures show, gathered from the page rather than listed by hand. */
function personalData(doc: Document): string[] {
  const out = new Set<string>();
  const add = (t: string | null | undefined) => { const s = (t ?? '').trim(); if (s.length >= 4) out.add(s); };
  for (const el of doc.querySelectorAll('[data-test-id="shipping-section-buyer-address"] span, [data-test-id="shipping-section-recipient-name"], [data-test-id="shipping-section-phone"], .thread-buyer-name, .thread-message-sender')) add(el.textContent);
  for (const host of doc.querySelectorAll('kat-table-row')) add(host.shadowRoot?.querySelector('.buyer-name')?.textContent);
  // Countries are kept on purpose (shipToCountry); only lines that identify the buyer must go.
  return [...out].filter((s) => !/^(United States|United Kingdom|Germany|Deutschland|Japan|日本|中国|China)$/i.test(s));
}

describe('snapshotPage', () => {
  for (const [file, { url }] of Object.entries(expected)) {
    it(`${file}: reads the same, holds no buyer data`, () => {
      const doc = loadPage(readFileSync(new URL(file, dir), 'utf8'), url);
      const before = readPage(doc, url);
      const personal = personalData(doc);
      const snap = snapshotPage(doc);
      for (const p of personal) expect(snap.html, `still holds "${p}"`).not.toContain(p);
      if (personal.length) expect(snap.redactions).toBeGreaterThan(0);
      expect(snap.html).not.toMatch(/<script\b/i);
      const after = readPage(loadPage(snap.html, url), url);
      // Identical facts, except that a buyer's name or address quoted in a message is redacted there too.
      let beforeJson = JSON.stringify(before);
      for (const p of [...personal].sort((a, b) => b.length - a.length)) beforeJson = beforeJson.split(JSON.stringify(p).slice(1, -1)).join('[redacted]');
      expect(JSON.stringify(after)).toBe(beforeJson);
    });
  }

  it('redacts emails and phone numbers typed anywhere on the page', () => {
    const doc = loadPage('<html><body><p>Write to dana.w@example.org or call +1 614-555-0139. Order 113-4829137-5520614, tracking 1Z4A87V20398215649.</p></body></html>',
      'https://sellercentral.amazon.com/orders-v3/order/113-4829137-5520614');
    const { html } = snapshotPage(doc);
    expect(html).not.toContain('dana.w@example.org');
    expect(html).not.toContain('555-0139');
    expect(html).toContain('113-4829137-5520614');
    expect(html).toContain('1Z4A87V20398215649');
  });
});
