// Every message between the scripts is declared once, with its direction and its payload schema; a receiver
// takes only the kinds that travel its way, and a payload that does not validate is refused with a reason.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ContentToBackgroundSchema, DIRECTIONS, MESSAGE_KINDS, UiToBackgroundSchema, UiToContentSchema, receive, type MessageKind,
} from '../../src/messaging.ts';
import { emptyOrder } from '../../src/schema/order.ts';
import type { OrderId, PageReading } from '../../src/model.ts';

const ID = '113-4829137-5520614' as OrderId;
const reading = (over: Partial<PageReading> = {}): PageReading => ({
  kind: 'order-details', marketplace: 'US', uiLanguage: 'en', orders: [emptyOrder(ID)], claims: [], messages: [], returns: [],
  missing: [], ...over,
});

/** One valid example of each kind: the table must not gain a kind without one. */
const EXAMPLES: Record<MessageKind, Record<string, unknown>> = {
  'page-reading': { reading: reading() },
  'dismiss-guard': { orderId: ID, kind: 'pending-no-ship' },
  'get-tab-state': { tabId: 3 },
  'get-active-tab-state': {},
  'confirm-facts': { orderId: ID, facts: { claimsProtected: true, status: 'shipped' }, tabId: 3 },
  'get-deadlines': {},
  'get-what-changed': {},
  'forget-everything': {},
  'set-intent': { tabId: 3, key: `${ID}|2026-11-20T10:00:00Z|buyer`, intents: ['cancel'] },
  'insert-reply': { text: 'Hello', target: 'buyer-reply' },
  'read-now': {},
  'save-page-snapshot': {},
};

const SCHEMAS = { 'content->background': ContentToBackgroundSchema, 'ui->background': UiToBackgroundSchema, 'ui->content': UiToContentSchema };

describe('messages by direction', () => {
  it('accepts each kind in its own direction and in no other', () => {
    for (const [type, k] of Object.entries(MESSAGE_KINDS)) {
      const msg = { type, ...EXAMPLES[type as MessageKind] };
      for (const d of DIRECTIONS) {
        const got = receive(d, msg);
        expect(got.ok, `${type} received as ${d}`).toBe(d === k.direction);
        expect(v.is(SCHEMAS[d], msg), `${type} in the ${d} schema`).toBe(d === k.direction);
        if (!got.ok && d !== k.direction) expect(got.error).toContain(`travels ${k.direction}`);
      }
    }
  });

  it('refuses a payload that does not validate, naming the kind and the field', () => {
    const bad = receive('ui->background', { type: 'confirm-facts', orderId: ID, facts: { status: 'lost-in-space' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^invalid "confirm-facts" message: facts\.status: /);
    const badIntent = receive('ui->background', { ...EXAMPLES['set-intent'], type: 'set-intent', intents: [] });
    expect(badIntent.ok).toBe(false);
    const badReading = receive('content->background', { type: 'page-reading', reading: reading({ orders: [{ ...emptyOrder(ID), shipBy: 'next week' }] }) });
    expect(badReading.ok).toBe(false);
    if (!badReading.ok) expect(badReading.error).toContain('reading.orders.0.shipBy');
  });

  it('refuses an unknown kind or something that is not a message', () => {
    for (const raw of [null, 'page-reading', 42, {}, { type: 'erase-disk' }, { type: 'toString' }]) {
      const got = receive('ui->background', raw);
      expect(got.ok).toBe(false);
      if (!got.ok) expect(got.error).toMatch(/^unknown message type/);
    }
  });

  it('validates a reading with the record schemas and keeps no intents from the page side', () => {
    const withIntents = reading({ messages: [{ orderId: ID, from: 'buyer', sentAt: null, text: 'cancel please', intents: ['damaged'] }] });
    const got = receive('content->background', { type: 'page-reading', reading: withIntents });
    expect(got.ok).toBe(true);
    if (got.ok && got.value.type === 'page-reading') {
      expect(got.value.reading.messages).toEqual([{ orderId: ID, from: 'buyer', sentAt: null, text: 'cancel please' }]);
      expect(got.value.reading.orders[0]).toEqual(emptyOrder(ID));
    }
  });
});
