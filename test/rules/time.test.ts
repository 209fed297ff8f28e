// Deadline arithmetic in the marketplace's zone across daylight-saving changes and zones.
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/rules/index.ts';
import { businessDayNote } from '../../src/rules/holidays.ts';
import {
  addBusinessDays, addCalendarDays, addWindow, endOfLocalDay, formatIso, localDay, parseTime, zoneOf,
} from '../../src/rules/time.ts';
import { caseOf } from './builders.ts';

const LA = zoneOf('US'), BERLIN = zoneOf('DE'), LONDON = zoneOf('UK'), TOKYO = zoneOf('JP'), SYDNEY = zoneOf('AU');
const t = (iso: string) => Date.parse(iso);

describe('zones', () => {
  it('maps marketplaces to their Seller Central zones, UTC when unknown', () => {
    expect([LA, BERLIN, LONDON, TOKYO, SYDNEY, zoneOf(null)]).toEqual(['America/Los_Angeles', 'Europe/Berlin', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney', 'UTC']);
  });

  it('reads a date-only value as the start of that day in the zone, DST or not', () => {
    expect(formatIso(parseTime('2026-11-01', LA)!, LA)).toBe('2026-11-01T00:00:00-07:00');
    expect(formatIso(parseTime('2026-11-02', LA)!, LA)).toBe('2026-11-02T00:00:00-08:00');
    expect(formatIso(parseTime('2026-10-25', BERLIN)!, BERLIN)).toBe('2026-10-25T00:00:00+02:00');
    expect(formatIso(parseTime('2026-11-24', TOKYO)!, TOKYO)).toBe('2026-11-24T00:00:00+09:00');
    expect(parseTime(null, LA)).toBeNull();
    expect(parseTime('not a date', LA)).toBeNull();
  });

  it('formats an instant with the offset in force at that instant', () => {
    expect(formatIso(t('2026-11-24T18:00:00Z'), LA)).toBe('2026-11-24T10:00:00-08:00');
    expect(formatIso(t('2026-07-01T18:00:00Z'), LA)).toBe('2026-07-01T11:00:00-07:00');
    expect(formatIso(t('2026-11-24T18:00:00Z'), SYDNEY)).toBe('2026-11-25T05:00:00+11:00');
    expect(formatIso(t('2026-06-24T18:00:00Z'), SYDNEY)).toBe('2026-06-25T04:00:00+10:00');
    expect(formatIso(t('2026-11-24T18:00:00Z'), 'UTC')).toBe('2026-11-24T18:00:00+00:00');
  });
});

describe('end of the local day', () => {
  it('is 23:59:59 local on the day the clocks change', () => {
    expect(formatIso(endOfLocalDay(t('2026-11-01T08:00:00Z'), LA), LA)).toBe('2026-11-01T23:59:59-08:00');
    expect(formatIso(endOfLocalDay(t('2026-03-08T08:00:00Z'), LA), LA)).toBe('2026-03-08T23:59:59-07:00');
    expect(formatIso(endOfLocalDay(t('2026-10-25T06:00:00Z'), BERLIN), BERLIN)).toBe('2026-10-25T23:59:59+01:00');
  });

  it('stays on the local date even when UTC is already the next day', () => {
    // 2026-11-26 20:00 PST is 2026-11-27 04:00 UTC.
    expect(localDay(endOfLocalDay(t('2026-11-27T04:00:00Z'), LA), LA)).toBe('2026-11-26');
    expect(localDay(t('2026-11-24T20:00:00Z'), TOKYO)).toBe('2026-11-25');
  });
});

describe('business days (Mon-Fri)', () => {
  const day = (iso: string, n: number, zone = LA) => localDay(addBusinessDays(parseTime(iso, zone)!, n, zone), zone);
  it('skips weekends', () => {
    expect(day('2026-11-23', 2)).toBe('2026-11-25'); // Mon + 2
    expect(day('2026-11-20', 1)).toBe('2026-11-23'); // Fri + 1 = Mon
    expect(day('2026-11-21', 1)).toBe('2026-11-23'); // Sat + 1 = Mon
    expect(day('2026-11-22', 2)).toBe('2026-11-24'); // Sun + 2 = Tue
    expect(day('2026-11-23', 7)).toBe('2026-12-02'); // ORD-AUTO-CANCEL on the reference order
  });

  it('keeps the local time across the US fall-back change (2026-11-01)', () => {
    const from = t('2026-10-30T15:00:00-07:00'); // Fri, PDT
    expect(formatIso(addBusinessDays(from, 2, LA), LA)).toBe('2026-11-03T15:00:00-08:00');
  });

  it('keeps the local time across the EU change (2026-10-25)', () => {
    const from = t('2026-10-23T10:00:00+02:00'); // Fri, CEST
    expect(formatIso(addBusinessDays(from, 2, BERLIN), BERLIN)).toBe('2026-10-27T10:00:00+01:00');
    expect(formatIso(addBusinessDays(t('2026-10-23T10:00:00+01:00'), 2, LONDON), LONDON)).toBe('2026-10-27T10:00:00+00:00');
  });

  it('keeps the local time across the Sydney change (2026-04-05)', () => {
    expect(formatIso(addBusinessDays(t('2026-04-03T10:00:00+11:00'), 2, SYDNEY), SYDNEY)).toBe('2026-04-07T10:00:00+10:00');
  });
});

describe('calendar days and hours', () => {
  it('calendar days keep the local clock across the US spring-forward change (2026-03-08)', () => {
    expect(formatIso(addCalendarDays(t('2026-02-20T12:00:00-08:00'), 30, LA), LA)).toBe('2026-03-22T12:00:00-07:00');
  });

  it('hour windows are elapsed hours: 24 hours over the fall-back night show one hour earlier on the clock', () => {
    expect(formatIso(addWindow(t('2026-10-31T12:00:00-07:00'), { amount: 24, unit: 'hours' }, LA), LA)).toBe('2026-11-01T11:00:00-08:00');
    expect(formatIso(addWindow(t('2026-03-07T12:00:00-08:00'), { amount: 24, unit: 'hours' }, LA), LA)).toBe('2026-03-08T13:00:00-07:00');
  });

  it('a wall time skipped by spring-forward never lands later than the naive 24 hours', () => {
    const from = t('2026-03-07T02:30:00-08:00');
    const next = addCalendarDays(from, 1, LA);
    expect(localDay(next, LA)).toBe('2026-03-08');
    expect(next - from).toBeLessThanOrEqual(24 * 3_600_000);
  });
});

describe('holiday note', () => {
  it('names US Thanksgiving inside a US business-day window, and says holidays are not skipped', () => {
    const note = businessDayNote('US', t('2026-11-23T23:59:59-08:00'), t('2026-12-02T23:59:59-08:00'), LA);
    expect(note).toMatch(/not skipped/);
    expect(note).toContain('Thanksgiving (2026-11-26)');
  });
  it('names nothing when no known holiday falls in the window (or it falls on a weekend)', () => {
    expect(businessDayNote('US', t('2026-11-02T10:00:00-08:00'), t('2026-11-04T10:00:00-08:00'), LA)).not.toMatch(/falls in this window/);
    // 2025-10-03 is a Friday; 2026-10-03 a Saturday.
    expect(businessDayNote('DE', t('2025-10-01T10:00:00+02:00'), t('2025-10-06T10:00:00+02:00'), BERLIN)).toContain('Tag der Deutschen Einheit (2025-10-03)');
    expect(businessDayNote('DE', t('2026-10-01T10:00:00+02:00'), t('2026-10-06T10:00:00+02:00'), BERLIN)).not.toMatch(/Einheit/);
    // 2027-12-25 is a Saturday.
    expect(businessDayNote('UK', t('2027-12-22T10:00:00Z'), t('2027-12-25T10:00:00Z'), LONDON)).not.toMatch(/Christmas/);
  });
});

describe('advice deadlines across DST and zones', () => {
  const now = (iso: string) => new Date(iso);
  it('US: an unshipped order with ship-by before the fall-back change is auto-cancelled at the right local day', () => {
    const [a] = advise([caseOf({ order: { status: 'unshipped', shipBy: '2026-10-30T00:00:00-07:00', purchaseDate: '2026-10-28T09:00:00-07:00' } })], now('2026-11-03T18:00:00Z'));
    expect(a!.action).toBe('ship-or-cancel-late');
    expect(a!.deadline).toBe('2026-11-10T23:59:59-08:00');
  });

  it('DE: a return received the Friday before the EU change is due Tuesday, same local time', () => {
    const [a] = advise([caseOf({ marketplace: 'DE', returns: [{ status: 'received', receivedAt: '2026-10-23T10:00:00+02:00' }] })], now('2026-10-26T08:00:00Z'));
    expect(a!.action).toBe('refund-return');
    expect(a!.deadline).toBe('2026-10-27T10:00:00+01:00');
  });

  it('US: an appeal window over the spring-forward change keeps the decision\'s local time', () => {
    const [a] = advise([caseOf({ claims: [{ status: 'Granted/Seller Funded', decidedAt: '2026-02-20T12:00:00-08:00' }] })], now('2026-03-01T18:00:00Z'));
    expect(a!.action).toBe('appeal-claim');
    expect(a!.deadline).toBe('2026-03-22T12:00:00-07:00');
  });

  it('UK, JP, AU: the ship-by day ends at local midnight', () => {
    const ship = (marketplace: 'UK' | 'JP' | 'AU', shipBy: string) =>
      advise([caseOf({ marketplace, order: { status: 'unshipped', shipBy } })], now('2026-11-24T00:30:00Z'))[0]!.deadline;
    expect(ship('UK', '2026-11-26')).toBe('2026-11-26T23:59:59+00:00');
    expect(ship('JP', '2026-11-26')).toBe('2026-11-26T23:59:59+09:00');
    expect(ship('AU', '2026-11-26')).toBe('2026-11-26T23:59:59+11:00');
  });

  it('JP: an order whose ship-by day is over in Tokyo but not in UTC is already late', () => {
    const [a] = advise([caseOf({ marketplace: 'JP', order: { status: 'unshipped', shipBy: '2026-11-24' } })], now('2026-11-24T15:30:00Z'));
    expect(a!.action).toBe('ship-or-cancel-late');
  });

  it('unknown marketplace: UTC, and the advice says so', () => {
    const [a] = advise([caseOf({ marketplace: null, order: { status: 'unshipped', shipBy: '2026-11-26' } })], now('2026-11-24T18:00:00Z'));
    expect(a!.deadline).toBe('2026-11-26T23:59:59+00:00');
    expect(a!.notes?.join(' ')).toMatch(/UTC/);
  });
});
