// Every buyer language answers every buyer action: in its own words (not a copy of English or of another language),
// with the order's facts written the language's way, and with nothing at all the checker would flag.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import type { Marketplace, OrderCase } from '../../src/model.ts';
import { MARKETPLACES } from '../../src/model.ts';
import { formatDate } from '../../src/replies/dates.ts';
import { BUYER_ACTIONS, replyFor, wordingFor } from '../../src/replies/index.ts';
import { BUYER_LANGS, MARKETPLACE_LANGUAGE, type BuyerLang } from '../../src/words/langs.ts';
import { fullCase, kase, ORDER_ID, sparseCase } from './cases.ts';

const SETTINGS = { signature: 'Northwind Goods', replyLanguages: [] };
const TRACKING = '1Z4A87V20398215649';
const CARRIER = 'UPS';

/** The marketplaces whose buyers write in `lang` (the US for a language no marketplace defaults to). */
function marketsOf(lang: BuyerLang): Marketplace[] {
  const mine = MARKETPLACES.filter((mp) => MARKETPLACE_LANGUAGE[mp] === lang);
  return mine.length ? mine : ['US'];
}

const asked = (c: OrderCase): OrderCase =>
  ({ ...c, messages: [...c.messages, { orderId: ORDER_ID, from: 'buyer', sentAt: null, text: '' }] });

const inTransit = (mp: Marketplace): OrderCase => asked(kase({ marketplace: mp }, {
  status: 'shipped', shippedAt: '2026-11-16T12:00:00Z', deliverBy: '2026-11-23T12:00:00Z', carrier: CARRIER, trackingId: TRACKING,
}));
const unshipped = (mp: Marketplace): OrderCase => asked(kase({ marketplace: mp }, {
  status: 'unshipped', shipBy: '2026-11-17T12:00:00Z', deliverBy: '2026-11-24T12:00:00Z',
}));
const canceled = (mp: Marketplace): OrderCase => asked(kase({ marketplace: mp }, { status: 'canceled' }));

function casesFor(lang: BuyerLang): [string, OrderCase][] {
  return marketsOf(lang).flatMap((mp): [string, OrderCase][] => [
    [`full ${mp}`, asked(fullCase(mp))], [`in transit ${mp}`, inTransit(mp)], [`unshipped ${mp}`, unshipped(mp)],
    [`canceled ${mp}`, canceled(mp)],
  ]).concat([['sparse', asked(sparseCase())]]);
}

const reply = (action: (typeof BUYER_ACTIONS)[number], c: OrderCase, lang: BuyerLang): string => {
  const r = replyFor(action, c, lang, SETTINGS);
  expect(r?.lang, `${action} / ${lang}`).toBe(lang);
  return r?.text ?? '';
};

describe('every buyer language', () => {
  it.each(BUYER_LANGS.map((l) => [l]))('%s has wording for every buyer action, and nothing else', (lang) => {
    expect(Object.keys(wordingFor(lang, kase()).templates).sort()).toEqual([...BUYER_ACTIONS].sort());
  });

  for (const lang of BUYER_LANGS) {
    for (const action of BUYER_ACTIONS) {
      it(`${lang} / ${action}: the order id, and no finding at all from the checker, in every case`, () => {
        for (const [name, c] of casesFor(lang)) {
          const text = reply(action, c, lang);
          expect(text, name).toContain(ORDER_ID);
          expect(check(text), `${name}\n${text}`).toEqual([]);
        }
      });
    }
  }
});

describe('each language in its own words', () => {
  // Words an English template would leave behind; none is a word in the other twelve languages.
  const ENGLISH = /\b(the|and|you|your|with|this|please|thank|order|will|have|been|shipped|tracking)\b/i;

  it.each(BUYER_ACTIONS.map((a) => [a]))('%s: thirteen different replies, none with English left in it', (action) => {
    const c = asked(fullCase('US'));
    const texts = new Map(BUYER_LANGS.map((lang) => [lang, reply(action, c, lang)] as const));
    expect(new Set(texts.values()).size).toBe(BUYER_LANGS.length);
    const english = new Set((texts.get('en') ?? '').split('\n\n').filter((p) => !p.includes('Northwind Goods')));
    for (const [lang, text] of texts) {
      if (lang === 'en') continue;
      const body = text.replace('Northwind Goods', '').replaceAll(CARRIER, '');
      expect(body, lang).not.toMatch(ENGLISH);
      for (const paragraph of text.split('\n\n')) expect(english.has(paragraph), `${lang}: ${paragraph}`).toBe(false);
    }
  });
});

describe('the facts, written the language’s way', () => {
  for (const lang of BUYER_LANGS) {
    const mp = marketsOf(lang)[0]!;
    const date = (iso: string): string => formatDate(iso, lang, mp) ?? '(no date)';

    it(`${lang}: dates, carrier and tracking number where each reply needs them`, () => {
      const tracking = reply('share-tracking', inTransit(mp), lang);
      for (const fact of [ORDER_ID, CARRIER, TRACKING, date('2026-11-16T12:00:00Z'), date('2026-11-23T12:00:00Z')]) {
        expect(tracking, fact).toContain(fact);
      }
      const soon = reply('ship-by-deadline', unshipped(mp), lang);
      for (const fact of [date('2026-11-17T12:00:00Z'), date('2026-11-24T12:00:00Z')]) expect(soon, fact).toContain(fact);

      const full = asked(fullCase(mp));
      const delivered = reply('direct-to-a-to-z', full, lang);
      for (const fact of [TRACKING, CARRIER, date('2026-11-19T00:00:00-08:00')]) expect(delivered, fact).toContain(fact);
      const refunded = reply('refund-return', full, lang);
      for (const fact of [date('2026-11-23T00:00:00-08:00'), date('2026-11-24T00:00:00-08:00')]) expect(refunded, fact).toContain(fact);
      expect(reply('carrier-intercept', inTransit(mp), lang)).toContain(CARRIER);
    });

    it(`${lang}: dates in the language, never an English month or another calendar's digits`, () => {
      const d = date('2026-11-16T12:00:00Z');
      expect(d).toMatch(/16/);
      expect(d).toMatch(/2026/);
      if (lang !== 'en') expect(d).not.toBe(formatDate('2026-11-16T12:00:00Z', 'en', mp));
      expect(d).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/u);
    });
  }
});
