// A seller's order memory for timing: every reference situation repeated with ids and dates varied.
import type { OrderCase } from '../../src/model.ts';
import { joinReadings } from '../../src/rules/join.ts';
import { caseOf, FORUM_CASE } from './builders.ts';
import { EXPECTED, referenceReading } from './reference-facts.ts';

/** 1,000 orders shaped like a seller's memory: every reference situation, with ids and dates varied. */
export function thousandOrders(): OrderCase[] {
  const templates: OrderCase[] = [
    ...joinReadings(Object.keys(EXPECTED).map(referenceReading)),
    caseOf(FORUM_CASE),
    caseOf({ order: { status: 'shipped', shipBy: '2026-11-20T00:00:00-08:00', deliverBy: '2026-11-30T00:00:00-08:00', shippedAt: '2026-11-20T00:00:00-08:00' },
      messages: [['buyer', '2026-11-24T08:00:00-08:00', 'Where is my order? Please call me.']] }),
  ];
  const out: OrderCase[] = [];
  for (let i = 0; out.length < 1000; i++) {
    const t = templates[i % templates.length]!;
    const orderId = `${String(111 + (i % 4))}-${String(1000000 + i).padStart(7, '0')}-${String(7000000 + i)}` as OrderCase['orderId'];
    const shift = (i % 9) * 3_600_000;
    const move = (iso: string | null) => (iso ? new Date(Date.parse(iso) + shift).toISOString() : iso);
    out.push({
      ...t, orderId,
      order: { ...t.order, orderId, shipBy: move(t.order.shipBy), deliverBy: move(t.order.deliverBy), shippedAt: move(t.order.shippedAt) },
      claims: t.claims.map((c) => ({ ...c, orderId })),
      returns: t.returns.map((r) => ({ ...r, orderId })),
      messages: t.messages.map((m) => ({ ...m, orderId })),
    });
  }
  return out;
}

