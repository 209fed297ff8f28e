// TabStates built the way the background builds them: hand-written page facts, joined and advised by the real
// cores (joinReadings, advise, check). Only the page facts are invented.
import { decideCases } from '../../src/rules/engine.ts';
import { joinReadings } from '../../src/rules/join.ts';
import { check } from '../../src/check/index.ts';
import type { TabState } from '../../src/messaging.ts';
import type { ConfirmedFacts, OrderFacts, OrderId, PageReading } from '../../src/model.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';

export const NOW = new Date('2026-11-24T18:00:00Z');
export const TAB = 42;

export function order(orderId: string, facts: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderId: orderId as OrderId, status: null, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null,
    deliveredAt: null, carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null,
    claimsProtected: null, fulfillment: null, ...facts,
  };
}

export function orderPage(o: OrderFacts, extra: Partial<PageReading> = {}): PageReading {
  const missing = Object.entries(o).filter(([, v]) => v === null).map(([k]) => `orders[0].${k}`);
  return { kind: 'order-details', marketplace: 'US', uiLanguage: 'en', orders: [o], claims: [], messages: [], returns: [], missing, ...extra };
}

export function tabState(reading: PageReading, confirmed: Record<string, ConfirmedFacts> = {}, tabId = TAB): TabState {
  const cases = joinReadings([reading], confirmed);
  return {
    tabId,
    url: `https://sellercentral.amazon.com/orders-v3/order/${reading.orders[0]?.orderId ?? ''}`,
    reading,
    cases,
    advice: decideCases(cases, NOW, SETTINGS_DEFAULTS),
    warnings: reading.draft ? check(reading.draft) : [],
  };
}

/** A background that answers the popup for one tab and remembers confirmed facts, as the real one does. */
export function fakeBackground(reading: PageReading, tabId = TAB) {
  const confirmed: Record<string, ConfirmedFacts> = {};
  const received: unknown[] = [];
  const handler = (raw: unknown): unknown => {
    received.push(raw);
    const msg = raw as { type: string; tabId?: number; orderId?: string; facts?: ConfirmedFacts };
    switch (msg.type) {
      case 'get-active-tab-state': return tabState(reading, confirmed, tabId);
      case 'get-tab-state': return msg.tabId === tabId ? tabState(reading, confirmed, tabId) : null;
      case 'confirm-facts':
        confirmed[msg.orderId!] = { ...confirmed[msg.orderId!], ...msg.facts };
        return tabState(reading, confirmed, msg.tabId ?? tabId);
      case 'get-deadlines': return [];
      default: return undefined;
    }
  };
  return { handler, confirmed, received };
}
