// A claim page drawn as a stepper: the amount in an element named by its tooltip that shows the value itself
// (<div aria-label="Montant de la réclamation"><span>€</span><span>59</span><span>,90</span></div>), and the status as
// the one step marked current (aria-current="step") whose title is a claim status. No current step, or a current
// step whose title is no status, leaves the status unknown.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const claimPage = (current: string) => page(`<main id="sc-content-container"><div class="hero"><h1>Article non reçu</h1>
  <p>Commande <a href="/orders-v3/order/171-5520918-3327401">171-5520918-3327401</a></p>
  <div class="amt" aria-label="Montant de la réclamation"><span>€</span><span>59</span><span>,90</span></div></div>
  <ol aria-label="Progression"><li><span class="t">Réclamation déposée</span> <span>3 déc. 2026</span></li>
  <li ${current === 'review' ? 'aria-current="step"' : ''}><span class="t">En cours d'examen</span> <span>Amazon examine la réclamation</span></li>
  <li ${current === 'decision' ? 'aria-current="step"' : ''}><span class="t">Décision d'Amazon</span> <span>En attente</span></li></ol></main>`, { lang: 'fr-FR' });
const URL = 'https://sellercentral.amazon.fr/gp/guarantee-claims/claim-details.html?claimId=7720193845';

describe('a French claim page drawn as a stepper (amazon.fr)', () => {
  it('reads the amount its tooltip names and the current step\'s status', () => {
    const c = readHtml(claimPage('review'), URL).claims[0]!;
    expect(c).toEqual(expect.objectContaining({ orderId: '171-5520918-3327401', amount: { value: 59.9, currency: 'EUR' }, status: 'En cours d\'examen' }));
  });

  it('a current step whose title is no status, or no current step, gives no status', () => {
    expect(readHtml(claimPage('decision'), URL).claims[0]?.status).toBeNull();
    expect(readHtml(claimPage(''), URL).claims[0]?.status).toBeNull();
  });
});

describe('an element named by its tooltip that is a control is no value (amazon.com)', () => {
  it('a button captioned by a label\'s name gives nothing', () => {
    const html = page(`<main id="sc-content-container"><h1>Claim</h1><p>Order <a href="/orders-v3/order/113-2291038-5517203">113-2291038-5517203</a></p>
      <div><span>Amount</span> <span>$24.00</span></div><button aria-label="Claim status">Filter</button></main>`);
    const c = readHtml(html, 'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=1').claims[0]!;
    expect(c.status).toBeNull();
    expect(c.amount).toEqual({ value: 24, currency: 'USD' });
  });
});
