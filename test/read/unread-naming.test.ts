// Records a page shows but the reader could not read: `missing` names the list path a program can check and the
// region in words the seller is shown ("could not read: message thread").
import { describe, expect, it } from 'vitest';
import { isUnreadRegion } from '../../src/read/index.ts';
import { page, readHtml } from './helpers.ts';

describe('an unread region in missing', () => {
  it('a claims list of an unknown layout: "claims" and "claims list rows"', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>A-to-z Guarantee claims</h1>
      <section><p>41273-55102-7781234</p><p>41273-55102-7781299</p></section></div>`, { lang: 'en-GB' }),
    'https://sellercentral.amazon.co.uk/gp/guarantee-claims/home.html');
    expect(r.kind).toBe('claim-list');
    expect(r.claims).toEqual([]);
    expect(r.missing).toEqual(expect.arrayContaining(['claims', 'claims list rows']));
    expect(r.missing.filter(isUnreadRegion)).toEqual(['claims list rows']);
  });

  it('a message thread that gave nothing: "messages", "orders" (its order) and "message thread", each once', () => {
    const r = readHtml(page(`<div id="sc-content-container"><h1>Buyer-Seller Messaging</h1>
      <div class="conversation"><p>Merhaba</p></div></div>`, { lang: 'tr-TR' }),
    'https://sellercentral.amazon.com.tr/messaging/inbox-v3?fi=ALL');
    expect(r.kind).toBe('messages');
    expect(r.messages).toEqual([]);
    expect(r.missing).toEqual(expect.arrayContaining(['messages', 'orders', 'message thread']));
    expect(new Set(r.missing).size).toBe(r.missing.length);
    expect(r.missing.filter(isUnreadRegion)).toEqual(['message thread']);
  });
});
