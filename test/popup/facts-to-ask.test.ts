import { describe, expect, it } from 'vitest';
import { CONFIRMABLE, factsElsewhere, factsToAsk } from '../../src/popup/facts-to-ask.ts';
import { ELSEWHERE } from '../../src/popup/components/FactsPanel.tsx';
import { EN_PHRASES } from '../../src/words/advice/en.ts';
import { joinReadings } from '../../src/rules/join.ts';
import type { Advice } from '../../src/model.ts';
import { order, orderPage } from './fixtures.ts';

const caseOf = (facts: Parameters<typeof order>[1]) => joinReadings([orderPage(order('113-4829137-5520614', facts))])[0]!;

describe('factsToAsk', () => {
  it('asks about Buy Shipping protection and the delivery day when a delivered order does not show them', () => {
    expect(factsToAsk(caseOf({ status: 'delivered' }), [])).toEqual(['claimsProtected', 'boughtThroughAmazon', 'deliveredAt']);
  });

  it('does not ask about protection for an own label, nor about what the page showed', () => {
    expect(factsToAsk(caseOf({ status: 'shipped', boughtThroughAmazon: false }), [])).toEqual([]);
    expect(factsToAsk(caseOf({ status: 'delivered', boughtThroughAmazon: true, claimsProtected: true, deliveredAt: '2026-11-19T00:00:00-08:00' }), [])).toEqual([]);
  });

  it('asks for the status when the page did not show it', () => {
    expect(factsToAsk(caseOf({}), [])).toEqual(['status']);
  });

  it('adds what a confirm-facts advice for this order names, and only confirmable facts', () => {
    const c = caseOf({ status: 'unshipped' });
    const ask: Advice = {
      orderId: c.orderId, action: 'confirm-facts', severity: 'warning', deadline: null, rules: [], title: '', why: '',
      doNot: [], reply: null, confirm: ['shipBy', 'carrier', 'firstScanAt'],
    };
    const other: Advice = { ...ask, orderId: null, confirm: ['deliverBy'] };
    expect(factsToAsk(c, [ask, other])).toEqual(['firstScanAt', 'shipBy']);
    expect(factsElsewhere(c, [ask, other])).toEqual(['carrier']);
    expect(factsElsewhere(c, [{ ...ask, confirm: ['claim.fundedBy', 'claim.fundedBy', 'status'] }])).toEqual(['claim.fundedBy']);
  });
});

describe('every fact the advice can ask for', () => {
  // The facts a confirm-facts decision can name are the ones its phrase keys spell out ("confirm.need.<a>+<b>|<rules>").
  const asked = [...new Set(Object.keys(EN_PHRASES).flatMap((k) => /^confirm\.need\.([^|]+)\|/.exec(k)?.[1]?.split('+') ?? []))];

  it('is found among the phrase keys', () => {
    expect(asked.length).toBeGreaterThan(5);
  });

  it('can be entered in the popup or is named by a label of its own (never a raw field name)', () => {
    const unnamed = asked.filter((f) => !(CONFIRMABLE as readonly string[]).includes(f) && ELSEWHERE[f] === undefined);
    expect(unnamed).toEqual([]);
  });
});
