// Dates and times in the words of the advice, in the marketplace's zone ("Thu, Nov 26" / "Tue, Nov 24, 10:00 AM
// PST"). Formatters come from the shared cache (src/intl.ts), and the few distinct instants a memory of orders holds (ship-by days,
// claim deadlines) are formatted once each.
import type { TimeZone } from './time.ts';
import { dateTimeFormat } from '../intl.ts';

/** The texts of one kind of date in one zone and locale, by instant, with the formatter that writes them. */
interface Texts { f: Intl.DateTimeFormat; byMs: Map<number, string> }

// Advice asks for the same two kinds per zone thousands of times at each refresh: looked up by zone, then locale,
// without building a key string per call.
type Table = Map<TimeZone, Map<string, Texts>>;
const days: Table = new Map();
const dayTimes: Table = new Map();

function say(table: Table, ms: number, zone: TimeZone, locale: string, options: () => Intl.DateTimeFormatOptions): string {
  let byLocale = table.get(zone);
  if (!byLocale) table.set(zone, (byLocale = new Map<string, Texts>()));
  let texts = byLocale.get(locale);
  if (!texts) byLocale.set(locale, (texts = { f: dateTimeFormat(locale, options()), byMs: new Map<number, string>() }));
  let text = texts.byMs.get(ms);
  if (text === undefined) {
    text = texts.f.format(ms);
    if (texts.byMs.size > 5_000) texts.byMs.clear();
    texts.byMs.set(ms, text);
  }
  return text;
}

/** "Thu, Nov 26, 2026" */
export function day(ms: number, zone: TimeZone, locale = 'en-US'): string {
  return say(days, ms, zone, locale, () => ({ timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }));
}

/** "Tue, Nov 24, 2026, 10:00 AM PST" */
export function dayTime(ms: number, zone: TimeZone, locale = 'en-US'): string {
  return say(dayTimes, ms, zone, locale, () => ({ timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }));
}
