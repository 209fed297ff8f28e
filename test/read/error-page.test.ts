// A Seller Central error page ("page not found", an error code, "something went wrong") saved under an order's
// address is refused, even when it prints that order's id: its title or main heading says what it is, in the
// marketplaces' languages. A real order page that says "not found" elsewhere (a tracking line, a buyer's words), or
// whose heading holds an id or an amount with the digits of an error code, is still read.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { kindFromPage } from '../../src/read/kind.ts';
import { notSellerCentral, showsNoRecords } from '../../src/read/page-guard.ts';
import { page } from './helpers.ts';

/** What the command line says of a saved page: a reason to refuse it, or null when it is read. */
function refusal(html: string, url: string): string | null {
  const d = loadPage(html, url);
  const known = kindFromPage(d) !== 'unknown';
  return notSellerCentral(d, known) ?? showsNoRecords(d, known, readPage(d, url));
}

const errorPage = (title: string, heading: string, text: string, lang: string) => page(`<div id="sc-navbar-container"><a href="/home">seller central</a></div>
  <div class="err-main"><h1>${heading}</h1><p>${text}</p><p><a href="/home">Home</a> · <a href="/orders-v3">Orders</a></p></div>`,
{ lang, head: `<title>${title}</title>` });

describe('error pages at an order address, with the order id on them', () => {
  const cases: [string, string, string][] = [
    ['amazon.de', errorPage('Seite nicht gefunden - Seller Central', 'Leider konnten wir diese Seite nicht finden',
      'Die angeforderte Seite (Bestellung 028-4471652-1190345) wurde verschoben.', 'de-DE'), '028-4471652-1190345'],
    ['amazon.co.jp', errorPage('セラーセントラル', 'お探しのページが見つかりません', '注文番号 503-1198273-6650021 のページは表示できません。', 'ja-JP'), '503-1198273-6650021'],
    ['amazon.com.tr', errorPage('Sayfa bulunamadı - Seller Central', 'Üzgünüz', 'Sipariş 407-5521903-2284716 sayfası taşınmış olabilir.', 'tr-TR'), '407-5521903-2284716'],
    ['amazon.pl', errorPage('Seller Central', 'Błąd 404', 'Zamówienie 404-3380192-7761528 — nie znaleziono strony.', 'pl-PL'), '404-3380192-7761528'],
    ['amazon.ae', errorPage('Seller Central', 'عذرًا، لم يتم العثور على الصفحة', 'الطلب 171-9920371-4408215', 'ar-AE'), '171-9920371-4408215'],
    ['amazon.com.mx', errorPage('Algo salió mal', 'Página no encontrada', 'Pedido 701-2293810-5521967: la página ya no existe.', 'es-MX'), '701-2293810-5521967'],
  ];
  it.each(cases)('%s: refused as an error page, and read as no order page', (host, html, id) => {
    const url = `https://sellercentral.${host}/orders-v3/order/${id}`;
    expect(refusal(html, url)).toMatch(/error page/);
    const r = readPage(loadPage(html, url), url);
    expect(r.kind).toBe('unknown');
    expect(r.orders).toEqual([]);
    expect(r.missing).toContain('kind');
  });
});

describe('real pages that say "not found" or print an error code\'s digits elsewhere are still read', () => {
  it('an Italian order page with a tracking line "non trovato" and a heading holding an order id starting 404-', () => {
    const id = '404-2219837-5530126';
    const html = page(`<main id="sc-content-container"><div class="ord"><h1>Ordine ${id}</h1>
      <div class="z"><span class="l">ID ordine</span> <span class="v">${id}</span></div>
      <div class="z"><span class="l">Spedito il</span> <span class="v">2 dic 2026</span></div>
      <p>Stato della spedizione: tracciamento non trovato</p></div></main>`, { lang: 'it-IT', head: '<title>Dettagli ordine - Seller Central</title>' });
    const url = `https://sellercentral.amazon.it/orders-v3/order/${id}`;
    expect(refusal(html, url)).toBeNull();
    const r = readPage(loadPage(html, url), url);
    expect(r.kind).toBe('order-details');
    expect(r.orders).toEqual([expect.objectContaining({ orderId: id })]);
  });

  it('a Spanish order page with no h1, whose first heading is its own and whose buyer note says "página no encontrada"', () => {
    const id = '402-7719283-1102934';
    const html = page(`<main id="sc-content-container"><h2>Detalles del pedido</h2>
      <div class="z"><span class="l">ID del pedido</span> <span class="v">${id}</span></div>
      <div class="z"><span class="l">Enviado el</span> <span class="v">3 dic 2026</span></div>
      <h3>Nota del comprador</h3><p>Página no encontrada al abrir el enlace de seguimiento.</p></main>`, { lang: 'es-ES' });
    const url = `https://sellercentral.amazon.es/orders-v3/order/${id}`;
    expect(refusal(html, url)).toBeNull();
    expect(readPage(loadPage(html, url), url).orders).toEqual([expect.objectContaining({ orderId: id })]);
  });

  it('a Canadian claim page titled with an amount of 500 is not an error page', () => {
    const d = loadPage(page('<h1>Claim for CA$500.00</h1><p>Item not received</p>', { head: '<title>A-to-z claim 500 - Seller Central</title>' }),
      'https://sellercentral.amazon.ca/gp/guarantee-claims/claim-details.html?claimId=1');
    expect(readPage(d, d.URL).kind).toBe('claim');
  });
});
