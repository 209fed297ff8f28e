import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import type { ActionCode, OrderCase } from '../../src/model.ts';
import { ACTION_CODES } from '../../src/model.ts';
import { BUYER_ACTIONS, replyFor, replyTemplates } from '../../src/replies/index.ts';
import { BUYER_LANGS } from '../../src/words/langs.ts';
import { fullCase, kase, ORDER_ID, sparseCase } from './cases.ts';

const SETTINGS = { signature: 'Northwind Goods', replyLanguages: [] };
const NO_SIGNATURE = { signature: '', replyLanguages: [] };

/** A case needs an unanswered buyer message for the reminder to ship to become a reply at all. */
function withBuyerQuestion(c: OrderCase): OrderCase {
  return { ...c, messages: [...c.messages, { orderId: ORDER_ID, from: 'buyer', sentAt: null, text: '' }] };
}

// Whole words: Italian "annullamento" contains "null".
const LEFTOVER = /\b(undefined|null|NaN)\b|\{\{|\}\}|\$\{|\[object|Invalid Date/;
const EMOJI = /\p{Extended_Pictographic}/u;
const OUTSIDE = /https?:|www\.|@|\.com\b|\.de\b|\d{3}[-. ]\d{3}[-. ]\d{4}/i;

describe('buyer reply templates', () => {
  const templates = replyTemplates();

  it('lists every buyer action in every buyer language', () => {
    expect(templates).toHaveLength(BUYER_ACTIONS.length * BUYER_LANGS.length);
    expect(new Set(templates.map((t) => t.lang))).toEqual(new Set(['en', 'de', 'fr', 'es', 'it', 'ja', 'zh', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar']));
    for (const a of ['dont-ship-pending', 'ship-by-deadline', 'ship-or-cancel-late', 'cancel-on-request', 'cancel-and-reorder',
      'carrier-intercept', 'share-tracking', 'direct-to-a-to-z', 'refund-or-reship', 'authorize-return', 'refund-return',
      'reply-to-buyer', 'keep-on-amazon'] as const) {
      expect(BUYER_ACTIONS).toContain(a);
    }
  });

  const cases: [string, () => OrderCase][] = [
    ['full', () => withBuyerQuestion(fullCase())],
    ['sparse', () => withBuyerQuestion(sparseCase())],
    ['full UK', () => withBuyerQuestion(fullCase('UK'))],
    ['full JP', () => withBuyerQuestion(fullCase('JP'))],
  ];

  for (const { action, lang } of templates) {
    for (const [name, make] of cases) {
      it(`${action} / ${lang} / ${name}: order id, no placeholders, nothing check() blocks`, () => {
        const reply = replyFor(action, make(), lang, name === 'sparse' ? NO_SIGNATURE : SETTINGS);
        expect(reply).not.toBeNull();
        const text = reply?.text ?? '';
        expect(reply?.lang).toBe(lang);
        expect(text).toContain(ORDER_ID);
        expect(text).not.toMatch(LEFTOVER);
        expect(text).not.toMatch(EMOJI);
        expect(text).not.toMatch(OUTSIDE);
        expect(text.split('\n').some((l) => l.trim() === '')).toBe(true);
        expect(check(text).filter((f) => f.severity === 'block')).toEqual([]);
        if (name !== 'sparse') expect(text.trimEnd().endsWith('Northwind Goods')).toBe(true);
        else expect(text).not.toContain('Northwind Goods');
      });
    }
  }
});

describe('which actions get a buyer reply', () => {
  it('answers Amazon-facing and fact-confirming actions with no buyer reply', () => {
    for (const action of ['respond-to-claim', 'appeal-claim', 'provide-insurance', 'confirm-facts', 'no-action'] as ActionCode[]) {
      expect(replyFor(action, fullCase(), 'en', SETTINGS)).toBeNull();
    }
  });

  it('has wording for every other action code', () => {
    const none = new Set(['respond-to-claim', 'appeal-claim', 'provide-insurance', 'confirm-facts', 'no-action', 'file-safe-t']);
    for (const action of ACTION_CODES.filter((a) => !none.has(a))) {
      expect(replyFor(action, withBuyerQuestion(fullCase()), 'en', SETTINGS)?.text).toContain(ORDER_ID);
    }
  });

  it('sends no unsolicited shipping notice: ship-by-deadline only when the buyer is waiting for an answer', () => {
    expect(replyFor('ship-by-deadline', sparseCase(), 'en')).toBeNull();
    const answered = kase({ messages: [
      { orderId: ORDER_ID, from: 'buyer', sentAt: '2026-11-23T10:00:00-08:00', text: 'When will it ship?' },
      { orderId: ORDER_ID, from: 'seller', sentAt: '2026-11-23T11:00:00-08:00', text: 'Soon.' },
    ] }, { status: 'unshipped', shipBy: '2026-11-26T00:00:00-08:00' });
    expect(replyFor('ship-by-deadline', answered, 'en')).toBeNull();
    const asked = kase({ messages: [...answered.messages,
      { orderId: ORDER_ID, from: 'buyer', sentAt: '2026-11-24T09:00:00-08:00', text: 'Any news?' }] }, answered.order);
    expect(replyFor('ship-by-deadline', asked, 'en')?.text).toContain('Your order will be shipped by November 26, 2026.');
  });
});

describe('languages', () => {
  it('falls back to English for an unknown language and resolves regional tags', () => {
    expect(replyFor('keep-on-amazon', fullCase(), 'ko', SETTINGS)?.lang).toBe('en');
    expect(replyFor('keep-on-amazon', fullCase(), 'pt-BR', SETTINGS)?.lang).toBe('pt');
    expect(replyFor('keep-on-amazon', fullCase(), 'ar_SA', SETTINGS)?.lang).toBe('ar');
    expect(replyFor('keep-on-amazon', fullCase(), '', SETTINGS)?.lang).toBe('en');
    expect(replyFor('keep-on-amazon', fullCase(), 'de-DE', SETTINGS)?.lang).toBe('de');
    expect(replyFor('keep-on-amazon', fullCase(), 'zh_CN', SETTINGS)?.lang).toBe('zh');
    expect(replyFor('keep-on-amazon', fullCase(), 'JA', SETTINGS)?.lang).toBe('ja');
  });

  it('uses the marketplace formality', () => {
    const text = (lang: string): string => replyFor('share-tracking', fullCase('DE'), lang, SETTINGS)?.text ?? '';
    expect(text('de')).toMatch(/\bIhre\b/);
    expect(text('de')).not.toMatch(/\b(du|dein|deine)\b/i);
    expect(text('fr')).toMatch(/\bvotre\b/i);
    expect(text('fr')).not.toMatch(/\b(ton|ta|tes|tu)\b/i);
    expect(text('es')).toMatch(/\bsu\b/);
    expect(text('es')).not.toMatch(/\b(tu|tú)\b/i);
    expect(text('it')).toMatch(/\bSuo\b/);
    expect(text('ja')).toMatch(/(です|ます|ございます)。/);
    expect(text('pt')).toMatch(/\bseu pedido\b/i);
    expect(text('pt')).not.toMatch(/\b(teu|tua|tu)\b/i);
    expect(text('nl')).toMatch(/\buw\b/);
    expect(text('nl')).not.toMatch(/\b(je|jij|jouw)\b/i);
    expect(text('pl')).toMatch(/Państw/u);
    expect(text('pl')).not.toMatch(/(^|\s)(twoje|twoja|twój|ty)(\s|[.,])/iu);
    expect(text('tr')).toMatch(/siparişiniz/u);
    expect(text('tr')).not.toMatch(/siparişin\s/u);
    expect(text('sv')).toMatch(/\bdin\b/);
  });

  it('spells English the way the marketplace reads it', () => {
    expect(replyFor('authorize-return', fullCase('US'), 'en')?.text).toContain('authorized');
    expect(replyFor('authorize-return', fullCase('UK'), 'en')?.text).toContain('authorised');
    expect(replyFor('share-tracking', fullCase('UK'), 'en')?.text).toContain('19 November 2026');
  });

  it('continues a German letter in lower case after the greeting', () => {
    expect(replyFor('keep-on-amazon', fullCase('DE'), 'de')?.text).toMatch(/^Guten Tag,\n\nvielen Dank/);
    expect(replyFor('refund-return', fullCase('DE'), 'de')?.text).toMatch(/^Guten Tag,\n\nIhre Rücksendung/);
  });
});

describe('wording is filled from facts, never invented', () => {
  it('share-tracking gives carrier, tracking id and delivery estimate when known', () => {
    const c = kase({}, { status: 'shipped', shippedAt: '2026-11-18T00:00:00-08:00', carrier: 'USPS', trackingId: '9400100000000000000001',
      deliverBy: '2026-11-25T00:00:00-08:00' });
    const text = replyFor('share-tracking', c, 'en')?.text ?? '';
    expect(text).toContain('Your order was shipped on November 18, 2026 with USPS (tracking number 9400100000000000000001).');
    expect(text).toContain('It is expected to arrive by November 25, 2026.');
  });

  it('leaves out what is unknown instead of guessing', () => {
    const text = replyFor('share-tracking', kase({}, { status: 'shipped', carrier: 'USPS' }), 'en')?.text ?? '';
    expect(text).toContain('Your order has been shipped with USPS.');
    expect(text).not.toMatch(/tracking number|expected to arrive|\b20\d\d\b/);
  });

  it('direct-to-a-to-z states the tracking status and sends the buyer to A-to-z', () => {
    const text = replyFor('direct-to-a-to-z', fullCase(), 'en')?.text ?? '';
    expect(text).toContain('The UPS tracking (tracking number 1Z4A87V20398215649) shows the package as delivered on November 19, 2026.');
    expect(text).toContain('"Problem with order"');
    expect(text).toContain('A-to-z Guarantee');
  });

  const NEVER_TO_BUYER: Record<string, RegExp> = {
    en: /refund|reship|replace|re-send|resend|protect|reimburs|compensat/i,
    de: /erstatt|ersatz|schutz|entschädig|neu versend/i,
    fr: /rembours|remplac|protection|indemn|renvoy/i,
    es: /reembols|sustitu|reemplaz|protecci|indemniz|reenv/i,
    it: /rimbors|sostitu|protezion|indennizz|rispedi/i,
    ja: /返金|再送|代替|交換|保護|補填|補償/,
    zh: /退款|补发|重发|换货|保护|赔偿|补偿/,
    pt: /reembols|substitu|prote[çc]|indeniz|reenvi|compensa/i,
    nl: /terugbetal|vervang|bescherm|vergoed|restitu|opnieuw (ver)?zend/i,
    // "Zwroty i zamówienia" is the name of the orders page: a refund is "zwrot pieniędzy / środków / kosztów".
    pl: /zwrot\p{L}* (pieniędzy|środków|kosztów)|zwróc|wymian|zastępcz|ochron|odszkod|rekompens|ponown\p{L}* wys/iu,
    sv: /återbetal|ersätt|skydd|kompens|skicka om|ny leverans/i,
    tr: /iade|geri öde|yenisini|değişim|koruma|tazmin|telafi|yeniden gönder/iu,
    ar: /استرداد|استرجاع|بديل|استبدال|حماية|تعويض|إعادة (الإرسال|الشحن|إرسال|شحن)/u,
  };

  it('direct-to-a-to-z never promises a refund or reship and never mentions protection, in any language', () => {
    for (const lang of BUYER_LANGS) {
      expect(NEVER_TO_BUYER[lang], lang).toBeInstanceOf(RegExp);
      for (const c of [fullCase(), sparseCase()]) {
        const text = replyFor('direct-to-a-to-z', c, lang)?.text ?? '';
        expect(text, lang).not.toMatch(NEVER_TO_BUYER[lang]!);
      }
    }
  });

  it('cancel-on-request confirms a cancelled order instead of asking for a request', () => {
    const text = replyFor('cancel-on-request', kase({}, { status: 'canceled' }), 'en')?.text ?? '';
    expect(text).toContain('has been canceled as you requested');
    expect(text).not.toContain('choose "Request cancellation"');
  });

  it('uses confirmed facts over readings', () => {
    const c = kase({ confirmed: { deliveredAt: '2026-11-21T00:00:00-08:00' } }, { status: 'shipped' });
    expect(replyFor('share-tracking', c, 'en')?.text).toContain('delivered on November 21, 2026');
  });

  it('formats dates in the marketplace calendar, not the machine time zone', () => {
    const c = kase({ marketplace: 'JP' }, { status: 'delivered', deliveredAt: '2026-11-19T00:00:00+09:00' });
    expect(replyFor('share-tracking', c, 'ja')?.text).toContain('2026年11月19日に配達済み');
  });
});
