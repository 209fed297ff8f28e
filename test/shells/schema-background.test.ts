// The background shell refuses a message whose kind or payload does not validate: the sender gets the reason,
// and nothing the background keeps changes. A valid message through the same door does act (the control).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeArea } from '../background/fake-storage.ts';
import { emptyOrder } from '../../src/schema/order.ts';
import type { OrderId, PageReading } from '../../src/model.ts';

const EXTENSION_ID = 'claimwise-test';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const ID = '113-4829137-5520614' as OrderId;
const NOW = Date.parse('2026-11-24T12:00:00Z');

const store = fakeArea({
  schemaVersion: 2,
  orders: { [ID]: { orderId: ID, marketplace: 'US', order: { orderId: ID, status: 'shipped' }, claims: [], returns: [], messages: [], confirmed: {}, lastSeen: NOW } },
  clockOverride: new Date(NOW).toISOString(),
});

type Listener = (raw: unknown, sender: { id?: string; url?: string; tab?: { id: number } }) => Promise<unknown> | undefined;
const listeners: Listener[] = [];
const noop = () => undefined;
const fakeBrowser = {
  runtime: { id: EXTENSION_ID, getURL: (p: string) => ORIGIN + p, onMessage: { addListener: (l: Listener) => listeners.push(l) } },
  storage: { local: store },
  tabs: { onRemoved: { addListener: noop }, sendMessage: () => Promise.reject(new Error('no content script')), query: () => Promise.resolve([]) },
  alarms: { onAlarm: { addListener: noop }, getAll: () => Promise.resolve([]), clear: () => Promise.resolve(true), clearAll: () => Promise.resolve(true), create: noop },
  action: { setBadgeText: () => Promise.resolve(), setBadgeBackgroundColor: () => Promise.resolve() },
  notifications: { create: noop },
  i18n: { getMessage: () => '' },
};
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const fromContent = { id: EXTENSION_ID, url: 'https://sellercentral.amazon.com/orders-v3/order/' + ID, tab: { id: 7 } };
const fromPopup = { id: EXTENSION_ID, url: ORIGIN + 'popup.html' };
const send = async (raw: unknown, sender: typeof fromContent | typeof fromPopup) => listeners[0]!(raw, sender);
const reading = (over: Partial<PageReading> = {}): PageReading => ({
  kind: 'order-details', marketplace: 'US', uiLanguage: 'en', orders: [emptyOrder(ID)], claims: [], messages: [], returns: [],
  missing: [], ...over,
});

beforeAll(async () => {
  await import('../../src/background/main.ts');
  // Start-up reads memory once (current and valid here, so it writes nothing); let that finish first.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(listeners).toHaveLength(1);
});

describe('the background and a message it cannot take', () => {
  it('answers an invalid reading with the field at fault, and keeps memory as it was', async () => {
    const before = store.dump();
    const answer = await send({ type: 'page-reading', reading: reading({ orders: [{ ...emptyOrder(ID), status: 'teleported' as never }] }) }, fromContent);
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('invalid "page-reading" message: reading.orders.0.status') as unknown });
    expect(store.dump()).toBe(before);
  });

  it('answers an invalid request from the popup, or one that travels the wrong way, with why', async () => {
    const before = store.dump();
    const bad = await send({ type: 'confirm-facts', orderId: ID, facts: { claimsProtected: 'maybe' } }, fromPopup);
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('facts.claimsProtected') as unknown });
    const wrongWay = await send({ type: 'page-reading', reading: reading() }, fromPopup);
    expect(wrongWay).toEqual({ ok: false, error: '"page-reading" travels content->background, not ui->background' });
    const unknown = await send({ type: 'erase-disk' }, fromContent);
    expect(unknown).toEqual({ ok: false, error: expect.stringMatching(/^unknown message type/) as unknown });
    expect(store.dump()).toBe(before);
  });

  it('acts on a valid message through the same door', async () => {
    const answer = await send({ type: 'dismiss-guard', orderId: ID, kind: 'pending-no-ship' }, fromContent);
    expect(answer).toEqual({ ok: true });
    expect(JSON.parse(store.dump())).toMatchObject({ dismissedGuards: [expect.stringContaining(ID) as unknown] });
  });
});
