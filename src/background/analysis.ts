// Turn what a tab shows plus what memory holds into the popup's TabState. Pure: no browser API here.
import type { TabState, DeadlineItem, WhatChangedItem } from '../messaging.ts';
import { parseOrderId, type PageReading, type SellerSettings } from '../model.ts';
import { joinReadings } from '../rules/join.ts';
import { decideCases } from '../rules/engine.ts';
import { withUnreadPages } from '../rules/situations/confirm-facts.ts';
import { whatChanged } from '../rules/what-changed.ts';
import { storedAsReading, type MemoryData } from './memory.ts';
import { withIntentOverrides, type IntentOverrides } from '../rules/storable.ts';

export function analyseTab(tabId: number, url: string | null, reading: PageReading | null, memory: MemoryData,
  settings: SellerSettings, now: Date, overrides: IntentOverrides = {}): TabState {
  if (!reading) return { tabId, url, reading: null, cases: [], advice: [], warnings: [], analyzedAt: now.toISOString() };
  const ids = new Set<string>([
    ...urlOrderIds(url),
    ...reading.orders.map((o) => o.orderId),
    ...[...reading.claims, ...reading.messages, ...reading.returns].flatMap((x) => (x.orderId ? [x.orderId] : [])),
  ]);
  // Memory first (older), the live reading last, so what the page shows now wins.
  const remembered = [...ids].flatMap((id) => (memory.orders[id] ? [storedAsReading(memory.orders[id])] : []));
  const confirmed = Object.fromEntries([...ids].flatMap((id) => (memory.orders[id] ? [[id, memory.orders[id].confirmed]] : [])));
  // What the seller said a message asks wins over what was derived from its words.
  const cases = withIntentOverrides(joinReadings([...remembered, reading], confirmed), overrides);
  return {
    tabId, url, reading, cases,
    // Decided once, here, in no language: the popup words it and fills in the reply and the draft check
    // (src/popup/complete-state.ts). A page whose records were not read never answers "nothing to do".
    advice: withUnreadPages([reading], decideCases(cases, now, settings)),
    warnings: [],
    analyzedAt: now.toISOString(),
  };
}

/** The order a page is about when only its URL says so (refund page ?orderID=, order and claim paths). */
export function urlOrderIds(url: string | null): string[] {
  if (!url) return [];
  try {
    const u = new URL(url);
    const id = parseOrderId(u.searchParams.get('orderID') ?? u.searchParams.get('orderId') ?? u.pathname);
    return id ? [id] : [];
  } catch {
    return [];
  }
}

/** Every open deadline across remembered orders, soonest first. */
export function openDeadlines(memory: MemoryData, settings: SellerSettings, now: Date, overrides: IntentOverrides = {}): DeadlineItem[] {
  const orders = Object.values(memory.orders);
  const cases = rememberedCases(memory, overrides);
  const byId = new Map(orders.map((o) => [o.orderId, o]));
  return decideCases(cases, now, settings)
    .filter((a) => a.deadline && a.orderId && Date.parse(a.deadline) > now.getTime() - 30 * 86_400_000)
    .map((a) => ({
      orderId: a.orderId!, action: a.action, severity: a.severity, deadline: a.deadline!, title: a.title,
      marketplace: byId.get(a.orderId!)?.marketplace ?? null,
    }))
    .sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline));
}

/** Every remembered order as one case, with what the seller confirmed: the same cases the deadlines come from. */
function rememberedCases(memory: MemoryData, overrides: IntentOverrides = {}) {
  const orders = Object.values(memory.orders);
  return withIntentOverrides(joinReadings(orders.map(storedAsReading), Object.fromEntries(orders.map((o) => [o.orderId, o.confirmed]))), overrides);
}

/** The rule changes of the last twelve months, each with the remembered open orders whose advice rests on it now. */
export function openChanges(memory: MemoryData, settings: SellerSettings, now: Date, overrides: IntentOverrides = {}): WhatChangedItem[] {
  return whatChanged(rememberedCases(memory, overrides), now, settings);
}
