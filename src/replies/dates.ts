// Dates as a buyer or Amazon reads them: in the marketplace's own calendar and the reply's language.
// A date-only fact is "that day in the marketplace's time zone" (CONTRACT.md §2), so formatting in any other zone
// could move it to the previous or next day.
import type { IsoTime, Marketplace } from '../model.ts';
import type { BuyerLang } from '../words/langs.ts';
import { dateTimeFormat } from '../intl.ts';
import { zoneForMarketplace } from '../read/time-zones.ts';

/** The marketplace's zone, from the one table the readers use (src/read/time-zones.ts). */
export function timeZoneFor(marketplace: Marketplace | null): string | null {
  return marketplace ? zoneForMarketplace(marketplace) : null;
}

/** Regional spelling of the reply language where the marketplace has one (en-GB on amazon.co.uk, es-MX ...). */
export function localeFor(lang: BuyerLang, marketplace: Marketplace | null): string {
  switch (lang) {
    case 'en': return marketplace === 'UK' ? 'en-GB' : marketplace === 'AU' ? 'en-AU' : marketplace === 'CA' ? 'en-CA'
      : marketplace === 'IN' ? 'en-IN' : marketplace === 'SG' ? 'en-SG' : 'en-US';
    case 'de': return 'de-DE';
    case 'fr': return marketplace === 'CA' ? 'fr-CA' : marketplace === 'BE' ? 'fr-BE' : 'fr-FR';
    case 'es': return marketplace === 'MX' ? 'es-MX' : marketplace === 'US' ? 'es-US' : 'es-ES';
    case 'it': return 'it-IT';
    case 'ja': return 'ja-JP';
    case 'zh': return 'zh-CN';
    // Portuguese replies are written for amazon.com.br.
    case 'pt': return 'pt-BR';
    case 'nl': return marketplace === 'BE' ? 'nl-BE' : 'nl-NL';
    case 'pl': return 'pl-PL';
    case 'sv': return 'sv-SE';
    case 'tr': return 'tr-TR';
    // Amazon's Arabic stores date orders in the Gregorian calendar with Western digits, as order pages do; the
    // locale default (Hijri calendar, Arabic-Indic digits in some engines) would show a buyer another date.
    case 'ar': return marketplace === 'EG' ? 'ar-EG-u-ca-gregory-nu-latn' : 'ar-SA-u-ca-gregory-nu-latn';
  }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The instant, and the zone to read it in. Without a marketplace the offset written in the value is the best
 * evidence of the local calendar; a bare date is that calendar day.
 */
function placed(iso: IsoTime, marketplace: Marketplace | null): { at: Date; zone: string } | null {
  const dateOnly = DATE_ONLY.exec(iso);
  if (dateOnly) {
    // Noon UTC keeps the same calendar day when read as UTC.
    return { at: new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 12)), zone: 'UTC' };
  }
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const zone = timeZoneFor(marketplace);
  if (zone) return { at, zone };
  const offset = OFFSET.exec(iso)?.[1];
  if (!offset || offset.toUpperCase() === 'Z') return { at, zone: 'UTC' };
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  return { at: new Date(at.getTime() + minutes * 60_000), zone: 'UTC' };
}

/** "November 19, 2026", "19. November 2026", "2026年11月19日" ...; null when the value is missing or unreadable. */
export function formatDate(iso: IsoTime | null | undefined, lang: BuyerLang, marketplace: Marketplace | null): string | null {
  if (!iso) return null;
  const p = placed(iso, marketplace);
  if (!p) return null;
  return dateTimeFormat(localeFor(lang, marketplace), { dateStyle: 'long', timeZone: p.zone }).format(p.at);
}

/** Date and time of day, for message timestamps where the hour matters (24/48-hour answers). */
export function formatDateTime(iso: IsoTime | null | undefined, lang: BuyerLang, marketplace: Marketplace | null): string | null {
  if (!iso) return null;
  const p = placed(iso, marketplace);
  if (!p) return null;
  return dateTimeFormat(localeFor(lang, marketplace), { dateStyle: 'long', timeStyle: 'short', timeZone: p.zone }).format(p.at);
}

/** The marketplace calendar day of a value as "YYYY-MM-DD" (comparable as a string), or null. */
export function localDay(iso: IsoTime | null | undefined, marketplace: Marketplace | null): string | null {
  if (!iso) return null;
  const p = placed(iso, marketplace);
  if (!p) return null;
  const parts = dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: p.zone }).formatToParts(p.at);
  const get = (t: string): string => parts.find((x) => x.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** True when the value carries a time of day in the marketplace calendar (not a bare date at midnight). */
export function hasTimeOfDay(iso: IsoTime | null | undefined, marketplace: Marketplace | null): boolean {
  if (!iso || DATE_ONLY.test(iso)) return false;
  const p = placed(iso, marketplace);
  if (!p) return false;
  const hm = dateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: p.zone }).format(p.at);
  return hm !== '00:00';
}

/** Whole calendar days from day `a` to day `b` ("YYYY-MM-DD"). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Day `d` ("YYYY-MM-DD") plus `n` calendar days, as "YYYY-MM-DD". */
export function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Monday-to-Friday days after `a` up to and including `b`. Public holidays are not known here, so this can only
 * over-count business days: "within 2 business days" stays true when it says so.
 */
export function weekdaysAfter(a: string, b: string): number {
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}

/** A calendar day ("YYYY-MM-DD") formatted in the reply language, for computed dates such as an appeal deadline. */
export function formatDay(day: string, lang: BuyerLang, marketplace: Marketplace | null): string | null {
  return formatDate(day, lang, marketplace);
}
