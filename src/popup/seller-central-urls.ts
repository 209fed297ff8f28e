// Where a marketplace's Seller Central lives, to open an order page or a help page where the seller is signed in.
import type { Marketplace } from '../model.ts';
import { SELLER_CENTRAL_HOST } from '../read/hosts.ts';

/** Unknown marketplace: the .com host, where Seller Central's sign-in sends a seller on to their own region. */
export function sellerCentralHost(marketplace: string | null): string {
  return (marketplace && SELLER_CENTRAL_HOST[marketplace as Marketplace]) || SELLER_CENTRAL_HOST.US;
}

export function orderPageUrl(orderId: string, marketplace: string | null): string {
  return `https://${sellerCentralHost(marketplace)}/orders-v3/order/${encodeURIComponent(orderId)}`;
}
