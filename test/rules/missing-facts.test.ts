// A decision that reads a fact the page did not show says so (confirm-facts naming the fact) instead of "nothing to
// do" or a deadline made up: the latest delivery date of a parcel in transit, the respond-by of an open claim, the
// day a return arrived. Orders of other marketplaces than the scored scenarios.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EN_PHRASES } from '../../src/words/advice/en.ts';
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

  it('a return whose state is not shown (SG, requested 10 days ago): confirm its state, never "nothing to do"', () => {
    const spec: CaseSpec = { marketplace: 'SG', returns: [{ status: null, requestedAt: '2026-11-14T00:00:00+08:00', reason: 'Item defective or doesn\'t work' }] };
    const actions = run(spec).map((a) => a.action);
    expect(actions).not.toContain('no-action');
    expect(actions).not.toContain('refund-return');
    expect(confirmed(spec)).toContain('return.status');
    // Read on the returns page, not confirmed in the popup: the advice does not say "confirm it here".
    expect(run(spec).find((a) => a.action === 'confirm-facts')?.why).not.toMatch(/Confirm it here/u);
    // A refunded return is done whatever its state; a shown state needs no confirming.
    expect(confirmed({ ...spec, returns: [{ status: null, requestedAt: '2026-11-14T00:00:00+08:00', refundedAt: '2026-11-20T00:00:00+08:00' }] })).not.toContain('return.status');
    expect(confirmed({ ...spec, returns: [{ status: 'authorized', requestedAt: '2026-11-14T00:00:00+08:00' }] })).not.toContain('return.status');
  });

  it('a return with an arrival date but no status has arrived: its refund is due, by a date, not a question', () => {
    const spec: CaseSpec = { marketplace: 'UK', returns: [{ status: null, requestedAt: '2026-11-12T10:00:00Z', receivedAt: '2026-11-20T10:00:00Z' }] };
    const refund = run(spec).find((a) => a.action === 'refund-return');
    expect(refund?.deadline).not.toBeNull();
    expect(confirmed(spec)).not.toContain('return.status');
  });
});

describe('a granted claim charged to the seller whose decision date is not shown', () => {
  // Filed 10 Nov: a claim is decided after it is filed, so the 30-day appeal window is open at least until 10 Dec.
  const granted: CaseSpec = { marketplace: 'UK', claims: [{ reason: 'Item not received', status: 'Granted/Seller Funded',
    filedAt: '2026-11-10T00:00:00+00:00', fundedBy: 'seller' }] };
  const at = (iso: string) => advise([caseOf(granted)], new Date(iso));

  it('within the window counted from the filing: appeal by its earliest end, and confirm the decision date', () => {
    const advice = at('2026-12-07T10:00:00Z');
    const appeal = advice.find((a) => a.action === 'appeal-claim');
    expect(appeal?.deadline).toBe('2026-12-10T00:00:00+00:00');
    expect(appeal?.why).toMatch(/does not show the decision date/u);
    expect(advice.filter((a) => a.action === 'confirm-facts').flatMap((a) => a.confirm)).toContain('claim.decidedAt');
  });

  it('on the day of that earliest end (a filing date without its time) the advice says the window may close any time that day', () => {
    const appeal = at('2026-12-10T10:00:00Z').find((a) => a.action === 'appeal-claim');
    expect(appeal?.notes?.join(' ')).toMatch(/only the date of the filing/u);
  });

  it('past that earliest end the window may still be open: never "closed", only the decision date asked for', () => {
    const advice = at('2026-12-14T10:00:00Z');
    expect(advice.map((a) => a.action)).toEqual(['confirm-facts']);
  });

  it('with no filing date either, nothing is counted: the decision date is asked for', () => {
    const undated: CaseSpec = { marketplace: 'UK', claims: [{ reason: 'Item not received', status: 'Granted/Seller Funded', fundedBy: 'seller' }] };
    expect(advise([caseOf(undated)], new Date('2026-12-07T10:00:00Z')).map((a) => a.action)).toEqual(['confirm-facts']);
  });
});

describe('a granted claim whose status shows an appeal already made', () => {
  const claimWith = (status: string): CaseSpec => ({ marketplace: 'UK', claims: [{ reason: 'Item not received', status,
    filedAt: '2026-11-10T10:00:00Z', decidedAt: '2026-11-20T10:00:00Z', fundedBy: 'seller' }] });
  const actions = (status: string) => advise([caseOf(claimWith(status))], new Date('2026-11-30T10:00:00Z')).map((a) => a.action);

  it.each(['Granted/Seller Funded – Appeal submitted', 'Granted/Seller Funded (appeal under review)', 'Appeal granted',
    'Antrag stattgegeben / Verkäufer – Widerspruch eingelegt', 'Concedida – recurso en revisión', 'Accordée – appel en cours',
    '承認（出品者負担）・異議申し立て中', '已批准（卖家承担）- 申诉中'])('%s: no second appeal is advised', (status) => {
    expect(actions(status)).toEqual(['no-action']);
  });

  it('a notice on the page says the appeal was made while the status does not: no second appeal either', () => {
    const spec = claimWith('Granted/Seller Funded');
    spec.claims![0]!.appealMade = true;
    expect(advise([caseOf(spec)], new Date('2026-11-30T10:00:00Z')).map((a) => a.action)).toEqual(['no-action']);
  });

  it('a status that only offers the appeal ("Option to Appeal") still gets the appeal advice', () => {
    expect(actions('Granted/Seller Funded – Option to Appeal')).toContain('appeal-claim');
    expect(actions('Granted/Seller Funded')).toContain('appeal-claim');
  });
});

describe('a claim date printed without its time', () => {
  // Decided on 11 Nov as a date only: the window may run to the hour of the decision on 11 Dec, which is not shown.
  const granted: CaseSpec = { marketplace: 'DE', claims: [{ reason: 'Artikel nicht erhalten', status: 'Granted/Seller Funded',
    decidedAt: '2026-11-11T00:00:00+01:00', fundedBy: 'seller' }] };
  const at = (iso: string) => advise([caseOf(granted)], new Date(iso));

  it('on the last day of the appeal window, late in the evening the appeal is still advised, never "closed"', () => {
    const actions = at('2026-12-11T21:30:00Z');
    expect(actions.map((a) => a.action)).toEqual(['appeal-claim']);
    expect(actions[0]!.severity).toBe('critical');
    expect(actions[0]!.notes?.join(' ')).toMatch(/at any time that day/u);
    // The deadline stays the earliest it can be (the start of that day), but the title does not call it overdue.
    expect(actions[0]!.deadline).toBe('2026-12-11T00:00:00+01:00');
    expect(actions[0]!.title).not.toMatch(/Overdue/u);
  });

  it('the day after, the window has closed', () => {
    const actions = at('2026-12-12T00:30:00Z');
    expect(actions.map((a) => a.action)).toEqual(['no-action']);
    expect(actions[0]!.title).toMatch(/closed/u);
  });

  it('a decision printed with its time closes the window at that time', () => {
    const timed: CaseSpec = { ...granted, claims: [{ ...granted.claims![0]!, decidedAt: '2026-11-11T09:00:00+01:00' }] };
    expect(advise([caseOf(timed)], new Date('2026-12-11T21:30:00Z')).map((a) => a.action)).toEqual(['no-action']);
  });

  it('a safety claim with neither its notice date nor a respond-by (CA): send the insurance and confirm the date', () => {
    const spec: CaseSpec = { marketplace: 'CA', claims: [{ claimType: 'safety', reason: 'Property damage', status: 'Action required' }] };
    expect(run(spec).map((a) => a.action)).toContain('provide-insurance');
    expect(confirmed(spec)).toContain('claim.respondBy');
    const dated: CaseSpec = { marketplace: 'CA', claims: [{ claimType: 'safety', reason: 'Property damage', status: 'Action required', filedAt: '2026-11-20T10:00:00-05:00' }] };
    expect(confirmed(dated)).not.toContain('claim.respondBy');
  });
});

describe('every fact the context can ask to confirm', () => {
  // The needs are pushed as literals in the context; each must have its phrase, or the popup would show a raw key.
  const source = readFileSync(new URL('../../src/rules/context.ts', import.meta.url), 'utf8');
  const needs = [...source.matchAll(/needs\.push\(\{\s*facts:\s*\[([^\]]*)\],\s*rules:\s*\[([^\]]*)\]/gu)]
    .map((m) => [m[1]!, m[2]!].map((list) => [...list.matchAll(/'([^']+)'/gu)].map((x) => x[1]).join('+')).join('|'));

  it('is found in the context', () => { expect(needs.length).toBeGreaterThan(8); });

  // Every other UI language's table is typed by the English one (PhraseTable): a key English has, they have.
  it('has its words', () => {
    expect(needs.filter((n) => !(`confirm.need.${n}` in EN_PHRASES))).toEqual([]);
  });
});
