// Date checks for readings, kept independent of the reader's own time-zone table on purpose: the expectations say
// "that calendar day in the marketplace's zone", and this file is the test's own statement of those zones.

/** Zones whose calendar the fixture expectations use (the zones the pages print: PST, GMT, MET/MEZ/CET, JST). */
const MARKETPLACE_ZONES: Record<string, string> = {
  US: 'America/Los_Angeles', UK: 'Europe/London', DE: 'Europe/Berlin', FR: 'Europe/Paris', IT: 'Europe/Rome',
  ES: 'Europe/Madrid', JP: 'Asia/Tokyo', BR: 'America/Sao_Paulo', CA: 'America/Los_Angeles',
};

export function zoneOf(marketplace: string | null): string {
  const zone = marketplace ? MARKETPLACE_ZONES[marketplace] : undefined;
  if (!zone) throw new Error(`no test zone for marketplace ${String(marketplace)}: add it to MARKETPLACE_ZONES`);
  return zone;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * A real instant written as ISO-8601 with an offset (Z or ±hh:mm). Stricter than Date.parse, which accepts
 * "2026-11-31" by rolling over into December.
 */
export function isIsoWithOffset(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return false;
  if (m[7] !== 'Z' && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in `zone`. */
export function localDate(iso: string, zone: string): string {
  let f = dayFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(zone, f);
  }
  return f.format(new Date(iso));
}

export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
