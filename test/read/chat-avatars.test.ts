// A thread drawn as a chat: the sender only as an avatar's accessible name (aria-label, title, an image's alt), the
// words in one element of the bubble, and the day only in divider rows ("6 December 2026, Sunday") above bubbles that
// show just the time. The time is read on the divider's day; an avatar that names no sender leaves the thread unread.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const bubble = (avatar: string, text: string, time: string) =>
  `<li class="row">${avatar}<div class="bub"><div class="txt">${text}</div><span class="t">${time}</span></div></li>`;

describe('a chat thread with avatars (English UI, Australia)', () => {
  const thread = (a: string, b: string) => page(`<div id="sc-content-container"><section class="chat">
    <header>Order ID: <a href="/orders-v3/order/250-5518204-2290183">250-5518204-2290183</a></header><ol class="list">
    <li class="day" role="separator">5 December 2026, Saturday</li>
    ${bubble(a, 'Hello, the kettle arrived with a dent in the lid. Can you send a new one?', '8:15 PM')}
    <li class="day" role="separator">6 December 2026, Sunday</li>
    ${bubble(b, 'Sorry to hear that. A replacement is on its way today.', '9:02 AM')}
    </ol></section></div>`, { lang: 'en-AU' });
  const url = 'https://sellercentral.amazon.com.au/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=250-5518204-2290183';

  it('tells the sender by the avatar and reads each time on the day above it', () => {
    const r = readHtml(thread('<span class="av" role="img" aria-label="Buyer">B</span>', '<img class="av" src="me.png" alt="You">'), url);
    expect(r.messages).toEqual([
      { orderId: '250-5518204-2290183', from: 'buyer', sentAt: '2026-12-05T20:15:00+11:00',
        text: 'Hello, the kettle arrived with a dent in the lid. Can you send a new one?' },
      { orderId: '250-5518204-2290183', from: 'seller', sentAt: '2026-12-06T09:02:00+11:00',
        text: 'Sorry to hear that. A replacement is on its way today.' },
    ]);
  });

  it('an avatar that names a person, not a sender, leaves the thread unread', () => {
    const r = readHtml(thread('<span class="av" role="img" title="Kylie M.">K</span>', '<img class="av" src="me.png" alt="You">'), url);
    expect(r.messages).toEqual([]);
    expect(r.missing).toContain('messages');
  });
});

describe('a chat thread with avatars (Japanese UI, Japan)', () => {
  it('reads 購入者 / 出品者 avatars and a divider whose weekday follows the date', () => {
    const r = readHtml(page(`<div id="sc-content-container"><section class="chat">
      <header>注文番号: <a href="/orders-v3/order/249-7719204-1183920">249-7719204-1183920</a></header><ol class="list">
      <li class="day" role="separator">2026年12月4日 金曜日</li>
      ${bubble('<span class="av" role="img" aria-label="購入者">購</span>', '配送状況を教えてください。', '13:40')}
      ${bubble('<span class="av" role="img" aria-label="出品者">出</span>', '本日発送いたしました。', '16:05')}
      </ol></section></div>`, { lang: 'ja-JP' }), 'https://sellercentral-japan.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=249-7719204-1183920');
    expect(r.messages.map((m) => [m.from, m.sentAt, m.text])).toEqual([
      ['buyer', '2026-12-04T13:40:00+09:00', '配送状況を教えてください。'],
      ['seller', '2026-12-04T16:05:00+09:00', '本日発送いたしました。'],
    ]);
  });
});

describe('a one-element message beside a header row that names the buyer (Italian UI, Italy)', () => {
  it('reads the words, not the name printed beside the sender tag', () => {
    const msg = (name: string, tag: string, when: string, text: string) => `<div class="m"><div class="meta"><span>${name}</span>
      <span>${tag}</span> · <span>${when}</span></div><div class="testo">${text}</div><a href="#">Traduci</a></div>`;
    const r = readHtml(page(`<div id="sc-content-container"><section class="conv">
      <header>Ordine <a href="/orders-v3/order/405-2290183-5518204">405-2290183-5518204</a></header><div class="log">
      ${msg('Marco Rossi', '(Acquirente)', 'lun 7 dic 2026, 10:15', 'Il pacco non è ancora arrivato.')}
      ${msg('Bottega Sole', '(Venditore)', 'lun 7 dic 2026, 11:02', 'È in consegna oggi.')}
      </div></section></div>`, { lang: 'it-IT' }), 'https://sellercentral.amazon.it/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=405-2290183-5518204');
    expect(r.messages.map((m) => [m.from, m.sentAt, m.text])).toEqual([
      ['buyer', '2026-12-07T10:15:00+01:00', 'Il pacco non è ancora arrivato.'],
      ['seller', '2026-12-07T11:02:00+01:00', 'È in consegna oggi.'],
    ]);
  });
});
