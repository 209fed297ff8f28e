// Join what several pages showed about the same order into one OrderCase per order id.
import type { ConfirmedFacts, OrderCase, OrderFacts, OrderId, PageReading } from '../model.ts';

const emptyOrder = (orderId: OrderId): OrderFacts => ({
  orderId, status: null, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null, deliveredAt: null,
  carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null, claimsProtected: null,
  fulfillment: null,
});

/**
 * Readings oldest first: a later reading's non-null field wins; confirmed facts win over every reading.
 */
export function joinReadings(readings: PageReading[], confirmed: Record<string, ConfirmedFacts> = {}): OrderCase[] {
  const cases = new Map<string, OrderCase>();
  const caseFor = (id: OrderId, r: PageReading): OrderCase => {
    let c = cases.get(id);
    if (!c) {
      c = { orderId: id, marketplace: r.marketplace, order: emptyOrder(id), claims: [], messages: [], returns: [],
        confirmed: confirmed[id] ?? {} };
      cases.set(id, c);
    }
    c.marketplace = r.marketplace ?? c.marketplace;
    return c;
  };
  for (const r of readings) {
    for (const o of r.orders) {
      const c = caseFor(o.orderId, r);
      for (const [k, val] of Object.entries(o)) if (val !== null && val !== undefined) (c.order as unknown as Record<string, unknown>)[k] = val;
    }
    for (const cl of r.claims) if (cl.orderId) caseFor(cl.orderId, r).claims.push(cl);
    for (const m of r.messages) if (m.orderId) caseFor(m.orderId, r).messages.push(m);
    for (const rt of r.returns) if (rt.orderId) caseFor(rt.orderId, r).returns.push(rt);
  }
  for (const c of cases.values()) Object.assign(c.order, stripUndefined(c.confirmed));
  return [...cases.values()];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, val]) => val !== undefined)) as Partial<T>;
}
