import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import type { OrderCase } from '../../src/model.ts';
import { formatDate } from '../../src/replies/dates.ts';
import { de } from '../../src/words/evidence/de.ts';
import { en } from '../../src/words/evidence/en.ts';
import { es } from '../../src/words/evidence/es.ts';
import { fr } from '../../src/words/evidence/fr.ts';
import { it as itWording } from '../../src/words/evidence/it.ts';
import { ja } from '../../src/words/evidence/ja.ts';
import type { EvidenceAction, EvidenceWording } from '../../src/words/evidence/types.ts';
import { zh } from '../../src/words/evidence/zh.ts';
import type { EvidencePack } from '../../src/replies/index.ts';
import { evidenceFor } from '../../src/replies/index.ts';
import { UI_LANGS } from '../../src/words/langs.ts';
import { POLICY, POLICY_RULE_IDS, type PolicyRuleId } from '../../src/rules/policy.ts';
import { thousandOrders } from '../rules/memory-sample.ts';
import { fullCase, kase, ORDER_ID, sparseCase } from './cases.ts';
import { factPaths, resolveFact } from './fact-path.ts';

const NOW = new Date('2026-11-24T12:00:00-08:00');
const ACTIONS: EvidenceAction[] = ['respond-to-claim', 'appeal-claim', 'provide-insurance'];
const WORDING: Record<string, EvidenceWording> = { en, de, fr, es, it: itWording, ja, zh };
const LEFTOVER = /\b(undefined|null|NaN)\b|\{\{|\}\}|\$\{|\[object|Invalid Date/;
/** The table's windows the wording states, read from the table so a change there changes the expectation. */
const APPEAL_DAYS = POLICY['AZ-APPEAL-30D'].values.appealWithin.amount;
const SAFETY_DAYS = POLICY['AZ-SAFETY'].values.respondWithin.amount;
const REFUND_DAYS = POLICY['RET-REFUND-2D'].values.refundWithin.amount;
const REPLY_HOURS = POLICY['MSG-24H'].values.replyWithin.amount;
const RESOLVE_HOURS = POLICY['AZ-CONTACT-48H'].values.resolveWithin.amount;

/** A protected, on-time Buy Shipping order with a "not received" claim and no return. */
function protectedOnTime(): OrderCase {
  return { ...fullCase(), returns: [] };
}

function lateShipment(): OrderCase {
  const c = protectedOnTime();
  return { ...c, order: { ...c.order, shippedAt: '2026-11-18T00:00:00-08:00', firstScanAt: '2026-11-18T16:00:00-08:00' } };
}

function ownLabel(): OrderCase {
  const c = protectedOnTime();
  return { ...c, order: { ...c.order, boughtThroughAmazon: false, claimsProtected: false, carrier: 'Royal Mail' } };
}

function returnClaim(): OrderCase {
  return fullCase();
}

/** Every statement rests on a value that is really in the case, and appears in the text. */
function expectBacked(pack: EvidencePack, c: OrderCase): void {
  for (const s of pack.statements) {
    expect(s.fact, s.text).not.toBeNull();
    const paths = factPaths(s.fact);
    expect(paths.length, s.text).toBeGreaterThan(0);
    for (const path of paths) {
      const value = resolveFact(c, path);
      expect(value, `${path} behind "${s.text}"`).not.toBeUndefined();
      expect(value, `${path} behind "${s.text}"`).not.toBeNull();
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
    }
    expect(pack.text).toContain(s.text);
  }
  for (const b of pack.blanks) {
    expect(b).toMatch(/^\[.+: ____\]$/);
    expect(pack.text).toContain(b);
  }
}

function expectClean(pack: EvidencePack): void {
  expect(pack.text).toContain(ORDER_ID);
  expect(pack.text).not.toMatch(/\.\.(\s|$)/);
  expect(pack.text).not.toMatch(LEFTOVER);
  expect(pack.text).not.toMatch(/https?:|www\.|@/);
  expect(check(pack.text).filter((f) => f.severity === 'block')).toEqual([]);
}

describe('every evidence pack, every language', () => {
  const cases: [string, () => OrderCase][] = [
    ['protected on time', protectedOnTime], ['late shipment', lateShipment], ['own label', ownLabel],
    ['return claim', returnClaim], ['sparse', sparseCase],
  ];
  for (const action of ACTIONS) {
    for (const lang of UI_LANGS) {
      for (const [name, make] of cases) {
        it(`${action} / ${lang} / ${name}`, () => {
          const c = make();
          const pack = evidenceFor(action, c, lang, NOW);
          expect(pack.lang).toBe(lang);
          expectClean(pack);
          expectBacked(pack, c);
        });
      }
    }
  }

  it('falls back to English for a language it has no wording for', () => {
    expect(evidenceFor('respond-to-claim', protectedOnTime(), 'pt-BR', NOW).lang).toBe('en');
  });
});

describe('protected order shipped on time', () => {
  const c = protectedOnTime();
  const pack = evidenceFor('respond-to-claim', c, 'en', NOW);
  const texts = pack.statements.map((s) => s.text);

  it('states shipping, label, tracking, delivery and the first contact, each from its fact', () => {
    expect(texts).toContain('Shipment was confirmed on November 16, 2026, on or before the ship-by date of November 17, 2026.');
    expect(texts).toContain("The carrier's first scan was on November 16, 2026, on or before the ship-by date of November 17, 2026.");
    expect(texts).toContain('The shipping label was bought through Amazon Buy Shipping.');
    expect(texts).toContain('The label carries the "Claims Protected" badge.');
    expect(texts).toContain('Carrier: UPS, tracking ID 1Z4A87V20398215649.');
    expect(texts).toContain('Carrier tracking shows the package delivered on November 19, 2026.');
    expect(texts.find((t) => t.startsWith('The buyer first wrote to us on November 19, 2026'))).toBeDefined();
    expect(texts.find((t) => t.startsWith('We answered on November 20, 2026') && t.endsWith(`, within ${REPLY_HOURS} hours.`))).toBeDefined();
    expect(pack.statements.find((s) => s.text.startsWith('We answered'))?.fact).toBe('messages[2].sentAt, messages[1].sentAt');
    expect(pack.statements.find((s) => s.text.startsWith('We answered'))?.rule).toBe('MSG-24H');
  });

  it('says the claim should be Amazon-funded, naming BS-CLAIMS-PROTECTED to the seller only, resting on the badge and the on-time scan', () => {
    const policy = pack.statements.find((s) => s.rule === 'BS-CLAIMS-PROTECTED');
    expect(policy?.text).toContain('should be funded by Amazon');
    expect(policy?.text).not.toContain('BS-CLAIMS-PROTECTED');
    expect(factPaths(policy?.fact ?? null)).toEqual(['order.claimsProtected', 'order.firstScanAt', 'order.shipBy']);
    expect(pack.rules).toEqual(['MSG-24H', 'BS-CLAIMS-PROTECTED']);
  });

  it('has nothing left blank and asks for the proof of delivery the page cannot give', () => {
    expect(pack.blanks).toEqual([]);
    expect(pack.attach).toEqual(['Carrier proof of delivery (delivery scan, GPS location or signature, photo if available)']);
  });

  it('makes the protection argument in every language, with the rule beside the text and not in it', () => {
    for (const lang of UI_LANGS) {
      const p = evidenceFor('respond-to-claim', c, lang, NOW);
      expect(p.text, lang).toContain(WORDING[lang]!.protection('scan'));
      expect(p.text, lang).not.toContain('BS-CLAIMS-PROTECTED');
      expect(p.rules, lang).toContain('BS-CLAIMS-PROTECTED');
    }
  });

  it('judges on time by shipment confirmation when the first scan is unknown, and asks for the scan', () => {
    const noScan = { ...c, order: { ...c.order, firstScanAt: null } };
    const p = evidenceFor('respond-to-claim', noScan, 'en', NOW);
    const policy = p.statements.find((s) => s.rule === 'BS-CLAIMS-PROTECTED');
    expect(policy?.text).toContain('shipment was confirmed on or before the ship-by date');
    expect(policy?.fact).toBe('order.claimsProtected, order.shippedAt, order.shipBy');
    expect(p.blanks).toContain('[date of the first carrier scan: ____]');
    expect(p.attach).toContain('Full carrier tracking history, including the first scan');
  });
});

describe('late shipment', () => {
  const c = lateShipment();

  it('says honestly that it shipped after the ship-by date and never claims on time or protection, in every language', () => {
    for (const lang of UI_LANGS) {
      const w = WORDING[lang];
      if (!w) throw new Error(lang);
      const pack = evidenceFor('respond-to-claim', c, lang, NOW);
      const d = (iso: string | null | undefined): string => formatDate(iso, lang, 'US') ?? '';
      const late = w.shipped(d(c.order.shippedAt), d(c.order.shipBy), false);
      const onTime = w.shipped(d(c.order.shippedAt), d(c.order.shipBy), true);
      const texts = pack.statements.map((s) => s.text);
      expect(texts, lang).toContain(late);
      expect(texts, lang).not.toContain(onTime);
      expect(texts, lang).toContain(w.firstScan(d(c.order.firstScanAt), d(c.order.shipBy), false));
      expect(texts, lang).not.toContain(w.firstScan(d(c.order.firstScanAt), d(c.order.shipBy), true));
      expect(pack.rules, lang).not.toContain('BS-CLAIMS-PROTECTED');
      expect(pack.text, lang).not.toContain(w.protection('scan'));
      expect(pack.text, lang).not.toContain(w.protection('confirmation'));
    }
  });

  it('lets the first carrier scan decide even when the confirmation was on time', () => {
    const scanLate = { ...protectedOnTime() };
    scanLate.order = { ...scanLate.order, firstScanAt: '2026-11-19T09:00:00-08:00' };
    const pack = evidenceFor('respond-to-claim', scanLate, 'en', NOW);
    expect(pack.rules).not.toContain('BS-CLAIMS-PROTECTED');
    expect(pack.text).not.toContain(en.protection('confirmation'));
    expect(pack.text).toContain("The carrier's first scan was on November 19, 2026, after the ship-by date of November 17, 2026.");
  });
});

describe('own label', () => {
  it('makes no Buy Shipping or protection claim in any language', () => {
    for (const lang of UI_LANGS) {
      const pack = evidenceFor('respond-to-claim', ownLabel(), lang, NOW);
      expect(pack.text, lang).not.toMatch(/Buy Shipping|Claims Protected/);
      expect(pack.rules, lang).not.toContain('BS-CLAIMS-PROTECTED');
      expect(pack.blanks.join(' '), lang).not.toMatch(/Buy Shipping|Claims Protected/);
    }
    const en = evidenceFor('respond-to-claim', ownLabel(), 'en', NOW);
    expect(en.statements.map((s) => s.text)).toContain('Carrier: Royal Mail, tracking ID 1Z4A87V20398215649.');
  });

  it('asks whether the label came from Buy Shipping when that is unknown, instead of assuming', () => {
    const c = protectedOnTime();
    const unknown = { ...c, order: { ...c.order, boughtThroughAmazon: null, claimsProtected: null } };
    const pack = evidenceFor('respond-to-claim', unknown, 'en', NOW);
    expect(pack.rules).not.toContain('BS-CLAIMS-PROTECTED');
    expect(pack.blanks).toContain('[label bought through Amazon Buy Shipping (yes/no): ____]');
  });
});

describe('return claim', () => {
  it('gives the return tracking and the refund within the table\'s window (RET-REFUND-2D, named to the seller), and no delivery-protection argument', () => {
    const pack = evidenceFor('respond-to-claim', returnClaim(), 'en', NOW);
    const texts = pack.statements.map((s) => s.text);
    expect(texts).toContain('The buyer requested a return on November 20, 2026.');
    expect(texts).toContain('Return tracking ID: 9400111899223344556677.');
    expect(texts).toContain('We received the returned item on November 23, 2026.');
    expect(texts).toContain(`We issued the refund on November 24, 2026, within ${REFUND_DAYS} business days of receiving the return.`);
    expect(pack.statements.find((s) => s.text.startsWith('We issued the refund'))?.rule).toBe('RET-REFUND-2D');
    expect(pack.rules).toContain('RET-REFUND-2D');
    expect(pack.rules).not.toContain('BS-CLAIMS-PROTECTED');
    expect(pack.attach).toEqual(['Return tracking showing the return delivered to you', 'Photos of the returned item as received']);
  });

  it('does not claim a timely refund when it took longer, and leaves unknown return facts blank', () => {
    const c = returnClaim();
    const slow = { ...c, returns: [{ ...c.returns[0]!, refundedAt: '2026-12-01T00:00:00-08:00' }] };
    const slowPack = evidenceFor('respond-to-claim', slow, 'en', NOW);
    expect(slowPack.statements.map((s) => s.text)).toContain('We issued the refund on December 1, 2026.');
    expect(slowPack.rules).not.toContain('RET-REFUND-2D');
    expect(slowPack.statements.find((s) => s.text.startsWith('We issued the refund'))?.rule).toBeNull();

    const open = { ...c, returns: [{ ...c.returns[0]!, status: 'received' as const, refundedAt: null, returnTrackingId: null }] };
    const openPack = evidenceFor('respond-to-claim', open, 'en', NOW);
    expect(openPack.blanks).toEqual(['[return tracking ID: ____]', '[refund date: ____]']);
    expect(openPack.text).not.toMatch(/issued the refund/);
  });

  it('says the item has not arrived yet when the return is only authorised', () => {
    const c = returnClaim();
    const waiting = { ...c, returns: [{ ...c.returns[0]!, status: 'authorized' as const, receivedAt: null, refundedAt: null }] };
    const pack = evidenceFor('respond-to-claim', waiting, 'en', NOW);
    expect(pack.statements.find((s) => s.text === 'The returned item has not reached us yet.')?.fact).toBe('returns[0].status');
    expect(pack.blanks).not.toContain('[date we received the return: ____]');
  });
});

describe('unknown facts become blanks, never statements', () => {
  it('a case with only the order id is all blanks', () => {
    const pack = evidenceFor('respond-to-claim', sparseCase(), 'en', NOW);
    expect(pack.statements).toEqual([]);
    expect(pack.blanks).toEqual([
      '[ship-by date: ____]', '[date shipment was confirmed: ____]', '[date of the first carrier scan: ____]',
      '[label bought through Amazon Buy Shipping (yes/no): ____]', '[carrier: ____]', '[tracking ID: ____]',
      '[delivery status and date: ____]', '[date the buyer first contacted us: ____]', '[date we answered: ____]',
    ]);
    expect(pack.text).not.toMatch(/on or before|within 24|delivered on|Claims Protected"/);
  });

  it('a delivered order without a date states delivery and leaves the date blank', () => {
    const c = kase({}, { status: 'delivered', shipBy: '2026-11-17T00:00:00-08:00', shippedAt: '2026-11-16T00:00:00-08:00' });
    const pack = evidenceFor('respond-to-claim', c, 'en', NOW);
    expect(pack.statements.find((s) => s.text === 'The order is marked as delivered.')?.fact).toBe('order.status');
    expect(pack.blanks).toContain('[delivery status and date: ____]');
  });

  it('an order in transit says so and asks for the latest tracking event', () => {
    const c = kase({}, { status: 'shipped' });
    const pack = evidenceFor('respond-to-claim', c, 'en', NOW);
    expect(pack.statements.map((s) => s.text)).toContain('The order is marked as shipped and not yet as delivered.');
    expect(pack.blanks).toContain('[latest tracking event and date: ____]');
    expect(pack.attach).toContain('Full carrier tracking history, including the first scan');
  });

  it('names the seller-confirmed fact when a confirmation supplies it', () => {
    const c = kase({ confirmed: { deliveredAt: '2026-11-21T00:00:00-08:00' } }, { status: 'shipped' });
    const pack = evidenceFor('respond-to-claim', c, 'en', NOW);
    expect(pack.statements.find((s) => s.text.includes('delivered on November 21, 2026'))?.fact).toBe('confirmed.deliveredAt');
  });

  it('judges answer times from dates alone only as far as they allow', () => {
    const msgs = (buyer: string, seller: string): OrderCase => kase({ messages: [
      { orderId: ORDER_ID, from: 'buyer', sentAt: buyer, text: '' },
      { orderId: ORDER_ID, from: 'seller', sentAt: seller, text: '' },
    ] });
    const answer = (c: OrderCase): string | undefined =>
      evidenceFor('respond-to-claim', c, 'en', NOW).statements.find((s) => s.text.startsWith('We answered'))?.text;
    expect(answer(msgs('2026-11-19T00:00:00-08:00', '2026-11-19T00:00:00-08:00'))).toBe(`We answered on November 19, 2026, within ${REPLY_HOURS} hours.`);
    expect(answer(msgs('2026-11-19T00:00:00-08:00', '2026-11-20T00:00:00-08:00'))).toBe(`We answered on November 20, 2026, within ${RESOLVE_HOURS} hours.`);
    expect(answer(msgs('2026-11-19T00:00:00-08:00', '2026-11-22T00:00:00-08:00'))).toBe('We answered on November 22, 2026.');
    expect(answer(msgs('2026-11-19T08:00:00-08:00', '2026-11-20T20:00:00-08:00'))).toMatch(new RegExp(`^We answered on November 20, 2026 at 8:00\\sPM, within ${RESOLVE_HOURS} hours\\.$`));
  });
});

describe('appeal (AZ-APPEAL-30D)', () => {
  it('cites the table\'s window while it is open', () => {
    const pack = evidenceFor('appeal-claim', protectedOnTime(), 'en', NOW);
    const within = pack.statements.find((s) => s.rule === 'AZ-APPEAL-30D');
    expect(within?.text).toBe(`This appeal is made within ${APPEAL_DAYS} days of that decision (appeal window until December 22, 2026).`);
    expect(within?.fact).toBe('claims[0].decidedAt');
    expect(pack.statements.map((s) => s.text)).toContain('The claim was granted on November 22, 2026 and debited to our account.');
  });

  it('does not claim to be in time once the window has closed', () => {
    const pack = evidenceFor('appeal-claim', protectedOnTime(), 'en', new Date('2026-12-23T12:00:00-08:00'));
    expect(pack.text).not.toMatch(/within \d+ days|appeal window/);
    expect(pack.statements.some((s) => s.rule === 'AZ-APPEAL-30D')).toBe(false);
  });

  it('leaves the decision date blank when unknown', () => {
    const c = protectedOnTime();
    const undecided = { ...c, claims: [{ ...c.claims[0]!, decidedAt: null }] };
    const pack = evidenceFor('appeal-claim', undecided, 'en', NOW);
    expect(pack.blanks).toContain('[date the claim was granted: ____]');
    expect(pack.statements.some((s) => s.rule === 'AZ-APPEAL-30D')).toBe(false);
    // The appeal still rests on the rule, though no sentence states its window.
    expect(pack.rules).toContain('AZ-APPEAL-30D');
  });
});

describe('safety claim (AZ-SAFETY)', () => {
  function safety(): OrderCase {
    const c = protectedOnTime();
    return { ...c, claims: [{ ...c.claims[0]!, claimType: 'safety', reason: 'Property damage', decidedAt: null, fundedBy: null }] };
  }

  it('leaves every insurer detail blank and asks for the certificate and photos', () => {
    const pack = evidenceFor('provide-insurance', safety(), 'en', NOW);
    expect(pack.blanks).toEqual(['[insurer: ____]', '[policy number: ____]', '[coverage amount: ____]', '[policy period: ____]']);
    expect(pack.attach).toContain('Certificate of liability insurance');
    expect(pack.attach).toContain('Photos of the product, its labels and safety warnings');
    expect(pack.rules).not.toContain('BS-CLAIMS-PROTECTED');
  });

  it('cites the table\'s response window only while it holds', () => {
    const inTime = evidenceFor('provide-insurance', safety(), 'en', NOW);
    const within = inTime.statements.find((s) => s.rule === 'AZ-SAFETY');
    expect(within?.fact).toBe('claims[0].filedAt');
    expect(within?.text).toBe(`This response is sent within ${SAFETY_DAYS} days of the claim notice of November 20, 2026.`);
    const late = evidenceFor('provide-insurance', safety(), 'en', new Date('2026-11-30T12:00:00-08:00'));
    expect(late.text).not.toMatch(/within \d+ days/);
    expect(late.statements.some((s) => s.rule === 'AZ-SAFETY')).toBe(false);
  });

  it('names the policy that applies to the seller in every language, and never in the text', () => {
    for (const lang of UI_LANGS) {
      const insurance = evidenceFor('provide-insurance', safety(), lang, NOW);
      const appeal = evidenceFor('appeal-claim', protectedOnTime(), lang, NOW);
      expect(insurance.rules, lang).toContain('AZ-SAFETY');
      expect(appeal.rules, lang).toContain('AZ-APPEAL-30D');
      expect(insurance.text, lang).not.toContain('AZ-SAFETY');
      expect(appeal.text, lang).not.toContain('AZ-APPEAL-30D');
    }
  });

  it('prefers the safety claim when the order has several', () => {
    const c = safety();
    const both = { ...c, claims: [c.claims[0]!, { ...c.claims[0]!, claimId: '999', claimType: 'a-to-z' as const, filedAt: '2026-11-21T10:00:00-08:00' }] };
    expect(evidenceFor('provide-insurance', both, 'en', NOW).text).toContain('claim 7731550926');
  });
});

describe('over a seller\'s sample orders: no rule id in any text for Amazon, and every figure is the table\'s', () => {
  const RULE_ID = new RegExp(`\\b(?:${POLICY_RULE_IDS.join('|')})\\b`, 'u');
  // A number next to a time word, in the seven languages; a date's day ("11月24日") is not one.
  const FIGURE = /(?<![\d.,:月-])(\d+)(?:\s|\u00a0)?(?:business days?|days?|hours?|Werktagen|Tagen|Stunden|jours|heures|días|horas|giorni|ore|営業日|日以内|時間|个工作日|天|小时)(?![A-Za-z])/gu;
  /** The window each rule the pack may argue from states, from the table. */
  const WINDOW: Partial<Record<PolicyRuleId, number>> = {
    'AZ-APPEAL-30D': APPEAL_DAYS, 'AZ-SAFETY': SAFETY_DAYS, 'RET-REFUND-2D': REFUND_DAYS,
    'MSG-24H': REPLY_HOURS, 'AZ-CONTACT-48H': RESOLVE_HOURS,
  };
  // Decisions, notices and refunds in the sample fall in November 2026: days on which windows are open and closed.
  const NOWS = [NOW, new Date('2026-11-20T12:00:00-08:00'), new Date('2026-12-30T12:00:00-08:00')];
  const c0 = protectedOnTime();
  // An answer on the day after the buyer wrote: the longer reply window.
  const nextDayAnswer: OrderCase = { ...c0, messages: [
    { orderId: ORDER_ID, from: 'buyer', sentAt: '2026-11-19T09:00:00-08:00', text: '' },
    { orderId: ORDER_ID, from: 'seller', sentAt: '2026-11-20T20:00:00-08:00', text: '' },
  ] };
  const orders = [...thousandOrders().filter((_c, i) => i % 5 === 0), c0, returnClaim(), lateShipment(), ownLabel(), nextDayAnswer];

  it('holds in every language, for every action and every day', () => {
    let packs = 0, figures = 0;
    const argued = new Set<string>();
    for (const c of orders) {
      for (const action of ACTIONS) {
        for (const now of NOWS) {
          for (const lang of UI_LANGS) {
            const pack = evidenceFor(action, c, lang, now);
            packs++;
            expect(pack.text, `${c.orderId} ${action} ${lang}`).not.toMatch(RULE_ID);
            for (const s of pack.statements) if (s.rule) expect(pack.rules).toContain(s.rule);
            // The protection argument only where the badge is known and the order has a ship-by date to be on time for.
            if (pack.statements.some((s) => s.rule === 'BS-CLAIMS-PROTECTED')) {
              expect(c.confirmed.claimsProtected ?? c.order.claimsProtected).toBe(true);
              expect(c.confirmed.shipBy ?? c.order.shipBy).not.toBeNull();
            }
            const stated = new Set(pack.rules.map((r) => WINDOW[r]));
            for (const m of pack.text.matchAll(FIGURE)) {
              figures++;
              expect(stated, `"${m[0]}" in ${c.orderId} ${action} ${lang}`).toContain(Number(m[1]));
              for (const r of pack.rules) if (WINDOW[r] === Number(m[1])) argued.add(r);
            }
          }
        }
      }
    }
    expect(packs).toBeGreaterThan(4000);
    expect(figures).toBeGreaterThan(100);
    // Every window the wording can state was stated somewhere, so each was checked against the table.
    expect([...argued].sort()).toEqual(Object.keys(WINDOW).sort());
  });

  it('the patterns find an id and a figure in a letter, and pass a date', () => {
    expect('appeal window until Dec 9; AZ-APPEAL-30D).').toMatch(RULE_ID);
    expect([...'dans les 30\u00a0jours, 2 Werktagen, 7天内, 24時間, 2个工作日'.matchAll(FIGURE)].map((m) => m[1])).toEqual(['30', '2', '7', '24', '2']);
    expect([...'2026年11月24日, November 24, 2026, 20 novembre 2026'.matchAll(FIGURE)]).toEqual([]);
  });
});
