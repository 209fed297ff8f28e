// Deadline arithmetic in the marketplace's time zone. Instants are epoch milliseconds; calendar and business days
// move the local wall-clock date and keep the local time of day, so a deadline stays on the right local date across
// daylight-saving changes. Hour windows are real elapsed hours (48 hours is 48 hours even over a DST change).
// Business days are Monday to Friday: no holiday calendar is bundled (see holidays.ts for the note we show).
import type { IsoTime, Marketplace } from '../model.ts';
import { wallClockOffset, zoneForMarketplace, zoneOffsetAt, type TimeZone } from '../read/time-zones.ts';
import type { Window } from './policy.ts';

export type { TimeZone };

const HOUR = 3_600_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The marketplace's zone; UTC when the marketplace is unknown (the advice then says so). */
export function zoneOf(marketplace: Marketplace | null): TimeZone {
  return marketplace ? zoneForMarketplace(marketplace) : 'UTC';
}

interface Wall { y: number; m: number; d: number; h: number; mi: number; s: number; ms: number }

function wallOf(ms: number, zone: TimeZone): Wall {
  const shifted = new Date(ms + zoneOffsetAt(zone, ms) * 60_000);
  return {
    y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate(),
    h: shifted.getUTCHours(), mi: shifted.getUTCMinutes(), s: shifted.getUTCSeconds(), ms: shifted.getUTCMilliseconds(),
  };
}

function fromWall(w: Wall, zone: TimeZone): number {
  // Normalise overflowing days (d + n) through Date.UTC before asking for the offset of that wall time.
  const n = new Date(Date.UTC(w.y, w.m - 1, w.d));
  const y = n.getUTCFullYear(), m = n.getUTCMonth() + 1, d = n.getUTCDate();
  const offset = wallClockOffset(zone, y, m, d, w.h, w.mi);
  return Date.UTC(y, m - 1, d, w.h, w.mi, w.s, w.ms) - offset * 60_000;
}

/**
 * An ISO time as epoch ms. A date-only value ("2026-11-26") is the start of that day in `zone` (CONTRACT.md §2).
 * Null when absent or unreadable: the rules never guess a date.
 */
export function parseTime(iso: IsoTime | null | undefined, zone: TimeZone): number | null {
  if (!iso) return null;
  const dateOnly = DATE_ONLY.exec(iso);
  if (dateOnly) return fromWall({ y: +dateOnly[1]!, m: +dateOnly[2]!, d: +dateOnly[3]!, h: 0, mi: 0, s: 0, ms: 0 }, zone);
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
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
  const offset = zoneOffsetAt(zone, ms);
  const w = wallOf(ms, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.y}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local calendar date, YYYY-MM-DD, for the words of the advice. */
export function localDay(ms: number, zone: TimeZone): string {
  const w = wallOf(ms, zone);
  return `${w.y}-${pad(w.m)}-${pad(w.d)}`;
}

/** Local dates (YYYY-MM-DD) of the days after `fromMs` up to and including `toMs`, in `zone`. */
export function localDaysBetween(fromMs: number, toMs: number, zone: TimeZone): string[] {
  const out: string[] = [];
  const start = wallOf(fromMs, zone);
  const end = localDay(toMs, zone);
  for (let i = 1; i < 400; i++) {
    const day = new Date(Date.UTC(start.y, start.m - 1, start.d + i)).toISOString().slice(0, 10);
    if (day > end) break;
    out.push(day);
  }
  return out;
}
