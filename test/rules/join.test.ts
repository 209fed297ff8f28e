// The order memory join: newest reading wins per field, confirmed facts win over readings, lists de-duplicated,
// and the storable form keeps intents without message text.
import { describe, expect, it } from 'vitest';
import type { PageReading } from '../../src/model.ts';
import { advise } from '../../src/rules/index.ts';
import { joinReadings } from '../../src/rules/join.ts';
import { fromStoredCase, toStoredCase } from '../../src/rules/storable.ts';
import { claim, msg, NOW, order, ret } from './builders.ts';
import { referenceReading } from './reference-facts.ts';

const A = '113-4829137-5520614';
const reading = (r: Partial<PageReading>): PageReading => ({
  kind: 'unknown', marketplace: 'US', uiLanguage: 'en', orders: [], claims: [], messages: [], returns: [], missing: [], ...r,
});

describe('joinReadings', () => {
  it('newest non-null value wins per field; nulls never erase what an older page showed', () => {
    const older = reading({ orders: [order(A, { status: 'shipped', shipBy: '2026-11-17T00:00:00-08:00', carrier: 'UPS' })] });
    const newer = reading({ orders: [order(A, { status: 'delivered', carrier: null, deliveredAt: '2026-11-19T14:41:00-08:00' })] });
    const [c] = joinReadings([older, newer]);
    expect(c!.order).toMatchObject({ status: 'delivered', shipBy: '2026-11-17T00:00:00-08:00', carrier: 'UPS', deliveredAt: '2026-11-19T14:41:00-08:00' });
  });

  it('seller-confirmed facts win over every reading', () => {
    const r = reading({ orders: [order(A, { claimsProtected: null, boughtThroughAmazon: true, shipBy: '2026-11-17T00:00:00-08:00' })] });
    const [c] = joinReadings([r], { [A]: { claimsProtected: true, shipBy: '2026-11-18T00:00:00-08:00' } });
    expect(c!.order.claimsProtected).toBe(true);
    expect(c!.order.shipBy).toBe('2026-11-18T00:00:00-08:00');
    expect(c!.confirmed).toEqual({ claimsProtected: true, shipBy: '2026-11-18T00:00:00-08:00' });
  });

  it('joins facts about one order from several pages by order id', () => {
    const cases = joinReadings(['orders-list-us.html', 'order-details-us-buyshipping-delivered.html', 'messages-thread-us.html'].map(referenceReading));
    const c = cases.find((x) => x.orderId === A)!;
    expect(cases.filter((x) => x.orderId === A)).toHaveLength(1);
    expect(c.order.trackingId).toBe('1Z4A87V20398215649');
    expect(c.messages).toHaveLength(1);
    expect(c.messages[0]!.intents).toEqual(['not-received']);
    expect(c.buyerLang).toBe('en');
    expect(cases).toHaveLength(12);
  });

  it('the same page read twice gives each message, claim and return once', () => {
    const page = reading({
      orders: [order(A, { status: 'delivered' })],
      messages: [msg(A, 'buyer', '2026-11-21T09:12:00-08:00', 'I never got it.'), msg(A, 'seller', '2026-11-21T10:00:00-08:00', 'Sorry to hear that.')],
      claims: [claim(A, { filedAt: '2026-11-23T09:00:00-08:00', status: 'Action required', reason: 'Item not received' })],
      returns: [ret(A, { requestedAt: '2026-11-23T08:00:00-08:00', status: 'pending-authorization' })],
    });
    const [c] = joinReadings([page, page, structuredClone(page)]);
    expect(c!.messages).toHaveLength(2);
    expect(c!.claims).toHaveLength(1);
    expect(c!.returns).toHaveLength(1);
  });

  it('a claim or return whose status moved on is updated, not duplicated', () => {
    const before = reading({ claims: [claim(A, { filedAt: '2026-11-05T09:00:00-08:00', status: 'Action required' })], returns: [ret(A, { requestedAt: '2026-11-16T09:00:00-08:00', status: 'authorized' })] });
    const after = reading({ claims: [claim(A, { filedAt: '2026-11-05T09:00:00-08:00', status: 'Granted/Seller Funded', decidedAt: '2026-11-12T09:00:00-08:00', fundedBy: 'seller' })],
      returns: [ret(A, { requestedAt: '2026-11-16T09:00:00-08:00', status: 'received', receivedAt: '2026-11-23T09:00:00-08:00' })] });
    const [c] = joinReadings([before, after]);
    expect(c!.claims).toHaveLength(1);
    expect(c!.claims[0]).toMatchObject({ status: 'Granted/Seller Funded', fundedBy: 'seller' });
    expect(c!.returns).toEqual([expect.objectContaining({ status: 'received', receivedAt: '2026-11-23T09:00:00-08:00' })]);
  });

  it('two different messages on the same day stay two', () => {
    const r = reading({ messages: [msg(A, 'buyer', '2026-11-21T00:00:00-08:00', 'Where is my order?'), msg(A, 'buyer', '2026-11-21T00:00:00-08:00', 'Hello?')] });
    expect(joinReadings([r])[0]!.messages).toHaveLength(2);
  });

  it('a list item without an order id belongs to the page\'s only order', () => {
    const r = reading({ orders: [order(A)], messages: [{ orderId: null, from: 'buyer', sentAt: null, text: 'Where is my order?' }] });
    const [c] = joinReadings([r]);
    expect(c!.messages[0]!.orderId).toBe(A);
  });

  it('buyer language: from the text, else the marketplace\'s language', () => {
    const de = joinReadings([referenceReading('messages-thread-de.html')])[0]!;
    expect(de.buyerLang).toBe('de');
    const jp = joinReadings([referenceReading('order-details-jp.html')])[0]!;
    expect(jp.buyerLang).toBe('ja');
    const unknown = joinReadings([reading({ marketplace: null, orders: [order(A)] })])[0]!;
    expect(unknown.buyerLang).toBeNull();
  });
});

describe('storable form', () => {
  const pages = ['order-details-us-buyshipping-delivered.html', 'messages-thread-us.html'];

  it('drops message text, keeps who, when and the intents', () => {
    const [c] = joinReadings(pages.map(referenceReading));
    const stored = toStoredCase(c!);
    expect(JSON.stringify(stored)).not.toContain('neighbors');
    expect(stored.messages).toEqual([{ orderId: A, from: 'buyer', sentAt: c!.messages[0]!.sentAt, intents: ['not-received'] }]);
    expect(stored.messages.every((m) => !('text' in m))).toBe(true);
  });

  it('gives the same advice from the stored form as from the page', () => {
    const cases = joinReadings(['orders-list-us.html', 'claims-list-us.html', 'messages-thread-de.html', 'returns-us.html', ...pages].map(referenceReading));
    const fromPages = advise(cases, NOW);
    const fromMemory = advise(cases.map(toStoredCase), NOW);
    const strip = (a: typeof fromPages) => a.map((x) => ({ ...x, reply: x.reply ? { lang: x.reply.lang } : null }));
    expect(strip(fromMemory)).toEqual(strip(fromPages));
    expect(fromMemory.find((a) => a.orderId === A)?.action).toBe('direct-to-a-to-z');
  });

  it('joins a stored case back with a fresh reading of the same thread without doubling the message', () => {
    const [c] = joinReadings(pages.map(referenceReading));
    const stored = fromStoredCase(toStoredCase(c!));
    const asReading = reading({ orders: [stored.order], messages: stored.messages });
    const [again] = joinReadings([asReading, referenceReading('messages-thread-us.html')]);
    expect(again!.messages).toHaveLength(1);
    expect(again!.messages[0]!.text).toMatch(/never got it/);
    expect(again!.messages[0]!.intents).toEqual(['not-received']);
  });
});
