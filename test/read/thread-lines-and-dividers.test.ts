// Threads read by their sender lines where the bubble's parts are block elements side by side (sender, words, time
// as three <div>s), where a read receipt sits beside the time, where a day divider prints no year, and where Amazon's
// alert carries its time only in its title. The sender line and the time line are never the words; a divider without
// a year dates nothing.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const SWITCHER = (account: string, country: string) => `<div id="sc-navbar-container"><div class="partner-level-switcher">
  <span class="dropdown-account-switcher-header-label-global">${account}</span>
  <span class="dropdown-account-switcher-header-label-regional">${country}</span></div></div>`;

describe('bubbles whose sender, words and time are three block elements (French UI, amazon.fr)', () => {
  const bubble = (side: string, who: string, text: string, when: string) =>
    `<div class="env env-${side}"><div class="bul"><div class="qui">${who}</div><div class="corps">${text}</div>` +
    `<div class="quand">${when}</div></div><a class="trad" href="#">Traduire</a></div>`;
  const html = page(`${SWITCHER('Maison Lavande', 'France')}<main id="sc-content-container"><div class="appli">
    <dl class="meta"><dt>N° de commande</dt><dd><a class="thread-order-id" href="/orders-v3/order/171-4402918-3357710">171-4402918-3357710</a></dd></dl>
    <div class="fil">${bubble('g', 'Acheteur', 'Bonjour, le savon est arrivé cassé.', '02/12/2026 08:41')}
    ${bubble('d', 'Vous', 'Bonjour, nous vous en renvoyons un aujourd’hui.', '02/12/2026 10:05')}
    ${bubble('g', 'Acheteur', 'Merci beaucoup.', '02/12/2026 10:30')}</div></div></main>`, { lang: 'fr-FR' });
  const r = readHtml(html, 'https://sellercentral.amazon.fr/messaging/inbox-v3?fi=ALL&ss=171-4402918-3357710');

  it('reads each block of words as the message, however short, and never the sender line or the link beside it', () => {
    expect(r.messages).toEqual([
      { orderId: '171-4402918-3357710', from: 'buyer', sentAt: '2026-12-02T08:41:00+01:00', text: 'Bonjour, le savon est arrivé cassé.' },
      { orderId: '171-4402918-3357710', from: 'seller', sentAt: '2026-12-02T10:05:00+01:00', text: 'Bonjour, nous vous en renvoyons un aujourd’hui.' },
      { orderId: '171-4402918-3357710', from: 'buyer', sentAt: '2026-12-02T10:30:00+01:00', text: 'Merci beaucoup.' },
    ]);
    expect(r.missing).not.toContain('messages');
  });
});

describe('a day divider without its year and a read receipt beside the time (German UI, amazon.de)', () => {
  const msg = (who: string, text: string, when: string, receipt = '') =>
    `<article class="n"><span class="vh">${who}:</span><div class="blase"><p>${text}</p></div>` +
    `<footer class="fuss"><time>${when}</time>${receipt ? ` · <span>${receipt}</span>` : ''}</footer></article>`;
  const thread = (divider: string) => page(`<main id="sc-content-container"><section class="gespraech">
    <p>Bestellung: <a class="thread-order-id" href="/orders-v3/order/302-7716203-1184456">302-7716203-1184456</a></p>
    <div class="verlauf" role="log">${msg('Käufer', 'Wann wird die Lampe versendet?', '07.12.2026, 09:12')}
    ${msg('Sie', 'Heute noch, mit DHL.', '07.12.2026, 10:40', 'Gelesen')}
    ${divider}
    ${msg('Käufer', 'Danke, sie ist angekommen.', '09.12.2026, 18:03')}</div></section></main>`, { lang: 'de-DE' });
  const url = 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=ALL&ss=302-7716203-1184456';
  const want = [
    { orderId: '302-7716203-1184456', from: 'buyer', sentAt: '2026-12-07T09:12:00+01:00', text: 'Wann wird die Lampe versendet?' },
    { orderId: '302-7716203-1184456', from: 'seller', sentAt: '2026-12-07T10:40:00+01:00', text: 'Heute noch, mit DHL.' },
    { orderId: '302-7716203-1184456', from: 'buyer', sentAt: '2026-12-09T18:03:00+01:00', text: 'Danke, sie ist angekommen.' },
  ];

  it('takes "Mittwoch, 9. Dezember" for a divider, not a bubble it cannot place', () => {
    const r = readHtml(thread('<div class="tag">Mittwoch, 9. Dezember</div>'), url);
    expect(r.messages).toEqual(want);
  });

  it('takes a drawn separator for a divider whatever it says', () => {
    const r = readHtml(thread('<div role="separator">Neue Nachrichten</div>'), url);
    expect(r.messages).toEqual(want);
  });

  it('a bare time under a divider without a year is not dated', () => {
    const html = thread('<div class="tag">Mittwoch, 9. Dezember</div>').replace('09.12.2026, 18:03', '18:03');
    const r = readHtml(html, url);
    expect(r.messages[2]).toEqual({ ...want[2], sentAt: null });
    expect(r.missing).toContain('messages[2].sentAt');
  });

  it('a box of words between the bubbles still leaves the thread unread', () => {
    const r = readHtml(thread('<div class="x">Der Käufer hat die Bewertung geändert und eine Frage gestellt.</div>'), url);
    expect(r.messages).toEqual([]);
    expect(r.missing).toContain('messages');
  });
});

describe("Amazon's alert whose time is only in its title (Japanese UI, amazon.co.jp)", () => {
  const html = page(`<main id="sc-content-container"><div class="th">
    <p>注文番号: <a class="thread-order-id" href="/orders-v3/order/503-2209187-6643018">503-2209187-6643018</a></p>
    <div class="log"><div class="w"><div class="b"><div class="f">購入者</div><div class="t">注文をキャンセルしたいです。</div><div class="s">2026/12/05 21:14</div></div></div>
    <div class="sys"><kat-alert variant="info" header="Amazonからのお知らせ · 2026/12/05 21:20" description="購入者から注文のキャンセルがリクエストされました。"></kat-alert></div>
    <div class="w"><div class="b"><div class="f">あなた</div><div class="t">キャンセルいたしました。</div><div class="s">2026/12/06 09:02</div></div></div>
    <div class="sys"><kat-alert variant="info" header="Amazonからのお知らせ" description="出品者が応答しました。"></kat-alert></div></div></div></main>`, { lang: 'ja-JP' });
  const r = readHtml(html, 'https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=ALL&ss=503-2209187-6643018');

  it("dates the alert by the time in its title, and leaves an alert with none undated", () => {
    expect(r.messages).toEqual([
      { orderId: '503-2209187-6643018', from: 'buyer', sentAt: '2026-12-05T21:14:00+09:00', text: '注文をキャンセルしたいです。' },
      { orderId: '503-2209187-6643018', from: 'amazon', sentAt: '2026-12-05T21:20:00+09:00', text: '購入者から注文のキャンセルがリクエストされました。' },
      { orderId: '503-2209187-6643018', from: 'seller', sentAt: '2026-12-06T09:02:00+09:00', text: 'キャンセルいたしました。' },
      { orderId: '503-2209187-6643018', from: 'amazon', sentAt: null, text: '出品者が応答しました。' },
    ]);
  });
});
