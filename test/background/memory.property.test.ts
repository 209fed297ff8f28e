// Properties of the order memory over random valid readings: folding readings in never throws, never keeps
// message text or the reply draft, and pruning always leaves memory within its bounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ORDERS, SCHEMA_VERSION, decodeMemory, prune, remember, type MemoryData } from '../../src/background/memory.ts';
import { readingArb } from '../trust/arbitraries.ts';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const empty = (): MemoryData => ({ schemaVersion: SCHEMA_VERSION, orders: {} });

describe('remember and prune over random readings', () => {
  it('never throw, never keep a message text or a draft, and stay within bounds', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(readingArb, fc.integer({ min: 0, max: 200 })), { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 1, max: 365 }),
      (steps, retentionDays) => {
        let m = empty();
        const texts: string[] = [];
        for (const [reading, daysAgo] of steps) {
          texts.push(...reading.messages.map((x) => x.text), ...(reading.draft ? [reading.draft] : []));
          m = prune(remember(m, reading, NOW - daysAgo * DAY), NOW, retentionDays);
        }
        const json = JSON.stringify(m);
        for (const t of texts) expect(json).not.toContain(t);
        expect(json).not.toContain('buyer-said');
        expect(json).not.toMatch(/"(text|draft|missing)":/);
        const orders = Object.values(m.orders);
        expect(orders.length).toBeLessThanOrEqual(MAX_ORDERS);
        for (const o of orders) {
          expect(o.lastSeen).toBeGreaterThanOrEqual(NOW - retentionDays * DAY);
          expect(m.orders[o.orderId]).toBe(o);
        }
        // What is kept survives a save/load round trip unchanged (nothing kept that validation would drop).
        expect(decodeMemory(JSON.parse(JSON.stringify({ schemaVersion: SCHEMA_VERSION, orders: m.orders }))).data).toEqual(m);
      },
    ), { numRuns: 300 });
  });

  it('loading anything at all never throws', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (schemaVersion, orders) => {
      const r = decodeMemory({ schemaVersion, orders });
      expect(r.data.schemaVersion).toBe(SCHEMA_VERSION);
    }), { numRuns: 500 });
  });
});
