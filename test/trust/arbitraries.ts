// fast-check generators for what the background receives: valid page readings (as PageReadingSchema accepts
// them) whose free text is marked so a test can tell if any of it was kept, and arbitrary JSON-like values.
import fc from 'fast-check';
import { CLAIM_TYPES, MARKETPLACES, ORDER_STATUSES, RETURN_STATUSES, BUYER_INTENTS, PAGE_KINDS, type OrderId, type PageReading } from '../../src/model.ts';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
export const orderIdArb = fc.tuple(digits(3), digits(7), digits(7)).map(([a, b, c]) => `${a}-${b}-${c}` as OrderId);
/** A handful of ids, so readings in a sequence touch the same orders. */
export const sharedOrderIdArb = fc.constantFrom(...['111-0000001-0000001', '112-0000002-0000002', '113-0000003-0000003', '114-0000004-0000004'] as OrderId[]);
export const isoArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const niso = fc.option(isoArb, { nil: null });
const nstr = fc.option(fc.string({ maxLength: 60 }), { nil: null });

/** Message text that is recognisably this test's, so its presence anywhere in memory can be detected. */
export const messageTextArb = fc.tuple(fc.uuid(), fc.string({ maxLength: 80 })).map(([u, s]) => `buyer-said ${u} ${s}`);

export const orderArb = fc.record({
  orderId: fc.oneof(orderIdArb, sharedOrderIdArb),
  status: fc.option(fc.constantFrom(...ORDER_STATUSES), { nil: null }),
  purchaseDate: niso, shipBy: niso, deliverBy: niso, shippedAt: niso, deliveredAt: niso,
  carrier: nstr, trackingId: fc.option(fc.stringMatching(/^[A-Z0-9]{8,22}$/), { nil: null }), shippingService: nstr,
  boughtThroughAmazon: fc.option(fc.boolean(), { nil: null }),
  claimsProtected: fc.option(fc.boolean(), { nil: null }),
  fulfillment: fc.option(fc.constantFrom('MFN' as const, 'AFN' as const), { nil: null }),
  shipToCountry: fc.option(fc.constantFrom('US', 'DE', 'GB', 'JP'), { nil: null }),
});

export const claimArb = fc.record({
  orderId: fc.option(fc.oneof(orderIdArb, sharedOrderIdArb), { nil: null }),
  claimId: fc.option(digits(10), { nil: null }),
  claimType: fc.option(fc.constantFrom(...CLAIM_TYPES), { nil: null }),
  reason: nstr, status: nstr,
  amount: fc.option(fc.record({ value: fc.double({ min: 0, max: 1e6, noNaN: true }), currency: fc.constantFrom('USD', 'EUR', 'JPY') }), { nil: null }),
  filedAt: niso, respondBy: niso, decidedAt: niso,
  fundedBy: fc.option(fc.constantFrom('seller' as const, 'amazon' as const), { nil: null }),
});

export const messageArb = fc.record({
  orderId: fc.option(fc.oneof(orderIdArb, sharedOrderIdArb), { nil: null }),
  from: fc.constantFrom('buyer' as const, 'seller' as const, 'amazon' as const),
  sentAt: niso,
  text: messageTextArb,
  intents: fc.option(fc.uniqueArray(fc.constantFrom(...BUYER_INTENTS), { maxLength: 3 }), { nil: null }),
});

export const returnArb = fc.record({
  orderId: fc.option(fc.oneof(orderIdArb, sharedOrderIdArb), { nil: null }),
  status: fc.option(fc.constantFrom(...RETURN_STATUSES), { nil: null }),
  requestedAt: niso, receivedAt: niso, refundedAt: niso, reason: nstr,
});

export const readingArb: fc.Arbitrary<PageReading> = fc.record({
  kind: fc.constantFrom(...PAGE_KINDS),
  marketplace: fc.option(fc.constantFrom(...MARKETPLACES), { nil: null }),
  uiLanguage: fc.option(fc.constantFrom('en', 'de', 'ja', 'zh'), { nil: null }),
  orders: fc.array(orderArb, { maxLength: 5 }),
  claims: fc.array(claimArb, { maxLength: 3 }),
  messages: fc.array(messageArb, { maxLength: 5 }),
  returns: fc.array(returnArb, { maxLength: 3 }),
  missing: fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }),
  draft: fc.option(messageTextArb, { nil: null }),
});

/** Values of any JSON-like shape, including the ones a message could claim to be. */
export const jsonLikeArb = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.record({ type: fc.constantFrom('page-reading', 'get-tab-state', 'confirm-facts', 'forget-everything', 'get-deadlines', 'get-active-tab-state'), reading: fc.anything(), tabId: fc.anything(), orderId: fc.anything(), facts: fc.anything() }, { requiredKeys: ['type'] }),
);
