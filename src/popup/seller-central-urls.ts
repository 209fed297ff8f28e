// Where a marketplace's Seller Central lives, to open an order page or a help page where the seller is signed in.
import type { Marketplace } from '../model.ts';

const HOST: Record<Marketplace, string> = {
  US: 'sellercentral.amazon.com', CA: 'sellercentral.amazon.ca', MX: 'sellercentral.amazon.com.mx',
  BR: 'sellercentral.amazon.com.br', UK: 'sellercentral.amazon.co.uk', DE: 'sellercentral.amazon.de',
  FR: 'sellercentral.amazon.fr', IT: 'sellercentral.amazon.it', ES: 'sellercentral.amazon.es',
  NL: 'sellercentral.amazon.nl', SE: 'sellercentral.amazon.se', PL: 'sellercentral.amazon.pl',
  BE: 'sellercentral.amazon.com.be', TR: 'sellercentral.amazon.com.tr', JP: 'sellercentral.amazon.co.jp',
  AU: 'sellercentral.amazon.com.au', SG: 'sellercentral.amazon.sg', AE: 'sellercentral.amazon.ae',
  SA: 'sellercentral.amazon.sa', EG: 'sellercentral.amazon.eg', IN: 'sellercentral.amazon.in',
};

/** Unknown marketplace: the .com host, where Seller Central's sign-in sends a seller on to their own region. */
export function sellerCentralHost(marketplace: string | null): string {
  return (marketplace && HOST[marketplace as Marketplace]) || HOST.US;
}

export function orderPageUrl(orderId: string, marketplace: string | null): string {
  return `https://${sellerCentralHost(marketplace)}/orders-v3/order/${encodeURIComponent(orderId)}`;
}
