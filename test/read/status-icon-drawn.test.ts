// An order's status shown only as an icon marked an image that holds its drawing (<span role="img"
// aria-label="Versandt"><svg>…</svg></span>) is read by its name; and an icon in the order's own box is this order's
// even when the page, at the level where this order's id is, also names another order (a note about an earlier one).
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const ID = '028-6610293-4418207';
const html = (other: string) => page(`<main id="sc-content-container"><div class="od"><h1>Bestelldetails</h1>
  <div class="meta"><span>Bestellnummer:</span> <a href="/orders-v3/order/${ID}">${ID}</a>
  <span class="ic" role="img" aria-label="Versandt"><svg viewBox="0 0 16 16"><path d="M1 4h9v7H1z"/></svg></span></div>
  <div class="z"><span class="l">Versand bis</span> <span class="v">4. Dez. 2026</span></div>
  <table class="items"><tr><td><span class="ic" role="img" aria-label="Versandt"></span></td><td>Teekanne</td></tr></table>
  ${other}</div></main>`, { lang: 'de-DE' });
const URL = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;

describe('a German order whose status is only an icon (amazon.de)', () => {
  it('reads the icon\'s name, the drawing inside it being part of the icon', () => {
    expect(readHtml(html(''), URL).orders[0]?.status).toBe('shipped');
  });

  it('a note naming an earlier order elsewhere on the page does not make the order\'s icons another order\'s', () => {
    const note = '<p class="note">Frühere Bestellung desselben Kunden: <a href="/orders-v3/order/028-1192038-5567102">028-1192038-5567102</a> (zugestellt).</p>';
    expect(readHtml(html(note), URL).orders[0]?.status).toBe('shipped');
  });

  it('an icon beside another order only (a list of the buyer\'s other orders) is that order\'s, not this one\'s', () => {
    const others = '<ul class="others"><li><a href="/orders-v3/order/028-1192038-5567102">028-1192038-5567102</a> <span role="img" aria-label="Zugestellt"></span></li></ul>';
    expect(readHtml(html(others), URL).orders[0]?.status).toBe('shipped');
  });
});
