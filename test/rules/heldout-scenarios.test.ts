// Held-out scenarios: order states written from ../shared/policy/RULES.md before the rules for late and lost orders
// were changed, with the next action a careful seller would expect. The rules are never tuned to one of these; a
// failure here means a rule is wrong, not that a scenario needs a special case.
import { describe, expect, it } from 'vitest';
import type { ActionCode, Advice, RuleId } from '../../src/model.ts';
import { advise } from '../../src/rules/index.ts';
import { caseOf, type CaseSpec } from './builders.ts';

interface Heldout {
  name: string;
  spec: CaseSpec;
  now: string;
  /** The first (most urgent) action, or one of these. */
  next: ActionCode | ActionCode[];
  never?: ActionCode[];
  rules?: RuleId[];
  /** Must appear in the title or why of some advice. */
  says?: RegExp[];
  /** Must appear in no title or why. */
  neverSays?: RegExp[];
  /** Must appear in no reply text. */
  replyNeverSays?: RegExp[];
}

const NOW = '2027-03-10T18:00:00Z';
const day = (d: string, t = '12:00:00') => `${d}T${t}Z`;
const PAST_MARK = /overdue|missed|passed|was due|closed|no longer/iu;

const delivered = (deliveredOn: string, deliverBy: string) => ({
  status: 'delivered' as const, shipBy: day(deliverBy, '00:00:00'), deliverBy: day(deliverBy, '00:00:00'), shippedAt: day(deliverBy, '00:00:00'),
  deliveredAt: day(deliveredOn), carrier: 'USPS', trackingId: '9400111',
});

export const HELDOUT: Heldout[] = [
  { name: 'delivered five years ago, nothing else', now: NOW,
    spec: { order: { ...delivered('2022-02-10', '2022-02-12'), purchaseDate: day('2022-02-03') } },
    next: 'no-action', rules: ['AZ-FILE-WINDOW'], says: [/A-to-z.*closed/iu], neverSays: [/on its way/iu] },
  { name: 'shipped five years ago, never shown delivered', now: NOW,
    spec: { order: { status: 'shipped', purchaseDate: day('2022-01-02'), shipBy: day('2022-01-04'), shippedAt: day('2022-01-03'), deliverBy: day('2022-01-12'), carrier: 'UPS', trackingId: '1Z77' } },
    next: 'no-action', says: [/closed/iu], neverSays: [/on its way/iu], never: ['refund-or-reship'] },
  { name: 'own label, 19 days past deliver-by, no message', now: NOW,
    spec: { order: { status: 'shipped', purchaseDate: day('2027-02-08'), shipBy: day('2027-02-10'), shippedAt: day('2027-02-10'), deliverBy: day('2027-02-19'), boughtThroughAmazon: false, carrier: 'USPS', trackingId: '9400222' } },
    next: 'refund-or-reship', says: [/A-to-z/u] },
  { name: 'Late Delivery Risk label (not protected), 10 days past deliver-by, no message', now: NOW,
    spec: { order: { status: 'shipped', purchaseDate: day('2027-02-18'), shipBy: day('2027-02-20'), shippedAt: day('2027-02-20'), deliverBy: day('2027-02-28'), boughtThroughAmazon: true, claimsProtected: false } },
    next: 'refund-or-reship' },
  { name: 'own label, one day past deliver-by, buyer cannot file yet', now: NOW,
    spec: { order: { status: 'shipped', purchaseDate: day('2027-02-28'), shipBy: day('2027-03-02'), shippedAt: day('2027-03-02'), deliverBy: day('2027-03-09', '00:00:00'), boughtThroughAmazon: false } },
    next: 'refund-or-reship' },
  { name: 'Claims Protected, on time, 10 days past deliver-by, no message: never refund', now: NOW,
    spec: { order: { status: 'shipped', purchaseDate: day('2027-02-18'), shipBy: day('2027-02-20', '23:00:00'), shippedAt: day('2027-02-20'), deliverBy: day('2027-02-28'), boughtThroughAmazon: true, claimsProtected: true } },
    next: ['no-action', 'direct-to-a-to-z'], never: ['refund-or-reship'] },
  { name: 'return requested 45 days after delivery', now: NOW,
    spec: { order: delivered('2027-01-20', '2027-01-22'), returns: [{ status: 'pending-authorization', requestedAt: day('2027-03-06'), reason: 'No longer needed' }] },
    next: 'authorize-return', rules: ['RET-WINDOW-30D'], replyNeverSays: [/We have authori[sz]ed the return/u] },
  { name: 'return requested 10 days after delivery', now: NOW,
    spec: { order: delivered('2027-02-28', '2027-03-02'), returns: [{ status: 'pending-authorization', requestedAt: day('2027-03-10', '08:00:00'), reason: 'No longer needed' }] },
    next: 'authorize-return', neverSays: [/outside the return window/iu] },
  { name: 'December purchase, return asked in January: holiday window still open', now: '2027-01-20T18:00:00Z',
    spec: { order: { ...delivered('2026-12-06', '2026-12-08'), purchaseDate: day('2026-12-01') }, returns: [{ status: 'pending-authorization', requestedAt: day('2027-01-20', '09:00:00'), reason: 'No longer needed' }] },
    next: 'authorize-return', neverSays: [/outside the return window/iu] },
  { name: 'unshipped, past ship-by + 7 business days', now: NOW,
    spec: { order: { status: 'unshipped', purchaseDate: day('2027-02-13'), shipBy: day('2027-02-16', '00:00:00') } },
    next: 'ship-or-cancel-late', says: [/cancel\w* (it )?automatically/iu] },
  { name: 'unshipped, ship-by passed two days ago', now: NOW,
    spec: { order: { status: 'unshipped', purchaseDate: day('2027-03-05'), shipBy: day('2027-03-08', '00:00:00') } },
    next: 'ship-or-cancel-late' },
  { name: 'open A-to-z claim, respond-by passed two days ago', now: NOW,
    spec: { order: delivered('2027-02-20', '2027-02-22'), claims: [{ reason: 'Item not received', status: 'Action required', filedAt: day('2027-03-06'), respondBy: day('2027-03-08') }] },
    next: 'respond-to-claim', says: [/appeal/iu, /passed|missed/iu] },
  { name: 'open A-to-z claim, respond-by tomorrow', now: NOW,
    spec: { claims: [{ reason: 'Item not received', status: 'Action required', filedAt: day('2027-03-09'), respondBy: day('2027-03-11') }] },
    next: 'respond-to-claim' },
  { name: 'granted seller-funded claim, decided ten days ago', now: NOW,
    spec: { claims: [{ reason: 'Item not received', status: 'Granted/Seller Funded', decidedAt: day('2027-02-28'), fundedBy: 'seller' }] },
    next: 'appeal-claim', rules: ['AZ-APPEAL-30D'] },
  { name: 'granted seller-funded claim, decided sixty days ago', now: NOW,
    spec: { claims: [{ reason: 'Item not received', status: 'Granted/Seller Funded', decidedAt: day('2027-01-09'), fundedBy: 'seller' }] },
    next: 'no-action', says: [/no longer|closed/iu] },
  { name: 'return received, refund due five days ago', now: NOW,
    spec: { returns: [{ status: 'received', requestedAt: day('2027-02-20'), receivedAt: day('2027-03-01'), reason: 'No longer needed' }] },
    next: 'refund-return' },
  { name: 'return request waiting three days', now: NOW,
    spec: { order: delivered('2027-02-28', '2027-03-02'), returns: [{ status: 'pending-authorization', requestedAt: day('2027-03-07'), reason: 'Item defective or doesn\'t work' }] },
    next: 'authorize-return', rules: ['RET-SHIPPING-COST'] },
  { name: 'buyer question unanswered for three days', now: NOW,
    spec: { order: delivered('2027-03-01', '2027-03-03'), messages: [['buyer', day('2027-03-07'), 'Does this work with 220V?']] },
    next: 'reply-to-buyer', rules: ['MSG-24H'] },
  { name: 'pending order', now: NOW,
    spec: { order: { status: 'pending', purchaseDate: day('2027-03-10', '09:00:00'), shipBy: day('2027-03-12') } },
    next: 'dont-ship-pending' },
  { name: 'property damage claim, notice ten days ago', now: NOW,
    spec: { claims: [{ claimType: 'safety', reason: 'Product caused property damage', status: 'Action required', filedAt: day('2027-02-28') }] },
    next: 'provide-insurance', rules: ['AZ-SAFETY'], says: [/dispute/iu] },
  { name: 'delivered twenty days ago, nothing waiting', now: NOW,
    spec: { order: delivered('2027-02-18', '2027-02-20') },
    next: 'no-action', neverSays: [/A-to-z.*closed/iu] },
  { name: 'in transit, deliver-by in three days', now: NOW,
    spec: { order: { status: 'shipped', purchaseDate: day('2027-03-07'), shipBy: day('2027-03-09'), shippedAt: day('2027-03-09'), deliverBy: day('2027-03-13') } },
    next: 'no-action', says: [/on its way/iu] },
  { name: 'own label, tracking says delivered 40 days ago, buyer says not received', now: NOW,
    spec: { order: { ...delivered('2027-01-29', '2027-01-31'), boughtThroughAmazon: false }, messages: [['buyer', day('2027-03-10', '09:00:00'), 'I never received my package.']] },
    next: 'refund-or-reship' },
  { name: 'Claims Protected on time, tracking delivered, buyer says not received', now: NOW,
    spec: { order: { ...delivered('2027-03-03', '2027-03-05'), boughtThroughAmazon: true, claimsProtected: true, shipBy: day('2027-03-01', '00:00:00'), shippedAt: day('2027-02-28') },
      messages: [['buyer', day('2027-03-10', '09:00:00'), 'The package never arrived.']] },
    next: 'direct-to-a-to-z', never: ['refund-or-reship'] },
  { name: 'chargeback, respond-by passed', now: NOW,
    spec: { claims: [{ claimType: 'chargeback', status: 'Action required', respondBy: day('2027-03-05') }] },
    next: 'respond-to-claim', says: [/passed|missed/iu] },
  { name: 'cancel request on an order past its ship-by', now: NOW,
    spec: { order: { status: 'unshipped', purchaseDate: day('2027-03-04'), shipBy: day('2027-03-08', '00:00:00') }, messages: [['buyer', day('2027-03-10', '10:00:00'), 'Please cancel my order.']] },
    next: 'cancel-on-request' },
  { name: 'shipped 100 days ago, delivery date not read', now: NOW,
    spec: { order: { status: 'shipped', purchaseDate: day('2026-11-28'), shippedAt: day('2026-11-30') } },
    next: ['no-action', 'confirm-facts'], neverSays: [/on its way/iu] },
];

const texts = (advice: Advice[]) => advice.flatMap((a) => [a.title, a.why]).join('\n');

describe('held-out scenarios', () => {
  it.each(HELDOUT.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const now = new Date(s.now);
    const advice = advise([caseOf(s.spec)], now);
    const actions = advice.map((a) => a.action);
    expect([s.next].flat(), actions.join(', ')).toContain(actions[0]);
    for (const a of s.never ?? []) expect(actions).not.toContain(a);
    const cited = advice.flatMap((a) => a.rules);
    for (const r of s.rules ?? []) expect(cited, r).toContain(r);
    for (const re of s.says ?? []) expect(texts(advice)).toMatch(re);
    for (const re of s.neverSays ?? []) expect(texts(advice)).not.toMatch(re);
    for (const re of s.replyNeverSays ?? []) for (const a of advice) expect(a.reply?.text ?? '').not.toMatch(re);
    // Never a deadline in the past presented as the next step.
    for (const a of advice) {
      if (a.deadline !== null && Date.parse(a.deadline) < now.getTime()) expect(a.title, a.title).toMatch(PAST_MARK);
    }
  });
});
