// A claim card that prints its reason without a label ("Articolo non ricevuto" under the status): the one element of
// the card whose whole text is a claim reason wording, kept as displayed. A reason only mentioned inside a sentence,
// or two different reasons in one card, give nothing.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const card = (id: string, reason: string, extra = '') => `<kat-box class="c">
  <div class="top"><kat-badge label="Azione richiesta"></kat-badge></div><div class="motivo">${reason}</div>${extra}
  <div class="row"><span>Numero ordine</span><span><a href="/orders-v3/order/${id}">${id}</a></span></div>
  <div class="row"><span>Data del reclamo</span><span>30 nov 2026</span></div></kat-box>`;

describe('A-to-z claim cards with the reason as a bare line (Italian UI, Italy)', () => {
  const r = readHtml(page(`<div id="sc-content-container"><h1>Reclami Garanzia dalla A alla Z</h1><div class="grid">
    ${card('405-1183920-5518204', 'Articolo non ricevuto')}
    ${card('405-7719204-2290183', 'Articolo danneggiato o difettoso')}
    ${card('405-4471029-1183920', 'Il cliente dice: articolo non ricevuto, ma il corriere lo ha consegnato')}
    ${card('405-2290183-4471029', 'Articolo non ricevuto', '<div>Articolo sostanzialmente diverso</div>')}
    </div></div>`, { lang: 'it-IT' }), 'https://sellercentral.amazon.it/gp/guarantee-claims/home.html');

  it('reads the reason as displayed', () => {
    expect(r.claims.slice(0, 2).map((c) => [c.orderId, c.reason, c.status])).toEqual([
      ['405-1183920-5518204', 'Articolo non ricevuto', 'Azione richiesta'],
      ['405-7719204-2290183', 'Articolo danneggiato o difettoso', 'Azione richiesta'],
    ]);
  });

  it('a reason inside a sentence, or two reasons in one card, is unknown', () => {
    expect(r.claims.slice(2).map((c) => c.reason)).toEqual([null, null]);
    expect(r.missing).toEqual(expect.arrayContaining(['claims[2].reason', 'claims[3].reason']));
  });
});
