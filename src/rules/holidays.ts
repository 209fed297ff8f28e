// Business days are counted Monday to Friday and public holidays are NOT skipped: no holiday calendar is bundled
// and Amazon's pages do not say which holidays they skip. Counting a holiday as a working day gives the earlier
// (safer) deadline. This short list of well-known dates only feeds the note that tells the seller a holiday may
// move the real deadline one day later; it never changes the arithmetic.
import type { Marketplace } from '../model.ts';
import { localDaysBetween, type TimeZone } from './time.ts';

/** [month, day, name] */
type Named = readonly [number, number, string];

const NEW_YEAR: Named = [1, 1, "New Year's Day"];
const CHRISTMAS: Named = [12, 25, 'Christmas Day'];
const BOXING: Named = [12, 26, "Boxing Day / St Stephen's Day"];

const KNOWN: Partial<Record<Marketplace, readonly Named[]>> = {
  US: [NEW_YEAR, [7, 4, 'Independence Day'], CHRISTMAS],
  CA: [NEW_YEAR, [7, 1, 'Canada Day'], CHRISTMAS, BOXING],
  UK: [NEW_YEAR, CHRISTMAS, BOXING],
  DE: [NEW_YEAR, [5, 1, 'Tag der Arbeit'], [10, 3, 'Tag der Deutschen Einheit'], CHRISTMAS, BOXING],
  FR: [NEW_YEAR, [5, 1, 'Fête du Travail'], [7, 14, 'Fête nationale'], [11, 11, 'Armistice'], CHRISTMAS],
  IT: [NEW_YEAR, [5, 1, 'Festa dei Lavoratori'], [6, 2, 'Festa della Repubblica'], CHRISTMAS, BOXING],
  ES: [NEW_YEAR, [5, 1, 'Día del Trabajador'], [10, 12, 'Fiesta Nacional'], CHRISTMAS],
  JP: [NEW_YEAR, [1, 2, 'New Year holiday'], [1, 3, 'New Year holiday']],
  AU: [NEW_YEAR, [1, 26, 'Australia Day'], CHRISTMAS, BOXING],
};
const GENERIC: readonly Named[] = [NEW_YEAR, CHRISTMAS];

/** US Thanksgiving: the fourth Thursday of November (its day of the month). */
function thanksgivingDay(year: number): number {
  const firstWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return 1 + ((4 - firstWeekday + 7) % 7) + 21;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Known holidays on weekdays in the window, as "Name (YYYY-MM-DD)". */
function weekdayHolidays(days: Array<[number, number, number]>, marketplace: Marketplace | null): string[] {
  const list = (marketplace && KNOWN[marketplace]) ?? GENERIC;
  const found: string[] = [];
  for (const [y, m, d] of days) {
    const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const named = list.find(([hm, hd]) => hm === m && hd === d);
    if (named) found.push(`${named[2]} (${iso(y, m, d)})`);
    if (marketplace === 'US' && m === 11 && d === thanksgivingDay(y)) found.push(`Thanksgiving (${iso(y, m, d)})`);
  }
  return found;
}

const BASE = 'Business days are counted Monday to Friday; public holidays are not skipped (no holiday calendar is built in), so the date shown is the earliest it can be.';

/** Known holidays on weekdays between `fromMs` and `toMs`, as "Name (YYYY-MM-DD)". */
export function holidaysBetween(marketplace: Marketplace | null, fromMs: number, toMs: number, zone: TimeZone): string[] {
  return weekdayHolidays(localDaysBetween(fromMs, toMs, zone), marketplace);
}

/** The note for a deadline counted in business days between `fromMs` and `toMs`. */
export function businessDayNote(marketplace: Marketplace | null, fromMs: number, toMs: number, zone: TimeZone): string {
  const found = holidaysBetween(marketplace, fromMs, toMs, zone);
  if (found.length === 0) return BASE;
  return `${BASE} ${found.join(', ')} falls in this window: if Amazon does not count it as a business day, the real deadline is one business day later per holiday. Sources do not say.`;
}
