// Manage Returns rows labelled with the short words ("Requested:", "Received:", "Refunded:") and day-first numeric
// dates, with the en-GB status spelling "authorisation", on amazon.co.uk. Where the marketplace writes numeric
// dates both ways (Canada), a day-month date that could be either stays unknown.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtml } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/pages/returns-list-uk-short-labels.html', import.meta.url));
const html = readFileSync(FIXTURE, 'utf8');

describe('returns with short labels and day-first dates (amazon.co.uk)', () => {
  const r = readHtml(html, 'https://sellercentral.amazon.co.uk/gp/returns/list/v2');

  it('reads requested, received and refunded dates by their short labels, day first', () => {
    expect(r.returns.map((x) => [x.orderId, x.requestedAt, x.receivedAt, x.refundedAt])).toEqual([
      ['203-5518206-7742019', '2026-12-03T00:00:00+00:00', null, null],
      ['203-9904172-3316580', '2026-11-14T00:00:00+00:00', '2026-11-20T00:00:00+00:00', '2026-11-23T00:00:00+00:00'],
    ]);
    expect(r.missing).toEqual(expect.arrayContaining(['returns[0].receivedAt', 'returns[0].refundedAt']));
  });

  it('"Pending seller authorisation" (en-GB) is awaiting the seller\'s authorization', () => {
    expect(r.returns.map((x) => x.status)).toEqual(['pending-authorization', 'completed']);
  });
});

describe('the same rows where numeric dates are written both ways', () => {
  it('a date that could be day-month or month-day stays unknown; one that cannot is read', () => {
    const r = readHtml(html.replace('United Kingdom', 'Canada'), 'https://sellercentral.amazon.ca/gp/returns/list/v2');
    expect(r.returns[0]!.requestedAt).toBeNull();
    expect(r.missing).toContain('returns[0].requestedAt');
    expect(r.returns[1]!.requestedAt).toBe('2026-11-14T00:00:00-08:00');
  });
});
