// Deadline arithmetic in the marketplace's time zone. Instants are epoch milliseconds; calendar and business days
// move the local wall-clock date and keep the local time of day, so a deadline stays on the right local date across
// daylight-saving changes. Hour windows are real elapsed hours (48 hours is 48 hours even over a DST change).
// Business days are Monday to Friday: no holiday calendar is bundled (see holidays.ts for the note we show).
import type { IsoTime, Marketplace } from '../model.ts';
import { zoneForMarketplace, zoneOffsetAt, type TimeZone } from '../read/time-zones.ts';
import type { Window } from './policy.ts';
import { inner, kept } from './memo.ts';

export type { TimeZone };

const HOUR = 3_600_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The marketplace's zone; UTC when the marketplace is unknown (the advice then says so). */
export function zoneOf(marketplace: Marketplace | null): TimeZone {
  return marketplace ? zoneForMarketplace(marketplace) : 'UTC';
}

interface Wall { y: number; m: number; d: number; h: number; mi: number; s: number; ms: number }

// advise() over a thousand orders asks for thousands of offsets, mostly of the same few days: one numeric-keyed
// map per zone (quarter-hour buckets: offsets change on the hour or half hour at most) in front of Intl.
const QUARTER_HOUR = 900_000;
const offsets = new Map<TimeZone, Map<number, number>>();

function offsetOf(zone: TimeZone, ms: number): number {
  return kept(inner(offsets, zone), Math.floor(ms / QUARTER_HOUR), () => zoneOffsetAt(zone, ms));
}

/**
 * Offset of a wall-clock time (given as if it were UTC). Repeated times (fall back) take the offset before the
 * change; times skipped by spring-forward take the offset after it, which lands earlier on the clock.
 */
function wallOffset(zone: TimeZone, wallMs: number): number {
  const first = offsetOf(zone, wallMs);
  const second = offsetOf(zone, wallMs - first * 60_000);
  if (first === second) return first;
  const again = offsetOf(zone, wallMs - second * 60_000);
  return again === second ? second : Math.max(first, second);
}

function wallOf(ms: number, zone: TimeZone): Wall {
  const shifted = new Date(ms + offsetOf(zone, ms) * 60_000);
  return {
    y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate(),
    h: shifted.getUTCHours(), mi: shifted.getUTCMinutes(), s: shifted.getUTCSeconds(), ms: shifted.getUTCMilliseconds(),
  };
}

function fromWall(w: Wall, zone: TimeZone): number {
  // Date.UTC normalises overflowing days (d + n); the offset is looked up for the wall minute.
  const wall = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s, w.ms);
  return wall - wallOffset(zone, wall - w.s * 1000 - w.ms) * 60_000;
}

/**
 * An ISO time as epoch ms. A date-only value ("2026-11-26") is the start of that day in `zone` (CONTRACT.md §2).
 * Null when absent or unreadable: the rules never guess a date.
 */
export function parseTime(iso: IsoTime | null | undefined, zone: TimeZone): number | null {
  if (!iso) return null;
  if (iso.length === 10 && DATE_ONLY.test(iso)) return kept(inner(dayStarts, zone), iso, (day) => startOfDate(day, zone));
  // A memory of orders repeats the same few timestamps (ship-by days); parsing is what costs, so remember them.
  let ms = parsed.get(iso);
  if (ms === undefined) {
    const t = Date.parse(iso);
    ms = Number.isNaN(t) ? null : t;
    if (parsed.size > 20_000) parsed.clear();
    parsed.set(iso, ms);
  }
  return ms;
}

const parsed = new Map<string, number | null>();

// Pages print ship-by and delivery dates as dates only, the same few days for many orders: each day's start is
// worked out once per zone (calendar work, like the day ends), keyed by the date itself.
const dayStarts = new Map<TimeZone, Map<string, number>>();

function startOfDate(day: string, zone: TimeZone): number {
  const [, y, m, d] = DATE_ONLY.exec(day)!;
  return fromWall({ y: +y!, m: +m!, d: +d!, h: 0, mi: 0, s: 0, ms: 0 }, zone);
}

/** The last second of the local day that contains `ms` (a ship-by date means "by the end of that day"). */
export function endOfLocalDay(ms: number, zone: TimeZone): number {
  return fromWall({ ...wallOf(ms, zone), h: 23, mi: 59, s: 59, ms: 0 }, zone);
}

/** True when `ms` is exactly local midnight: most likely a date the page printed without a time. */
export function isLocalMidnight(ms: number, zone: TimeZone): boolean {
  const w = wallOf(ms, zone);
  return w.h === 0 && w.mi === 0 && w.s === 0 && w.ms === 0;
}

export function addCalendarDays(ms: number, days: number, zone: TimeZone): number {
  const w = wallOf(ms, zone);
  return fromWall({ ...w, d: w.d + days }, zone);
}

const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** `days` Mondays-to-Fridays after the local date of `ms`, at the same local time. */
export function addBusinessDays(ms: number, days: number, zone: TimeZone): number {
  const w = wallOf(ms, zone);
  let d = w.d;
  for (let left = days; left > 0;) {
    d += 1;
    const wd = weekday(w.y, w.m, d);
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return fromWall({ ...w, d }, zone);
}

export function addWindow(ms: number, window: Window, zone: TimeZone): number {
  switch (window.unit) {
    case 'hours': return ms + window.amount * HOUR;
    case 'calendar-days': return addCalendarDays(ms, window.amount, zone);
    case 'business-days': return addBusinessDays(ms, window.amount, zone);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-11-26T23:59:59-08:00": the instant written with the zone's offset at that instant. */
export function formatIso(ms: number, zone: TimeZone): IsoTime {
  const offset = offsetOf(zone, ms);
  const w = wallOf(ms, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.y}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local calendar date as numbers [year, month 1-12, day]: cheaper than a string where only arithmetic needs it. */
export function localDate(ms: number, zone: TimeZone): [number, number, number] {
  const w = wallOf(ms, zone);
  return [w.y, w.m, w.d];
}

/** The last second of a local calendar date. */
export function endOfDate(y: number, m: number, d: number, zone: TimeZone): number {
  return fromWall({ y, m, d, h: 23, mi: 59, s: 59, ms: 0 }, zone);
}

/** The local calendar date, YYYY-MM-DD, for the words of the advice. */
export function localDay(ms: number, zone: TimeZone): string {
  const w = wallOf(ms, zone);
  return `${w.y}-${pad(w.m)}-${pad(w.d)}`;
}

/** Local calendar days after `fromMs` up to and including `toMs` in `zone`, as [year, month, day] triples. */
export function localDaysBetween(fromMs: number, toMs: number, zone: TimeZone): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const start = wallOf(fromMs, zone);
  const end = wallOf(toMs, zone);
  const last = Date.UTC(end.y, end.m - 1, end.d);
  for (let i = 1; i < 400; i++) {
    const day = new Date(Date.UTC(start.y, start.m - 1, start.d + i));
    if (day.getTime() > last) break;
    out.push([day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]);
  }
  return out;
}
