// BS-CLAIMS-PROTECTED: only a label bought through Buy Shipping can be Claims Protected. Where an order page without
// a package box shows the tracking id as a plain span (a label bought elsewhere), the order is not bought through
// Amazon and so not protected; a Buy Shipping link there leaves protection unknown (the badge is not shown).
import { describe, expect, it } from 'vitest';
import { page, readHtml } from './helpers.ts';

describe('an own label under a tracking label (French UI, France)', () => {
  const read = (tracking: string) => readHtml(page(`<div id="MYO-app"><h1>Détails de la commande</h1>
    <p>N° de commande : 406-5518204-7719204</p><dl class="colis"><dt>Date d'expédition</dt><dd>3 déc. 2026</dd>
    <dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>${tracking}</dd></dl></div>`, { lang: 'fr-FR' }),
  'https://sellercentral.amazon.fr/orders-v3/order/406-5518204-7719204').orders[0]!;

  it('a plain span: not bought through Amazon, not protected', () => {
    expect(read('<span class="suivi">6A22019384756</span>')).toMatchObject({
      trackingId: '6A22019384756', boughtThroughAmazon: false, claimsProtected: false,
    });
  });

  it('a Buy Shipping link: bought through Amazon, protection unknown without its badge', () => {
    expect(read('<a href="#" class="suivi">6A22019384756</a>')).toMatchObject({ boughtThroughAmazon: true, claimsProtected: null });
  });
});

describe('an own label in a shipments table (English UI, United States)', () => {
  it('is not protected', () => {
    const r = readHtml(page(`<div id="MYO-app"><p>Order ID: 113-5518204-7719204</p><table><thead><tr><th>Ship Date</th>
      <th>Carrier</th><th>Tracking ID</th></tr></thead><tbody><tr><td>Dec 3, 2026</td><td>USPS</td>
      <td><span>9400111899223344556677</span></td></tr></tbody></table></div>`),
    'https://sellercentral.amazon.com/orders-v3/order/113-5518204-7719204');
    expect(r.orders[0]).toMatchObject({ carrier: 'USPS', boughtThroughAmazon: false, claimsProtected: false });
  });
});
