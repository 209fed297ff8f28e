import { describe, expect, it } from 'vitest';
import { countdown, dayOf, localDateTime, marketplaceTimeZone, startOfDayIso } from '../../src/ui/dates.ts';

describe('startOfDayIso', () => {
  it('is the start of that day in the marketplace time zone, daylight saving included', () => {
    expect(startOfDayIso('2026-11-19', marketplaceTimeZone('US'))).toBe('2026-11-19T00:00:00-08:00');
    expect(startOfDayIso('2026-07-01', marketplaceTimeZone('US'))).toBe('2026-07-01T00:00:00-07:00');
    expect(startOfDayIso('2026-11-19', marketplaceTimeZone('JP'))).toBe('2026-11-19T00:00:00+09:00');
    expect(startOfDayIso('2026-11-19', marketplaceTimeZone('IN'))).toBe('2026-11-19T00:00:00+05:30');
    expect(startOfDayIso('2026-11-19', marketplaceTimeZone('UK'))).toBe('2026-11-19T00:00:00+00:00');
  });

  it('refuses days that do not exist', () => {
    expect(startOfDayIso('2026-02-30', 'UTC')).toBeNull();
    expect(startOfDayIso('19/11/2026', 'UTC')).toBeNull();
    expect(startOfDayIso('', 'UTC')).toBeNull();
  });

  it('round-trips with dayOf', () => {
    const zone = marketplaceTimeZone('AU');
    expect(dayOf(startOfDayIso('2026-11-19', zone)!, zone)).toBe('2026-11-19');
    expect(dayOf('2026-11-19T23:30:00Z', marketplaceTimeZone('JP'))).toBe('2026-11-20');
  });

  it('has no zone for an unknown marketplace', () => {
    expect(marketplaceTimeZone(null)).toBeUndefined();
    expect(marketplaceTimeZone('XX')).toBeUndefined();
  });
});

describe('countdown', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it('picks days, hours or minutes and says past deadlines are past', () => {
    expect(countdown(new Date('2026-11-27T13:00:00Z'), now, 'en')).toBe('in 3 days');
    expect(countdown(new Date('2026-11-25T20:00:00Z'), now, 'en')).toBe('in 32 hours');
    expect(countdown(new Date('2026-11-24T12:20:00Z'), now, 'en')).toBe('in 20 minutes');
    expect(countdown(new Date('2026-11-24T09:00:00Z'), now, 'en')).toBe('3 hours ago');
    expect(countdown(new Date('2026-11-27T13:00:00Z'), now, 'ja')).toBe('3 日後');
  });
});

describe('localDateTime', () => {
  // The end of the US ship-by day 2026-11-26 in Pacific time.
  const at = new Date('2026-11-27T07:59:00Z');
  it('shows a deadline in the marketplace zone and names the zone', () => {
    expect(localDateTime(at, 'en', marketplaceTimeZone('US'))).toBe('Nov 26, 2026, 11:59 PM PST');
    expect(localDateTime(at, 'en', marketplaceTimeZone('JP'))).toMatch(/^Nov 27, 2026, 4:59 PM GMT\+9$/);
  });
  it('names the zone even when none is given', () => {
    expect(localDateTime(at, 'en')).toMatch(/\b(UTC|GMT[+-]?\d*|[A-Z]{3,4})$/);
  });
});
