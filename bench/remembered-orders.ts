// What the extension would remember after a busy seller browsed for a few weeks: 1,000 orders across four
// marketplaces, in every status, some with claims, returns and buyer messages, seen as separate page readings
// (order pages, the claims list, the returns list, message threads) that the rules join by order id.
import type { ClaimFacts, Marketplace, MessageFacts, OrderFacts, OrderId, OrderStatus, PageReading, ReturnFacts }
  from '../src/model.ts';
import { seededRandom } from './stats.ts';

/** The clock every advise() call in the benchmark uses. */
export const BENCH_NOW = new Date('2026-11-24T20:00:00Z');

const DAY = 86_400_000;

const MARKETS: { market: Marketplace; prefixes: string[]; offset: string; currency: string; lang: string }[] = [
  { market: 'US', prefixes: ['111', '112', '113', '114'], offset: '-08:00', currency: 'USD', lang: 'en' },
  { market: 'UK', prefixes: ['202', '203', '204'], offset: '+00:00', currency: 'GBP', lang: 'en' },
  { market: 'DE', prefixes: ['302', '303', '304', '305'], offset: '+01:00', currency: 'EUR', lang: 'de' },
  { market: 'JP', prefixes: ['249', '250'], offset: '+09:00', currency: 'JPY', lang: 'ja' },
];

const STATUSES: [OrderStatus, number][] = [['pending', 0.05], ['unshipped', 0.2], ['shipped', 0.3], ['delivered', 0.35], ['canceled', 0.1]];
const CARRIERS = ['UPS', 'USPS', 'FedEx', 'Royal Mail', 'DHL', 'Yamato'];

const BUYER_TEXTS = [
  'Hi, where is my order? The tracking has not moved for three days.',
  'Please cancel my order, I ordered the wrong size by mistake.',
  'Tracking says delivered but I never received the package. Nothing at the door or with the neighbours.',
  'Can you send it to a different address? I moved last week: 42 Elm Street, Springfield.',
  'The lid arrived cracked, the box was crushed. What can you do?',
  'Could I pay you directly through PayPal and get a discount? My WhatsApp is +1 206 555 0199.',
  'I would like to return this item, it does not fit my stove.',
  'Thank you, it arrived today and works great!',
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function weighted<T>(rand: () => number, table: readonly [T, number][]): T {
  let r = rand();
  for (const [value, weight] of table) { if ((r -= weight) < 0) return value; }
  return table[table.length - 1]![0];
}

function digits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rand() * 10);
  return s;
}

function iso(ms: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  const local = new Date(ms + sign * (h! * 60 + m!) * 60_000);
  return local.toISOString().replace(/\.\d{3}Z$/, offset);
}

const reading = (kind: PageReading['kind'], marketplace: Marketplace, uiLanguage: string): PageReading =>
  ({ kind, marketplace, uiLanguage, orders: [], claims: [], messages: [], returns: [], missing: [] });

/** Page readings, oldest first, covering `count` distinct orders. Deterministic for a given seed. */
export function rememberedReadings(count = 1_000, seed = 7): PageReading[] {
  const rand = seededRandom(seed);
  const now = BENCH_NOW.getTime();
  const orderPages: PageReading[] = [];
  const claimLists = new Map<Marketplace, PageReading>();
  const returnLists = new Map<Marketplace, PageReading>();
  const threads: PageReading[] = [];
  const seen = new Set<string>();

  while (seen.size < count) {
    const m = weighted(rand, [[MARKETS[0]!, 0.7], [MARKETS[1]!, 0.1], [MARKETS[2]!, 0.1], [MARKETS[3]!, 0.1]]);
    const orderId = `${pick(rand, m.prefixes)}-${digits(rand, 7)}-${digits(rand, 7)}` as OrderId;
    if (seen.has(orderId)) continue;
    seen.add(orderId);

    const status = weighted(rand, STATUSES);
    const purchased = now - Math.floor(rand() * 40 * DAY);
    const shipped = status === 'shipped' || status === 'delivered';
    const boughtThroughAmazon = shipped ? rand() < 0.6 : null;
    const order: OrderFacts = {
      orderId, status,
      purchaseDate: iso(purchased, m.offset),
      shipBy: iso(purchased + 2 * DAY, m.offset),
      deliverBy: iso(purchased + 7 * DAY, m.offset),
      shippedAt: shipped ? iso(purchased + Math.floor(rand() * 3) * DAY, m.offset) : null,
      deliveredAt: status === 'delivered' ? iso(purchased + (4 + Math.floor(rand() * 5)) * DAY, m.offset) : null,
      carrier: shipped ? pick(rand, CARRIERS) : null,
      trackingId: shipped ? `1Z${digits(rand, 16)}` : null,
      shippingService: shipped ? 'Standard' : null,
      boughtThroughAmazon,
      claimsProtected: boughtThroughAmazon === null ? null : boughtThroughAmazon ? (rand() < 0.8 ? true : null) : false,
      fulfillment: 'MFN',
      firstScanAt: shipped && rand() < 0.5 ? iso(purchased + DAY, m.offset) : null,
      shipToCountry: m.market === 'UK' ? 'GB' : m.market,
    };
    const page = reading('order-details', m.market, m.lang);
    page.orders.push(order);
    orderPages.push(page);

    if (shipped && rand() < 0.1) {
      const claims = claimLists.get(m.market) ?? reading('claim-list', m.market, m.lang);
      claimLists.set(m.market, claims);
      const filed = purchased + 10 * DAY;
      const kind = weighted(rand, [['open', 0.5], ['granted', 0.35], ['safety', 0.15]] as const);
      const claim: ClaimFacts = {
        orderId, claimId: digits(rand, 10),
        claimType: kind === 'safety' ? 'safety' : 'a-to-z',
        reason: kind === 'safety' ? 'Property damage' : 'Item not received',
        status: kind === 'granted' ? 'Granted/Seller Funded' : 'Action required',
        amount: { value: 20 + Math.floor(rand() * 200), currency: m.currency },
        filedAt: iso(filed, m.offset),
        respondBy: kind === 'granted' ? null : iso(filed + 2 * DAY, m.offset),
        decidedAt: kind === 'granted' ? iso(filed + 3 * DAY, m.offset) : null,
        fundedBy: kind === 'granted' ? 'seller' : null,
      };
      claims.claims.push(claim);
    }

    if (status === 'delivered' && rand() < 0.12) {
      const returns = returnLists.get(m.market) ?? reading('returns', m.market, m.lang);
      returnLists.set(m.market, returns);
      const requested = purchased + 9 * DAY;
      const state = weighted(rand, [['pending-authorization', 0.4], ['received', 0.35], ['completed', 0.25]] as const);
      const ret: ReturnFacts = {
        orderId, status: state,
        requestedAt: iso(requested, m.offset),
        receivedAt: state === 'pending-authorization' ? null : iso(requested + 4 * DAY, m.offset),
        refundedAt: state === 'completed' ? iso(requested + 5 * DAY, m.offset) : null,
        reason: pick(rand, ['Item defective or does not work', 'No longer needed', 'Wrong item was sent']),
      };
      returns.returns.push(ret);
    }

    if (rand() < 0.25) {
      const thread = reading('messages', m.market, m.lang);
      const sent = purchased + Math.floor(rand() * 8) * DAY;
      const buyer: MessageFacts = { orderId, from: 'buyer', sentAt: iso(sent, m.offset), text: pick(rand, BUYER_TEXTS) };
      thread.messages.push(buyer);
      if (rand() < 0.4) {
        thread.messages.push({ orderId, from: 'seller', sentAt: iso(sent + DAY / 3, m.offset),
          text: 'Thank you for your message. We are looking into it and will reply shortly.' });
      }
      threads.push(thread);
    }
  }
  return [...orderPages, ...claimLists.values(), ...returnLists.values(), ...threads];
}
