// Work advise() does once per case, not once per question asked of it: the buyer's words are read for a money-back
// or send-another ask once per message (whether direct-to-A-to-z applies and what it advises rest on that one
// reading), a date printed without a time is the same instant however often it is read, and a lone buyer message
// keeps its asks (only a later message can take one back).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ asks: [] as string[] }));
vi.mock('../../src/rules/intent/refund-ask.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rules/intent/refund-ask.ts')>();
  return { ...real, asksRefundOrReship: (text: string) => { calls.asks.push(text); return real.asksRefundOrReship(text); } };
});

import { advise } from '../../src/rules/index.ts';
import { buildContext } from '../../src/rules/context.ts';
import { parseTime } from '../../src/rules/time.ts';
import { DEFAULT_SETTINGS, type OrderCase } from '../../src/model.ts';
import { caseOf, FORUM_CASE, NOW } from './builders.ts';

type Said = ['buyer' | 'seller', string, string];

const ASK: Said = ['buyer', '2026-11-23T08:00:00-08:00', 'Hello, I would like my money back for this order please.'];
const TAKEN_BACK: Said = ['buyer', '2026-11-23T12:00:00-08:00', 'Never mind the refund, it came today, it was with a neighbour.'];
const ASKED_AGAIN: Said = ['buyer', '2026-11-24T08:00:00-08:00', 'Sorry, it was not my parcel after all. Please send me a replacement.'];

/** The forum order (Claims Protected, shipped on time, delivered) with these messages, their asks given as the
 * seller confirmed them, so the model's reading does not decide the test: no complaint, only the words ask. */
function protectedOrder(messages: Said[]): OrderCase {
  const c = caseOf({ ...FORUM_CASE, messages });
  return { ...c, messages: c.messages.map((m) => ({ ...m, intents: ['other'], unsure: false })) };
}

const actions = (c: OrderCase) => advise([c], NOW).map((a) => a.action);

beforeEach(() => { calls.asks.length = 0; });

describe('direct-to-A-to-z reads the money-back ask once', () => {
  it('a plain ask on a protected, delivered order sends the buyer to A-to-z, each message read once', () => {
    expect(actions(protectedOrder([ASK]))).toContain('direct-to-a-to-z');
    expect(calls.asks).toEqual([ASK[2]]);
  });

  it('an ask taken back later is no ask; asked again after that, it stands', () => {
    expect(actions(protectedOrder([ASK, TAKEN_BACK]))).not.toContain('direct-to-a-to-z');
    expect(new Set(calls.asks).size).toBe(calls.asks.length);
    calls.asks.length = 0;
    expect(actions(protectedOrder([ASK, TAKEN_BACK, ASKED_AGAIN]))).toContain('direct-to-a-to-z');
    expect(new Set(calls.asks).size).toBe(calls.asks.length);
  });

  it('an order that is not protected never reads the words for it', () => {
    const c = protectedOrder([ASK]);
    const open = { ...c, order: { ...c.order, claimsProtected: false, boughtThroughAmazon: false } };
    expect(actions(open)).not.toContain('direct-to-a-to-z');
    expect(calls.asks).toEqual([]);
  });
});

describe('values read once stay the same values', () => {
  it('a date-only value is the start of that day in each zone, read again or not', () => {
    const la = parseTime('2026-11-26', 'America/Los_Angeles');
    const berlin = parseTime('2026-11-26', 'Europe/Berlin');
    expect(la).toBe(Date.parse('2026-11-26T00:00:00-08:00'));
    expect(berlin).toBe(Date.parse('2026-11-26T00:00:00+01:00'));
    expect(parseTime('2026-11-26', 'America/Los_Angeles')).toBe(la);
  });

  it('a lone buyer message keeps the asks it was read with', () => {
    const c = caseOf({ order: { status: 'unshipped' }, messages: [['buyer', '2026-11-23T08:00:00Z', 'Please cancel my order.']] });
    const chosen = { ...c, messages: c.messages.map((m) => ({ ...m, intents: ['cancel' as const], unsure: false })) };
    expect(buildContext(chosen, NOW.getTime(), DEFAULT_SETTINGS).messages.map((m) => m.intents)).toEqual([['cancel']]);
  });
});
