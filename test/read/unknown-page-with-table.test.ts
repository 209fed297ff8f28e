// A Seller Central page of a kind no reader knows that shows a table of its own data (FBA shipments, payments) is a
// page read as kind "unknown" (CONTRACT.md §2), not refused as an error page; a page with the chrome and no data
// at all ("page not found", an error, an expired session) still is.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { kindFromPage } from '../../src/read/kind.ts';
import { notSellerCentral, showsNoRecords } from '../../src/read/page-guard.ts';

const CHROME = '<div id="sc-navbar-container"><nav class="sc-navbar"><a class="sc-logo-link" href="/home">amazon seller central</a></nav></div>';
const doc = (content: string, lang: string) => `<!doctype html><html lang="${lang}"><head><title>Seller Central</title></head>
  <body>${CHROME}<div id="sc-content-container">${content}</div></body></html>`;

function refusal(html: string, url: string): string | null {
  const d = loadPage(html, url);
  const known = kindFromPage(d) !== 'unknown';
  return notSellerCentral(d, known) ?? showsNoRecords(d, known, readPage(d, url));
}

describe('unknown Seller Central pages', () => {
  const shipments = doc(`<h1>Sendungen an Amazon</h1><table><thead><tr><th>Sendungsname</th><th>Sendungs-ID</th><th>Status</th></tr></thead>
    <tbody><tr><td>Nachschub Januar</td><td>FBA19QX01ABC</td><td>Versandt</td></tr><tr><td>Kerzen</td><td>FBA19QX02DEF</td><td>Abgeschlossen</td></tr></tbody></table>`, 'de-DE');
  const url = 'https://sellercentral.amazon.de/fba/inbound-queue';

  it('a page showing a data table is read as kind unknown, its content listed as unread, no records taken', () => {
    expect(refusal(shipments, url)).toBeNull();
    const r = readPage(loadPage(shipments, url), url);
    expect(r.kind).toBe('unknown');
    expect(r.orders.length + r.claims.length + r.messages.length + r.returns.length).toBe(0);
    expect(r.missing).toContain('kind');
  });

  it('a page with the chrome and a sentence only is still refused', () => {
    expect(refusal(doc('<h1>Page introuvable</h1><p>Cette adresse ne correspond à aucune page.</p>', 'fr-FR'),
      'https://sellercentral.amazon.fr/fba/inbound-queue')).toMatch(/shows no order/);
  });

  it('a table laying out links on an error page (words only, no number, date or id) is no data', () => {
    expect(refusal(doc(`<h1>Seite nicht gefunden</h1><table><tr><td><a href="/home">Startseite</a></td><td><a href="/help">Hilfe</a></td></tr>
      <tr><td><a href="/orders-v3">Bestellungen</a></td><td><a href="/inventory">Inventar</a></td></tr></table>`, 'de-DE'), url)).toMatch(/shows no order/);
  });

  it('a table of one row, or of empty cells, is no data', () => {
    expect(refusal(doc('<table><tr><td>Fehler</td><td>503</td></tr></table>', 'de-DE'), url)).toMatch(/shows no order/);
    expect(refusal(doc('<table><tr><td></td><td></td></tr><tr><td></td><td></td></tr></table>', 'de-DE'), url)).toMatch(/shows no order/);
  });
});
