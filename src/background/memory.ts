// The order memory: what the extension has seen of each order, across pages and visits, so a claim page can be
// advised with what the order page showed last week. Stored in storage.local WITHOUT buyer personal data:
// no names, addresses, phone numbers or emails, and no message text (only who wrote when, and what was asked).
// Every write and every load goes through the allow-list in storage-schema.ts; old versions are migrated
// (storage-migrations.ts); data that cannot be understood is reset, and the caller is told why.
import type browser from 'webextension-polyfill';
import type { BuyerIntent, ConfirmedFacts, MessageFacts, OrderFacts, PageReading, StoredMessage } from '../model.ts';
import {
  scrubIntentOverrides, setIntentOverride, scrubClaim, scrubConfirmed, scrubMessage, scrubOrders, scrubReturn, scrubStoredOrder, type StoredOrder,
} from './storage-schema.ts';
import { migrate } from './storage-migrations.ts';
import { toStoredMessage } from '../rules/storable.ts';

export type { StoredOrder } from './storage-schema.ts';

/** v1: messages with one `intent`; v2: messages with `intents` (BuyerIntent[]), allow-listed fields only. */
export const SCHEMA_VERSION = 2;
export const MAX_ORDERS = 2_000;
export const DEFAULT_RETENTION_DAYS = 90;
/** The storage.local keys the memory owns ("forget everything" removes exactly these). */
export const MEMORY_KEYS = ['schemaVersion', 'orders'] as const;
/** What the seller said buyer messages ask, by message key; kept apart from the orders, forgotten with them. */
export const INTENT_OVERRIDES_KEY = 'intentOverrides';
/** Every key "forget everything" removes that belongs to what the extension learnt about orders. */
export const FORGET_KEYS = [...MEMORY_KEYS, INTENT_OVERRIDES_KEY] as const;

/** A message as remembered: who, when and what it asked, never what it said. */
export type MessageMeta = StoredMessage;

export interface MemoryData { schemaVersion: number; orders: Record<string, StoredOrder> }

/**
 * Why stored memory was thrown away on load, if it was: `corrupt` (not memory this extension wrote, or a
 * version with no migration), `future-version` (written by a newer Claimwise: cannot be read, will be replaced).
 */
export type MemoryReset = null | 'corrupt' | 'future-version';

export interface LoadedMemory {
  data: MemoryData;
  reset: MemoryReset;
  /** Orders dropped whole because they failed validation (bad fields inside an order are dropped silently). */
  dropped: number;
  /** The version the data was migrated from, or null when it was current (or empty). */
  migratedFrom: number | null;
}

/** The part of a storage area the memory needs (browser.storage.local, or a fake in tests). */
export type Area = Pick<browser.Storage.StorageArea, 'get' | 'set' | 'remove'>;

const empty = (): MemoryData => ({ schemaVersion: SCHEMA_VERSION, orders: {} });
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Newest `MAX_ORDERS` by last seen. */
function capOrders(orders: Record<string, StoredOrder>): Record<string, StoredOrder> {
  const list = Object.values(orders);
  if (list.length <= MAX_ORDERS) return orders;
  return Object.fromEntries(list.sort((a, b) => b.lastSeen - a.lastSeen).slice(0, MAX_ORDERS).map((o) => [o.orderId, o]));
}

/** Interpret what storage holds. Pure and total: never throws, whatever `raw` is. */
export function decodeMemory(raw: unknown): LoadedMemory {
  const stored = isRecord(raw) ? raw : {};
  const version = stored.schemaVersion;
  const orders = stored.orders;
  if (version === undefined && orders === undefined) return { data: empty(), reset: null, dropped: 0, migratedFrom: null };
  const reset = (why: Exclude<MemoryReset, null>): LoadedMemory => ({ data: empty(), reset: why, dropped: 0, migratedFrom: null });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return reset('corrupt');
  if (version > SCHEMA_VERSION) return reset('future-version');
  if (!isRecord(orders)) return reset('corrupt');
  let current: Record<string, unknown> | null;
  try {
    current = migrate(orders, version, SCHEMA_VERSION);
  } catch {
    current = null;
  }
  if (!current) return reset('corrupt');
  const scrubbed = scrubOrders(current);
  return {
    data: { schemaVersion: SCHEMA_VERSION, orders: capOrders(scrubbed.orders) },
    reset: null,
    dropped: scrubbed.dropped,
    migratedFrom: version === SCHEMA_VERSION ? null : version,
  };
}

/** Memory with what happened on the way in. Rejects only if the storage API itself fails. */
export async function readMemory(area: Area): Promise<LoadedMemory> {
  return decodeMemory(await area.get([...MEMORY_KEYS]));
}

/** Memory, reset or migrated as needed (see readMemory for why). */
export async function loadMemory(area: Area): Promise<MemoryData> {
  return (await readMemory(area)).data;
}

/** Write memory at the current version, through the allow-list and the count bound. */
export async function saveMemory(area: Area, data: MemoryData): Promise<void> {
  await area.set({ schemaVersion: SCHEMA_VERSION, orders: capOrders(scrubOrders(data.orders).orders) });
}

export async function forgetMemory(area: Area): Promise<void> {
  await area.remove([...FORGET_KEYS]);
}

/** The seller's intent corrections, through the allow-list (invalid entries dropped, never thrown on). */
export async function loadIntentOverrides(area: Area): Promise<Record<string, BuyerIntent[]>> {
  const got = await area.get(INTENT_OVERRIDES_KEY);
  return scrubIntentOverrides(got[INTENT_OVERRIDES_KEY]);
}

/** Remember the seller's reading of one message as the newest correction (the oldest beyond the bound go). */
export async function saveIntentOverride(area: Area, key: string, intents: BuyerIntent[]): Promise<void> {
  const next = setIntentOverride(await loadIntentOverrides(area), key, intents);
  await area.set({ [INTENT_OVERRIDES_KEY]: next });
}

const sameMessage = (a: StoredMessage, b: StoredMessage) => a.from === b.from && a.sentAt === b.sentAt;
const sameClaim = (a: StoredOrder['claims'][number], b: StoredOrder['claims'][number]) =>
  (a.claimId ?? a.filedAt) === (b.claimId ?? b.filedAt) && a.claimType === b.claimType;
const sameReturn = (a: StoredOrder['returns'][number], b: StoredOrder['returns'][number]) => a.requestedAt === b.requestedAt;

function upsert<T>(list: T[], item: T, same: (a: T, b: T) => boolean, merge: (old: T, item: T) => T = (_, x) => x): T[] {
  const i = list.findIndex((x) => same(x, item));
  if (i < 0) return [...list, item];
  const copy = list.slice();
  copy[i] = merge(copy[i]!, item);
  return copy;
}

const mergeMessage = (old: StoredMessage, m: StoredMessage): StoredMessage =>
  ({ ...m, intents: [...new Set([...old.intents, ...m.intents])] });

const newOrder = (orderId: string, now: number): StoredOrder =>
  ({ orderId, marketplace: null, order: {}, claims: [], returns: [], messages: [], confirmed: {}, lastSeen: now });

/** Fold a reading into memory: newest non-null value wins per field. Only allow-listed facts are kept. */
export function remember(data: MemoryData, reading: PageReading, now: number): MemoryData {
  const orders = { ...data.orders };
  const touched = new Map<string, StoredOrder>();
  const entry = (id: string): StoredOrder => {
    let e = touched.get(id);
    if (!e) {
      const existing = orders[id];
      e = existing ? { ...existing } : newOrder(id, now);
      e.lastSeen = now;
      e.marketplace = reading.marketplace ?? e.marketplace;
      touched.set(id, e);
    }
    return e;
  };
  for (const o of reading.orders) {
    const e = entry(o.orderId);
    const order: Record<string, unknown> = { ...e.order };
    for (const [k, val] of Object.entries(o)) if (val !== null && val !== undefined) order[k] = val;
    e.order = order;
  }
  for (const c of reading.claims) {
    const claim = c.orderId ? scrubClaim(c) : null;
    if (claim) { const e = entry(c.orderId!); e.claims = upsert(e.claims, claim, sameClaim); }
  }
  for (const r of reading.returns) {
    const ret = r.orderId ? scrubReturn(r) : null;
    if (ret) { const e = entry(r.orderId!); e.returns = upsert(e.returns, ret, sameReturn); }
  }
  for (const m of reading.messages) {
    // Only who, when and what was asked: the text is never copied (scrubMessage has no text field either).
    const meta = m.orderId ? scrubMessage(toStoredMessage(m)) : null;
    if (meta) { const e = entry(m.orderId!); e.messages = upsert(e.messages, meta, sameMessage, mergeMessage); }
  }
  for (const [id, e] of touched) {
    const clean = scrubStoredOrder(e, id);
    if (clean) orders[id] = clean;
  }
  return { schemaVersion: SCHEMA_VERSION, orders };
}

/** Facts the seller confirmed in the popup; they win over readings. An unusable order id changes nothing. */
export function confirm(data: MemoryData, orderId: string, facts: ConfirmedFacts, now: number): MemoryData {
  const e = data.orders[orderId] ?? newOrder(orderId, now);
  const clean = scrubStoredOrder({ ...e, confirmed: { ...e.confirmed, ...scrubConfirmed(facts) }, lastSeen: now }, orderId);
  return clean ? { ...data, orders: { ...data.orders, [orderId]: clean } } : data;
}

/** Drop orders not seen within the retention period, then the oldest beyond MAX_ORDERS. */
export function prune(data: MemoryData, now: number, retentionDays: number): MemoryData {
  const days = Number.isFinite(retentionDays) && retentionDays > 0 ? retentionDays : DEFAULT_RETENTION_DAYS;
  const cutoff = now - days * 86_400_000;
  const kept = Object.values(data.orders).filter((o) => o.lastSeen >= cutoff)
    .sort((a, b) => b.lastSeen - a.lastSeen).slice(0, MAX_ORDERS);
  return { ...data, orders: Object.fromEntries(kept.map((o) => [o.orderId, o])) };
}

/** A remembered order as a reading, so the same join and rules apply to it. Messages come back without text. */
export function storedAsReading(o: StoredOrder): PageReading {
  const order = o.order.orderId ? [o.order as OrderFacts] : [];
  const messages: MessageFacts[] = o.messages.map((m) => ({
    orderId: m.orderId, from: m.from, sentAt: m.sentAt, text: '', intents: m.intents, unsure: m.unsure, runnerUp: m.runnerUp,
  }));
  return {
    kind: 'unknown', marketplace: o.marketplace, uiLanguage: null, orders: order, claims: o.claims,
    returns: o.returns, messages, missing: [],
  };
}
