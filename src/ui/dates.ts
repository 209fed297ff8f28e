// Dates as the seller sees and enters them: a countdown plus the local date and time for deadlines, and the
// calendar day in the marketplace's time zone for facts confirmed in the popup (CONTRACT.md: a date-only value is
// that day in the marketplace's time zone).
import { MARKETPLACES, type Marketplace } from '../model.ts';
import { wallClockOffset, zoneForMarketplace } from '../read/time-zones.ts';
import { dateTimeFormat } from '../intl.ts';

/** The marketplace's zone, or undefined (the seller's own zone) when the marketplace is unknown. */
export function marketplaceTimeZone(marketplace: string | null): string | undefined {
  return marketplace && (MARKETPLACES as readonly string[]).includes(marketplace)
    ? zoneForMarketplace(marketplace as Marketplace) : undefined;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How a duration is placed in time, worded by the UI catalog ("in $1", "$1 ago", "overdue by $1"). */
export interface CountdownWords {
  future: (duration: string) => string;
  past: (duration: string) => string;
}

/** The two largest units of a duration, the smaller one only when it is not zero: [[2, 'day'], [4, 'hour']]. */
export function durationParts(ms: number): [number, 'day' | 'hour' | 'minute'][] {
  const minutes = Math.max(1, Math.floor(Math.abs(ms) / MINUTE));
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const mins = minutes % 60;
  const parts: [number, 'day' | 'hour' | 'minute'][] = days > 0 ? [[days, 'day'], [hours, 'hour']]
    : hours > 0 ? [[hours, 'hour'], [mins, 'minute']] : [[mins, 'minute']];
  return parts.filter(([n], i) => i === 0 || n > 0);
}

/**
 * "2 days 4 hr", "3 Std., 20 Min.", "1天4小时": the plural of each unit is the locale's (Intl.NumberFormat unit style),
 * so there is never a "1 days"; days spelled out, hours and minutes short, as a countdown is read at a glance.
 */
export function duration(ms: number, locale: string): string {
  const unit = (n: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: u === 'day' ? 'long' : 'short' }).format(n);
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })
    .format(durationParts(ms).map(([n, u]) => unit(n, u)));
}

/**
 * With `words`: "in 2 days 4 hr", "overdue by 3 hr 20 min" — two units, so a deadline 47 hours away does not read as
 * "in 1 day". Without: the largest unit alone, worded by Intl.RelativeTimeFormat ("in 2 days", "3 hours ago").
 */
export function countdown(deadline: Date, now: Date, locale: string, words?: CountdownWords): string {
  const ms = deadline.getTime() - now.getTime();
  if (words) return ms < 0 ? words.past(duration(ms, locale)) : words.future(duration(ms, locale));
  const abs = Math.abs(ms);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const sign = ms < 0 ? -1 : 1;
  if (abs >= 2 * DAY) return rtf.format(sign * Math.floor(abs / DAY), 'day');
  if (abs >= HOUR) return rtf.format(sign * Math.floor(abs / HOUR), 'hour');
  return rtf.format(sign * Math.max(1, Math.floor(abs / MINUTE)), 'minute');
}

/** "Dec 9, 11:59 PM PST": a deadline close at hand, without the year; the zone always named. */
export function shortDateTime(d: Date, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(d);
}

/**
 * Date and time with the zone named ("Nov 26, 2026, 11:59 PM PST"): a deadline is in the marketplace's zone, which
 * is rarely the seller's own, so the zone is always said. Without a zone, the browser's — named too.
 */
export function localDateTime(d: Date, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(d);
}

export function localDate(iso: string, locale: string, timeZone: string | undefined): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** "2026-11-19" for an instant, as that day is called in `timeZone`: the value of an <input type="date">. */
export function dayOf(iso: string, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "2026-11-19" -> "2026-11-19T00:00:00-08:00": the start of that day in `timeZone`. Null for a malformed day. */
export function startOfDayIso(day: string, timeZone: string | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const probe = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(probe.getTime()) || dayOf(probe.toISOString(), 'UTC') !== day) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const offset = timeZone ? wallClockOffset(timeZone, y, mo, d, 0, 0) : -new Date(y, mo - 1, d).getTimezoneOffset();
  return `${day}T00:00:00${formatOffset(offset)}`;
}
