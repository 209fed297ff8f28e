// A claim page whose reason no label names, shown as its heading ("<h1>Artículo no recibido</h1>"): the page's one
// claim-reason wording is the reason. A second, different reason on the page (a side card of another claim) leaves it
// unknown.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const claimPage = (side: string) => page(`<main id="sc-content-container"><h1>Artículo no recibido</h1>
  <p>Pedido <a href="/orders-v3/order/408-2291038-5517203">408-2291038-5517203</a></p>
  <div><span>Importe</span> <span>32,00 €</span></div>${side}</main>`, { lang: 'es-ES' });
const URL = 'https://sellercentral.amazon.es/gp/guarantee-claims/claim-details.html?claimId=5520193847';

describe('a Spanish claim page with its reason as the heading (amazon.es)', () => {
  it('reads the heading as the reason', () => {
    expect(readHtml(claimPage(''), URL).claims[0]).toEqual(expect.objectContaining({ reason: 'Artículo no recibido', amount: { value: 32, currency: 'EUR' } }));
  });

  it('another claim\'s different reason beside it leaves the reason unknown', () => {
    const side = '<aside><h4>Otras reclamaciones</h4><p><span>Artículo dañado o defectuoso</span> · <a href="/orders-v3/order/408-7719283-1102934">408-7719283-1102934</a></p></aside>';
    expect(readHtml(claimPage(side), URL).claims[0]?.reason).toBeNull();
  });
});

describe('a reason worded only in a control is none (amazon.com)', () => {
  const us = (extra: string) => page(`<main id="sc-content-container"><h1>A-to-z claim</h1>
    <p>Order <a href="/orders-v3/order/113-2291038-5517203">113-2291038-5517203</a></p>
    <div><span>Claim amount</span> <span>$32.00</span></div>${extra}</main>`, { lang: 'en-US' });
  const url = 'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=5520193848';
  it.each([
    ['a help link', '<div class="help"><h5>Related help</h5><a href="/help/inr">Item not received</a></div>'],
    ['a filter button', '<div class="filters"><button>Item not received</button></div>'],
  ])('%s', (_, extra) => {
    const r = readHtml(us(extra), url);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]?.reason).toBeNull();
  });
});
