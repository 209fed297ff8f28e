// The one table of where each marketplace's Seller Central lives (PAGES.md). Host -> marketplace, marketplace ->
// host, store domain ("Amazon.de") and "is this Seller Central at all" are all derived from it.
import { MARKETPLACES, type Marketplace } from '../model.ts';

export const SELLER_CENTRAL_HOST: Readonly<Record<Marketplace, string>> = {
  US: 'sellercentral.amazon.com', CA: 'sellercentral.amazon.ca', MX: 'sellercentral.amazon.com.mx',
  BR: 'sellercentral.amazon.com.br', UK: 'sellercentral.amazon.co.uk', DE: 'sellercentral.amazon.de',
  FR: 'sellercentral.amazon.fr', IT: 'sellercentral.amazon.it', ES: 'sellercentral.amazon.es',
  NL: 'sellercentral.amazon.nl', SE: 'sellercentral.amazon.se', PL: 'sellercentral.amazon.pl',
  BE: 'sellercentral.amazon.com.be', TR: 'sellercentral.amazon.com.tr', JP: 'sellercentral.amazon.co.jp',
  AU: 'sellercentral.amazon.com.au', SG: 'sellercentral.amazon.sg', AE: 'sellercentral.amazon.ae',
  SA: 'sellercentral.amazon.sa', EG: 'sellercentral.amazon.eg', IN: 'sellercentral.amazon.in',
};

/** Hosts that serve several marketplaces: the page says which. */
export const COMBINED_HOSTS = ['sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com'] as const;

const BY_HOST = new Map(MARKETPLACES.map((m) => [SELLER_CENTRAL_HOST[m], m]));
/** "sellercentral.amazon.de" -> "amazon.de", the store domain the page prints as "Amazon.de". */
const BY_STORE = new Map(MARKETPLACES.map((m) => [SELLER_CENTRAL_HOST[m].replace(/^sellercentral\./, ''), m]));
const ALL_HOSTS = new Set<string>([...BY_HOST.keys(), ...COMBINED_HOSTS]);

export function marketplaceOfHost(host: string): Marketplace | null {
  return BY_HOST.get(host.toLowerCase()) ?? null;
}

export function marketplaceOfStoreDomain(domain: string): Marketplace | null {
  return BY_STORE.get(domain.toLowerCase()) ?? null;
}

export function isSellerCentralHost(host: string): boolean {
  return ALL_HOSTS.has(host.toLowerCase());
}
