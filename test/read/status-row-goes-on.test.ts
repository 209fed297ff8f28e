// A status label whose row goes on after its value ("Status: Versandt · Teekanne · Menge 1 · 34,00 €"): the status is
// the first part, before the separator. A later part is about something else and never gives the status.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const thread = (panel: string) => page(`<div id="sc-content-container"><div class="postfach">
  <header><h2>Bestellung <a href="/orders-v3/order/302-1183920-5518204">302-1183920-5518204</a></h2></header>
  <div class="panel">${panel}</div>
  <div class="nachrichten">
    <div class="n"><div class="kopf"><span>Käufer</span> <span>Sa., 5. Dez. 2026 · 10:02</span></div><div class="text"><p>Wo bleibt mein Paket?</p></div></div>
    <div class="n"><div class="kopf"><span>Sie</span> <span>Sa., 5. Dez. 2026 · 14:40</span></div><div class="text"><p>Es ist unterwegs.</p></div></div>
  </div></div></div>`, { lang: 'de-DE' });
const url = 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=302-1183920-5518204';

describe('the order panel of a message thread (German UI, Germany)', () => {
  it('reads the status before the separator', () => {
    const r = readHtml(thread('<p>Status: <b>Versandt</b> · Teekanne aus Gusseisen · Menge 1 · 34,00 €</p>'), url);
    expect(r.messages.map((m) => m.from)).toEqual(['buyer', 'seller']);
    expect(r.orders[0]!.status).toBe('shipped');
  });

  it('a status word after the separator is not the status', () => {
    const r = readHtml(thread('<p>Status: <b>Geschenk</b> | Zugestellt am 3. Dez. 2026</p>'), url);
    expect(r.orders[0]!.status).toBeNull();
    expect(r.missing).toContain('orders[0].status');
  });
});

describe('an order card of Manage Orders (English UI, Singapore)', () => {
  it('reads "Status: Unshipped | 2 items" as unshipped', () => {
    const r = readHtml(page(`<div id="MYO-app"><h1>Manage Orders</h1><ul class="cards">
      <li class="card"><a href="/orders-v3/order/171-5518204-1183920">171-5518204-1183920</a><p>Status: Unshipped | 2 items</p><p>Ship by: 9 Dec 2026</p></li>
      <li class="card"><a href="/orders-v3/order/171-2290183-7719204">171-2290183-7719204</a><p>Status: Canceled | 1 item</p><p>Ship by: 8 Dec 2026</p></li>
      </ul></div>`, { lang: 'en-SG' }), 'https://sellercentral.amazon.sg/orders-v3?page=1');
    expect(r.orders.map((o) => [o.orderId, o.status])).toEqual([
      ['171-5518204-1183920', 'unshipped'], ['171-2290183-7719204', 'canceled'],
    ]);
  });
});
