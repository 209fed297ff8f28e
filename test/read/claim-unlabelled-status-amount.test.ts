// Claims whose status is shown only as a badge (a Katal badge's label) and whose amount is printed without a label,
// perhaps split over spans ("$ 64 .99"): the one claim status word of the card's (or page's) badges, and the one amount
// of a card. Two different words or amounts, or a badge that is not a claim status, leave the value unknown.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const card = (id: string, badge: string, amount: string, rest = '') => `<kat-box class="c">
  <div class="top"><kat-badge label="${badge}"></kat-badge>${amount}</div>
  <div class="row"><span>Order ID</span><span><a href="/orders-v3/order/${id}">${id}</a></span></div>
  <div class="row"><span>Filed</span><span>Nov 30, 2026</span></div>${rest}</kat-box>`;
const split = (sym: string, int: string, frac: string) => `<span class="amt"><span>${sym}</span><span>${int}</span><span>${frac}</span></span>`;

describe('A-to-z claim cards with a badge and a bare amount (English UI, Canada)', () => {
  const r = readHtml(page(`<div id="sc-content-container"><h1>A-to-z Guarantee Claims</h1><div class="grid">
    ${card('702-1183920-5518204', 'Action required', split('CDN$', '64', '.99'))}
    ${card('702-7719204-2290183', 'Granted/Seller Funded', split('CDN$', '23', '.50'))}
    ${card('702-4471029-1183920', 'New', split('CDN$', '10', '.00'), '<div>Item price: CDN$ 12.00</div>')}
    </div></div>`, { lang: 'en-CA' }), 'https://sellercentral.amazon.ca/gp/guarantee-claims/home.html');

  it('reads the status from the badge and the amount however it is split', () => {
    expect(r.claims.slice(0, 2).map((c) => [c.orderId, c.status, c.amount, c.fundedBy])).toEqual([
      ['702-1183920-5518204', 'Action required', { value: 64.99, currency: 'CAD' }, null],
      ['702-7719204-2290183', 'Granted/Seller Funded', { value: 23.5, currency: 'CAD' }, 'seller'],
    ]);
  });

  it('a badge that is not a claim status, or a card with two amounts, gives nothing', () => {
    expect(r.claims[2]).toMatchObject({ orderId: '702-4471029-1183920', status: null, amount: null });
    expect(r.missing).toEqual(expect.arrayContaining(['claims[2].status', 'claims[2].amount']));
  });
});

describe('a claim page whose status is only a badge (German UI, Germany)', () => {
  const detail = (aside: string) => readHtml(page(`<div id="sc-content-container"><article class="antrag">
    <header><h2>A-bis-z-Garantieantrag</h2><kat-badge label="In Prüfung"></kat-badge></header>
    <dl><dt>Bestellnummer</dt><dd><a href="/orders-v3/order/302-5518204-4471029">302-5518204-4471029</a></dd>
    <dt>Antragsgrund</dt><dd>Artikel nicht erhalten</dd><dt>Antragsdatum</dt><dd>01.12.2026</dd></dl></article>${aside}</div>`,
  { lang: 'de-DE' }), 'https://sellercentral.amazon.de/gp/guarantee-claims/claim-details.html?claimId=7719204118');

  it('reads the badge as the status', () => {
    expect(detail('').claims[0]).toMatchObject({ orderId: '302-5518204-4471029', status: 'In Prüfung', filedAt: '2026-12-01T00:00:00+01:00' });
  });

  it("another claim's badge beside it makes the status unknown", () => {
    const r = detail('<aside><p>Antrag 7719204001</p><kat-badge label="Maßnahme erforderlich"></kat-badge></aside>');
    expect(r.claims[0]!.status).toBeNull();
    expect(r.missing).toContain('claims[0].status');
  });
});
