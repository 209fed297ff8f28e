// Dated policy: the version of a rule in force at the event that matters, per marketplace, at the boundaries of
// each 2026 change (the day before, the day of, the day after; a marketplace in and out of scope), and the advice
// that names the version used and where its sources differ.
import { describe, expect, it } from 'vitest';
import type { Advice, Marketplace } from '../../src/model.ts';
import { adviseCases, NO_WORDING } from '../../src/words/advice/advise.ts';
import { ZH } from '../../src/words/advice/zh.ts';
import { POLICY, type PolicyRuleId } from '../../src/rules/policy.ts';
import { ruleInForce, versionsOf } from '../../src/rules/policy-time.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { caseOf } from './builders.ts';
import { returnWindowEnd } from '../../src/rules/windows.ts';
import { formatIso, zoneOf } from '../../src/rules/time.ts';

/** Noon local time in the marketplace on a day: far from any zone edge, so the local date is that day. */
const noonIn = (day: string, m: Marketplace | null) => {
  const offset = m === 'US' ? '-08:00' : m === 'JP' ? '+09:00' : m === 'UK' || m === 'DE' ? '+00:00' : 'Z';
  return Date.parse(`${day}T12:00:00${offset === 'Z' ? 'Z' : offset}`);
};
const usedOn = (id: PolicyRuleId, m: Marketplace | null, day: string) => ruleInForce(id, m, noonIn(day, m))?.id ?? null;

describe('ruleInForce: versions by event date and marketplace', () => {
  it.each([
    // [line, marketplace, day before, change day, day after, old version, new version]
    ['RET-REFUND-2D', '2026-01-25', '2026-01-26', '2026-01-27', 'RET-REFUND-2D', 'US-REFUND-4D'],
    ['US-SAFET-30D', '2026-02-15', '2026-02-16', '2026-02-17', 'US-SAFET-60D', 'US-SAFET-30D'],
  ] as const)('%s in the US: before %s old, from %s new', (line, before, of, after, older, newer) => {
    expect(usedOn(line, 'US', before)).toBe(older);
    expect(usedOn(line, 'US', of)).toBe(newer);
    expect(usedOn(line, 'US', after)).toBe(newer);
    // Looked up from either end of the line, the answer is the same.
    expect(usedOn(older, 'US', of)).toBe(newer);
    expect(usedOn(newer, 'US', before)).toBe(older);
  });

  it('a US change does not reach other marketplaces', () => {
    for (const m of ['UK', 'DE', 'JP', 'CA'] as const) {
      for (const day of ['2026-01-25', '2026-01-26', '2026-01-27', '2026-11-24']) expect(usedOn('RET-REFUND-2D', m, day), `${m} ${day}`).toBe('RET-REFUND-2D');
      expect(usedOn('US-SAFET-30D', m, '2026-02-16'), m).toBeNull();
      expect(usedOn('US-APRL-ALL', m, '2026-02-08'), m).toBeNull();
      expect(usedOn('AZ-NR-NO-CONTACT', m, '2026-11-24'), m).toBeNull();
    }
    // With no marketplace known, a US-only rule is not assumed.
    expect(usedOn('RET-REFUND-2D', null, '2026-11-24')).toBe('RET-REFUND-2D');
  });

  it('US-APRL-ALL applies to returns requested from 2026-02-08', () => {
    expect(usedOn('US-APRL-ALL', 'US', '2026-02-07')).toBeNull();
    expect(usedOn('US-APRL-ALL', 'US', '2026-02-08')).toBe('US-APRL-ALL');
    expect(usedOn('US-APRL-ALL', 'US', '2026-02-09')).toBe('US-APRL-ALL');
  });

  it('US-HOLIDAY-RET-2025 covers purchases from 2025-11-01 to 2025-12-31 and replaces the 30-day window for them', () => {
    expect(usedOn('RET-WINDOW-30D', 'US', '2025-10-31')).toBe('RET-WINDOW-30D');
    expect(usedOn('RET-WINDOW-30D', 'US', '2025-11-01')).toBe('US-HOLIDAY-RET-2025');
    expect(usedOn('RET-WINDOW-30D', 'US', '2025-11-02')).toBe('US-HOLIDAY-RET-2025');
    expect(usedOn('RET-WINDOW-30D', 'US', '2025-12-31')).toBe('US-HOLIDAY-RET-2025');
    expect(usedOn('RET-WINDOW-30D', 'US', '2026-01-01')).toBe('RET-WINDOW-30D');
    expect(usedOn('RET-WINDOW-30D', 'UK', '2025-12-01')).toBe('RET-WINDOW-30D');
    expect(POLICY['US-HOLIDAY-RET-2025'].values.returnThrough).toBe('2026-01-31');
  });

  it('counts the event date in the marketplace\'s zone: 23:30 in Los Angeles on the day before is still the day before', () => {
    const lateEvening = Date.parse('2026-01-25T23:30:00-08:00'); // 2026-01-26 07:30 UTC
    expect(ruleInForce('RET-REFUND-2D', 'US', lateEvening)?.id).toBe('RET-REFUND-2D');
    expect(ruleInForce('RET-REFUND-2D', 'US', Date.parse('2026-01-26T00:00:00-08:00'))?.id).toBe('US-REFUND-4D');
  });

  it('says when a change is within reach of the event, and not when it is far', () => {
    const near = ruleInForce('RET-REFUND-2D', 'US', noonIn('2026-01-20', 'US'))!;
    expect(near.near).toEqual({ date: '2026-01-26', eventOnOrAfter: false, older: 'RET-REFUND-2D', newer: 'US-REFUND-4D' });
    expect(ruleInForce('RET-REFUND-2D', 'US', noonIn('2026-01-30', 'US'))!.near?.eventOnOrAfter).toBe(true);
    expect(ruleInForce('RET-REFUND-2D', 'US', noonIn('2026-11-24', 'US'))!.near).toBeNull();
  });

  it('lines of versions are closed under replaces', () => {
    expect(versionsOf('US-REFUND-4D').sort()).toEqual(['RET-REFUND-2D', 'US-REFUND-4D']);
    expect(versionsOf('US-SAFET-60D').sort()).toEqual(['US-SAFET-30D', 'US-SAFET-60D']);
    for (const [id, rule] of Object.entries(POLICY)) {
      const r = rule as { replaces?: string; effective?: string; until?: string };
      if (r.replaces) expect(Object.keys(POLICY), id).toContain(r.replaces);
      if (r.effective && r.until) expect(r.effective < r.until, id).toBe(true);
    }
  });
});

// Refund of a received return (US-REFUND-4D): the deadline and wording at the change.
const refundAdvice = (receivedAt: string, now: string, marketplace: Marketplace = 'US', words = undefined as typeof ZH | undefined): Advice => {
  const c = caseOf({ marketplace, returns: [{ status: 'received', receivedAt, reason: 'Bought by mistake' }] });
  const list = adviseCases([c], new Date(now), SETTINGS_DEFAULTS, NO_WORDING, words);
  return list.find((a) => a.action === 'refund-return')!;
};

describe('refund-return under the dated rules', () => {
  it('received the day before the change: the old rule, named as still applying', () => {
    const a = refundAdvice('2026-01-25T10:00:00-08:00', '2026-01-25T18:00:00Z');
    expect(a.rules).toContain('RET-REFUND-2D');
    expect(a.rules).not.toContain('US-REFUND-4D');
    expect(a.why).not.toContain('SAFE-T');
    expect(a.notes?.join('\n')).toContain('before 2026-01-26, when US-REFUND-4D replaced RET-REFUND-2D in this marketplace: RET-REFUND-2D still applies');
    // Sunday receipt: 2 business days -> Tuesday.
    expect(a.deadline).toBe('2026-01-27T10:00:00-08:00');
  });

  it.each([
    // received (Pacific), deadline: the earlier of +2 business days and +4 calendar days
    ['2026-01-26T10:00:00-08:00', '2026-01-28T10:00:00-08:00'], // Monday: Wednesday either way
    ['2026-01-27T10:00:00-08:00', '2026-01-29T10:00:00-08:00'],
    ['2026-01-31T10:00:00-08:00', '2026-02-03T10:00:00-08:00'], // Saturday: Tuesday (2 business days), before Wednesday (4 days)
  ])('received %s (on or after the change): due %s, SAFE-T lost after it, sources differ said', (receivedAt, due) => {
    const a = refundAdvice(receivedAt, receivedAt);
    expect(a.deadline).toBe(due);
    expect(a.rules).toEqual(expect.arrayContaining(['RET-REFUND-2D', 'US-REFUND-4D', 'US-SAFET-AUTOREFUND']));
    expect(a.why).toContain('can no longer claim that refund through SAFE-T');
    expect(a.why).toContain('the earlier of 2 business days and 4 days');
    const notes = a.notes!.join('\n');
    expect(notes).toMatch(/Sources differ \(US-REFUND-4D\): .*2 business days.*earlier of the two/u);
    expect(notes).toContain('www.ecomcrew.com/amazon-fbm-refund-policy-update-2026/');
    expect(notes).toContain('(report of an Amazon notice)');
    expect(notes).toContain('(Amazon page)');
  });

  it('the same return in the UK stays on the old rule with no SAFE-T wording', () => {
    const a = refundAdvice('2026-01-31T10:00:00+00:00', '2026-01-31T12:00:00Z', 'UK');
    expect(a.rules).not.toContain('US-REFUND-4D');
    expect(a.deadline).toBe('2026-02-03T10:00:00+00:00');
    expect(a.notes?.join('\n') ?? '').not.toContain('Sources differ');
    expect(a.notes?.join('\n') ?? '').not.toContain('US-REFUND-4D');
  });

  it('in Chinese: the same decision, the new sentences in Chinese, the links kept', () => {
    const en = refundAdvice('2026-01-31T10:00:00-08:00', '2026-01-31T20:00:00Z');
    const zh = refundAdvice('2026-01-31T10:00:00-08:00', '2026-01-31T20:00:00Z', 'US', ZH);
    expect(zh.deadline).toBe(en.deadline);
    expect(zh.rules).toEqual(en.rules);
    expect(zh.why).toContain('SAFE-T');
    expect(zh.why).toMatch(/[\u4e00-\u9fff]/u);
    expect(zh.notes!.length).toBe(en.notes!.length);
    const differ = zh.notes!.find((n) => n.startsWith('来源不一致'))!;
    expect(differ).toContain('www.ecomcrew.com/amazon-fbm-refund-policy-update-2026/');
    expect(zh.notes!.find((n) => n.includes('2026-01-26'))).toMatch(/[\u4e00-\u9fff]/u);
  });
});

// Prepaid return labels (US-APRL-ALL): counted from the day the return was requested.
const authorizeAdvice = (requestedAt: string, marketplace: Marketplace = 'US', words = undefined as typeof ZH | undefined): Advice => {
  const c = caseOf({ marketplace, returns: [{ status: 'pending-authorization', requestedAt, reason: 'No longer needed' }] });
  return adviseCases([c], new Date(Date.parse(requestedAt) + 3_600_000), SETTINGS_DEFAULTS, NO_WORDING, words).find((a) => a.action === 'authorize-return')!;
};

describe('authorize-return and the prepaid return label', () => {
  it('requested the day before 2026-02-08: no label rule, and the note says it starts soon', () => {
    const a = authorizeAdvice('2026-02-07T10:00:00-08:00');
    expect(a.rules).not.toContain('US-APRL-ALL');
    expect(a.why).not.toContain('Amazon prepaid return label');
    expect(a.notes!.join('\n')).toContain('before 2026-02-08, when US-APRL-ALL takes effect in this marketplace: it does not apply yet');
  });

  it.each(['2026-02-08T10:00:00-08:00', '2026-02-09T10:00:00-08:00'])('requested %s: Amazon\'s prepaid label, reported, sources linked', (requestedAt) => {
    const a = authorizeAdvice(requestedAt);
    expect(a.rules).toContain('US-APRL-ALL');
    expect(a.why).toContain('needs an Amazon prepaid return label');
    const notes = a.notes!.join('\n');
    expect(notes).toContain('on or after 2026-02-08, when US-APRL-ALL took effect');
    expect(notes).toMatch(/Sources differ \(US-APRL-ALL\): Amazon's own page for this was not found.*report of an Amazon notice/u);
  });

  it('far from the change there is no version note, but the rule and its confidence stay', () => {
    const a = authorizeAdvice('2026-11-24T08:00:00-08:00');
    expect(a.rules).toContain('US-APRL-ALL');
    expect(a.notes!.join('\n')).not.toContain('takes effect');
    expect(a.notes!.join('\n')).toContain('Sources differ (US-APRL-ALL)');
  });

  it('out of scope in the UK, and in Chinese in the US', () => {
    const uk = authorizeAdvice('2026-02-09T10:00:00+00:00', 'UK');
    expect(uk.rules).not.toContain('US-APRL-ALL');
    expect(uk.notes?.join('\n') ?? '').not.toContain('US-APRL-ALL');
    const zh = authorizeAdvice('2026-02-09T10:00:00-08:00', 'US', ZH);
    expect(zh.why).toContain('预付费退货标签');
    expect(zh.notes!.some((n) => n.startsWith('来源不一致（US-APRL-ALL）'))).toBe(true);
  });
});

// SAFE-T after a refund at first scan (US-SAFET-30D, US-SAFET-60D before 2026-02-16), counted from the refund.
const safetAdvice = (refundedAt: string, now: string, marketplace: Marketplace = 'US') => {
  const c = caseOf({ marketplace, order: { status: 'shipped', deliveredAt: '2026-01-20T12:00:00-08:00' },
    returns: [{ status: 'authorized', requestedAt: '2026-01-25T08:00:00-08:00', refundedAt }] });
  return adviseCases([c], new Date(now), SETTINGS_DEFAULTS, NO_WORDING).find((a) => a.action === 'file-safe-t') ?? null;
};

describe('file-safe-t at the 2026-02-16 change', () => {
  it.each([
    ['2026-02-15T09:00:00-08:00', 'US-SAFET-60D', '2026-04-16T23:59:59-07:00', 'still applies'],
    ['2026-02-16T09:00:00-08:00', 'US-SAFET-30D', '2026-03-18T23:59:59-07:00', 'on or after 2026-02-16'],
    ['2026-02-17T09:00:00-08:00', 'US-SAFET-30D', '2026-03-19T23:59:59-07:00', 'on or after 2026-02-16'],
  ])('refunded %s: %s, file by %s', (refundedAt, rule, due, versionWords) => {
    const a = safetAdvice(refundedAt, '2026-02-18T18:00:00Z')!;
    expect(a.rules).toEqual([rule, 'SAFET-30D']);
    expect(a.deadline).toBe(due);
    expect(a.why).toContain('last carrier scan');
    expect(a.notes!.join('\n')).toContain(versionWords);
  });

  it('the 30-day rule is reported, with the stored Amazon page that still says 60 named', () => {
    const notes = safetAdvice('2026-11-20T09:00:00-08:00', '2026-11-24T18:00:00Z')!.notes!.join('\n');
    expect(notes).toMatch(/Sources differ \(US-SAFET-30D\): .*60 days/u);
    expect(notes).toContain('bigbcc.com/amazon-narrows-safe-t-claims-window-for-sellers-to-30-days (report of an Amazon notice)');
  });

  it('a day after the deadline it says the claim can no longer be filed', () => {
    const a = safetAdvice('2026-10-01T09:00:00-07:00', '2026-11-01T18:00:00Z')!;
    expect(a.deadline).toBe('2026-10-31T23:59:59-07:00');
    expect(a.title).toContain('Missed');
    expect(a.why).toContain('no longer accepts a SAFE-T claim');
  });

  it('out of scope outside the US, and not for a return that has arrived', () => {
    expect(safetAdvice('2026-11-20T09:00:00+00:00', '2026-11-24T18:00:00Z', 'UK')).toBeNull();
    const arrived = caseOf({ returns: [{ status: 'received', receivedAt: '2026-11-21T09:00:00-08:00', refundedAt: '2026-11-20T09:00:00-08:00' }] });
    expect(adviseCases([arrived], new Date('2026-11-24T18:00:00Z'), SETTINGS_DEFAULTS, NO_WORDING).map((a) => a.action)).not.toContain('file-safe-t');
  });
});

// US-HOLIDAY-RET-2025: purchases of 2025-11-01..12-31 returnable until 2026-01-31 (windows.ts counts it from the
// RET-WINDOW-30D holiday months; here it is held to the dated rule's own dates).
describe('the 2025 holiday return window', () => {
  const zone = zoneOf('US');
  const end = (purchase: string, delivered: string) => returnWindowEnd(Date.parse(delivered), null, Date.parse(purchase), zone);
  const through = POLICY['US-HOLIDAY-RET-2025'].values.returnThrough;
  const endOfThrough = Date.parse(`${through}T23:59:59-08:00`);

  it.each([
    ['2025-10-31T12:00:00-07:00', '2025-11-03T12:00:00-08:00', Date.parse('2025-12-03T23:59:59-08:00')], // day before: 30 days
    ['2025-11-01T12:00:00-07:00', '2025-11-03T12:00:00-08:00', endOfThrough], // day of
    ['2025-11-02T12:00:00-08:00', '2025-11-04T12:00:00-08:00', endOfThrough], // day after
    ['2025-12-31T12:00:00-08:00', '2026-01-02T12:00:00-08:00', Date.parse('2026-02-01T23:59:59-08:00')], // 30 days run later than Jan 31
    ['2026-01-01T12:00:00-08:00', '2026-01-03T12:00:00-08:00', Date.parse('2026-02-02T23:59:59-08:00')], // after: 30 days
  ])('bought %s, delivered %s', (purchase, delivered, expected) => {
    expect(end(purchase, delivered)).toBe(expected);
  });

  it('ends on the day the dated rule names', () => {
    expect(end('2025-11-15T12:00:00-08:00', '2025-11-18T12:00:00-08:00')).toBe(endOfThrough);
    expect(formatIso(endOfThrough, zone)).toBe(`${through}T23:59:59-08:00`);
  });
});

// AZ-NR-NO-CONTACT (US, undated Amazon page): a "not received" complaint is to be resolved now, not within the
// contact window, and Amazon's requests answered within the earlier figure.
describe('not received without earlier contact', () => {
  const notReceived = (marketplace: Marketplace) => {
    const c = caseOf({ marketplace, order: { status: 'delivered', shipBy: '2026-11-17T00:00:00-08:00', deliverBy: '2026-11-23T00:00:00-08:00',
      shippedAt: '2026-11-16T00:00:00-08:00', deliveredAt: '2026-11-19T00:00:00-08:00', carrier: 'UPS', trackingId: '1Z999', boughtThroughAmazon: false, claimsProtected: false },
    messages: [['buyer', '2026-11-24T08:00:00-08:00', "I haven't received my package"]] });
    return adviseCases([c], new Date('2026-11-24T18:00:00Z'), SETTINGS_DEFAULTS, NO_WORDING).find((a) => a.action === 'refund-or-reship')!;
  };

  it('in the US: cited, with the earlier answer time and both pages named', () => {
    const a = notReceived('US');
    expect(a.rules).toContain('AZ-NR-NO-CONTACT');
    const notes = a.notes!.join('\n');
    expect(notes).toContain('need not write to you before a "not received" claim');
    expect(notes).toContain('answer within 48 hours (Amazon\'s A-to-z page gives 3 days; the earlier is used)');
    expect(notes).toContain('https://sellercentral.amazon.com/gp/help/external/27951 (Amazon page)');
  });

  it('elsewhere: not cited, no note', () => {
    const a = notReceived('DE');
    expect(a.rules).not.toContain('AZ-NR-NO-CONTACT');
    expect(a.notes?.join('\n') ?? '').not.toContain('not received" claim');
  });
});
