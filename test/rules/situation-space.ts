// The situation space the rules are tested over (situation-space.test.ts, zh-advice.test.ts): order status × label
// (fulfilment and Buy Shipping protection) × where "now" falls among the order's dates × shipped on time or late ×
// claim state × return state × buyer intent and how long the buyer has waited.
import type { ClaimFacts, OrderCase, OrderFacts, OrderStatus, ReturnFacts } from '../../src/model.ts';
import { detectIntents } from '../../src/rules/intent/detect.ts';
import { caseOf, NOW, type CaseSpec } from './builders.ts';

const DAY = 86_400_000;
const at = (daysFromNow: number) => new Date(NOW.getTime() + daysFromNow * DAY).toISOString();

const STATUSES: (OrderStatus | null)[] = ['pending', 'unshipped', 'shipped', 'delivered', 'canceled', null];

const LABELS: Record<string, Partial<OrderFacts>> = {
  'own label': { boughtThroughAmazon: false, claimsProtected: null },
  'Claims Protected': { boughtThroughAmazon: true, claimsProtected: true },
  'Late Delivery Risk': { boughtThroughAmazon: true, claimsProtected: false },
  'label unknown': { boughtThroughAmazon: null, claimsProtected: null },
};

/**
 * Days since the order was placed. Ship-by is 2 days after the order, deliver-by 9: so 1 is before ship-by; 5 is
 * past ship-by, before deliver-by; 11 is past deliver-by, before the buyer can file; 16 is past auto-cancel and
 * the day the buyer can file; 60 is past the return window; 120 past the A-to-z window; 1,900 is five years.
 */
const AGES = [1, 5, 11, 16, 60, 120, 1900];

function orderFacts(status: OrderStatus | null, age: number, shippedLate: boolean): Partial<OrderFacts> {
  const placed = -age, shipBy = placed + 2, deliverBy = placed + 9;
  const shipped = status === 'shipped' || status === 'delivered';
  return {
    status, purchaseDate: at(placed), shipBy: at(shipBy), deliverBy: at(deliverBy),
    shippedAt: shipped ? at(Math.min(shippedLate ? shipBy + 2 : shipBy - 1, 0)) : null,
    deliveredAt: status === 'delivered' ? at(Math.min(deliverBy - 2, 0)) : null,
    carrier: shipped ? 'USPS' : null, trackingId: shipped ? '9400111' : null,
  };
}

const CLAIMS: Record<string, Partial<ClaimFacts>[]> = {
  'no claim': [],
  'open, respond-by ahead': [{ reason: 'Item not received', status: 'Action required', filedAt: at(-1), respondBy: at(1) }],
  'open, respond-by passed': [{ reason: 'Item not received', status: 'Action required', filedAt: at(-4), respondBy: at(-2) }],
  'open, respond-by passed long ago': [{ reason: 'Item not received', status: 'Action required', filedAt: at(-50), respondBy: at(-48) }],
  'granted to the seller, appeal open': [{ status: 'Granted/Seller Funded', decidedAt: at(-5), fundedBy: 'seller' }],
  'granted to the seller, appeal closed': [{ status: 'Granted/Seller Funded', decidedAt: at(-40), fundedBy: 'seller' }],
  'denied': [{ status: 'Closed/Denied', decidedAt: at(-3) }],
  'safety, notice ahead': [{ claimType: 'safety', reason: 'Product caused property damage', status: 'Action required', filedAt: at(-2) }],
  'safety, notice missed': [{ claimType: 'safety', reason: 'Product caused property damage', status: 'Action required', filedAt: at(-10) }],
  'chargeback, respond-by passed': [{ claimType: 'chargeback', status: 'Action required', respondBy: at(-1) }],
};

const RETURNS: Record<string, Partial<ReturnFacts>[]> = {
  'no return': [],
  'asked just now': [{ status: 'pending-authorization', requestedAt: at(-0.1), reason: 'No longer needed' }],
  'asked three days ago, unanswered': [{ status: 'pending-authorization', requestedAt: at(-3), reason: "Item defective or doesn't work" }],
  'received, refund due ahead': [{ status: 'received', receivedAt: at(-0.2), reason: 'No longer needed' }],
  'received, refund overdue': [{ status: 'received', receivedAt: at(-9), reason: 'Wrong item was sent' }],
  'authorized': [{ status: 'authorized', requestedAt: at(-2) }],
  'completed': [{ status: 'completed', receivedAt: at(-8), refundedAt: at(-7) }],
};

const INTENTS: Record<string, string | null> = {
  'no message': null, 'not received': 'I never received my package.', 'where is it': 'Where is my order?',
  'cancel': 'Please cancel my order.', 'address change': 'Can you change my shipping address?', 'return': 'I want to return it.',
  'damaged': 'It arrived broken.', 'off Amazon': 'Add me on WhatsApp.', 'question': 'Does it come with batteries?',
};
const WAITED = { 'two hours': -2 / 24, 'three days': -3 };

/** An order not yet shipped (or canceled) has no label: one "unknown" stands for all. */
function labelsFor(status: OrderStatus | null): [string, Partial<OrderFacts>][] {
  const all = Object.entries(LABELS);
  return status === 'pending' || status === 'unshipped' || status === 'canceled' ? all.filter(([name]) => name === 'label unknown') : all;
}

export interface Combo {
  name: string; spec: CaseSpec; protectedNotReceived: boolean; deliverByPassed: boolean;
  /** Not protected, not delivered, the buyer can already file "not received" and no claim exists: the claim would be the seller's. */
  claimableOnSeller: boolean;
}

export function* combos(): Generator<Combo> {
  for (const status of STATUSES) for (const [label, labelFacts] of labelsFor(status)) for (const age of AGES) {
    const timings = status === 'shipped' || status === 'delivered' ? [false, true] : [false];
    for (const shippedLate of timings) for (const [claim, claims] of Object.entries(CLAIMS)) for (const [ret, returns] of Object.entries(RETURNS)) {
      for (const [intent, text] of Object.entries(INTENTS)) {
        const waits = text === null ? [['', 0] as const] : Object.entries(WAITED);
        for (const [waited, when] of waits) {
          const order = { ...orderFacts(status, age, shippedLate), ...labelFacts };
          yield {
            name: `${status ?? 'no status'} | ${label} | ${age} days | ${shippedLate ? 'shipped late' : 'on time'} | ${claim} | ${ret} | ${intent} ${waited}`,
            spec: { order, claims, returns, messages: text === null ? [] : [['buyer', at(when), text]] },
            protectedNotReceived: labelFacts.claimsProtected === true && intent === 'not received',
            deliverByPassed: Date.parse(order.deliverBy!) < NOW.getTime(),
            claimableOnSeller: status === 'shipped' && (labelFacts.claimsProtected === false || labelFacts.boughtThroughAmazon === false) &&
              claims.length === 0 && age - 9 >= 3 && age - 9 <= 90,
          };
        }
      }
    }
  }
}

const readIntents = new Map<string, ReturnType<typeof detectIntents>>();
/** Intents read once per text: the space repeats a few texts a hundred thousand times. */
export function intentsOf(text: string) {
  let found = readIntents.get(text);
  if (!found) readIntents.set(text, (found = detectIntents(text)));
  return found;
}

/** The combination as an order case, its buyer messages' intents already read. */
export function caseFor(c: Combo): OrderCase {
  const one = caseOf(c.spec);
  one.messages = one.messages.map((m) => ({ ...m, intents: intentsOf(m.text) }));
  return one;
}
