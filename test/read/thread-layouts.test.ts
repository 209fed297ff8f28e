// Message threads in layouts the selectors only half know: the sender's word in a line beside the bubble (no
// sender class, no header class), and cards with generated class names where only names tell who wrote.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const SWITCHER = (account: string, country: string) => `<div id="sc-navbar-container"><div class="partner-level-switcher">
  <span class="dropdown-account-switcher-header-label-global">${account}</span>
  <span class="dropdown-account-switcher-header-label-regional">${country}</span></div></div>`;

describe('a thread whose sender word sits beside the bubble (Italian UI)', () => {
  const r = readHtml(page(`${SWITCHER('Bottega Verdi', 'Italia')}<div id="sc-content-container"><div id="thread-view">
    <div>Ordine: <a class="thread-order-id" href="/orders-v3/order/404-5512093-7718204">404-5512093-7718204</a></div>
    <section class="order-panel">Stato: <span class="main-status unshipped-status">Non spedito</span></section>
    <ul class="thread-messages">
      <li class="thread-message"><span class="who">Giulia Conti (Acquirente) — <time>21 nov 2026, 09:12</time></span>
        <div class="thread-message-bubble"><p>Buongiorno, potete spedire con corriere espresso?</p></div></li>
      <li class="thread-message"><span class="who">Bottega Verdi (Tu) — <time>21 nov 2026, 11:40</time></span>
        <div class="thread-message-bubble"><p>Buongiorno Giulia, spediamo oggi con corriere espresso.</p></div></li>
      <li class="thread-message"><span class="who">Amazon — <time>22 nov 2026, 08:00</time></span>
        <div class="thread-message-bubble"><p>Il cliente ha chiesto informazioni sulla spedizione.</p></div></li>
    </ul></div></div>`, { lang: 'it-IT' }), 'https://sellercentral.amazon.it/messaging/inbox-v3?fi=ALL&ss=404-5512093-7718204');

  it('reads each message with its sender (Amazon named alone before the time), time and words, and the order panel', () => {
    expect(r.kind).toBe('messages');
    expect(r.messages).toEqual([
      { orderId: '404-5512093-7718204', from: 'buyer', sentAt: '2026-11-21T09:12:00+01:00', text: 'Buongiorno, potete spedire con corriere espresso?' },
      { orderId: '404-5512093-7718204', from: 'seller', sentAt: '2026-11-21T11:40:00+01:00', text: 'Buongiorno Giulia, spediamo oggi con corriere espresso.' },
      { orderId: '404-5512093-7718204', from: 'amazon', sentAt: '2026-11-22T08:00:00+01:00', text: 'Il cliente ha chiesto informazioni sulla spedizione.' },
    ]);
    expect(r.orders).toEqual([expect.objectContaining({ orderId: '404-5512093-7718204', status: 'unshipped' })]);
    expect(r.missing).not.toContain('message thread');
  });
});

describe('a thread drawn as cards with generated class names (German UI)', () => {
  const thread = (cards: string) => page(`${SWITCHER('Nordlicht Waren', 'Deutschland')}<div id="sc-content-container">
    <header class="zz1"><span class="zz2">Jonas Becker</span> · <a class="zz3" href="/orders-v3/order/302-8817263-4410928">302-8817263-4410928</a></header>
    <ol class="zz4">${cards}</ol></div>`, { lang: 'de-DE' });
  const card = (name: string, text: string, when: string) =>
    `<li class="zz5"><b class="zz6">${name}</b><span class="zz7">${when}</span><p class="zz8">${text}</p></li>`;
  const url = 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=ALL';

  it('tells the seller by the account name and the buyer by the name beside the order link; the thread\'s order is the one it links to', () => {
    const r = readHtml(thread(card('Jonas Becker', 'Das Paket ist leider beschädigt angekommen.', '22.11.2026, 11:08') +
      card('Nordlicht Waren', 'Das tut uns leid, wir senden Ersatz.', '22.11.2026, 15:30')), url);
    expect(r.messages).toEqual([
      { orderId: '302-8817263-4410928', from: 'buyer', sentAt: '2026-11-22T11:08:00+01:00', text: 'Das Paket ist leider beschädigt angekommen.' },
      { orderId: '302-8817263-4410928', from: 'seller', sentAt: '2026-11-22T15:30:00+01:00', text: 'Das tut uns leid, wir senden Ersatz.' },
    ]);
  });

  it('a card signed by a name it cannot place leaves the thread unread, not half read', () => {
    const r = readHtml(thread(card('Jonas Becker', 'Das Paket ist leider beschädigt angekommen.', '22.11.2026, 11:08') +
      card('Kundenservice Team', 'Wir prüfen den Fall.', '22.11.2026, 15:30')), url);
    expect(r.messages).toEqual([]);
    expect(r.missing).toEqual(expect.arrayContaining(['messages', 'message thread']));
  });
});
