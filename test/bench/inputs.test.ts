// The benchmark's inputs are what their names promise: a figure over the wrong input would mislead.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judge } from '../../bench/budgets.ts';
import { DRAFT_LENGTH, makeDraft } from '../../bench/draft.ts';
import { countOrders, growOrderList, ordersPage } from '../../bench/orders-page.ts';
import { rememberedReadings } from '../../bench/remembered-orders.ts';
import type { BenchResult } from '../../bench/result.ts';
import { median, seededRandom } from '../../bench/stats.ts';
import { joinReadings } from '../../src/rules/join.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the 2,000-character draft', () => {
  const draft = makeDraft();
  it('is exactly 2,000 UTF-16 code units', () => expect(draft.length).toBe(DRAFT_LENGTH));
  it('holds an outside link, a phone number, a tracking id, an order id and an Amazon link', () => {
    expect(draft).toMatch(/https:\/\/www\.kettle-care-example\.com\/guide/);
    expect(draft).toMatch(/\+1 \(206\) 555-0142/);
    expect(draft).toMatch(/1Z999AA10123456784/);
    expect(draft).toMatch(/113-4829137-5520614/);
    expect(draft).toMatch(/https:\/\/www\.amazon\.com\//);
  });
});

describe('the 1,000 remembered orders', () => {
  const readings = rememberedReadings(1_000);
  const cases = joinReadings(readings);

  it('join into 1,000 distinct orders', () => {
    expect(cases).toHaveLength(1_000);
    expect(new Set(cases.map((c) => c.orderId)).size).toBe(1_000);
  });

  it('mix every status, several marketplaces, claims of each kind, returns and buyer messages', () => {
    expect(new Set(cases.map((c) => c.order.status))).toEqual(new Set(['pending', 'unshipped', 'shipped', 'delivered', 'canceled']));
    expect(new Set(cases.map((c) => c.marketplace)).size).toBeGreaterThanOrEqual(4);
    const claims = cases.flatMap((c) => c.claims);
    expect(new Set(claims.map((c) => c.claimType))).toEqual(new Set(['a-to-z', 'safety']));
    expect(claims.some((c) => c.fundedBy === 'seller' && c.decidedAt)).toBe(true);
    expect(claims.some((c) => c.respondBy && !c.decidedAt)).toBe(true);
    expect(new Set(cases.flatMap((c) => c.returns.map((r) => r.status))).size).toBe(3);
    expect(cases.filter((c) => c.messages.some((m) => m.from === 'buyer')).length).toBeGreaterThan(100);
    expect(cases.some((c) => c.order.claimsProtected === true) && cases.some((c) => c.order.claimsProtected === false)).toBe(true);
  });

  it('are the same on every run', () => {
    expect(JSON.stringify(rememberedReadings(1_000))).toBe(JSON.stringify(readings));
  });
});

describe('the 250-order list page', () => {
  const reference = readFileSync(`${root}test/fixtures/reference/orders-list-us.html`, 'utf8');

  it('grows the reference list to 250 distinct orders in every status, counts in the page updated', () => {
    const html = growOrderList(reference, 250);
    expect(countOrders(reference)).toBe(12);
    expect(countOrders(html)).toBe(250);
    for (const s of ['pending', 'unshipped', 'shipped', 'delivered', 'canceled']) expect(html).toContain(`main-status ${s}-status`);
    expect(html).toContain('<span>250 orders</span>');
    expect(html).toContain('Showing 1-250 of 250 orders');
    // Multi-item orders keep their item rows, now under the new id.
    const ids = [...html.matchAll(/<tr class="myo-order-item-row" data-order-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(html).toContain(`<tr class="myo-order-first-row" data-order-id="${id}"`);
  });

  it('is what the benchmark loads: 250 orders at a Manage Orders address', () => {
    const page = ordersPage();
    expect(page.orders).toBe(250);
    expect(page.url).toMatch(/^https:\/\/sellercentral\.amazon\.com\/orders-v3[/?]/);
    expect(page.origin).toMatch(/orders-list-250\.html|make-orders-fixture|grown from/);
  });

  it('counts order rows, not row templates with placeholders', () => {
    expect(countOrders('<tr data-order-id="{{orderId}}"></tr><tr class="x" data-order-id="111-1234567-1234567"></tr>' +
      '<tr data-order-id="111-1234567-1234567"></tr>')).toBe(1);
  });
});

describe('stats and budgets', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('draws the same seeded numbers each time, within [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('fails a budget only when its figure is over the limit, and leaves unmeasured figures undecided', () => {
    const result = {
      bundleKbGzip: { content: 60.01, background: 40, popup: 12, checker: 61, intentWeights: 150 }, readOrderList250: null,
      pageLoadOverheadRatio: 1.05, checkDraft2000Ms: 2.5, adviseOrders1000Ms: null,
      checkHostile: { text1mbMs: 50.5, digits100kMs: 50, emoji10kMs: 3 }, intents: null, compactList: { ms: 100.5, orders: 250, rows: 258 },
      worstPage: { deep100kNesting: { ms: 29_000, peakRssMb: 1025 }, huge50Mb: { ms: 12_000, peakRssMb: 600 } },
    } as unknown as BenchResult;
    const ok = Object.fromEntries(judge(result).map((v) => [v.name, v.ok]));
    expect(ok).toEqual({
      'content bundle': false, 'checker module (loaded with a reply box)': false, 'background bundle (code)': true,
      'intent model weights': true, 'popup bundle': true, 'read 250-order list / DOM walk': null,
      'page load with / without extension': true, 'check() 2,000-char draft': false, 'check() 1 MB of text': false,
      'check() 100,000 digits': true, 'check() 1,000,000 digits': null, 'check() 1 MB of mixed-language prose': null,
      'check() 30,000 characters of mixed-language prose': null, 'check() 10,000 emoji': true, 'popup: 250 orders worded and drawn': false,
      'classify one buyer message': null,
      'advise() 1,000 orders': null, 'worst page (100k nesting, 50 MB), cli read': true,
      'worst page peak memory, cli read': false,
    });
  });
});
