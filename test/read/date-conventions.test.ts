// Numeric dates whose day and month could be swapped, and month names of the Polish, Turkish and Swedish UIs.
import { describe, expect, it } from 'vitest';
import { parseDate, parseDeadline } from '../../src/read/dates.ts';
import { page, readHtml } from './helpers.ts';

const CA = { marketplace: 'CA' as const, zone: 'America/Los_Angeles' };

describe('day-month or month-day', () => {
  it('on Canada, which writes both, an ambiguous numeric date is not read; an unambiguous one is', () => {
    expect(parseDate('05/11/2026', CA)).toBeNull();
    expect(parseDate('11/23/2026', CA)).toBe('2026-11-23T00:00:00-08:00');
    expect(parseDate('23/11/2026', CA)).toBe('2026-11-23T00:00:00-08:00');
    expect(parseDate('2026-11-05', CA)).toBe('2026-11-05T00:00:00-08:00');
  });

  it('an ambiguous ship-by on a Canadian order page stays missing', () => {
    const r = readHtml(page(`<div id="MYO-app"><span data-test-id="order-id-value">702-4410928-1182930</span>
      <span data-test-id="order-summary-shipby-value">05/11/2026</span></div>`, { lang: 'en-CA' }),
    'https://sellercentral.amazon.ca/orders-v3/order/702-4410928-1182930');
    expect(r.orders[0]!.shipBy).toBeNull();
    expect(r.missing).toContain('orders[0].shipBy');
  });
});

describe('month names of other marketplaces', () => {
  it('Polish (genitive and short), Turkish and Swedish', () => {
    expect(parseDeadline('26 listopada 2026', { marketplace: 'PL', zone: 'Europe/Warsaw' })).toBe('2026-11-26T23:59:59+01:00');
    expect(parseDate('3 lut 2027, 14:05', { marketplace: 'PL', zone: 'Europe/Warsaw' })).toBe('2027-02-03T14:05:00+01:00');
    expect(parseDeadline('26 Kas 2026', { marketplace: 'TR', zone: 'Europe/Istanbul' })).toBe('2026-11-26T23:59:59+03:00');
    expect(parseDate('4 maj 2026', { marketplace: 'SE', zone: 'Europe/Stockholm' })).toBe('2026-05-04T00:00:00+02:00');
  });
});
