// Background pieces that decide things: badge, reminders, guards, senders, URL order ids.
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/background/badge.ts';
import { planAlarms, parseAlarmName } from '../../src/background/reminders.ts';
import { guardsFor, guardKey } from '../../src/background/guards.ts';
import { isOwnContentScript, isOwnExtensionPage, isSellerCentralUrl } from '../../src/background/senders.ts';
import { urlOrderIds } from '../../src/background/analysis.ts';
import type { OrderCase, OrderId } from '../../src/model.ts';
import type { Decision as Advice } from '../../src/rules/decision.ts';

const advice = (severity: Advice['severity'], action: Advice['action'] = 'reply-to-buyer', orderId = '113-4829137-5520614'): Advice => ({
  orderId: orderId as OrderId, action, severity, deadline: null, rules: [], title: [], why: [], doNot: [], replyLang: null,
});

const order = (id: string, over: Partial<OrderCase['order']> = {}): OrderCase => ({
  orderId: id as OrderId, marketplace: 'US', claims: [], messages: [], returns: [], confirmed: {},
  order: { orderId: id as OrderId, status: null, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null, deliveredAt: null,
    carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null, claimsProtected: null, fulfillment: null, ...over },
});

describe('badge', () => {
  it('counts critical and warning advice and takes the worst colour', () => {
    expect(badgeFor([])).toEqual({ text: '', color: '#137351' });
    expect(badgeFor([advice('info')]).text).toBe('');
    const w = badgeFor([advice('warning'), advice('info')]);
    const c = badgeFor([advice('warning'), advice('critical')]);
    expect(w.text).toBe('1');
    expect(c.text).toBe('2');
    expect(c.color).not.toBe(w.color);
  });
});

describe('reminders', () => {
  const now = Date.parse('2026-11-24T18:00:00Z');
  const item = { orderId: '113-4829137-5520614', action: 'respond-to-claim' as const, severity: 'critical' as const, deadline: '2026-11-26T08:00:00Z', title: [], marketplace: 'US' };

  it('plans one alarm per lead time still in the future, named without buyer data', () => {
    const plans = planAlarms([item], [24, 4, 48], now);
    expect(plans.map((p) => new Date(p.when).toISOString())).toEqual(['2026-11-25T08:00:00.000Z', '2026-11-26T04:00:00.000Z']);
    expect(parseAlarmName(plans[0]!.name)).toEqual({ orderId: item.orderId, action: 'respond-to-claim', leadHours: 24 });
  });

  it('ignores alarms that are not ours', () => {
    expect(parseAlarmName('something-else')).toBeNull();
    expect(parseAlarmName('deadline|only-one-part')).toBeNull();
  });
});

describe('guardsFor', () => {
  it('pending orders get the do-not-ship guard', () => {
    expect(guardsFor([order('114-2291847-6603925', { status: 'pending' })], [], new Set()).map((g) => g.kind)).toEqual(['pending-no-ship']);
  });

  it('a protected order gets the refund guard only when disputed', () => {
    const c = order('113-4829137-5520614', { claimsProtected: true, status: 'delivered' });
    expect(guardsFor([c], [], new Set())).toEqual([]);
    expect(guardsFor([c], [advice('critical', 'direct-to-a-to-z')], new Set()).map((g) => g.kind)).toEqual(['protected-no-refund']);
    const unprotected = order('113-4829137-5520614', { claimsProtected: null });
    expect(guardsFor([unprotected], [advice('critical', 'direct-to-a-to-z')], new Set())).toEqual([]);
  });

  it('keeps a dismissed guard away for that order only', () => {
    const a = order('114-2291847-6603925', { status: 'pending' });
    const b = order('114-0000000-0000001', { status: 'pending' });
    const dismissed = new Set([guardKey({ orderId: '114-2291847-6603925', kind: 'pending-no-ship' })]);
    expect(guardsFor([a, b], [], dismissed).map((g) => g.orderId)).toEqual(['114-0000000-0000001']);
  });
});

describe('senders', () => {
  it('accepts readings only from our content script on a Seller Central tab', () => {
    const tab = { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
    expect(isOwnContentScript({ id: 'me', tab, url: 'https://sellercentral.amazon.de/orders-v3' }, 'me')).toBe(true);
    expect(isOwnContentScript({ id: 'me', tab, url: 'https://sellercentral.amazon.de.evil.example/orders-v3' }, 'me')).toBe(false);
    expect(isOwnContentScript({ id: 'other', tab, url: 'https://sellercentral.amazon.de/' }, 'me')).toBe(false);
    expect(isOwnContentScript({ id: 'me', url: 'https://sellercentral.amazon.de/' }, 'me')).toBe(false);
    expect(isSellerCentralUrl('http://sellercentral.amazon.com/')).toBe(false);
    expect(isSellerCentralUrl('https://sellercentral-japan.amazon.com/x')).toBe(true);
  });

  it('accepts UI requests only from our own extension pages', () => {
    expect(isOwnExtensionPage({ id: 'me', url: 'chrome-extension://me/popup.html?tab=1' }, 'me', 'chrome-extension://me/')).toBe(true);
    expect(isOwnExtensionPage({ id: 'me', url: 'https://sellercentral.amazon.com/' }, 'me', 'chrome-extension://me/')).toBe(false);
    expect(isOwnExtensionPage({ id: 'me' }, 'me', 'chrome-extension://me/')).toBe(false);
  });
});

describe('urlOrderIds', () => {
  it('finds the order a refund page or order page is about', () => {
    expect(urlOrderIds('https://sellercentral.amazon.com/gp/orders-v2/refund?orderID=113-4829137-5520614')).toEqual(['113-4829137-5520614']);
    expect(urlOrderIds('https://sellercentral.amazon.com/orders-v3/order/112-7730914-2068351')).toEqual(['112-7730914-2068351']);
    expect(urlOrderIds('https://sellercentral.amazon.com/orders-v3')).toEqual([]);
    expect(urlOrderIds(null)).toEqual([]);
  });
});
