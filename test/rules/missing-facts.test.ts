// A decision that reads a fact the page did not show says so (confirm-facts naming the fact) instead of "nothing to
// do" or a deadline made up: the latest delivery date of a parcel in transit, the respond-by of an open claim, the
// day a return arrived. Orders of other marketplaces than the scored scenarios.
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/rules/index.ts';
import { caseOf, NOW, type CaseSpec } from './builders.ts';

const run = (spec: CaseSpec) => advise([caseOf(spec)], NOW);
const confirmed = (spec: CaseSpec) => run(spec).filter((a) => a.action === 'confirm-facts').flatMap((a) => a.confirm);

describe('a fact the decision needs is not on the page', () => {
  it('own label in transit, no deliver-by (DE, shipped 9 days ago): confirm the deliver-by, not no-action', () => {
    const spec: CaseSpec = { marketplace: 'DE', order: { status: 'shipped', purchaseDate: '2026-11-14T10:00:00+01:00',
      shipBy: '2026-11-16T23:59:59+01:00', shippedAt: '2026-11-15T10:00:00+01:00', boughtThroughAmazon: false, carrier: 'DHL' } };
    expect(run(spec).map((a) => a.action)).not.toContain('no-action');
    expect(confirmed(spec)).toContain('deliverBy');
  });

  it('a Claims Protected label shipped on time needs no deliver-by: Amazon pays whether or not it is late', () => {
    const spec: CaseSpec = { marketplace: 'DE', order: { status: 'shipped', purchaseDate: '2026-11-14T10:00:00+01:00',
      shipBy: '2026-11-16T23:59:59+01:00', shippedAt: '2026-11-15T10:00:00+01:00', boughtThroughAmazon: true, claimsProtected: true } };
    expect(confirmed(spec)).not.toContain('deliverBy');
  });

  it('open A-to-z claim, respond-by not shown (UK): respond to it and confirm the respond-by', () => {
    const spec: CaseSpec = { marketplace: 'UK', order: { status: 'delivered', deliveredAt: '2026-11-10T12:00:00Z' },
      claims: [{ reason: 'Item not as described', status: 'Action required' }] };
    const actions = run(spec).map((a) => a.action);
    expect(actions).toContain('respond-to-claim');
    expect(confirmed(spec)).toContain('claim.respondBy');
  });

  it('an open claim with its respond-by shown asks nothing more', () => {
    const spec: CaseSpec = { marketplace: 'UK', claims: [{ reason: 'Item not as described', status: 'Action required', respondBy: '2026-11-26T12:00:00Z' }] };
    expect(confirmed(spec)).not.toContain('claim.respondBy');
  });

  it('return received, refund pending, arrival date not shown (FR): refund it and confirm the date it arrived', () => {
    const spec: CaseSpec = { marketplace: 'FR', order: { status: 'delivered' }, returns: [{ status: 'received', requestedAt: '2026-11-12T10:00:00+01:00' }] };
    expect(run(spec).map((a) => a.action)).toContain('refund-return');
    expect(confirmed(spec)).toContain('return.receivedAt');
    const dated: CaseSpec = { ...spec, returns: [{ status: 'received', requestedAt: '2026-11-12T10:00:00+01:00', receivedAt: '2026-11-23T10:00:00+01:00' }] };
    expect(confirmed(dated)).not.toContain('return.receivedAt');
  });
});
