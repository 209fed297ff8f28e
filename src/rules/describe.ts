// Dates and times in the words of the advice, in the marketplace's zone ("Thu, Nov 26" / "Tue, Nov 24, 10:00 AM
// PST"). Formatters come from the shared cache (src/intl.ts), and the few distinct instants a memory of orders holds (ship-by days,
// claim deadlines) are formatted once each.
import type { TimeZone } from './time.ts';
import { dateTimeFormat } from '../intl.ts';

const said = new Map<Intl.DateTimeFormat, Map<number, string>>();

function say(f: Intl.DateTimeFormat, ms: number): string {
  let byMs = said.get(f);
  if (!byMs) said.set(f, (byMs = new Map<number, string>()));
  let text = byMs.get(ms);
  if (text === undefined) {
    text = f.format(ms);
    if (byMs.size > 5_000) byMs.clear();
    byMs.set(ms, text);
  }
  return text;
}

// The shared cache keys formatters by their options as JSON; advice asks for the same two per zone thousands of
// times, so they are kept here by a short key.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(kind: string, locale: string, zone: TimeZone, options: () => Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${zone}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = dateTimeFormat(locale, options())));
  return f;
}

/** "Thu, Nov 26, 2026" */
export function day(ms: number, zone: TimeZone, locale = 'en-US'): string {
  return say(formatFor('day', locale, zone, () => ({ timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' })), ms);
}

/** "Tue, Nov 24, 2026, 10:00 AM PST" */
export function dayTime(ms: number, zone: TimeZone, locale = 'en-US'): string {
  return say(formatFor('dayTime', locale, zone, () => ({ timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })), ms);
}
