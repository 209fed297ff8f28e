// The order memory: what the extension has seen of each order, across pages and visits, so a claim page can be
// advised with what the order page showed last week. Stored in storage.local WITHOUT buyer personal data:
// no names, addresses, phone numbers or emails, and no message text (only who wrote when).
import type browser from 'webextension-polyfill';
import type { ClaimFacts, ConfirmedFacts, MessageFacts, OrderFacts, PageReading, ReturnFacts } from '../model.ts';

export const SCHEMA_VERSION = 1;
export const MAX_ORDERS = 2_000;

/** A message as remembered: who and when, never what. */
export interface MessageMeta { orderId: string | null; from: MessageFacts['from']; sentAt: string | null; intent?: string | null }

export interface StoredOrder {
  orderId: string;
  marketplace: PageReading['marketplace'];
  order: Partial<OrderFacts>;
  claims: ClaimFacts[];
  returns: ReturnFacts[];
  messages: MessageMeta[];
  confirmed: ConfirmedFacts;
  lastSeen: number;
}

export interface MemoryData { schemaVersion: number; orders: Record<string, StoredOrder> }

type Area = browser.Storage.StorageArea;

export async function loadMemory(area: Area): Promise<MemoryData> {
  const raw = (await area.get(['schemaVersion', 'orders'])) as Partial<MemoryData>;
  if (raw.schemaVersion !== SCHEMA_VERSION || typeof raw.orders !== 'object' || raw.orders === null) {
    return { schemaVersion: SCHEMA_VERSION, orders: {} };
  }
  return { schemaVersion: SCHEMA_VERSION, orders: raw.orders };
}

export async function saveMemory(area: Area, data: MemoryData): Promise<void> {
  await area.set({ schemaVersion: data.schemaVersion, orders: data.orders });
}

const sameMessage = (a: MessageMeta, b: MessageMeta) => a.from === b.from && a.sentAt === b.sentAt;
const sameClaim = (a: ClaimFacts, b: ClaimFacts) => (a.claimId ?? a.filedAt) === (b.claimId ?? b.filedAt) && a.claimType === b.claimType;
const sameReturn = (a: ReturnFacts, b: ReturnFacts) => a.requestedAt === b.requestedAt;

function upsert<T>(list: T[], item: T, same: (a: T, b: T) => boolean): T[] {
  const i = list.findIndex((x) => same(x, item));
  if (i < 0) return [...list, item];
  const copy = list.slice();
  copy[i] = item;
  return copy;
}

/** Fold a reading into memory: newest non-null value wins per field. */
export function remember(data: MemoryData, reading: PageReading, now: number): MemoryData {
  const orders = { ...data.orders };
  const entry = (id: string): StoredOrder => {
    const existing = orders[id];
    const e: StoredOrder = existing
      ? { ...existing, lastSeen: now, marketplace: reading.marketplace ?? existing.marketplace }
      : { orderId: id, marketplace: reading.marketplace, order: {}, claims: [], returns: [], messages: [], confirmed: {}, lastSeen: now };
    orders[id] = e;
    return e;
  };
  for (const o of reading.orders) {
    const e = entry(o.orderId);
    const order = { ...e.order };
    for (const [k, val] of Object.entries(o)) if (val !== null && val !== undefined) (order as Record<string, unknown>)[k] = val;
    e.order = order;
  }
  for (const c of reading.claims) if (c.orderId) { const e = entry(c.orderId); e.claims = upsert(e.claims, c, sameClaim); }
  for (const r of reading.returns) if (r.orderId) { const e = entry(r.orderId); e.returns = upsert(e.returns, r, sameReturn); }
  for (const m of reading.messages) {
    if (!m.orderId) continue;
    const e = entry(m.orderId);
    e.messages = upsert(e.messages, { orderId: m.orderId, from: m.from, sentAt: m.sentAt }, sameMessage);
  }
  return { ...data, orders };
}

export function confirm(data: MemoryData, orderId: string, facts: ConfirmedFacts, now: number): MemoryData {
  const existing = data.orders[orderId];
  const e: StoredOrder = existing ?? { orderId, marketplace: null, order: {}, claims: [], returns: [], messages: [], confirmed: {}, lastSeen: now };
  return { ...data, orders: { ...data.orders, [orderId]: { ...e, confirmed: { ...e.confirmed, ...facts }, lastSeen: now } } };
}

/** Drop orders not seen within the retention period, then the oldest beyond MAX_ORDERS. */
export function prune(data: MemoryData, now: number, retentionDays: number): MemoryData {
  const cutoff = now - retentionDays * 86_400_000;
  const kept = Object.values(data.orders).filter((o) => o.lastSeen >= cutoff)
    .sort((a, b) => b.lastSeen - a.lastSeen).slice(0, MAX_ORDERS);
  return { ...data, orders: Object.fromEntries(kept.map((o) => [o.orderId, o])) };
}

/** A remembered order as a reading, so the same join and rules apply to it. */
export function storedAsReading(o: StoredOrder): PageReading {
  const order = o.order.orderId ? [o.order as OrderFacts] : [];
  return {
    kind: 'unknown', marketplace: o.marketplace, uiLanguage: null, orders: order, claims: o.claims,
    returns: o.returns, messages: o.messages.map((m) => ({ ...m, orderId: m.orderId, text: '' })) as MessageFacts[],
    missing: [],
  };
}
