// A claim page that labels none of its fields: the claim of the one order it links to, its amount when that is the
// one amount beside the link, and no date read from an unlabelled timeline.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const url = 'https://sellercentral.amazon.de/gp/guarantee-claims/claim-details.html?claimId=7710293341';
const claimPage = (head: string) => page(`<div id="sc-content-container"><h1>A-bis-z-Garantieantrag</h1>
  <p class="k1">${head}</p>
  <ul class="k2"><li><i>18.11.2026</i> <b>Artikel nicht erhalten</b></li><li><i>20.11.2026</i> <b>Bitte antworten</b></li></ul>
  </div>`, { lang: 'de-DE' });

describe('a claim detail drawn as an unlabelled timeline (German UI)', () => {
  it('is the claim of the linked order, with the amount beside the link; the timeline dates stay missing', () => {
    const r = readHtml(claimPage('<a href="/orders-v3/order/305-2219384-7710294">305-2219384-7710294</a> <span>54,20 €</span>'), url);
    expect(r.kind).toBe('claim');
    expect(r.claims).toEqual([expect.objectContaining({
      orderId: '305-2219384-7710294', claimId: '7710293341', claimType: 'a-to-z', amount: { value: 54.2, currency: 'EUR' },
      filedAt: null, respondBy: null, reason: null,
    })]);
    expect(r.missing).toEqual(expect.arrayContaining(['claims[0].filedAt', 'claims[0].respondBy', 'claims[0].reason']));
  });

  it('two amounts beside the link: neither is taken', () => {
    const r = readHtml(claimPage('<a href="/orders-v3/order/305-2219384-7710294">305-2219384-7710294</a> <span>54,20 €</span> <span>12,00 €</span>'), url);
    expect(r.claims[0]!.amount).toBeNull();
    expect(r.missing).toContain('claims[0].amount');
  });
});
