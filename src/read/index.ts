// Document + URL -> PageReading. The same code runs in the content script and in the CLI (on a jsdom document).
import { parseOrderId, type OrderFacts, type OrderStatus, type PageKind, type PageReading } from '../model.ts';
import { marketplaceFromHost } from './marketplace.ts';

export function detectKind(url: URL): PageKind {
  const p = url.pathname;
  if (/^\/orders-v3\/order\/|\/orders-v2\/details/.test(p)) return 'order-details';
  if (/^\/orders-v3/.test(p)) return 'order-list';
  return 'unknown';
}

const STATUS_CLASSES: Record<string, OrderStatus> = {
  'pending-status': 'pending', 'unshipped-status': 'unshipped', 'shipped-status': 'shipped',
  'delivered-status': 'delivered', 'canceled-status': 'canceled',
};

function readOrderDetails(doc: Document, url: URL, missing: string[]): OrderFacts[] {
  const orderId = parseOrderId(doc.querySelector('[data-test-id="order-id-value"]')?.textContent) ??
    parseOrderId(url.pathname);
  if (!orderId) { missing.push('orders[0].orderId'); return []; }
  const statusEl = doc.querySelector('[data-test-id="item-status-label"] .main-status');
  const cls = statusEl ? [...statusEl.classList].find((c) => c in STATUS_CLASSES) : undefined;
  const status = cls ? STATUS_CLASSES[cls] ?? null : null;
  const order: OrderFacts = {
    orderId, status, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null, deliveredAt: null,
    carrier: null, trackingId: null, shippingService: null, boughtThroughAmazon: null, claimsProtected: null,
    fulfillment: null,
  };
  for (const [k, val] of Object.entries(order)) if (val === null) missing.push(`orders[0].${k}`);
  return [order];
}

export function readPage(doc: Document, href: string): PageReading {
  const url = new URL(href);
  const kind = detectKind(url);
  const missing: string[] = [];
  const orders = kind === 'order-details' ? readOrderDetails(doc, url, missing) : [];
  const lang = doc.documentElement.getAttribute('lang');
  return {
    kind,
    marketplace: marketplaceFromHost(url.hostname),
    uiLanguage: lang ? lang.split('-')[0]!.toLowerCase() : null,
    orders, claims: [], messages: [], returns: [], missing,
  };
}
