// An order status shown only as a drawn icon (<svg aria-label="Versendet"><circle/></svg>): the icon is one element
// whose name is the status, however many shapes draw it; two icons that disagree leave the status unknown.
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

const icon = (name: string) => `<svg role="img" aria-label="${name}" width="16" height="16"><circle cx="8" cy="8" r="7"/><path d="M4 8h8"/></svg>`;
const html = (icons: string) => page(`<main id="sc-content-container"><div class="bestellung">
  <h1>Bestelldetails</h1><p>Bestellnummer: <span>304-6610274-5583019</span></p><div class="kopf">${icons}</div>
  <table><tr><th>Versand bis</th><td>Mo., 7. Dez. 2026</td></tr></table></div></main>`, { lang: 'de-DE' });
const url = 'https://sellercentral.amazon.de/orders-v3/order/304-6610274-5583019';

describe('an order status shown only as a drawn icon (German UI, amazon.de)', () => {
  it('reads the icon by its name', () => {
    expect(readHtml(html(icon('Versendet')), url).orders[0]?.status).toBe('shipped');
  });

  it('two drawn icons that disagree leave it unknown', () => {
    const r = readHtml(html(icon('Versendet') + icon('Zugestellt')), url);
    expect(r.orders[0]?.status).toBeNull();
    expect(r.missing).toContain('orders[0].status');
  });
});
