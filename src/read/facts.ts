// Empty facts (everything unknown) and the `missing` list: every null a reader returns is named there.
import type { ClaimFacts, OrderFacts, OrderId, PageReading, ReturnFacts } from '../model.ts';

export function emptyOrder(orderId: OrderId): OrderFacts {
  return {
    orderId, status: null, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null, deliveredAt: null,
    carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null, claimsProtected: null,
    fulfillment: null, firstScanAt: null, shipToCountry: null,
  };
}

export function emptyClaim(): ClaimFacts {
  return {
    orderId: null, claimId: null, claimType: null, reason: null, status: null, amount: null, filedAt: null,
    respondBy: null, decidedAt: null, fundedBy: null,
  };
}

export function emptyReturn(): ReturnFacts {
  return {
    orderId: null, status: null, requestedAt: null, receivedAt: null, refundedAt: null, reason: null,
    returnTrackingId: null,
  };
}

type Lists = Pick<PageReading, 'orders' | 'claims' | 'messages' | 'returns'>;

/** "orders[0].shipBy" for every null field of every item, in list and field order. */
export function missingPaths(reading: Lists): string[] {
  const out: string[] = [];
  for (const list of ['orders', 'claims', 'messages', 'returns'] as const) {
    reading[list].forEach((item, i) => {
      for (const [k, v] of Object.entries(item)) if (v === null) out.push(`${list}[${i}].${k}`);
    });
  }
  return out;
}
