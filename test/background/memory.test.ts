// The order memory against a fake storage area: versions and migrations, resets, validation on load, the
// allow-list on write, and the bounds (count and age).
import { describe, expect, it } from 'vitest';
import {
  MAX_ORDERS, MEMORY_KEYS, SCHEMA_VERSION, confirm, decodeMemory, forgetMemory, loadMemory, prune, readMemory, remember,
  saveMemory, storedAsReading, type MemoryData,
} from '../../src/background/memory.ts';
import { MIGRATIONS, migrate } from '../../src/background/storage-migrations.ts';
import type { OrderId, PageReading } from '../../src/model.ts';
import { fakeArea } from './fake-storage.ts';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const ID = '113-4829137-5520614' as OrderId;

const reading = (over: Partial<PageReading> = {}): PageReading => ({
  kind: 'order-details', marketplace: 'US', uiLanguage: 'en', orders: [], claims: [], messages: [], returns: [], missing: [], ...over,
});
const order = (orderId: string, extra: Record<string, unknown> = {}) => ({
  orderId: orderId as OrderId, status: 'delivered' as const, purchaseDate: '2026-11-14T08:00:00-08:00', shipBy: '2026-11-17T00:00:00-08:00',
  deliverBy: '2026-11-23T00:00:00-08:00', shippedAt: null, deliveredAt: '2026-11-19T00:00:00-08:00', carrier: 'UPS',
  trackingId: '1Z4A87V20398215649', shippingService: 'UPS Ground', boughtThroughAmazon: true, claimsProtected: true,
  fulfillment: 'MFN' as const, ...extra,
});
const storedOrder = (orderId: string, lastSeen: number, extra: Record<string, unknown> = {}) => ({
  orderId, marketplace: 'US', order: { orderId, status: 'shipped' }, claims: [], returns: [], messages: [], confirmed: {}, lastSeen, ...extra,
});

describe('loading', () => {
  it('starts empty, without a reset, when storage holds nothing', async () => {
    const r = await readMemory(fakeArea());
    expect(r).toEqual({ data: { schemaVersion: SCHEMA_VERSION, orders: {} }, reset: null, dropped: 0, migratedFrom: null });
  });

  it('reads back what it wrote', async () => {
    const area = fakeArea();
    const data = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ orders: [order(ID)] }), NOW);
    await saveMemory(area, data);
    const back = await readMemory(area);
    expect(back.reset).toBeNull();
    expect(back.data).toEqual(data);
    expect(back.data.orders[ID]!.order.carrier).toBe('UPS');
  });

  it('keeps the old name working: loadMemory gives the data alone', async () => {
    const area = fakeArea({ schemaVersion: SCHEMA_VERSION, orders: { [ID]: storedOrder(ID, NOW) } });
    expect(Object.keys((await loadMemory(area)).orders)).toEqual([ID]);
  });

  it('resets data written by a newer version, and says so', async () => {
    const area = fakeArea({ schemaVersion: SCHEMA_VERSION + 1, orders: { [ID]: storedOrder(ID, NOW) } });
    const r = await readMemory(area);
    expect(r.reset).toBe('future-version');
    expect(r.data.orders).toEqual({});
  });

  it.each([
    ['a version that is not a number', { schemaVersion: '2', orders: {} }],
    ['a fractional version', { schemaVersion: 1.5, orders: {} }],
    ['version zero (no migration from it)', { schemaVersion: 0, orders: {} }],
    ['a negative version', { schemaVersion: -3, orders: {} }],
    ['orders that are a list', { schemaVersion: SCHEMA_VERSION, orders: [storedOrder(ID, NOW)] }],
    ['orders that are a string', { schemaVersion: SCHEMA_VERSION, orders: 'x' }],
    ['orders that are null', { schemaVersion: SCHEMA_VERSION, orders: null }],
    ['orders without a version (foreign data)', { orders: { [ID]: storedOrder(ID, NOW) } }],
    ['a version without orders', { schemaVersion: SCHEMA_VERSION }],
  ])('resets %s as corrupt', async (_, stored) => {
    const r = await readMemory(fakeArea(stored));
    expect(r.reset).toBe('corrupt');
    expect(r.data).toEqual({ schemaVersion: SCHEMA_VERSION, orders: {} });
  });

  it('never throws on whatever storage returns', () => {
    for (const raw of [undefined, null, 0, 'x', [], [1], { schemaVersion: {} }, { schemaVersion: 2, orders: { a: 1, b: null, c: [] } }]) {
      expect(() => decodeMemory(raw)).not.toThrow();
    }
  });

  it('drops orders that fail validation and counts them, keeping the good ones', async () => {
    const good = storedOrder(ID, NOW);
    const area = fakeArea({
      schemaVersion: SCHEMA_VERSION,
      orders: {
        [ID]: good,
        '111-0000000-0000001': storedOrder('111-0000000-0000002', NOW), // filed under another id
        '111-0000000-0000003': { ...storedOrder('111-0000000-0000003', NOW), lastSeen: 'yesterday' },
        '111-0000000-0000004': 'not an order',
        '<script>': storedOrder('<script>', NOW),
      },
    });
    const r = await readMemory(area);
    expect(r.reset).toBeNull();
    expect(r.dropped).toBe(4);
    expect(Object.keys(r.data.orders)).toEqual([ID]);
  });

  it('drops bad fields and bad list items inside an order, not the whole order', async () => {
    const area = fakeArea({
      schemaVersion: SCHEMA_VERSION,
      orders: {
        [ID]: storedOrder(ID, NOW, {
          marketplace: 'Atlantis',
          order: { orderId: ID, status: 'teleported', shipBy: 'next week', carrier: 'UPS', claimsProtected: 'yes' },
          claims: [
            { orderId: ID, claimType: 'a-to-z', reason: 'Item not received', status: 'Action required', amount: { value: 64.99, currency: 'USD' }, filedAt: '2026-11-23T10:00:00-08:00', respondBy: null, decidedAt: null, fundedBy: null },
            { orderId: ID, claimType: 'lawsuit' },
            42,
          ],
          messages: [{ orderId: ID, from: 'buyer', sentAt: '2026-11-21T09:12:00-08:00', intents: ['not-received', 'world-peace'] }, { from: 'martian' }],
          confirmed: { claimsProtected: true, status: 'nope' },
        }),
      },
    });
    const { data, dropped } = await readMemory(area);
    expect(dropped).toBe(0);
    const o = data.orders[ID]!;
    expect(o.marketplace).toBeNull();
    expect(o.order).toEqual({ orderId: ID, carrier: 'UPS' });
    expect(o.claims).toHaveLength(1);
    expect(o.claims[0]!.reason).toBe('Item not received');
    expect(o.messages).toEqual([{ orderId: ID, from: 'buyer', sentAt: '2026-11-21T09:12:00-08:00', intents: ['not-received'] }]);
    expect(o.confirmed).toEqual({ claimsProtected: true });
  });

  it('keeps at most MAX_ORDERS on load, the most recently seen', async () => {
    const orders = Object.fromEntries(Array.from({ length: MAX_ORDERS + 5 }, (_, i) => {
      const id = `111-${String(i).padStart(7, '0')}-0000000`;
      return [id, storedOrder(id, NOW - i * 1000)];
    }));
    const { data } = await readMemory(fakeArea({ schemaVersion: SCHEMA_VERSION, orders }));
    expect(Object.keys(data.orders)).toHaveLength(MAX_ORDERS);
    expect(data.orders['111-0000000-0000000']).toBeDefined();
    expect(data.orders[`111-${String(MAX_ORDERS + 4).padStart(7, '0')}-0000000`]).toBeUndefined();
  });
});

describe('migrations', () => {
  it('has a step from every version before the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
  });

  it('reports a missing step instead of guessing', () => {
    expect(migrate({}, 0, SCHEMA_VERSION)).toBeNull();
  });

  it('brings v1 memory (one intent string per message) to the current version', async () => {
    const v1 = {
      schemaVersion: 1,
      orders: {
        [ID]: storedOrder(ID, NOW, {
          messages: [
            { orderId: ID, from: 'buyer', sentAt: '2026-11-21T09:12:00-08:00', intent: 'not-received' },
            { orderId: ID, from: 'seller', sentAt: '2026-11-21T10:00:00-08:00', intent: null },
            { orderId: ID, from: 'buyer', sentAt: '2026-11-22T10:00:00-08:00', intent: 'made-up' },
          ],
        }),
      },
    };
    const area = fakeArea(v1);
    const r = await readMemory(area);
    expect(r.reset).toBeNull();
    expect(r.migratedFrom).toBe(1);
    expect(r.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.data.orders[ID]!.messages.map((m) => m.intents)).toEqual([['not-received'], [], []]);
    // Saving writes the current version, so the migration runs once.
    await saveMemory(area, r.data);
    expect(JSON.parse(area.dump())).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect((await readMemory(area)).migratedFrom).toBeNull();
  });
});

describe('writing holds no buyer personal data', () => {
  const pii = {
    buyerName: 'Dana Whitfield', recipientName: 'Dana Whitfield', address: '2150 Linden Ridge Dr Apt 4B',
    addressLines: ['2150 Linden Ridge Dr Apt 4B', 'COLUMBUS, OH 43215-3804'], phone: '+1 614-555-0139',
    email: 'dana.whitfield@example.com', postalCode: '43215-3804',
  };
  const leaked = (dump: string) => Object.values(pii).flat().filter((s) => dump.includes(s));

  it('drops every field outside the allow-list, whoever put it there', async () => {
    const area = fakeArea();
    const data = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ orders: [order(ID, pii)] }), NOW);
    // Even memory built by hand (bypassing remember) is scrubbed on save.
    const handMade: MemoryData = { schemaVersion: SCHEMA_VERSION, orders: { [ID]: { ...data.orders[ID]!, ...pii, order: { ...data.orders[ID]!.order, ...pii } } } };
    await saveMemory(area, handMade);
    expect(leaked(area.dump())).toEqual([]);
    expect((await loadMemory(area)).orders[ID]!.order.carrier).toBe('UPS');
  });

  it('keeps the ship-to country as a code and drops an address in its place', () => {
    const m1 = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ orders: [order(ID, { shipToCountry: 'US' })] }), NOW);
    expect(m1.orders[ID]!.order.shipToCountry).toBe('US');
    const m2 = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ orders: [order(ID, { shipToCountry: '2150 Linden Ridge Dr, Columbus' })] }), NOW);
    expect(m2.orders[ID]!.order.shipToCountry).toBeUndefined();
  });

  it('drops free text that holds an email address or a phone number', () => {
    const m = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({
      orders: [order(ID, { carrier: 'call me +1 614-555-0139', shippingService: 'dana.whitfield@example.com' })],
      claims: [{ orderId: ID, claimType: 'a-to-z', reason: 'Write to dana.whitfield@example.com', status: 'Action required', amount: null, filedAt: null, respondBy: null, decidedAt: null, fundedBy: null }],
      returns: [{ orderId: ID, status: 'received', requestedAt: null, receivedAt: null, refundedAt: null, reason: 'Phone (614) 555-0139 first' }],
    }), NOW);
    const dump = JSON.stringify(m);
    expect(leaked(dump)).toEqual([]);
    expect(m.orders[ID]!.claims).toEqual([]);
    expect(m.orders[ID]!.returns).toEqual([]);
    // Ordinary displayed text with dates and ids is kept.
    const ok = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({
      claims: [{ orderId: ID, claimType: 'a-to-z', reason: 'Item not received', status: 'Resolved on 2026-11-22', amount: null, filedAt: null, respondBy: null, decidedAt: null, fundedBy: null }],
    }), NOW);
    expect(ok.orders[ID]!.claims[0]!.status).toBe('Resolved on 2026-11-22');
  });

  it('never keeps message text, only who, when and what was asked', async () => {
    const text = 'Hi, the tracking says my package was delivered on Thursday, Nov 19, but I never got it.';
    const area = fakeArea();
    const m = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({
      kind: 'messages',
      messages: [{ orderId: ID, from: 'buyer', sentAt: '2026-11-21T09:12:00-08:00', text, intents: ['not-received'] }],
      draft: 'Hi Dana, please write to me at dana.whitfield@example.com',
    }), NOW);
    await saveMemory(area, m);
    expect(area.dump()).not.toContain('tracking says');
    expect(area.dump()).not.toContain('Hi Dana');
    expect(area.dump()).not.toMatch(/"text"|"draft"/);
    const msg = (await loadMemory(area)).orders[ID]!.messages[0]!;
    expect(msg).toEqual({ orderId: ID, from: 'buyer', sentAt: '2026-11-21T09:12:00-08:00', intents: ['not-received'] });
    // Read back as a reading, the message has an empty text (rules see that a message exists, not its words).
    expect(storedAsReading((await loadMemory(area)).orders[ID]!).messages[0]!.text).toBe('');
  });
});

describe('remember, confirm', () => {
  it('merges readings of one order: newest non-null value wins per field', () => {
    const a = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ orders: [order(ID, { status: 'shipped', deliveredAt: null })] }), NOW - DAY);
    const b = remember(a, reading({ kind: 'order-list', orders: [order(ID, { status: 'delivered', carrier: null })] }), NOW);
    expect(b.orders[ID]!.order.status).toBe('delivered');
    expect(b.orders[ID]!.order.carrier).toBe('UPS');
    expect(b.orders[ID]!.lastSeen).toBe(NOW);
  });

  it('joins the same message seen twice and unions what it asked', () => {
    const msg = { orderId: ID, from: 'buyer' as const, sentAt: '2026-11-21T09:12:00-08:00', text: 'x' };
    const a = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ messages: [{ ...msg, intents: ['not-received'] }] }), NOW);
    const b = remember(a, reading({ messages: [{ ...msg, intents: ['return'] }] }), NOW);
    expect(b.orders[ID]!.messages).toHaveLength(1);
    expect(b.orders[ID]!.messages[0]!.intents).toEqual(['not-received', 'return']);
  });

  it('stores confirmed facts through the allow-list and ignores an unusable order id', () => {
    const m = confirm({ schemaVersion: SCHEMA_VERSION, orders: {} }, ID, { claimsProtected: true, ...({ buyerName: 'Dana Whitfield' } as object) }, NOW);
    expect(m.orders[ID]!.confirmed).toEqual({ claimsProtected: true });
    const same = confirm(m, 'not an id <b>', { claimsProtected: false }, NOW);
    expect(same).toBe(m);
  });
});

describe('bounds', () => {
  it('forgets orders not seen within the retention period', () => {
    const data: MemoryData = { schemaVersion: SCHEMA_VERSION, orders: {} };
    let m = remember(data, reading({ orders: [order('111-0000000-0000001')] }), NOW - 91 * DAY);
    m = remember(m, reading({ orders: [order('111-0000000-0000002')] }), NOW - 89 * DAY);
    expect(Object.keys(prune(m, NOW, 90).orders)).toEqual(['111-0000000-0000002']);
    expect(Object.keys(prune(m, NOW, 30).orders)).toEqual([]);
  });

  it('falls back to the default retention on a nonsense setting instead of dropping everything', () => {
    const m = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ orders: [order(ID)] }), NOW - DAY);
    expect(Object.keys(prune(m, NOW, Number.NaN).orders)).toEqual([ID]);
    expect(Object.keys(prune(m, NOW, -5).orders)).toEqual([ID]);
  });

  it('keeps at most MAX_ORDERS, the most recently seen, on prune and on save', async () => {
    let m: MemoryData = { schemaVersion: SCHEMA_VERSION, orders: {} };
    const ids = Array.from({ length: MAX_ORDERS + 3 }, (_, i) => `112-${String(i).padStart(7, '0')}-0000000`);
    m = remember(m, reading({ kind: 'order-list', orders: ids.map((id) => order(id)) }), NOW);
    // Same lastSeen for all: give the first three an older one so they are the ones dropped.
    for (const id of ids.slice(0, 3)) m.orders[id] = { ...m.orders[id]!, lastSeen: NOW - DAY };
    expect(Object.keys(prune(m, NOW, 90).orders)).toHaveLength(MAX_ORDERS);
    expect(prune(m, NOW, 90).orders[ids[0]!]).toBeUndefined();
    const area = fakeArea();
    await saveMemory(area, m);
    expect(Object.keys((JSON.parse(area.dump()) as { orders: object }).orders)).toHaveLength(MAX_ORDERS);
  });

  it('bounds the lists inside one order', () => {
    const messages = Array.from({ length: 500 }, (_, i) => ({
      orderId: ID, from: 'buyer' as const, sentAt: new Date(NOW - i * 60_000).toISOString(), text: 't', intents: [],
    }));
    const m = remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ messages }), NOW);
    expect(m.orders[ID]!.messages.length).toBeLessThanOrEqual(200);
  });
});

describe('forgetting', () => {
  it('removes exactly the memory keys and leaves settings alone', async () => {
    const area = fakeArea({ settings: { signature: 'Northwind' } });
    await saveMemory(area, remember({ schemaVersion: SCHEMA_VERSION, orders: {} }, reading({ orders: [order(ID)] }), NOW));
    await forgetMemory(area);
    const left = JSON.parse(area.dump()) as Record<string, unknown>;
    expect(Object.keys(left)).toEqual(['settings']);
    expect(MEMORY_KEYS).toEqual(['schemaVersion', 'orders']);
  });
});
