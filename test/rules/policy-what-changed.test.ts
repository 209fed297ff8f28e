// "What changed": the last twelve months of dated rules, each with the open orders whose advice rests on it now.
import { describe, expect, it } from 'vitest';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { recentChanges, whatChanged } from '../../src/rules/what-changed.ts';
import { POLICY_SOURCES } from '../../src/rules/policy-sources.ts';
import { caseOf } from './builders.ts';

const NOW = new Date('2026-12-06T18:00:00Z');

describe('what changed', () => {
  it('lists the changes of the last twelve months, newest first', () => {
    expect(recentChanges(NOW)).toEqual(['US-SAFET-30D', 'US-APRL-ALL', 'US-REFUND-4D', 'US-SAFET-AUTOREFUND']);
    // The holiday window of 2025 purchases started 2025-11-01: more than twelve months back.
    expect(recentChanges(NOW)).not.toContain('US-HOLIDAY-RET-2025');
    expect(recentChanges(new Date('2025-12-01T00:00:00Z'))).toEqual(['US-HOLIDAY-RET-2025']);
    expect(recentChanges(new Date('2027-01-27T00:00:00Z'))).toEqual(['US-SAFET-30D', 'US-APRL-ALL']);
  });

  it('counts the open orders each change affects now, with the soonest deadline', () => {
    const received = (id: string, at: string, marketplace: 'US' | 'UK' = 'US') =>
      caseOf({ marketplace, returns: [{ status: 'received', receivedAt: at, reason: 'Bought by mistake' }] }, id);
    const cases = [
      received('111-0000000-0000001', '2026-12-04T10:00:00-08:00'),
      received('111-0000000-0000002', '2026-12-05T10:00:00-08:00'),
      received('111-0000000-0000003', '2026-12-03T10:00:00-08:00'),
      received('204-0000000-0000004', '2026-12-05T10:00:00+00:00', 'UK'),
      caseOf({ returns: [{ status: 'pending-authorization', requestedAt: '2026-12-06T08:00:00-08:00', reason: 'No longer needed' }] }, '111-0000000-0000005'),
      caseOf({ returns: [{ status: 'authorized', requestedAt: '2026-11-30T08:00:00-08:00', refundedAt: '2026-12-01T09:00:00-08:00' }] }, '111-0000000-0000006'),
    ];
    const byId = Object.fromEntries(whatChanged(cases, NOW, SETTINGS_DEFAULTS).map((c) => [c.id, c]));
    // Three US returns to refund (the UK one is under the old rule); the soonest is the Thursday receipt.
    expect(byId['US-REFUND-4D']).toMatchObject({ openOrders: 3, effective: '2026-01-26', marketplaces: ['US'], confidence: 'reported',
      soonest: '2026-12-07T10:00:00-08:00' });
    expect(byId['US-SAFET-AUTOREFUND']?.openOrders).toBe(3);
    expect(byId['US-APRL-ALL']).toMatchObject({ openOrders: 1, soonest: '2026-12-07T08:00:00-08:00' });
    expect(byId['US-SAFET-30D']).toMatchObject({ openOrders: 1, soonest: '2026-12-31T23:59:59-08:00' });
    expect(POLICY_SOURCES['US-SAFET-30D'].summary).toContain('30 days');
  });

  it('an empty memory: the changes still listed, nothing affected', () => {
    const list = whatChanged([], NOW, SETTINGS_DEFAULTS);
    expect(list.map((c) => c.id)).toEqual(recentChanges(NOW));
    expect(list.every((c) => c.openOrders === 0 && c.soonest === null)).toBe(true);
  });
});
