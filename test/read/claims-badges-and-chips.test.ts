// A claims list whose status is drawn as a badge or a chip rather than written in a labelled cell: a column whose
// header names it only as a tooltip (<th aria-label="Status"></th>) over cells that show a kat-badge; a card whose
// status is a plain chip; a loading row that shows no record; a deadline after an icon ("⏱ Respond by <b>…</b>");
// and the short German labels (Grund, Betrag, Entschieden am).
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('a claims table with a status column named only by its tooltip (German UI, amazon.de)', () => {
  const row = (badge: string, id: string, reason: string, amount: string, decided: string) => `<tr><td><kat-badge label="${badge}"></kat-badge></td>
    <td><a href="/orders-v3/order/${id}">${id}</a></td><td>${reason}</td><td>${amount}</td><td>${decided}</td></tr>`;
  const html = page(`<main id="sc-content-container"><h1>A-bis-z-Garantieanträge</h1><table><thead><tr><th aria-label="Status"></th>
    <th>Bestellnummer</th><th>Grund</th><th>Betrag</th><th>Entschieden am</th></tr></thead><tbody>
    ${row('In Prüfung', '028-1192837-4456201', 'Artikel nicht erhalten', '24,99 €', '–')}
    ${row('Abgeschlossen/Abgelehnt', '028-5530192-7718203', 'Artikel beschädigt', '12,50 €', '01.12.2026')}
    <tr aria-busy="true"><td colspan="5"><kat-spinner></kat-spinner></td></tr></tbody></table></main>`, { lang: 'de-DE' });

  it('reads each row\'s status from its badge, reason, amount and decision date; the loading row is no record', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.de/gp/guarantee-claims/home.html');
    expect(r.claims).toEqual([
      expect.objectContaining({ orderId: '028-1192837-4456201', status: 'In Prüfung', reason: 'Artikel nicht erhalten', amount: { value: 24.99, currency: 'EUR' }, decidedAt: null }),
      expect.objectContaining({ orderId: '028-5530192-7718203', status: 'Abgeschlossen/Abgelehnt', amount: { value: 12.5, currency: 'EUR' }, decidedAt: '2026-12-01T00:00:00+01:00' }),
    ]);
    expect(r.missing).not.toContain('claims');
  });
});

describe('claim cards whose status is a plain chip (amazon.co.uk)', () => {
  const card = (chip: string, id: string, extra = '') => `<article class="card"><header><span class="chip">${chip}</span></header>
    <div><span class="k">Order</span> <a href="/orders-v3/order/${id}">${id}</a></div>
    <div><span class="k">Reason</span> <span>Item not received</span></div>
    <div><span class="k">Amount</span> <span>£24.00</span></div>${extra}</article>`;
  const html = page(`<main id="sc-content-container"><h1>A-to-z Guarantee Claims</h1><div class="grid">
    ${card('Action required', '204-5512093-1182736', '<div class="due"><i class="icon-clock"></i> Respond by <strong>9 Dec 2026</strong></div>')}
    ${card('Granted/Amazon Funded', '204-7710293-5528104')}</div></main>`, { lang: 'en-GB' });

  it('reads each card\'s chip as its status, and the deadline written after an icon', () => {
    const r = readHtml(html, 'https://sellercentral.amazon.co.uk/gp/guarantee-claims/home.html');
    expect(r.claims).toEqual([
      expect.objectContaining({ orderId: '204-5512093-1182736', status: 'Action required', respondBy: '2026-12-09T00:00:00+00:00' }),
      expect.objectContaining({ orderId: '204-7710293-5528104', status: 'Granted/Amazon Funded', fundedBy: 'amazon' }),
    ]);
  });

  it('a card showing two different status words has none', () => {
    const two = page(`<main id="sc-content-container"><div class="grid">${card('Under review', '204-1102938-7746120', '<p><span>Action required</span></p>')}
      ${card('Under review', '204-2291038-5517203')}</div></main>`, { lang: 'en-GB' });
    const r = readHtml(two, 'https://sellercentral.amazon.co.uk/gp/guarantee-claims/home.html');
    expect(r.claims[0]?.status).toBeNull();
    expect(r.claims[1]?.status).toBe('Under review');
  });
});
