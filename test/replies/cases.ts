// Order cases for reply and evidence tests: one with every fact known, one with almost nothing known.
import type { Marketplace, OrderCase, OrderFacts, OrderId } from '../../src/model.ts';

export const ORDER_ID = '113-4829137-5520614' as OrderId;

export function order(over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderId: ORDER_ID, status: null, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null, deliveredAt: null,
    carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null, claimsProtected: null, fulfillment: null,
    ...over,
  };
}

export function kase(over: Partial<OrderCase> = {}, orderOver: Partial<OrderFacts> = {}): OrderCase {
  return { orderId: ORDER_ID, marketplace: 'US', order: order(orderOver), claims: [], messages: [], returns: [], confirmed: {}, ...over };
}

/** A protected, on-time Buy Shipping order, delivered, with a claim, a return and an answered buyer message. */
export function fullCase(marketplace: Marketplace = 'US'): OrderCase {
  return kase({
    marketplace,
    claims: [{
      orderId: ORDER_ID, claimId: '7731550926', claimType: 'a-to-z', reason: 'Item not received', status: 'Action required',
      amount: { value: 84.99, currency: 'USD' }, filedAt: '2026-11-20T10:00:00-08:00', respondBy: '2026-11-26T10:00:00-08:00',
      decidedAt: '2026-11-22T09:00:00-08:00', fundedBy: 'seller',
    }],
    messages: [
      { orderId: ORDER_ID, from: 'seller', sentAt: '2026-11-16T09:00:00-08:00', text: 'Earlier note' },
      { orderId: ORDER_ID, from: 'buyer', sentAt: '2026-11-19T18:30:00-08:00', text: 'Where is it?' },
      { orderId: ORDER_ID, from: 'seller', sentAt: '2026-11-20T08:15:00-08:00', text: 'Tracking shows delivered.' },
      { orderId: ORDER_ID, from: 'buyer', sentAt: '2026-11-21T12:00:00-08:00', text: 'Still not here.' },
    ],
    returns: [{
      orderId: ORDER_ID, status: 'completed', requestedAt: '2026-11-20T00:00:00-08:00', receivedAt: '2026-11-23T00:00:00-08:00',
      refundedAt: '2026-11-24T00:00:00-08:00', reason: 'Defective', returnTrackingId: '9400111899223344556677',
    }],
  }, {
    status: 'delivered', purchaseDate: '2026-11-14T00:00:00-08:00', shipBy: '2026-11-17T00:00:00-08:00',
    deliverBy: '2026-11-23T00:00:00-08:00', shippedAt: '2026-11-16T00:00:00-08:00', deliveredAt: '2026-11-19T00:00:00-08:00',
    firstScanAt: '2026-11-16T17:40:00-08:00', carrier: 'UPS', trackingId: '1Z4A87V20398215649', shippingService: 'UPS Ground',
    boughtThroughAmazon: true, claimsProtected: true, fulfillment: 'MFN',
  });
}

/** Only the order id is known. */
export function sparseCase(): OrderCase {
  return kase({ marketplace: null });
}
