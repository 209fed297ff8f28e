// An unsure reading of what the buyer asks shows in the advice, not only in the popup's "the buyer asks" line: the
// advice that rests on the guess carries the doubt note, and a step that would do harm on a wrong guess (cancel,
// address change, refund or reship, sending the buyer to A-to-z) is not advised as if sure. A sure reading, and the
// seller's choice, give the advice exactly as before. The reader is a stub, so what is unsure does not move when
// the model is retrained.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advice, BuyerIntent, OrderCase } from '../../src/model.ts';
import { advise, joinReadings } from '../../src/rules/index.ts';
import { setIntentReader, type IntentReading } from '../../src/rules/intent/detect.ts';
import type { SignalIntent } from '../../src/rules/intent/types.ts';
import { fromStoredCase, messageKey, toStoredCase, withIntentOverrides } from '../../src/rules/storable.ts';
import { SCHEMA_VERSION, loadMemory, remember, saveMemory, storedAsReading } from '../../src/background/memory.ts';
import { EN } from '../../src/words/advice/en.ts';
import { loadAdviceLanguage } from '../../src/words/advice/load.ts';
import { wordText } from '../../src/words/advice/word.ts';
import { t, tDynamic, textParam } from '../../src/rules/text.ts';
import { UI_LANGS } from '../../src/words/langs.ts';
import { fakeArea } from '../background/fake-storage.ts';
import { caseOf, FORUM_CASE, NOW, type CaseSpec } from './builders.ts';

const SENT = '2026-11-24T08:15:00-08:00';

/** What the stub reads in each message: [intents, runner-up when unsure, score of the intents read (default: 0.6 when
 * unsure, 0.99 when sure)]. */
const READS: Record<string, [BuyerIntent[], SignalIntent | null, number?]> = {
  // unclear only because a harmless second ask came near: the cancel itself is certain
  'please cancel it, and where is it now anyway?': [['cancel'], 'where-is-my-order', 1],
  'can you still change it?': [['cancel'], 'where-is-my-order'],
  'can it still go elsewhere?': [['address-change'], 'cancel'],
  'nothing here yet?': [['not-received'], 'where-is-my-order'],
  'the box is a bit off': [['damaged'], 'wrong-item'],
  'please cancel my order': [['cancel'], null],
  'please send it to my new address': [['address-change'], null],
  'I never received the package': [['not-received'], null],
  'the lid arrived cracked': [['damaged'], null],
  'I paid by transfer, please send it soon': [['off-amazon'], 'damaged', 0.16],
  'can I pay you by PayPal instead?': [['off-amazon'], null],
  // read certain; only the runner-up near its threshold
  'cancel it, I will buy it elsewhere': [['cancel'], 'not-received', 1],
  'please ship to my office instead': [['address-change'], 'cancel', 1],
  'the parcel never came, cancel?': [['not-received'], 'cancel', 1],
};

function stub(text: string): IntentReading {
  const [intents, runnerUp, read = runnerUp ? 0.6 : 0.99] = READS[text] ?? [['other'], null];
  const scores = Object.fromEntries(['not-received', 'where-is-my-order', 'damaged', 'wrong-item', 'return', 'cancel',
    'address-change', 'off-amazon'].map((i) => [i, intents.includes(i as BuyerIntent) ? read : 0])) as IntentReading['scores'];
  return { intents, unclear: runnerUp !== null, runnerUp, scores, evidence: {} };
}

beforeAll(() => setIntentReader(stub));
afterAll(() => setIntentReader(null));

const UNSHIPPED = { status: 'unshipped', purchaseDate: '2026-11-23T10:00:00-08:00', shipBy: '2026-11-26T00:00:00-08:00' } as const;
const SHIPPED = {
  status: 'shipped', purchaseDate: '2026-11-20T10:00:00-08:00', shipBy: '2026-11-22T00:00:00-08:00',
  deliverBy: '2026-11-28T00:00:00-08:00', shippedAt: '2026-11-21T09:00:00-08:00', carrier: 'UPS', trackingId: '1Z999AA10123456784',
} as const;
const UNPROTECTED_DELIVERED = {
  ...FORUM_CASE.order, boughtThroughAmazon: false, claimsProtected: false,
};

/** The case as the join gives it from a page showing the order and the buyer's message. */
function joined(spec: CaseSpec, text: string): OrderCase {
  const c = caseOf({ ...spec, messages: [['buyer', SENT, text]] });
  return joinReadings([{ kind: 'order-details', marketplace: 'US', uiLanguage: 'en', orders: [c.order], claims: [], returns: [],
    messages: c.messages, missing: [] }])[0]!;
}

/** The same case with the seller's choice of what the message asks. */
function corrected(c: OrderCase, intents: BuyerIntent[]): OrderCase {
  return withIntentOverrides([c], { [messageKey(c.orderId, c.messages[0]!)]: intents })[0]!;
}

const adviceOf = (c: OrderCase) => advise([c], NOW);
const actions = (a: Advice[]) => a.map((x) => x.action);
const doubt = (a: Advice) => (a.notes ?? []).find((n) => n.startsWith('Claimwise is not sure what the buyer asks'));
const anyDoubt = (list: Advice[]) => list.some((a) => doubt(a) !== undefined);
/** Advice without the reply's words: the reply follows the case's words, which differ between the two texts. */
const shape = (list: Advice[]) => list.map((a) => ({ ...a, reply: a.reply ? a.reply.lang : null }));

interface Risky {
  name: string;
  spec: CaseSpec;
  unsure: string;
  sure: string;
  intents: BuyerIntent[];
  /** The advice a sure reading gives. */
  action: Advice['action'];
  /** What the seller must not do on the guess, in the "read first" advice. */
  doNot: RegExp;
  maybe: string;
}

const RISKY: Risky[] = [
  { name: 'cancel on an unshipped order', spec: { order: UNSHIPPED }, unsure: 'can you still change it?', sure: 'please cancel my order',
    intents: ['cancel'], action: 'cancel-on-request', doNot: /Do not cancel the order before/, maybe: 'where the order is' },
  { name: 'address change on an unshipped order', spec: { order: UNSHIPPED }, unsure: 'can it still go elsewhere?', sure: 'please send it to my new address',
    intents: ['address-change'], action: 'cancel-and-reorder', doNot: /Do not cancel, redirect or ship to another address/, maybe: 'to cancel' },
  { name: 'address change on a shipped order', spec: { order: SHIPPED }, unsure: 'can it still go elsewhere?', sure: 'please send it to my new address',
    intents: ['address-change'], action: 'carrier-intercept', doNot: /Do not cancel, redirect or ship to another address/, maybe: 'to cancel' },
  { name: 'not received on a Claims Protected order', spec: FORUM_CASE, unsure: 'nothing here yet?', sure: 'I never received the package',
    intents: ['not-received'], action: 'direct-to-a-to-z', doNot: /Do not refund, reship or send the buyer to A-to-z/, maybe: 'where the order is' },
  { name: 'not received on an unprotected order', spec: { order: UNPROTECTED_DELIVERED }, unsure: 'nothing here yet?', sure: 'I never received the package',
    intents: ['not-received'], action: 'refund-or-reship', doNot: /Do not refund, reship or send the buyer to A-to-z/, maybe: 'where the order is' },
];

describe('a risky step on an unsure reading', () => {
  for (const r of RISKY) {
    describe(r.name, () => {
      it('a sure reading gives the step, with no doubt note (the test data holds)', () => {
        const a = adviceOf(joined(r.spec, r.sure));
        expect(actions(a)).toContain(r.action);
        expect(anyDoubt(a)).toBe(false);
        expect(a.find((x) => x.action === r.action)!.reply).not.toBeNull();
      });

      it('unsure: the step is not advised; "read the message first" is, with the doubt and the runner-up', () => {
        const a = adviceOf(joined(r.spec, r.unsure));
        expect(actions(a)).not.toContain(r.action);
        const first = a.find((x) => x.action === 'confirm-facts' && doubt(x) !== undefined);
        expect(first, JSON.stringify(actions(a))).toBeDefined();
        expect(first!.title).toMatch(/^Read the buyer's message before you/);
        expect(first!.doNot.join(' ')).toMatch(r.doNot);
        expect(doubt(first!)).toContain(`(maybe: ${r.maybe})`);
        // Nothing is said to the buyer on the guess: no advice of the order offers reply wording.
        expect(a.map((x) => x.reply)).toEqual(a.map(() => null));
        expect(first!.rules).toContain('MSG-24H');
        expect(first!.deadline).not.toBeNull();
      });

      it('corrected by the seller: the step as for a sure reading, no doubt note', () => {
        const fixed = adviceOf(corrected(joined(r.spec, r.unsure), r.intents));
        expect(anyDoubt(fixed)).toBe(false);
        expect(shape(fixed)).toEqual(shape(adviceOf(joined(r.spec, r.sure))));
      });
    });
  }

  it('an unsure cancel is read first, with the ship-by date on that advice; the seller\'s choice decides shipping', () => {
    const unsure = joined({ order: UNSHIPPED }, 'can you still change it?');
    const a = adviceOf(unsure);
    expect(actions(a)).not.toContain('ship-by-deadline');
    expect(actions(a)).not.toContain('cancel-on-request');
    const first = a.find((x) => x.action === 'confirm-facts')!;
    expect((first.notes ?? []).join(' ')).toMatch(/must still ship by/);
    expect(actions(adviceOf(corrected(unsure, ['other'])))).toContain('ship-by-deadline');
    expect(actions(adviceOf(corrected(unsure, ['cancel'])))).toContain('cancel-on-request');
    expect(actions(adviceOf(joined({ order: UNSHIPPED }, 'please cancel my order')))).not.toContain('ship-by-deadline');
  });

  it('an unsure request to leave Amazon is read first, never declined on a guess', () => {
    const c = joined({ order: UNSHIPPED }, 'I paid by transfer, please send it soon');
    const a = adviceOf(c);
    expect(actions(a)).not.toContain('keep-on-amazon');
    const first = a.find((x) => x.action === 'confirm-facts')!;
    expect(first.rules).toContain('OFF-AMAZON');
    expect(first.reply).toBeNull();
    expect(first.doNot.join(' ')).toMatch(/do not share contact details or take payment outside Amazon/);
    expect(actions(adviceOf(corrected(c, ['off-amazon'])))).toContain('keep-on-amazon');
    expect(actions(adviceOf(joined({ order: UNSHIPPED }, 'can I pay you by PayPal instead?')))).toContain('keep-on-amazon');
  });

  it('a doubt only about a harmless second ask leaves a certain cancel as the step, without the note', () => {
    const a = adviceOf(joined({ order: UNSHIPPED }, 'please cancel it, and where is it now anyway?'));
    expect(actions(a)).toContain('cancel-on-request');
    expect(actions(a)).not.toContain('ship-by-deadline');
    expect(anyDoubt(a)).toBe(false);
  });

  it('on a Claims Protected order the "read first" advice still says never to refund', () => {
    const first = adviceOf(joined(FORUM_CASE, 'nothing here yet?')).find((x) => x.action === 'confirm-facts')!;
    expect(first.doNot.join(' ')).toMatch(/Do not refund: a refund from you voids the Buy Shipping protection/);
    expect(first.rules).toContain('BS-CLAIMS-PROTECTED');
  });
});

describe('advice that follows an unsure reading says so', () => {
  it('reply-to-buyer keeps its topic and carries the note; the seller\'s choice removes it', () => {
    const c = joined({ order: FORUM_CASE.order }, 'the box is a bit off');
    const a = adviceOf(c).find((x) => x.action === 'reply-to-buyer')!;
    expect(a.why).toMatch(/damaged/i);
    expect(doubt(a)).toContain('(maybe: wrong item)');
    const fixed = adviceOf(corrected(c, ['damaged']));
    expect(anyDoubt(fixed)).toBe(false);
    expect(shape(fixed)).toEqual(shape(adviceOf(joined({ order: FORUM_CASE.order }, 'the lid arrived cracked'))));
  });

  it('a sure message in the same thread takes the doubt away from the intent it also asks', () => {
    const c = caseOf({ order: UNSHIPPED, messages: [['buyer', SENT, 'can you still change it?'], ['buyer', '2026-11-24T09:00:00-08:00', 'please cancel my order']] });
    const [j] = joinReadings([{ kind: 'messages', marketplace: 'US', uiLanguage: 'en', orders: [c.order], claims: [], returns: [], messages: c.messages, missing: [] }]);
    const a = adviceOf(j!);
    expect(actions(a)[0]).toBe('cancel-on-request');
    expect(anyDoubt(a)).toBe(false);
  });
});

describe('a doubt only about the runner-up counts where the order can still take its step', () => {
  it('a certain cancel of an unshipped order with "not received" near: a cancellation, no note', () => {
    const a = adviceOf(joined({ order: UNSHIPPED }, 'cancel it, I will buy it elsewhere'));
    expect(actions(a)).toContain('cancel-on-request');
    expect(anyDoubt(a)).toBe(false);
  });

  it('before shipping, a new address with "cancel" near ends in cancelling either way: the step stands', () => {
    expect(actions(adviceOf(joined({ order: UNSHIPPED }, 'please ship to my office instead')))).toContain('cancel-and-reorder');
  });

  it('a certain "never came" of a delivered order with "cancel" near: no doubt; a shipped one still may be cancelled', () => {
    const delivered = adviceOf(joined({ order: UNPROTECTED_DELIVERED }, 'the parcel never came, cancel?'));
    expect(anyDoubt(delivered)).toBe(false);
    const shipped = adviceOf(joined({ order: SHIPPED }, 'the parcel never came, cancel?'));
    expect(anyDoubt(shipped)).toBe(true);
  });

  it('the doubt is stored raw, and weighed against the status the order has when advised', () => {
    const stored = toStoredCase(joined({ order: UNSHIPPED }, 'cancel it, I will buy it elsewhere'));
    expect(stored.messages[0]).toMatchObject({ unsure: true, runnerUp: 'not-received', doubtsRead: false });
    expect(anyDoubt(adviseStored(stored))).toBe(false);
  });
});

describe('the doubt in memory', () => {
  it('is kept without the words, and the remembered case is advised as the page was', () => {
    const c = joined({ order: UNSHIPPED }, 'can you still change it?');
    const stored = toStoredCase(c);
    expect(JSON.stringify(stored)).not.toContain('change it');
    expect(stored.messages).toEqual([{ orderId: c.orderId, from: 'buyer', sentAt: SENT, intents: ['cancel'], unsure: true, runnerUp: 'where-is-my-order', doubtsRead: true }]);
    const fromMemory = adviseStored(stored);
    expect(shape(fromMemory)).toEqual(shape(adviceOf(c)));
    expect(anyDoubt(fromMemory)).toBe(true);
  });

  it('a sure reading is stored as before: no flag written', () => {
    const stored = toStoredCase(joined({ order: UNSHIPPED }, 'please cancel my order'));
    expect(stored.messages[0]).toEqual({ orderId: stored.orderId, from: 'buyer', sentAt: SENT, intents: ['cancel'] });
  });

  it('the seller\'s choice over a remembered unsure message clears the doubt', () => {
    const stored = toStoredCase(joined({ order: UNSHIPPED }, 'can you still change it?'));
    const fixed = withIntentOverrides([fromStoredCase(stored)], { [messageKey(stored.orderId, stored.messages[0]!)]: ['cancel'] });
    const a = advise(fixed, NOW);
    expect(actions(a)[0]).toBe('cancel-on-request');
    expect(anyDoubt(a)).toBe(false);
  });
});

describe('the doubt through the extension\'s storage', () => {
  it('a remembered message keeps its doubt and not its words; the advice from memory is the page\'s', async () => {
    const c = joined({ order: UNSHIPPED }, 'can you still change it?');
    const page = { kind: 'messages' as const, marketplace: 'US' as const, uiLanguage: 'en', orders: [c.order], claims: [], returns: [], messages: c.messages, missing: [] };
    const area = fakeArea();
    await saveMemory(area, remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, page, NOW.getTime()));
    expect(area.dump()).not.toContain('change it');
    expect(area.dump()).not.toMatch(/"text"/);
    const kept = (await loadMemory(area)).orders[c.orderId]!;
    expect(kept.messages[0]).toMatchObject({ intents: ['cancel'], unsure: true, runnerUp: 'where-is-my-order' });
    const fromMemory = advise(joinReadings([storedAsReading(kept)]), NOW);
    expect(actions(fromMemory)).not.toContain('cancel-on-request');
    expect(anyDoubt(fromMemory)).toBe(true);
  });
});

describe('the doubt note in every UI language', () => {
  const note = t('doubt.note', { maybe: textParam(tDynamic('doubt.intent.cancel')) });
  it('each language words it with the runner-up, in its own words', async () => {
    const english = wordText(note, EN);
    for (const lang of UI_LANGS) {
      const words = await loadAdviceLanguage(lang);
      const out = wordText(note, words);
      expect(out, lang).not.toMatch(/doubt\.|undefined/);
      expect(out, lang).toContain(wordText(tDynamic('doubt.intent.cancel'), words));
      if (lang !== 'en') expect(out, lang).not.toBe(english);
    }
  });
});

function adviseStored(stored: ReturnType<typeof toStoredCase>): Advice[] {
  return advise([stored], NOW);
}
