// PageReadings built from ../shared/reference-pages/expected-readings.json: the facts a correct reader returns for
// the reference pages, with date-only values turned into ISO times the way CONTRACT.md §2 defines them (that day
// at 00:00 in the marketplace's zone). Lets the rules be tested on the reference pages' facts without the readers.
import { readFileSync } from 'node:fs';
import type { ClaimFacts, MessageFacts, OrderFacts, PageReading, ReturnFacts } from '../../src/model.ts';
import { formatIso, parseTime, zoneOf } from '../../src/rules/time.ts';
import { fileURLToPath } from 'node:url';

export const REFERENCE_DIR = fileURLToPath(new URL('../fixtures/reference', import.meta.url));

interface ExpectedRead {
  kind?: PageReading['kind']; marketplace?: PageReading['marketplace']; uiLanguage?: string | null;
  orders?: Partial<OrderFacts>[]; claims?: Partial<ClaimFacts>[]; messages?: Partial<MessageFacts>[]; returns?: Partial<ReturnFacts>[];
}
interface Expected { url: string; read: ExpectedRead }

export const EXPECTED = JSON.parse(readFileSync(`${REFERENCE_DIR}/expected-readings.json`, 'utf8')) as Record<string, Expected>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function isoFields<T extends object>(o: T, zone: string): T {
  const out = { ...o } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === 'string' && DATE_ONLY.test(v)) out[k] = formatIso(parseTime(v, zone)!, zone);
  }
  return out as T;
}

const ORDER_NULLS: Omit<OrderFacts, 'orderId'> = {
  status: null, purchaseDate: null, shipBy: null, deliverBy: null, shippedAt: null, deliveredAt: null, carrier: null,
  trackingId: null, shippingService: null, boughtThroughAmazon: null, claimsProtected: null, fulfillment: null,
};
const CLAIM_NULLS: Omit<ClaimFacts, 'orderId'> = {
  claimType: null, reason: null, status: null, amount: null, filedAt: null, respondBy: null, decidedAt: null, fundedBy: null,
};
const RETURN_NULLS: Omit<ReturnFacts, 'orderId'> = { status: null, requestedAt: null, receivedAt: null, refundedAt: null, reason: null };

/** The reading a correct reader returns for reference page `file`. */
export function referenceReading(file: string): PageReading {
  const e = EXPECTED[file];
  if (!e) throw new Error(`no expected reading for ${file}`);
  const r = e.read;
  const zone = zoneOf(r.marketplace ?? null);
  return {
    kind: r.kind ?? 'unknown', marketplace: r.marketplace ?? null, uiLanguage: r.uiLanguage ?? null,
    orders: (r.orders ?? []).map((o) => isoFields({ ...ORDER_NULLS, ...o } as OrderFacts, zone)),
    claims: (r.claims ?? []).map((c) => isoFields({ orderId: null, ...CLAIM_NULLS, ...c }, zone)),
    messages: (r.messages ?? []).map((m) => isoFields({ orderId: null, from: 'buyer', sentAt: null, text: '', ...m }, zone)),
    returns: (r.returns ?? []).map((x) => isoFields({ orderId: null, ...RETURN_NULLS, ...x }, zone)),
    missing: [],
  };
}

export const referenceUrl = (file: string) => EXPECTED[file]!.url;
