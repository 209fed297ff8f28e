// Claim values a label names but the page shows otherwise: through a Katal display element under the label
// ("<dd><kat-label text="In Prüfung">"), as an icon whose accessible name is the whole field ("Antragsstatus: In
// Prüfung" on a mark that says nothing), and under "Decision", whose value says whether it is the status or the date.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('claim cards whose status is a kat-label under its label (German UI, amazon.de)', () => {
  const card = (id: string, status: string) => `<kat-box class="k"><dl>
    <div><dt>Bestellung</dt><dd><a href="/orders-v3/order/${id}">${id}</a></dd></div>
    <div><dt>Status</dt><dd>${status}</dd></div>
    <div><dt>Antragsbetrag</dt><dd>24,90 €</dd></div></dl></kat-box>`;
  const html = (cards: string) => page(`<main id="sc-content-container"><div class="ansprueche"><h1>A-bis-z-Garantieanträge</h1>
    ${cards}</div></main>`, { lang: 'de-DE' });
  const url = 'https://sellercentral.amazon.de/gp/guarantee-claims/home.html';

  it('reads the status the kat-label paints', () => {
    const r = readHtml(html(card('302-1120937-5581046', '<kat-label text="In Prüfung"></kat-label>') +
      card('302-7730125-9914028', '<span><kat-badge label="Maßnahme erforderlich"></kat-badge></span>')), url);
    expect(r.claims.map((c) => [c.orderId, c.status])).toEqual([
      ['302-1120937-5581046', 'In Prüfung'], ['302-7730125-9914028', 'Maßnahme erforderlich']]);
  });

  it('a button under the label is no value', () => {
    const r = readHtml(html(card('302-1120937-5581046', '<kat-button label="Antworten"></kat-button>')), url);
    expect(r.claims[0]?.status).toBeNull();
    expect(r.missing).toContain('claims[0].status');
  });
});

describe('a claim status shown only as an icon named "label: value" (Spanish UI, amazon.es)', () => {
  const html = page(`<main id="sc-content-container"><div class="rec"><h1>Reclamación de la Garantía de la A a la Z</h1>
    <p><span class="k">Número de pedido</span> <a href="/orders-v3/order/404-2287130-5519462">404-2287130-5519462</a>
    <span class="tag" aria-label="Estado de la reclamación: En revisión"><i class="ico"></i></span></p>
    <p><span class="k">Motivo</span> <span>Artículo no recibido</span></p></div></main>`, { lang: 'es-ES' });

  it('reads the status from the icon', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.es/gp/guarantee-claims/claim-details.html?claimId=7720193348');
    expect(r.claims).toEqual([expect.objectContaining({ orderId: '404-2287130-5519462', status: 'En revisión', reason: 'Artículo no recibido' })]);
  });
});

describe('"Decision" as a label', () => {
  const html = (rows: string, lang: string) => page(`<main id="sc-content-container"><div class="c">
    <p>Order <a href="/orders-v3/order/113-4410293-7718205">113-4410293-7718205</a></p>
    ${rows}</div></main>`, { lang });

  it('a status word under it is the status, and the funder it names (amazon.com)', () => {
    const r = readHtml(html(`<div><div class="l">Decision</div><div class="v">Granted/Amazon Funded</div></div>
      <div><div class="l">Decision date</div><div class="v">Dec 2, 2026</div></div>`, 'en-US'),
    'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=9920174411');
    expect(r.claims).toEqual([expect.objectContaining({ status: 'Granted/Amazon Funded', fundedBy: 'amazon',
      decidedAt: '2026-12-02T00:00:00-08:00' })]);
  });

  it('a date under it is the decision date (Italian UI, amazon.it)', () => {
    const r = readHtml(html(`<div><div class="l">Decisione</div><div class="v">2 dic 2026</div></div>
      <div><div class="l">Stato</div><div class="v">In revisione</div></div>`, 'it-IT'),
    'https://sellercentral.amazon.it/gp/guarantee-claims/claim-details.html?claimId=9920174412');
    expect(r.claims).toEqual([expect.objectContaining({ status: 'In revisione', decidedAt: '2026-12-02T00:00:00+01:00' })]);
  });

  it('anything else under it is neither', () => {
    const r = readHtml(html('<div><div class="l">Decision</div><div class="v">See the email we sent you</div></div>', 'en-US'),
      'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=9920174413');
    expect(r.claims[0]).toEqual(expect.objectContaining({ status: null, decidedAt: null }));
  });
});
