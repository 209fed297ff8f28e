// Claim fields in the wordings each UI uses besides the ones first modelled: the bare "Status"/"Stato", the amount
// claimed, the filing date and the response deadline, whether the pairs are <dt>/<dd>, labelled lines or table
// headers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/pages/claim-detail-de-definition-pairs.html', import.meta.url));

describe('a German claim detail as <dt>/<dd> pairs (amazon.de)', () => {
  const r = readHtml(readFileSync(FIXTURE, 'utf8'), 'https://sellercentral.amazon.de/gp/guarantee-claims/claim-details.html?claimId=6288104519');

  it('reads status, amount, filing date and deadline from their German wordings', () => {
    expect(r.claims).toEqual([expect.objectContaining({ orderId: '302-6614082-2290573', status: 'Handlung erforderlich',
      amount: { value: 36.4, currency: 'EUR' }, filedAt: '2026-12-02T00:00:00+01:00', respondBy: '2026-12-07T18:30:00+01:00' })]);
  });
});

describe('an Italian claim detail on amazon.es', () => {
  it('reads "Stato", "Importo richiesto", "Data di presentazione" and "Rispondi entro"', () => {
    const r = readHtml(page(`<div id="sc-content-container"><dl>
      <dt>Numero ordine</dt><dd><a href="/orders-v3/order/408-2204917-6631058">408-2204917-6631058</a></dd>
      <dt>Stato</dt><dd>Azione richiesta</dd><dt>Importo richiesto</dt><dd>21,00 €</dd>
      <dt>Data di presentazione</dt><dd>lun 30 nov 2026</dd><dt>Rispondi entro</dt><dd>gio 3 dic 2026, 09:00 CET</dd></dl></div>`,
    { lang: 'it-IT' }), 'https://sellercentral.amazon.es/gp/guarantee-claims/claim-details.html?claimId=6288100021');
    expect(r.claims[0]).toEqual(expect.objectContaining({ status: 'Azione richiesta', amount: { value: 21, currency: 'EUR' },
      filedAt: '2026-11-30T00:00:00+01:00', respondBy: '2026-12-03T09:00:00+01:00' }));
  });
});

describe('a French SAFE-T claim on amazon.ca', () => {
  it('reads "Montant réclamé :" as the amount', () => {
    const r = readHtml(page(`<div id="sc-content-container"><div id="claim-content-wrapper-40112-33810-2207645">
      <p><span>Numéro de commande :</span> <a href="/orders-v3/order/702-3318406-1125590">702-3318406-1125590</a></p>
      <p><span>Montant réclamé :</span> <span>42,75 $ CA</span></p></div></div>`, { lang: 'fr-CA' }),
    'https://sellercentral.amazon.ca/safet-claims/claim/40112-33810-2207645');
    expect(r.claims[0]?.amount).toEqual({ value: 42.75, currency: 'CAD' });
  });
});

describe('a German claims list whose filing column is "Eingereicht am" (amazon.fr)', () => {
  it('reads the filing date by that column', () => {
    const r = readHtml(page(`<div id="sc-content-container"><table><thead><tr><th>Bestellnummer</th><th>Antragsgrund</th><th>Eingereicht am</th></tr></thead>
      <tbody><tr><td><a href="/orders-v3/order/171-4490382-7716024">171-4490382-7716024</a></td><td>Artikel nicht erhalten</td><td>Fr., 27. Nov. 2026</td></tr></tbody></table></div>`,
    { lang: 'de-DE' }), 'https://sellercentral.amazon.fr/gp/guarantee-claims/home.html');
    expect(r.claims.map((c) => [c.orderId, c.filedAt])).toEqual([['171-4490382-7716024', '2026-11-27T00:00:00+01:00']]);
  });
});
