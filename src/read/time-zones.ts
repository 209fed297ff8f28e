// Where a Seller Central date lives in time. The one table of marketplace -> IANA zone (the rules import it too).
//
// A date the page prints without a time is "that day" in the zone Seller Central uses for that marketplace: the
// zone whose abbreviation the pages print next to times (reference pages: US PST/PDT, UK GMT, EU MET/MEZ, JP JST,
// AU AEDT, MX CST). North American Seller Central (amazon.com and amazon.ca share one account) keeps its dates in
// US Pacific time, so CA uses America/Los_Angeles too: that is the zone its pages and reports print, not the
// seller's own clock. Every EU marketplace prints the same Central European time; each gets its own capital's zone,
// which follows the same rules.
import type { Marketplace } from '../model.ts';

export type TimeZone = string;

const MARKETPLACE_ZONES: Record<Marketplace, TimeZone> = {
  US: 'America/Los_Angeles', CA: 'America/Los_Angeles', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo',
  UK: 'Europe/London', DE: 'Europe/Berlin', FR: 'Europe/Paris', IT: 'Europe/Rome', ES: 'Europe/Madrid',
  NL: 'Europe/Amsterdam', SE: 'Europe/Stockholm', PL: 'Europe/Warsaw', BE: 'Europe/Brussels', TR: 'Europe/Istanbul',
  JP: 'Asia/Tokyo', AU: 'Australia/Sydney', SG: 'Asia/Singapore', AE: 'Asia/Dubai', SA: 'Asia/Riyadh',
  EG: 'Africa/Cairo', IN: 'Asia/Kolkata',
};

/** The IANA zone Seller Central dates of this marketplace are in. */
export function zoneForMarketplace(marketplace: Marketplace): TimeZone {
  return MARKETPLACE_ZONES[marketplace];
}

/**
 * Zone of a region when the marketplace itself is not known: the combined hosts serve several marketplaces, but
 * all of them except the UK print Central European (Europe host) or Japan time (Japan host). Null = no basis.
 */
export function zoneForHost(host: string): TimeZone | null {
  const h = host.toLowerCase();
  if (h === 'sellercentral-europe.amazon.com') return 'Europe/Berlin';
  if (h === 'sellercentral-japan.amazon.com') return 'Asia/Tokyo';
  return null;
}

/**
 * Zone abbreviations Seller Central prints after a time, as minutes east of UTC. Taken at face value: a page that
 * prints "PST" means UTC-8 whatever the calendar says. Ambiguous abbreviations (CST, IST, AST) are resolved for the
 * marketplace in `abbreviationOffset`.
 */
const ABBREVIATIONS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, WEST: 60,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  AKST: -540, AKDT: -480, HST: -600, NST: -210, NDT: -150, AST: -240, ADT: -180,
  CET: 60, MET: 60, MEZ: 60, CEST: 120, MEST: 120, MESZ: 120, EET: 120, EEST: 180, TRT: 180,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, ACST: 570, ACDT: 630, AWST: 480, NZST: 720, NZDT: 780,
  SGT: 480, IST: 330, GST: 240, BRT: -180, MSK: 180,
  // Canadian French: heure normale / avancée du Pacifique, des Rocheuses, du Centre, de l'Est, de l'Atlantique.
  HNP: -480, HAP: -420, HNR: -420, HAR: -360, HNC: -360, HAC: -300, HNE: -300, HAE: -240, HNA: -240, HAA: -180,
};

/** The North American zone a printed abbreviation belongs to, standard and daylight time alike. */
const NA_ZONES: Record<string, TimeZone> = {
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', HNP: 'America/Los_Angeles', HAP: 'America/Los_Angeles',
  MST: 'America/Denver', MDT: 'America/Denver', HNR: 'America/Denver', HAR: 'America/Denver',
  CST: 'America/Chicago', CDT: 'America/Chicago', HNC: 'America/Chicago', HAC: 'America/Chicago',
  EST: 'America/Toronto', EDT: 'America/Toronto', HNE: 'America/Toronto', HAE: 'America/Toronto',
  AST: 'America/Halifax', ADT: 'America/Halifax', HNA: 'America/Halifax', HAA: 'America/Halifax',
};

/** Marketplaces of the one North American account, whose pages may print their times in another zone than Pacific. */
const NA_ACCOUNT = new Set<Marketplace>(['US', 'CA']);

const PRINTED_TIME = /\d{1,2}\s*(?::|h)\s*\d{2}(?:\s*[apAP]\.?\s?[mM]\.?)?\s*\(?([A-Z]{3,4})(?![\p{L}])/gu;

/**
 * The zone a page says its times are in, when it prints every time with the abbreviation of one North American
 * zone other than the marketplace's own ("10 h 41 HNE" on a Canadian page): its date-only values are in that zone
 * too. Null when the page prints none, several zones, or the marketplace's own.
 */
export function printedZone(text: string | (() => string), marketplace: Marketplace | null): TimeZone | null {
  if (!marketplace || !NA_ACCOUNT.has(marketplace)) return null;
  const zones = new Set<TimeZone>();
  let n = 0;
  // The page's text is gathered only for the marketplaces where a printed zone can differ from the default.
  for (const m of (typeof text === 'string' ? text : text()).matchAll(PRINTED_TIME)) {
    const zone = NA_ZONES[m[1]!];
    if (zone) zones.add(zone);
    if (++n > 500) break;
  }
  if (zones.size !== 1) return null;
  const zone = [...zones][0]!;
  return zone === MARKETPLACE_ZONES[marketplace] ? null : zone;
}

/** Marketplaces where an ambiguous abbreviation means something other than the default above. */
// CST stays US/Mexico Central even in a Chinese UI: Seller Central prints marketplace time, not the seller's.
const AMBIGUOUS: Partial<Record<string, Partial<Record<Marketplace, number>>>> = {
  AST: { SA: 180, AE: 180, EG: 180 },
};

/** Minutes east of UTC for a printed zone abbreviation, or null when the abbreviation is not a zone we know. */
export function abbreviationOffset(abbr: string, marketplace: Marketplace | null): number | null {
  const key = abbr.toUpperCase();
  const special = marketplace ? AMBIGUOUS[key]?.[marketplace] : undefined;
  if (special !== undefined) return special;
  return ABBREVIATIONS[key] ?? null;
}

// Formatters are expensive to build; one per zone, reused for every date of every read.
const formatters = new Map<TimeZone, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatter(zone: TimeZone): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC that `zone` observes at the instant `utcMs`. */
export function zoneOffsetAt(zone: TimeZone, utcMs: number): number {
  // Offsets change on the hour or half hour at most; cache by the quarter hour.
  const key = `${zone}|${Math.floor(utcMs / 900_000)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const part = (type: string) => parts[type] ?? 0;
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  const offset = Math.round((wallAsUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
  if (offsetCache.size > 5000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/**
 * Offset (minutes east of UTC) of the wall-clock time y-m-d h:mi in `zone`. Across a DST change the offset in
 * force before the change wins for repeated times; times skipped by a spring-forward gap get the offset after it.
 */
export function wallClockOffset(zone: TimeZone, y: number, m: number, d: number, h: number, mi: number): number {
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const first = zoneOffsetAt(zone, wall);
  const second = zoneOffsetAt(zone, wall - first * 60_000);
  if (first === second) return first;
  // The guess straddled a transition: take the offset that maps back onto the same wall time, else the later one.
  const again = zoneOffsetAt(zone, wall - second * 60_000);
  return again === second ? second : Math.max(first, second);
}

/** The calendar date (YYYY-MM-DD) of an ISO instant as seen in `zone`. */
export function localDate(iso: string, zone: TimeZone): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const offset = zoneOffsetAt(zone, ms);
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}
