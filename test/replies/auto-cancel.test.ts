// Past its automatic cancellation date (ORD-AUTO-CANCEL) an Unshipped order is canceled: the reply says so and
// promises no shipment, in every language, through the checker. Before that date the late-order reply stands.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import { advise } from '../../src/rules/index.ts';
import { replyFor } from '../../src/replies/index.ts';
import { BUYER_LANGS } from '../../src/words/langs.ts';
import { kase, ORDER_ID } from './cases.ts';

// Ship-by Mon Nov 2; ship-by + 7 business days ends Wed Nov 11 (Los Angeles).
const late = () => kase({ messages: [{ orderId: ORDER_ID, from: 'buyer', sentAt: '2026-11-23T09:00:00-08:00', text: 'Where is my order?' }] },
  { status: 'unshipped', purchaseDate: '2026-10-30T10:00:00-07:00', shipBy: '2026-11-02T00:00:00-08:00' });
const BEFORE = new Date('2026-11-05T18:00:00Z');
const AFTER = new Date('2026-11-24T18:00:00Z');

describe('reply when the automatic cancellation date has passed', () => {
  it.each(BUYER_LANGS.map((l) => [l]))('%s: a different reply from the late-order one, through the checker', (lang) => {
    const before = replyFor('ship-or-cancel-late', late(), lang, undefined, BEFORE)!.text;
    const after = replyFor('ship-or-cancel-late', late(), lang, undefined, AFTER)!.text;
    expect(after).not.toBe(before);
    expect(after).toContain(ORDER_ID);
    expect(check(after).filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('in English: canceled, not charged, no shipment promised; without a time nothing is assumed', () => {
    const after = replyFor('ship-or-cancel-late', late(), 'en', undefined, AFTER)!.text;
    expect(after).toMatch(/canceled, and you will not be charged/u);
    expect(after).not.toMatch(/once it has shipped/u);
    expect(replyFor('ship-or-cancel-late', late(), 'en')!.text).toMatch(/once it has shipped/u);
  });

  it('advise() words the reply for the moment it advises for', () => {
    const [a] = advise([late()], AFTER);
    expect(a!.action).toBe('ship-or-cancel-late');
    expect(a!.deadline).toBeNull();
    expect(a!.reply?.text).toMatch(/canceled, and you will not be charged/u);
  });
});
