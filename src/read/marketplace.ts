// Which marketplace a page belongs to. The host says it for single-marketplace hosts; the page's own content (the
// order's "Sales channel", the thread header's "Marketplace: Amazon.de") says which marketplace the shown order is
// in, which matters on the consolidated EU inbox and the combined hosts sellercentral-europe.amazon.com /
// sellercentral-japan.amazon.com; the marketplace switcher is the last resort.
import { MARKETPLACES, type Marketplace, type PageKind } from '../model.ts';
import { countryCode } from './countries.ts';
import { marketplaceOfHost, marketplaceOfStoreDomain } from './hosts.ts';
import { contentRoot } from './context.ts';
import { collapse, firstOf } from './dom.ts';
import { readLabelled } from './labelled.ts';
import { labelLookup } from './labels.ts';
import { CHROME } from './selectors/chrome.ts';
import { MESSAGES } from './selectors/messages.ts';
import { ORDER_DETAILS } from './selectors/order-details.ts';

/** Seller Central host -> marketplace. Combined hosts (Europe, Japan) return null: the page must say. */
export function marketplaceFromHost(host: string): Marketplace | null {
  return marketplaceOfHost(host);
}

/** "Amazon.de" -> DE; "Non-Amazon" (multi-channel orders) and anything else -> null. */
export function marketplaceFromStore(text: string | null | undefined): Marketplace | null {
  const m = /\bamazon(\.[a-z]{2,3}(?:\.[a-z]{2})?)\b/i.exec(collapse(text));
  return m ? marketplaceOfStoreDomain(`amazon${m[1]!}`) : null;
}

/** Amazon's marketplace ids (the switcher's data-marketplace-id, the legacy picker's option values). */
const MARKETPLACE_IDS: Record<string, Marketplace> = {
  ATVPDKIKX0DER: 'US', A2EUQ1WTGCTBG2: 'CA', A1AM78C64UM0Y8: 'MX', A2Q3Y263D00KWC: 'BR', A1F83G8C2ARO7P: 'UK',
  A1PA6795UKMFR9: 'DE', A13V1IB3VIYZZH: 'FR', APJ6JRA9NG5V4: 'IT', A1RKKUPIHCS9HS: 'ES', A1805IZSGTT6HS: 'NL',
  A2NODRKZP88ZB9: 'SE', A1C3SOZRARQ6R3: 'PL', AMEN7PMS3EDWL: 'BE', A33AVAJ2PDY3EV: 'TR', A1VC38T7YXB528: 'JP',
  A39IBJ37TRP1C6: 'AU', A19VAU5U5O7RUS: 'SG', A2VIGQ35RCS4UG: 'AE', A17E79C6D8DWNP: 'SA', ARBP9OOSHTCHU: 'EG',
  A21TJRUUN4KGV: 'IN',
};

export function marketplaceFromId(id: string | null | undefined): Marketplace | null {
  return id ? MARKETPLACE_IDS[id.trim()] ?? null : null;
}

/** A country name in the switcher ("United States", "美国", "Harbour Lane Home - Germany") -> marketplace. */
function marketplaceFromCountryName(text: string): Marketplace | null {
  const name = collapse(text).split(/\s+[-|–]\s+/).pop() ?? '';
  const code = countryCode(name);
  if (!code) return null;
  const mp = code === 'GB' ? 'UK' : code;
  return (MARKETPLACES as readonly string[]).includes(mp) ? (mp as Marketplace) : null;
}

function fromSwitcher(doc: Document): Marketplace | null {
  const selected = doc.querySelector(CHROME.switcherSelected);
  const byId = marketplaceFromId(selected?.getAttribute('data-marketplace-id'));
  if (byId) return byId;
  const regional = doc.querySelector(CHROME.switcherRegional);
  if (regional) {
    const byName = marketplaceFromCountryName(regional.textContent ?? '');
    if (byName) return byName;
  }
  const picker = doc.querySelector<HTMLSelectElement>(CHROME.legacyPicker);
  const option = picker?.querySelector('option[selected]') ?? picker?.options?.[picker.selectedIndex] ?? null;
  if (!option) return null;
  const value = option.getAttribute('value');
  return marketplaceFromId(value) ?? marketplaceFromStore(value) ?? marketplaceFromCountryName(option.textContent ?? '') ??
    marketplaceFromStore(option.textContent);
}

/**
 * What the page content says the shown order's marketplace is: the order's sales channel on an order page, the
 * thread header on a messages page. Other pages list many orders (each row its own channel): they have none.
 */
function fromContent(doc: Document, kind: PageKind): Marketplace | null {
  if (kind !== 'order-details' && kind !== 'messages') return null;
  const selectors = kind === 'order-details' ? ORDER_DETAILS.salesChannel : [MESSAGES.threadMarketplace];
  const el = firstOf(doc, selectors);
  if (el) return marketplaceFromStore(el.textContent);
  // Markup we do not know: the labelled value ("Sales channel: Amazon.de", "Marketplace: Amazon.de").
  const scope = kind === 'messages' ? firstOf(doc, MESSAGES.threadView) ?? contentRoot(doc) : contentRoot(doc);
  const field = kind === 'messages' ? 'marketplace' : 'salesChannel';
  return marketplaceFromStore(readLabelled(scope, kind === 'messages' ? threadLookup : orderLookup).get(field)?.value);
}

const orderLookup = labelLookup(['salesChannel']);
const threadLookup = labelLookup(['marketplace']);

export function detectMarketplace(doc: Document, url: URL, kind: PageKind): Marketplace | null {
  return fromContent(doc, kind) ?? marketplaceFromHost(url.hostname) ?? fromSwitcher(doc);
}
