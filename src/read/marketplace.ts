import type { Marketplace } from '../model.ts';

/** Seller Central host -> marketplace. Combined hosts (Europe, Japan) return null: the page must say. */
const HOSTS: Record<string, Marketplace> = {
  'sellercentral.amazon.com': 'US', 'sellercentral.amazon.ca': 'CA', 'sellercentral.amazon.com.mx': 'MX',
  'sellercentral.amazon.com.br': 'BR', 'sellercentral.amazon.co.uk': 'UK', 'sellercentral.amazon.de': 'DE',
  'sellercentral.amazon.fr': 'FR', 'sellercentral.amazon.it': 'IT', 'sellercentral.amazon.es': 'ES',
  'sellercentral.amazon.nl': 'NL', 'sellercentral.amazon.se': 'SE', 'sellercentral.amazon.pl': 'PL',
  'sellercentral.amazon.com.be': 'BE', 'sellercentral.amazon.com.tr': 'TR', 'sellercentral.amazon.co.jp': 'JP',
  'sellercentral.amazon.com.au': 'AU', 'sellercentral.amazon.sg': 'SG', 'sellercentral.amazon.ae': 'AE',
  'sellercentral.amazon.sa': 'SA', 'sellercentral.amazon.eg': 'EG', 'sellercentral.amazon.in': 'IN',
};

export function marketplaceFromHost(host: string): Marketplace | null {
  return HOSTS[host.toLowerCase()] ?? null;
}
