// Dates and times in the words of the advice, in the marketplace's zone ("Thu, Nov 26" / "Tue, Nov 24, 10:00 AM
// PST"). Formatters are built once per zone: building them is what costs.
import type { TimeZone } from './time.ts';

const dayFormats = new Map<TimeZone, Intl.DateTimeFormat>();
const timeFormats = new Map<TimeZone, Intl.DateTimeFormat>();

function cached(cache: Map<TimeZone, Intl.DateTimeFormat>, zone: TimeZone, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, ...options });
    cache.set(zone, f);
  }
  return f;
}

/** "Thu, Nov 26, 2026" */
export function day(ms: number, zone: TimeZone): string {
  return cached(dayFormats, zone, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(ms);
}

/** "Tue, Nov 24, 2026, 10:00 AM PST" */
export function dayTime(ms: number, zone: TimeZone): string {
  return cached(timeFormats, zone, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(ms);
}
