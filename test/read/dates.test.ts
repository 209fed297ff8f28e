// Date parsing per locale and zone, ranges, zone abbreviations, DST edges.
import { describe, expect, it } from 'vitest';
import { findDates, parseDate, parseFirstDate, type DateContext } from '../../src/read/dates.ts';
import { localDate, wallClockOffset, zoneForHost, zoneForMarketplace } from '../../src/read/time-zones.ts';
import { MARKETPLACES, type Marketplace } from '../../src/model.ts';

const at = (marketplace: Marketplace): DateContext => ({ marketplace, zone: zoneForMarketplace(marketplace) });

describe('formats from PAGES.md and the reference README', () => {
  it.each([
    // US, CA, MX English
    ['US', 'Tue, Nov 17, 2026', '2026-11-17T00:00:00-08:00'],
    ['US', 'Sat, Nov 14, 2026, 10:42 AM PST', '2026-11-14T10:42:00-08:00'],
    ['US', 'Thu, Nov 19, 2026 to Mon, Nov 23, 2026', '2026-11-23T00:00:00-08:00'],
    ['US', 'Thu, Dec 5, 2019', '2019-12-05T00:00:00-08:00'],
    ['US', 'Wed, Dec 4, 2019, 8:27 AM PST', '2019-12-04T08:27:00-08:00'],
    ['US', 'Dec 9, 2019 to Dec 12, 2019', '2019-12-12T00:00:00-08:00'],
    ['CA', 'Wed, Nov 25, 2026', '2026-11-25T00:00:00-08:00'],
    ['MX', 'Wed, Nov 25, 2026, 9:00 AM CST', '2026-11-25T09:00:00-06:00'],
    // Manage Orders rows: date, then the time on its own line
    ['US', 'Today Nov 23, 2026 1:05 PM PST', '2026-11-23T13:05:00-08:00'],
    ['US', 'Deliver by date: Nov 30, 2026 to Dec 3, 2026', '2026-12-03T00:00:00-08:00'],
    ['US', 'Sep 25, 2026', '2026-09-25T00:00:00-07:00'],
    // UK, EU and AU English
    ['UK', 'Thu, 12 Nov 2026', '2026-11-12T00:00:00+00:00'],
    ['UK', 'Wed, 11 Nov 2026, 10:14 GMT', '2026-11-11T10:14:00+00:00'],
    ['UK', 'Sat, 14 Nov 2026 to Tue, 17 Nov 2026', '2026-11-17T00:00:00+00:00'],
    ['UK', 'Thu, 5 Dec 2019', '2019-12-05T00:00:00+00:00'],
    ['DE', 'Sun, 2 Nov 2025, 15:20 MET', '2025-11-02T15:20:00+01:00'],
    ['DE', 'Fri, 27 Nov 2026 to Tue, 1 Dec 2026', '2026-12-01T00:00:00+01:00'],
    ['AU', 'Tue, 24 Nov 2026, 09:30 AEDT', '2026-11-24T09:30:00+11:00'],
    ['AU', 'Tue, 24 Nov 2026', '2026-11-24T00:00:00+11:00'],
    // Japanese
    ['JP', '2026年11月20日(金)', '2026-11-20T00:00:00+09:00'],
    ['JP', '2026年11月19日(木) 14:32 JST', '2026-11-19T14:32:00+09:00'],
    ['JP', '2026年11月21日(土)～2026年11月23日(月)', '2026-11-23T00:00:00+09:00'],
    ['JP', '2021年5月19日(水) 23:45 JST', '2021-05-19T23:45:00+09:00'],
    ['JP', '2026年11月19日 午後2:41', '2026-11-19T14:41:00+09:00'],
    // Chinese (modeled)
    ['US', '2026年11月23日', '2026-11-23T00:00:00-08:00'],
    ['US', '2026年11月20日 09:41 PST', '2026-11-20T09:41:00-08:00'],
    ['US', '2026年11月26日 至 2026年12月1日', '2026-12-01T00:00:00-08:00'],
    ['US', '2026年9月4日', '2026-09-04T00:00:00-07:00'],
    ['US', '2026年11月20日 下午2:41', '2026-11-20T14:41:00-08:00'],
    // German UI
    ['DE', 'Do., 26. Nov. 2026', '2026-11-26T00:00:00+01:00'],
    ['DE', 'Di., 24. Nov. 2026, 09:05 MEZ', '2026-11-24T09:05:00+01:00'],
    ['DE', 'Mo., 30. Nov. 2026 bis Do., 3. Dez. 2026', '2026-12-03T00:00:00+01:00'],
    ['DE', 'Mi., 1. Juli 2026, 14:00 MESZ', '2026-07-01T14:00:00+02:00'],
    ['DE', '26.11.2026', '2026-11-26T00:00:00+01:00'],
    // French, Spanish, Italian
    ['FR', 'jeu. 26 nov. 2026', '2026-11-26T00:00:00+01:00'],
    ['FR', 'du lun. 30 nov. 2026 au jeu. 3 déc. 2026', '2026-12-03T00:00:00+01:00'],
    ['FR', 'mar. 1er déc. 2026 à 09 h 05 CET', '2026-12-01T09:05:00+01:00'],
    ['ES', 'jue, 26 nov 2026', '2026-11-26T00:00:00+01:00'],
    ['ES', 'del 30 nov 2026 al 3 dic 2026', '2026-12-03T00:00:00+01:00'],
    ['ES', '26 de noviembre de 2026', '2026-11-26T00:00:00+01:00'],
    ['IT', 'gio 26 nov 2026', '2026-11-26T00:00:00+01:00'],
    ['IT', 'dal 30 nov 2026 al 3 dic 2026', '2026-12-03T00:00:00+01:00'],
    // Numeric forms
    ['US', '11/23/2026', '2026-11-23T00:00:00-08:00'],
    ['UK', '23/11/2026', '2026-11-23T00:00:00+00:00'],
    ['UK', '05/11/2026', '2026-11-05T00:00:00+00:00'],
    ['US', '05/11/2026', '2026-05-11T00:00:00-07:00'],
    ['JP', '2026/11/23', '2026-11-23T00:00:00+09:00'],
  ] as const)('%s %s', (mp, text, iso) => {
    expect(parseDate(text, at(mp))).toBe(iso);
  });

  it('a range start is available when wanted', () => {
    expect(parseFirstDate('Thu, Nov 19, 2026 to Mon, Nov 23, 2026', at('US'))).toBe('2026-11-19T00:00:00-08:00');
  });
});

describe('zone abbreviations and explicit offsets', () => {
  it.each([
    ['Nov 3, 2026, 10:00 AM PDT', '2026-11-03T10:00:00-07:00'],
    ['Nov 3, 2026, 10:00 AM MST', '2026-11-03T10:00:00-07:00'],
    ['Nov 3, 2026, 10:00 AM MDT', '2026-11-03T10:00:00-06:00'],
    ['Nov 3, 2026, 10:00 AM CST', '2026-11-03T10:00:00-06:00'],
    ['Nov 3, 2026, 10:00 AM CDT', '2026-11-03T10:00:00-05:00'],
    ['Nov 3, 2026, 10:00 AM EST', '2026-11-03T10:00:00-05:00'],
    ['Nov 3, 2026, 10:00 AM EDT', '2026-11-03T10:00:00-04:00'],
    ['Nov 3, 2026, 10:00 CET', '2026-11-03T10:00:00+01:00'],
    ['Nov 3, 2026, 10:00 CEST', '2026-11-03T10:00:00+02:00'],
    ['Nov 3, 2026, 10:00 MESZ', '2026-11-03T10:00:00+02:00'],
    ['Nov 3, 2026, 10:00 BST', '2026-11-03T10:00:00+01:00'],
    ['Nov 3, 2026, 10:00 JST', '2026-11-03T10:00:00+09:00'],
    ['Nov 3, 2026, 10:00 AEST', '2026-11-03T10:00:00+10:00'],
    ['Nov 3, 2026, 10:00 UTC+05:30', '2026-11-03T10:00:00+05:30'],
    ['Nov 3, 2026, 10:00 GMT-3', '2026-11-03T10:00:00-03:00'],
    ['Nov 3, 2026 10:00 +0900', '2026-11-03T10:00:00+09:00'],
  ])('%s', (text, iso) => {
    expect(parseDate(text, at('US'))).toBe(iso);
  });

  it('a printed zone wins over the marketplace zone', () => {
    expect(parseDate('Nov 3, 2026, 10:00 JST', at('UK'))).toBe('2026-11-03T10:00:00+09:00');
  });

  it('an unknown capitalised word after a time is not a zone', () => {
    expect(parseDate('Thu, Nov 19, 2026 2:41 PM · COLUMBUS, OH US', at('US'))).toBe('2026-11-19T14:41:00-08:00');
    const [found] = findDates('Nov 19, 2026 2:41 PM COLUMBUS', 'US');
    expect(found!.offset).toBeNull();
  });

  it('AST is Arabia time on the Gulf marketplaces and Atlantic time elsewhere', () => {
    expect(parseDate('24 Nov 2026, 10:00 AST', at('SA'))).toBe('2026-11-24T10:00:00+03:00');
    expect(parseDate('24 Nov 2026, 10:00 AST', at('CA'))).toBe('2026-11-24T10:00:00-04:00');
  });
});

describe('DST edges: a date-only value gets the offset in force on that date', () => {
  it.each([
    // US 2026: DST from Sun Mar 8 02:00, back on Sun Nov 1 02:00.
    ['US', 'Mar 7, 2026', '2026-03-07T00:00:00-08:00'],
    ['US', 'Mar 8, 2026', '2026-03-08T00:00:00-08:00'],
    ['US', 'Mar 9, 2026', '2026-03-09T00:00:00-07:00'],
    ['US', 'Oct 31, 2026', '2026-10-31T00:00:00-07:00'],
    ['US', 'Nov 1, 2026', '2026-11-01T00:00:00-07:00'],
    ['US', 'Nov 2, 2026', '2026-11-02T00:00:00-08:00'],
    ['US', 'Mar 8, 2026, 3:30 AM', '2026-03-08T03:30:00-07:00'],
    ['US', 'Nov 1, 2026, 1:30 AM', '2026-11-01T01:30:00-07:00'],
    ['US', 'Nov 1, 2026, 3:00 AM', '2026-11-01T03:00:00-08:00'],
    // EU 2026: summer time ends Sun Oct 25 03:00 CEST.
    ['DE', 'Sat, 24 Oct 2026', '2026-10-24T00:00:00+02:00'],
    ['DE', 'Sun, 25 Oct 2026', '2026-10-25T00:00:00+02:00'],
    ['DE', 'Mon, 26 Oct 2026', '2026-10-26T00:00:00+01:00'],
    ['DE', 'Sun, 29 Mar 2026', '2026-03-29T00:00:00+01:00'],
    ['DE', 'Mon, 30 Mar 2026', '2026-03-30T00:00:00+02:00'],
    ['UK', 'Sun, 25 Oct 2026', '2026-10-25T00:00:00+01:00'],
    ['UK', 'Mon, 26 Oct 2026', '2026-10-26T00:00:00+00:00'],
    // AU (southern hemisphere): AEDT from Sun Oct 4 2026, AEST from Sun Apr 5 2026.
    ['AU', 'Sat, 3 Oct 2026', '2026-10-03T00:00:00+10:00'],
    ['AU', 'Mon, 5 Oct 2026', '2026-10-05T00:00:00+11:00'],
    ['AU', 'Mon, 6 Apr 2026', '2026-04-06T00:00:00+10:00'],
    // Zones without DST
    ['JP', '2026年7月1日', '2026-07-01T00:00:00+09:00'],
    ['IN', '1 Jul 2026', '2026-07-01T00:00:00+05:30'],
    ['BR', '1 Jul 2026', '2026-07-01T00:00:00-03:00'],
  ] as const)('%s %s', (mp, text, iso) => {
    expect(parseDate(text, at(mp))).toBe(iso);
  });

  it('wall-clock offsets agree with Intl for every marketplace, every hour of 2026', () => {
    for (const mp of MARKETPLACES) {
      const zone = zoneForMarketplace(mp);
      for (let day = 0; day < 365; day += 7) {
        const d = new Date(Date.UTC(2026, 0, 1 + day, 12));
        const offset = wallClockOffset(zone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 12, 0);
        const instant = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12) - offset * 60_000;
        const wall = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(instant);
        expect(Number(wall), `${mp} ${d.toISOString()}`).toBe(12);
      }
    }
  });
});

describe('what is not a date', () => {
  it.each(['Currently unavailable', 'Today', '1 day ago', 'Nov 21', '21 Nov', '23 Nov', 'Order Item ID: 41825530917662',
    '113-4829137-5520614', 'Feb 30, 2026', '31.02.2026', '', 'Quantity: 2'])('%s', (text) => {
    expect(parseDate(text, at('US'))).toBeNull();
  });

  it('without a marketplace zone a date-only value is not placed in time', () => {
    expect(parseDate('Tue, Nov 17, 2026', { marketplace: null, zone: null })).toBeNull();
    expect(parseDate('Tue, Nov 17, 2026, 10:00 AM PST', { marketplace: null, zone: null })).toBe('2026-11-17T10:00:00-08:00');
  });

  it('the combined hosts have a regional zone; other hosts have none', () => {
    expect(zoneForHost('sellercentral-europe.amazon.com')).toBe('Europe/Berlin');
    expect(zoneForHost('sellercentral-japan.amazon.com')).toBe('Asia/Tokyo');
    expect(zoneForHost('example.com')).toBeNull();
  });

  it('localDate gives the calendar date in a zone', () => {
    expect(localDate('2026-11-24T07:30:00Z', 'America/Los_Angeles')).toBe('2026-11-23');
    expect(localDate('2026-11-24T07:30:00Z', 'Asia/Tokyo')).toBe('2026-11-24');
    expect(localDate('not a date', 'Asia/Tokyo')).toBeNull();
  });
});

describe('numeric dates whose order only the marketplace can tell', () => {
  it('are read by the marketplace convention, and not at all without a marketplace', () => {
    expect(findDates('05/11/2026', 'UK').map((d) => [d.month, d.day])).toEqual([[11, 5]]);
    expect(findDates('05/11/2026', 'US').map((d) => [d.month, d.day])).toEqual([[5, 11]]);
    // Without a marketplace, 5 November or May 11 is a guess: no date rather than a wrong one.
    expect(findDates('05/11/2026', null)).toEqual([]);
    // One side over 12, the same number twice, or the dotted (day-first) form: no doubt.
    expect(findDates('25/11/2026', null).map((d) => [d.month, d.day])).toEqual([[11, 25]]);
    expect(findDates('11/11/2026', null).map((d) => [d.month, d.day])).toEqual([[11, 11]]);
    expect(findDates('05.11.2026', null).map((d) => [d.month, d.day])).toEqual([[11, 5]]);
  });
});
