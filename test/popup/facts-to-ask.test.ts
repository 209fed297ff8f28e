import { describe, expect, it } from 'vitest';
import { factsElsewhere, factsToAsk } from '../../src/popup/facts-to-ask.ts';
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
