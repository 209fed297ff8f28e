// A "where is my order?" the seller has already answered, while the parcel is still within its promise, needs no
// second tracking answer; a buyer who writes again after the answer is owed one again.
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/rules/index.ts';
import type { BuyerIntent, OrderCase } from '../../src/model.ts';
import { caseOf, NOW } from './builders.ts';

const asked = (c: OrderCase, intents: BuyerIntent[]) =>
  ({ ...c, messages: c.messages.map((m) => (m.from === 'buyer' ? { ...m, intents, unsure: false } : m)) });

function actions(messages: Array<['buyer' | 'seller', string, string]>, intents: BuyerIntent[] = ['where-is-my-order']): string[] {
  const c = caseOf({ marketplace: 'ES', order: { status: 'shipped', purchaseDate: '2026-11-18T10:00:00Z',
    shipBy: '2026-11-20T23:59:59Z', deliverBy: '2026-11-27T23:59:59Z' }, messages });
  return advise([asked(c, intents)], NOW).map((a) => a.action);
}

const question: ['buyer', string, string] = ['buyer', '2026-11-23T18:12:00Z', '¿Cuándo llega el pedido?'];
const answer: ['seller', string, string] = ['seller', '2026-11-24T08:05:00Z', 'Salió ayer con Correos Express; llega entre el 25 y el 27.'];

describe('a question about where the parcel is, within its promise', () => {
  it('unanswered: share the tracking', () => {
    expect(actions([question])).toContain('share-tracking');
  });

  it('answered by the seller since: nothing more to share', () => {
    const out = actions([question, answer]);
    expect(out).not.toContain('share-tracking');
    expect(out).not.toContain('reply-to-buyer');
  });

  it('asked again after the answer: share it again', () => {
    expect(actions([question, answer, ['buyer', '2026-11-24T12:00:00Z', '¿Y el número de seguimiento?']])).toContain('share-tracking');
  });

  it('a parcel past its promise stays a complaint however the seller answered', () => {
    const c = caseOf({ marketplace: 'ES', order: { status: 'shipped', purchaseDate: '2026-11-10T10:00:00Z',
      shipBy: '2026-11-12T23:59:59Z', deliverBy: '2026-11-20T23:59:59Z', boughtThroughAmazon: false }, messages: [question, answer] });
    expect(advise([asked(c, ['not-received'])], NOW).map((a) => a.action)).toContain('refund-or-reship');
  });
});
