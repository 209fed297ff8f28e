// The reference pages' facts (expected-readings.json) through the join and the rules must lead to the advice the
// reference README lists.
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/rules/index.ts';
import { joinReadings } from '../../src/rules/join.ts';
import { referenceReading } from './reference-facts.ts';
import { REFERENCE_CASES, REFERENCE_NOW } from './reference-table.ts';

describe('advice from the reference pages\' facts', () => {
  it.each(REFERENCE_CASES.map((c) => [`${c.pages.join(' + ')} -> ${c.orderId} ${c.action}`, c] as const))('%s', (_n, c) => {
    const advice = advise(joinReadings(c.pages.map(referenceReading)), new Date(REFERENCE_NOW)).filter((a) => a.orderId === c.orderId);
    const hit = advice.find((a) => a.action === c.action);
    expect(hit, JSON.stringify(advice.map((a) => a.action))).toBeDefined();
    if (c.first) expect(advice[0]!.action).toBe(c.action);
    expect(hit!.deadline?.slice(0, 10) ?? null).toBe(c.deadlineDay);
  });

  it('the forum-style thread: do not refund or reship, cite Buy Shipping protection', () => {
    const [a] = advise(joinReadings([referenceReading('order-details-us-buyshipping-delivered.html'), referenceReading('messages-thread-us.html')]), new Date(REFERENCE_NOW));
    expect(a!.rules).toEqual(expect.arrayContaining(['BS-CLAIMS-PROTECTED', 'MSG-24H']));
    expect(a!.doNot.join(' ')).toMatch(/Do not refund/);
    expect(a!.why).toMatch(/UPS tracking 1Z4A87V20398215649/);
  });

  it('all twelve pages joined: each order keeps its own advice, the thread joins its order', () => {
    const files = ['order-details-us-buyshipping-delivered.html', 'order-details-us-unshipped.html', 'order-details-us-pending.html',
      'order-details-uk-shipped-own-label.html', 'order-details-jp.html', 'order-details-zh.html', 'orders-list-us.html',
      'claims-list-us.html', 'claim-detail-us-safety.html', 'messages-thread-us.html', 'messages-thread-de.html', 'returns-us.html'];
    const cases = joinReadings(files.map(referenceReading));
    expect(new Set(cases.map((c) => c.orderId)).size).toBe(cases.length);
    const advice = advise(cases, new Date(REFERENCE_NOW));
    for (const c of REFERENCE_CASES) {
      const first = advice.find((a) => a.orderId === c.orderId);
      expect(first?.action, c.orderId).toBe(c.action);
    }
    const thread = cases.find((c) => c.orderId === '113-4829137-5520614')!;
    expect(thread.messages).toHaveLength(1);
    expect(thread.order.claimsProtected).toBe(true);
    // Most urgent first across orders: severities never go back up.
    const rank = { critical: 0, warning: 1, info: 2 };
    for (let i = 1; i < advice.length; i++) expect(rank[advice[i]!.severity]).toBeGreaterThanOrEqual(rank[advice[i - 1]!.severity]);
  });
});
