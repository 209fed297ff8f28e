// Hand-written order cases for the rule tests: every fact null unless a test says otherwise, as a reader that saw
// nothing would report it.
import type {
  ClaimFacts, ConfirmedFacts, Marketplace, MessageFacts, OrderCase, OrderFacts, OrderId, ReturnFacts,
} from '../../src/model.ts';

export const NOW = new Date('2026-11-24T18:00:00Z');

export const id = (s: string) => s as OrderId;

export function order(orderId: string, facts: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderId: id(orderId), status: null, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null,
    deliveredAt: null, carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null,
    claimsProtected: null, fulfillment: 'MFN', ...facts,
  };
}

export function claim(orderId: string, facts: Partial<ClaimFacts> = {}): ClaimFacts {
  return {
    orderId: id(orderId), claimType: 'a-to-z', reason: null, status: null, amount: null, filedAt: null, respondBy: null,
    decidedAt: null, fundedBy: null, ...facts,
  };
}

export function ret(orderId: string, facts: Partial<ReturnFacts> = {}): ReturnFacts {
  return { orderId: id(orderId), status: null, requestedAt: null, receivedAt: null, refundedAt: null, reason: null, ...facts };
}

export function msg(orderId: string, from: MessageFacts['from'], sentAt: string | null, text: string): MessageFacts {
  return { orderId: id(orderId), from, sentAt, text };
}

export interface CaseSpec {
  marketplace?: Marketplace | null;
  order?: Partial<OrderFacts>;
  claims?: Partial<ClaimFacts>[];
  returns?: Partial<ReturnFacts>[];
  messages?: Array<[MessageFacts['from'], string | null, string]>;
  confirmed?: ConfirmedFacts;
  buyerLang?: string | null;
}

/** An OrderCase as the join would give it (order id 111-0000000-0000001 unless given). */
export function caseOf(spec: CaseSpec, orderId = '111-0000000-0000001'): OrderCase {
  return {
    orderId: id(orderId),
    marketplace: spec.marketplace === undefined ? 'US' : spec.marketplace,
    order: order(orderId, spec.order),
    claims: (spec.claims ?? []).map((c) => claim(orderId, c)),
    returns: (spec.returns ?? []).map((r) => ret(orderId, r)),
    messages: (spec.messages ?? []).map(([from, at, text]) => msg(orderId, from, at, text)),
    confirmed: spec.confirmed ?? {},
    buyerLang: spec.buyerLang ?? null,
  };
}

/** The forum case: Buy Shipping label, Claims Protected, shipped on time, delivered per tracking, buyer says no. */
export const FORUM_CASE: CaseSpec = {
  order: {
    status: 'delivered', purchaseDate: '2026-11-14T10:42:00-08:00', shipBy: '2026-11-17T00:00:00-08:00',
    deliverBy: '2026-11-23T00:00:00-08:00', shippedAt: '2026-11-16T00:00:00-08:00', deliveredAt: '2026-11-19T00:00:00-08:00',
    carrier: 'UPS', trackingId: '1Z4A87V20398215649', boughtThroughAmazon: true, claimsProtected: true,
  },
  messages: [['buyer', '2026-11-24T08:15:00-08:00', 'The tracking says delivered, but the delivery photo is not my house. I never received the package.']],
};
