// Rule id -> the help page it rests on (the policy table keeps it), opened on the seller's own Seller Central host
// where the page is a Seller Central help page, because that is where the seller is signed in.
import type { Marketplace, RuleId } from '../model.ts';
import { helpUrlFor } from '../rules/policy-sources.ts';
import { sellerCentralHost } from './seller-central-urls.ts';

const US_SELLER_CENTRAL = 'https://sellercentral.amazon.com/';

export function ruleHelpUrl(ruleId: RuleId, marketplace: Marketplace | null): string | null {
  const url = helpUrlFor(ruleId);
  if (!url) return null;
  if (!marketplace || !url.startsWith(US_SELLER_CENTRAL)) return url;
  return `https://${sellerCentralHost(marketplace)}/${url.slice(US_SELLER_CENTRAL.length)}`;
}
