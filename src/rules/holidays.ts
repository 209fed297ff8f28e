// Business days are counted Monday to Friday and public holidays are NOT skipped: no holiday calendar is bundled
// and Amazon's pages do not say which holidays they skip. Counting a holiday as a working day gives the earlier
// (safer) deadline. This short list of well-known dates only feeds the note that tells the seller a holiday may
// move the real deadline one day later; it never changes the arithmetic.
import type { Marketplace } from '../model.ts';
import { localDaysBetween, type TimeZone } from './time.ts';

type Named = readonly [monthDay: string, name: string];

const NEW_YEAR: Named = ['01-01', "New Year's Day"];
const CHRISTMAS: Named = ['12-25', 'Christmas Day'];
const BOXING: Named = ['12-26', 'Boxing Day / St Stephen\'s Day'];

const KNOWN: Partial<Record<Marketplace, readonly Named[]>> = {
  US: [NEW_YEAR, ['07-04', 'Independence Day'], CHRISTMAS],
  CA: [NEW_YEAR, ['07-01', 'Canada Day'], CHRISTMAS, BOXING],
  UK: [NEW_YEAR, CHRISTMAS, BOXING],
  DE: [NEW_YEAR, ['05-01', 'Tag der Arbeit'], ['10-03', 'Tag der Deutschen Einheit'], CHRISTMAS, BOXING],
  FR: [NEW_YEAR, ['05-01', 'Fête du Travail'], ['07-14', 'Fête nationale'], ['11-11', 'Armistice'], CHRISTMAS],
  IT: [NEW_YEAR, ['05-01', 'Festa dei Lavoratori'], ['06-02', 'Festa della Repubblica'], CHRISTMAS, BOXING],
  ES: [NEW_YEAR, ['05-01', 'Día del Trabajador'], ['10-12', 'Fiesta Nacional'], CHRISTMAS],
  JP: [NEW_YEAR, ['01-02', 'New Year holiday'], ['01-03', 'New Year holiday']],
  AU: [NEW_YEAR, ['01-26', 'Australia Day'], CHRISTMAS, BOXING],
};

/** US Thanksgiving: the fourth Thursday of November. */
function thanksgiving(year: number): string {
  const firstWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - firstWeekday + 7) % 7);
  return `${year}-11-${String(firstThursday + 21).padStart(2, '0')}`;
}

function holidaysOn(days: string[], marketplace: Marketplace | null): string[] {
  const list = (marketplace && KNOWN[marketplace]) ?? [NEW_YEAR, CHRISTMAS];
  const found: string[] = [];
  for (const day of days) {
    const md = day.slice(5);
    const named = list.find(([d]) => d === md);
    if (named) found.push(`${named[1]} (${day})`);
    if ((marketplace === 'US') && day === thanksgiving(+day.slice(0, 4))) found.push(`Thanksgiving (${day})`);
  }
  return found;
}

/** The note for a deadline counted in business days between `fromMs` and `toMs`. */
export function businessDayNote(marketplace: Marketplace | null, fromMs: number, toMs: number, zone: TimeZone): string {
  const base = 'Business days are counted Monday to Friday; public holidays are not skipped (no holiday calendar is built in), so the date shown is the earliest it can be.';
  const found = weekdaysOnly(holidaysOn(localDaysBetween(fromMs, toMs, zone), marketplace));
  if (found.length === 0) return base;
  return `${base} ${found.join(', ')} falls in this window: if Amazon does not count it as a business day, the real deadline is one business day later per holiday. Sources do not say.`;
}

function weekdaysOnly(found: string[]): string[] {
  return found.filter((label) => {
    const day = /\((\d{4}-\d{2}-\d{2})\)$/.exec(label)?.[1];
    if (!day) return true;
    const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6;
  });
}
