// A weird page never crashes a reader, and taking parts of a page away never makes a reader invent a fact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { localDate, zoneForMarketplace } from '../../src/read/time-zones.ts';
import type { Marketplace } from '../../src/model.ts';
import { DATE_FIELDS, expectedReadings, referenceHtml } from './helpers.ts';

const SC = 'https://sellercentral.amazon.com';

describe('never throws', () => {
  it('on a document whose every method throws, every page kind', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); } }) as Document;
    for (const path of ['/orders-v3/order/113-4829137-5520614', '/orders-v3', '/gp/guarantee-claims/home.html',
      '/messaging/inbox-v3?ss=113-4829137-5520614', '/gp/returns/list/v2', '/home']) {
      const r = readPage(hostile, SC + path);
      expect(r.orders).toEqual([]);
      expect(r.claims).toEqual([]);
      expect(r.messages).toEqual([]);
      expect(r.returns).toEqual([]);
      expect(r.missing).toContain('marketplace');
    }
  });

  it('names the list a failed reader could not read', () => {
    // querySelector works for the chrome, then the reader's first content query fails.
    const doc = loadPage('<html lang="en"><body><div id="MYO-app"></div></body></html>', SC + '/orders-v3');
    let calls = 0;
    const flaky = new Proxy(doc, {
      get(target, prop) {
        if (prop === 'querySelectorAll' && ++calls > 0) return () => { throw new Error('detached'); };
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const r = readPage(flaky, SC + '/orders-v3/order/113-4829137-5520614');
    expect(r.kind).toBe('order-details');
    expect(r.orders).toEqual([]);
    expect(r.missing).toContain('orders');
  });

  it('on an unparsable URL', () => {
    const r = readPage(loadPage('<html></html>', SC + '/'), 'not a url');
    expect(r.kind).toBe('unknown');
    expect(r.missing).toContain('url');
  });

  it('on arbitrary markup at every known URL', () => {
    const paths = ['/orders-v3/order/113-4829137-5520614', '/orders-v3', '/gp/guarantee-claims/claim-details.html?claimId=1',
      '/gp/guarantee-claims/home.html', '/messaging/inbox-v3?ss=113-4829137-5520614', '/gp/returns/list/v2'];
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(...paths), (junk, path) => {
      const r = readPage(loadPage(`<html><body><div id="MYO-app">${junk}</div></body></html>`, SC + path), SC + path);
      expect(Array.isArray(r.missing)).toBe(true);
    }), { numRuns: 60 });
  });
});

describe('removing any one element never invents a fact', () => {
  const expected = expectedReadings();
  const files = Object.keys(expected);

  it.each(files)('%s', (file) => {
    const url = expected[file]!.url;
    const zone = zoneForMarketplace(expected[file]!.read.marketplace as Marketplace);
    const html = referenceHtml(file);
    const base = readPage(loadPage(html, url), url);
    const count = loadPage(html, url).querySelectorAll('body *').length;
    fc.assert(fc.property(fc.integer({ min: 0, max: count - 1 }), (index) => {
      const doc = loadPage(html, url);
      doc.querySelectorAll('body *')[index]!.remove();
      const r = readPage(doc, url);
      for (const list of ['orders', 'claims', 'messages', 'returns'] as const) {
        const before = base[list] as unknown as Record<string, unknown>[];
        (r[list] as unknown as Record<string, unknown>[]).forEach((item) => {
          // Items are matched by what identifies them; a fact is either the one read before or unknown.
          const twin = before.find((b) => list === 'messages' ? b.text === item.text
            : list === 'claims' && item.claimId ? b.claimId === item.claimId : b.orderId === item.orderId);
          expect(twin, `${file} ${list} ${JSON.stringify(item)}`).toBeDefined();
          for (const [k, v] of Object.entries(item)) {
            if (v === null) continue;
            const where = `${file} ${list}.${k} after removing element ${index}`;
            if (k === 'firstScanAt') {
              // The earliest of the events still shown: losing an event can only make it later.
              expect(Date.parse(v as string), where).toBeGreaterThanOrEqual(Date.parse(twin![k] as string));
            } else if (DATE_FIELDS.has(k)) {
              // Losing a time line leaves the date: same local day, never another one.
              expect(localDate(v as string, zone), where).toBe(localDate(twin![k] as string, zone));
            } else {
              expect(v, where).toEqual(twin![k]);
            }
          }
        });
      }
    }), { numRuns: 25 });
  });
});
