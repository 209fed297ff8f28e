// Compares a PageReading with an expectation and reports every difference as one readable line, so a failing
// fixture shows all that is wrong at once instead of the first assertion only.
import type { PageReading } from '../../src/model.ts';
import { DATE_ONLY, isIsoWithOffset, localDate, zoneOf } from './dates.ts';
import type { ExpectedItem, ExpectedReading } from './pages.ts';

export const LIST_KEYS = ['orders', 'claims', 'messages', 'returns'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** The fields ../shared/CONTRACT.md §2 names for each list: a null in one of them must be listed in `missing`. */
export const CONTRACT_FIELDS: Record<ListKey, readonly string[]> = {
  orders: ['orderId', 'status', 'purchaseDate', 'shipBy', 'deliverBy', 'shippedAt', 'deliveredAt', 'carrier', 'trackingId',
    'shippingService', 'boughtThroughAmazon', 'claimsProtected', 'fulfillment'],
  claims: ['orderId', 'claimType', 'reason', 'status', 'amount', 'filedAt', 'respondBy', 'decidedAt', 'fundedBy'],
  messages: ['orderId', 'from', 'sentAt', 'text'],
  returns: ['orderId', 'status', 'requestedAt', 'receivedAt', 'refundedAt', 'reason'],
};

export const DATE_FIELDS = new Set(['purchaseDate', 'shipBy', 'deliverBy', 'shippedAt', 'deliveredAt', 'firstScanAt', 'filedAt',
  'respondBy', 'decidedAt', 'sentAt', 'requestedAt', 'receivedAt', 'refundedAt']);

const show = (v: unknown) => JSON.stringify(v) ?? 'undefined';

export function compareField(path: string, field: string, want: unknown, got: unknown, zone: string): string | null {
  if (want === null) return got === null ? null : `${path}: expected null, got ${show(got)}`;
  if (DATE_FIELDS.has(field) && typeof want === 'string') {
    if (!isIsoWithOffset(got)) return `${path}: expected ${want}, got ${show(got)} (not ISO-8601 with an offset)`;
    if (DATE_ONLY.test(want)) {
      const day = localDate(got, zone);
      return day === want ? null : `${path}: expected the day ${want} in ${zone}, got ${got} (= ${day} there)`;
    }
    return Date.parse(got) === Date.parse(want) ? null : `${path}: expected the instant ${want}, got ${got}`;
  }
  if (field === 'amount' && typeof want === 'object') {
    const w = want as { value: number; currency: string };
    const g = got as { value?: unknown; currency?: unknown } | null | undefined;
    const ok = !!g && typeof g.value === 'number' && Math.abs(g.value - w.value) < 1e-9 && g.currency === w.currency;
    return ok ? null : `${path}: expected ${show(want)}, got ${show(got)}`;
  }
  return Object.is(want, got) ? null : `${path}: expected ${show(want)}, got ${show(got)}`;
}

/** Every difference between the reading and the expectation (kind, marketplace, language, lists, draft). */
export function differences(expected: ExpectedReading, reading: PageReading): string[] {
  const out: string[] = [];
  for (const key of ['kind', 'marketplace', 'uiLanguage'] as const) {
    if (!Object.is(reading[key], expected[key])) out.push(`${key}: expected ${show(expected[key])}, got ${show(reading[key])}`);
  }
  const zone = zoneOf(expected.marketplace);
  for (const list of LIST_KEYS) {
    const want = expected[list];
    if (!want) continue;
    const got = (reading[list] ?? []) as unknown as ExpectedItem[];
    if (!Array.isArray(reading[list])) out.push(`${list}: not a list (${show(reading[list])})`);
    if (got.length !== want.length) {
      out.push(`${list}: expected ${want.length} item(s), got ${got.length}` +
        (list === 'orders' || list === 'claims' || list === 'returns' ? ` [${got.map((x) => show(x.orderId)).join(', ')}]` : ''));
    }
    want.forEach((item, i) => {
      const actual = got[i];
      if (!actual) return;
      for (const [field, value] of Object.entries(item)) {
        const diff = compareField(`${list}[${i}].${field}`, field, value, actual[field], zone);
        if (diff) out.push(diff);
      }
    });
  }
  if ('draft' in expected) {
    const got = reading.draft ?? null;
    const want = expected.draft ?? null;
    if ((got === null ? null : got.trim()) !== want) out.push(`draft: expected ${show(want)}, got ${show(got)}`);
  }
  return out;
}

/** Paths of the fields the expectation says are null ("orders[0].shipBy", ...). */
export function expectedNullPaths(expected: ExpectedReading): string[] {
  const paths: string[] = [];
  for (const list of LIST_KEYS) {
    expected[list]?.forEach((item, i) => {
      for (const [field, value] of Object.entries(item)) if (value === null) paths.push(`${list}[${i}].${field}`);
    });
  }
  return paths;
}

/** Paths of the contract fields that are null in the reading. */
export function nullContractPaths(reading: PageReading): string[] {
  const paths: string[] = [];
  for (const list of LIST_KEYS) {
    const items = (reading[list] ?? []) as unknown as ExpectedItem[];
    items.forEach((item, i) => {
      for (const field of CONTRACT_FIELDS[list]) if (item[field] === null || item[field] === undefined) paths.push(`${list}[${i}].${field}`);
    });
  }
  return paths;
}
