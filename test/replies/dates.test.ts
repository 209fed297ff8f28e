import { describe, expect, it } from 'vitest';
import { addDays, formatDate, formatDateTime, hasTimeOfDay, localDay, weekdaysAfter } from '../../src/replies/dates.ts';

describe('formatDate per language', () => {
  const iso = '2026-11-19T00:00:00-08:00';
  it.each([
    ['en', 'US', 'November 19, 2026'],
    ['en', 'UK', '19 November 2026'],
    ['de', 'DE', '19. November 2026'],
    ['fr', 'FR', '19 novembre 2026'],
    ['es', 'ES', '19 de noviembre de 2026'],
    ['it', 'IT', '19 novembre 2026'],
    ['ja', 'JP', '2026年11月19日'],
    ['zh', 'US', '2026年11月19日'],
    ['pt', 'BR', '19 de novembro de 2026'],
    ['nl', 'NL', '19 november 2026'],
    ['pl', 'PL', '19 listopada 2026'],
    ['sv', 'SE', '19 november 2026'],
    ['tr', 'TR', '19 Kasım 2026'],
    // Gregorian calendar and Western digits, as Amazon's Arabic order pages write dates.
    ['ar', 'SA', '19 نوفمبر 2026'],
    ['ar', 'EG', '19 نوفمبر 2026'],
  ] as const)('%s on %s', (lang, mp, expected) => {
    // Each marketplace reads the same calendar day as written in its own zone.
    const local = { US: iso, UK: '2026-11-19T00:00:00+00:00', DE: '2026-11-19T00:00:00+01:00', FR: '2026-11-19T00:00:00+01:00',
      ES: '2026-11-19T00:00:00+01:00', IT: '2026-11-19T00:00:00+01:00', JP: '2026-11-19T00:00:00+09:00',
      BR: '2026-11-19T00:00:00-03:00', NL: '2026-11-19T00:00:00+01:00', PL: '2026-11-19T00:00:00+01:00',
      SE: '2026-11-19T00:00:00+01:00', TR: '2026-11-19T00:00:00+03:00', SA: '2026-11-19T00:00:00+03:00',
      EG: '2026-11-19T00:00:00+02:00' }[mp];
    expect(formatDate(local, lang, mp)).toBe(expected);
  });

  it('reads a date-only fact as that day in the marketplace zone, whatever zone the machine is in', () => {
    // Midnight in Tokyo is the previous day in UTC and in Los Angeles.
    expect(formatDate('2026-11-19T00:00:00+09:00', 'en', 'JP')).toBe('November 19, 2026');
    expect(formatDate('2026-11-19T00:00:00-08:00', 'en', 'US')).toBe('November 19, 2026');
    expect(localDay('2026-11-19T00:00:00+09:00', 'JP')).toBe('2026-11-19');
  });

  it('without a marketplace, uses the offset written in the value', () => {
    expect(formatDate('2026-11-19T00:00:00+09:00', 'en', null)).toBe('November 19, 2026');
    expect(formatDate('2026-11-19T23:30:00-08:00', 'en', null)).toBe('November 19, 2026');
    expect(formatDate('2026-11-19T12:00:00Z', 'en', null)).toBe('November 19, 2026');
  });

  it('takes a bare date as that calendar day', () => {
    expect(formatDate('2026-11-19', 'de', 'US')).toBe('19. November 2026');
    expect(formatDate('2026-11-19', 'ja', 'JP')).toBe('2026年11月19日');
  });

  it('returns null for missing or unreadable values instead of printing "Invalid Date"', () => {
    expect(formatDate(null, 'en', 'US')).toBeNull();
    expect(formatDate('', 'en', 'US')).toBeNull();
    expect(formatDate('not a date', 'en', 'US')).toBeNull();
  });

  it('adds the time of day where the value has one', () => {
    expect(hasTimeOfDay('2026-11-19T18:30:00-08:00', 'US')).toBe(true);
    expect(hasTimeOfDay('2026-11-19T00:00:00-08:00', 'US')).toBe(false);
    expect(hasTimeOfDay('2026-11-19', 'US')).toBe(false);
    expect(formatDateTime('2026-11-19T18:30:00-08:00', 'de', 'US')).toBe('19. November 2026 um 18:30');
    expect(formatDateTime('2026-11-19T18:30:00-08:00', 'en', 'US')).toMatch(/^November 19, 2026 at 6:30\sPM$/);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month ends', () => {
    expect(addDays('2026-11-22', 30)).toBe('2026-12-22');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts weekdays after a day, skipping weekends', () => {
    // 2026-11-20 is a Friday.
    expect(weekdaysAfter('2026-11-20', '2026-11-23')).toBe(1);
    expect(weekdaysAfter('2026-11-20', '2026-11-24')).toBe(2);
    expect(weekdaysAfter('2026-11-20', '2026-11-25')).toBe(3);
    expect(weekdaysAfter('2026-11-20', '2026-11-20')).toBe(0);
  });
});
