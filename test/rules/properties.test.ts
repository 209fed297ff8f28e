// Invariants over random facts (fast-check): the safety rules hold whatever the pages showed or left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_CODES, MARKETPLACES, ORDER_STATUSES, RETURN_STATUSES, type Advice, type OrderCase,
} from '../../src/model.ts';
import { advise } from '../../src/rules/index.ts';
import { isPolicyRuleId } from '../../src/rules/policy.ts';
import { toStoredCase } from '../../src/rules/storable.ts';
import { caseOf, type CaseSpec } from './builders.ts';

const MS_FROM = Date.parse('2026-09-01T00:00:00Z');
const MS_TO = Date.parse('2027-01-31T00:00:00Z');

/** A time as a reader may give it: ISO with an offset, a date only, or (rarely) something unreadable. */
const time = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: MS_FROM, max: MS_TO }).map((ms) => new Date(ms).toISOString()) },
  { weight: 2, arbitrary: fc.integer({ min: MS_FROM, max: MS_TO }).map((ms) => new Date(ms).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constant('n/a') },
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 });

const NOT_RECEIVED = ['I never got my package.', 'Paket nicht erhalten!', '我还没收到包裹', 'The delivery photo is not my house, I did not receive it.'];
const TEXTS = [...NOT_RECEIVED, 'Where is my order?', 'Please cancel my order', 'Can I change the address?', 'It arrived broken',
  'Add me on WhatsApp', 'Does it come with batteries?', 'I want to return it', 'Wrong item sent', ''];

const message = fc.record({
  from: fc.constantFrom('buyer' as const, 'seller' as const, 'amazon' as const),
  at: maybe(time),
  text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 40 })),
});

const claimSpec = fc.record({
  claimType: maybe(fc.constantFrom('a-to-z' as const, 'safety' as const, 'chargeback' as const, 'safe-t' as const)),
  reason: maybe(fc.constantFrom('Item not received', 'Item materially different from description', 'Product caused property damage')),
  status: maybe(fc.constantFrom('Action required', 'Under review', 'Granted/Seller Funded', 'Granted/Amazon Funded', 'Closed/Denied', 'Withdrawn', 'Closed/Refunded', 'Granted')),
  filedAt: maybe(time), respondBy: maybe(time), decidedAt: maybe(time),
  fundedBy: maybe(fc.constantFrom('seller' as const, 'amazon' as const)),
});

const returnSpec = fc.record({
  status: maybe(fc.constantFrom(...RETURN_STATUSES)),
  requestedAt: maybe(time), receivedAt: maybe(time), refundedAt: maybe(time),
  reason: maybe(fc.constantFrom('No longer needed', "Item defective or doesn't work", 'Wrong item was sent')),
});

const spec: fc.Arbitrary<CaseSpec> = fc.record({
  marketplace: maybe(fc.constantFrom(...MARKETPLACES)),
  order: fc.record({
    status: maybe(fc.constantFrom(...ORDER_STATUSES)),
    purchaseDate: maybe(time), shipBy: maybe(time), deliverBy: maybe(time), shippedAt: maybe(time), deliveredAt: maybe(time),
    firstScanAt: maybe(time),
    carrier: maybe(fc.constantFrom('UPS', 'USPS', 'Royal Mail')), trackingId: maybe(fc.constantFrom('1Z999', 'TT048')),
    boughtThroughAmazon: maybe(fc.boolean()), claimsProtected: maybe(fc.boolean()),
  }),
  claims: fc.array(claimSpec, { maxLength: 2 }),
  returns: fc.array(returnSpec, { maxLength: 2 }),
  messages: fc.array(message, { maxLength: 4 }).map((ms) => ms.map((m) => [m.from, m.at, m.text] as [typeof m.from, string | null, string])),
  confirmed: fc.record({ claimsProtected: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: [] }),
});

const nowArb = fc.integer({ min: Date.parse('2026-10-01T00:00:00Z'), max: Date.parse('2027-01-15T00:00:00Z') }).map((ms) => new Date(ms));

const effective = (c: OrderCase) => ({ ...c.order, ...Object.fromEntries(Object.entries(c.confirmed).filter(([, v]) => v !== undefined && v !== null)) });
const saysNotReceived = (c: OrderCase) => c.messages.some((m) => m.from === 'buyer' && NOT_RECEIVED.includes(m.text));
const actions = (advice: Advice[]) => advice.map((a) => a.action);
const RUNS = { numRuns: 400 };

describe('invariants over random facts', () => {
  it('Claims Protected + buyer says not received => never refund-or-reship', () => {
    fc.assert(fc.property(spec, nowArb, (s, now) => {
      const c = caseOf({ ...s, order: { ...s.order, claimsProtected: true }, confirmed: {},
        messages: [...(s.messages ?? []), ['buyer', null, NOT_RECEIVED[0]!]] });
      expect(saysNotReceived(c)).toBe(true);
      expect(actions(advise([c], now))).not.toContain('refund-or-reship');
    }), RUNS);
  });

  it('direct-to-a-to-z only when protected; refund-or-reship only when known not protected', () => {
    fc.assert(fc.property(spec, nowArb, (s, now) => {
      const c = caseOf(s);
      const o = effective(c);
      const a = actions(advise([c], now));
      if (a.includes('direct-to-a-to-z')) expect(o.claimsProtected).toBe(true);
      if (a.includes('refund-or-reship')) expect(o.claimsProtected === false || (o.claimsProtected === null && o.boughtThroughAmazon === false)).toBe(true);
    }), RUNS);
  });

  it('decisions that need a date are never made without it', () => {
    fc.assert(fc.property(spec, nowArb, (s, now) => {
      const c = caseOf(s);
      const o = effective(c);
      const known = (v: string | null | undefined) => v != null && v !== 'n/a';
      const a = actions(advise([c], now));
      if (a.includes('ship-by-deadline') || a.includes('ship-or-cancel-late')) expect(known(o.shipBy)).toBe(true);
      if (a.includes('direct-to-a-to-z')) expect(known(o.shipBy) && (known(o.shippedAt) || known(o.firstScanAt))).toBe(true);
      if (a.includes('share-tracking')) expect(known(o.deliverBy)).toBe(true);
      if (a.includes('refund-or-reship')) expect(known(o.deliveredAt) || o.status === 'delivered' || known(o.deliverBy)).toBe(true);
    }), RUNS);
  });

  it('a canceled order gets exactly no-action', () => {
    fc.assert(fc.property(spec, nowArb, (s, now) => {
      const c = caseOf({ ...s, order: { ...s.order, status: 'canceled' }, confirmed: {} });
      expect(actions(advise([c], now))).toEqual(['no-action']);
    }), RUNS);
  });

  it('a refund advised after an A-to-z claim was filed is flagged (AZ-OUTCOMES)', () => {
    fc.assert(fc.property(spec, nowArb, (s, now) => {
      const c = caseOf({ ...s, claims: [...(s.claims ?? []), { claimType: 'a-to-z', status: 'Closed/Denied', decidedAt: '2026-10-01T10:00:00Z' }] });
      for (const a of advise([c], now)) {
        if (a.action === 'refund-or-reship' || a.action === 'refund-return') {
          expect(a.rules).toContain('AZ-OUTCOMES');
          expect((a.notes ?? []).join(' ')).toMatch(/still counts in your Order Defect Rate/);
        }
      }
    }), RUNS);
  });

  it('every order gets advice; every advice is well formed and ordered most urgent first', () => {
    const rank = { critical: 0, warning: 1, info: 2 };
    fc.assert(fc.property(fc.array(spec, { minLength: 1, maxLength: 4 }), nowArb, (specs, now) => {
      const cases = specs.map((s, i) => caseOf(s, `111-0000000-000000${i}`));
      const advice = advise(cases, now);
      for (const c of cases) expect(advice.some((a) => a.orderId === c.orderId)).toBe(true);
      for (const a of advice) {
        expect(ACTION_CODES).toContain(a.action);
        expect(a.rules.every(isPolicyRuleId)).toBe(true);
        if (a.deadline !== null) expect(a.deadline).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(a.title).not.toMatch(/undefined|null|NaN|Invalid/);
        expect(a.why).not.toMatch(/undefined|NaN|Invalid Date/);
      }
      // A reply whose 24 hours have passed is ranked after every step that can still be made in time (as if it
      // were informative and had no deadline); it keeps its severity on screen.
      const lapsed = (a: Advice) => (a.action === 'reply-to-buyer' || a.action === 'share-tracking') &&
        a.deadline !== null && Date.parse(a.deadline) < now.getTime();
      const sev = (a: Advice) => (lapsed(a) ? rank.info : rank[a.severity]);
      const due = (a: Advice) => (lapsed(a) ? null : a.deadline);
      for (let i = 1; i < advice.length; i++) {
        const p = advice[i - 1]!, q = advice[i]!;
        expect(sev(q)).toBeGreaterThanOrEqual(sev(p));
        if (sev(p) === sev(q) && due(p) && due(q)) expect(Date.parse(due(q)!)).toBeGreaterThanOrEqual(Date.parse(due(p)!));
        if (sev(p) === sev(q) && !due(p)) expect(due(q)).toBeNull();
      }
    }), RUNS);
  });

  it('the stored form (no message text) gives the same actions and deadlines', () => {
    fc.assert(fc.property(spec, nowArb, (s, now) => {
      const c = caseOf(s);
      const key = (a: Advice[]) => a.map((x) => `${x.action}|${x.deadline}|${x.severity}|${x.rules.join(',')}`);
      expect(key(advise([toStoredCase(c)], now))).toEqual(key(advise([c], now)));
    }), RUNS);
  });
});
