// Dates as Seller Central prints them, in every UI language we read, to ISO-8601 with the right offset.
//
// Formats (PAGES.md and the reference pages):
//   en-US  "Tue, Nov 17, 2026"   "Sat, Nov 14, 2026, 10:42 AM PST"   "Nov 23, 2026" + "1:05 PM PST" on the next line
//   en-GB  "Thu, 12 Nov 2026"    "Wed, 11 Nov 2026, 10:14 GMT"        (EU "MET", AU "AEDT")
//   ja     "2026年11月20日(金)"   "2026年11月19日(木) 14:32 JST"
//   zh     "2026年11月23日"       "2026年11月20日 09:41 PST"
//   de     "Do., 26. Nov. 2026"  "Di., 24. Nov. 2026, 09:05 MEZ"
//   fr     "jeu. 26 nov. 2026"   es "jue, 26 nov 2026" / "26 de noviembre de 2026"   it "gio 26 nov 2026"
//   numeric "2026/11/23", "26.11.2026", "11/23/2026" (month first only on NA marketplaces), "01.12.26" (de, pl)
// Ranges ("A to B", "A bis B", "A～B", "A 至 B", "du A au B", "del A al B") mean their end: callers take the last
// date of the text. A date without a time is that day, 00:00, in the marketplace's zone (time-zones.ts);
// a deadline without a time (parseDeadline) is the end of that day.
// Weekdays and relative words ("Today", "1 day ago") are skipped; a date without a year is not a date here (the year
// would be a guess).
import type { IsoTime, Marketplace } from '../model.ts';
import { abbreviationOffset, wallClockOffset, type TimeZone } from './time-zones.ts';

/** Month names and abbreviations (lower case, no trailing dot) in en, de, fr, es, it, nl, pt, sv, pl (genitive), tr. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['stycznia', 'sty', 'ocak', 'oca', 'jan', 'january', 'januar', 'jän', 'jänner', 'janv', 'janvier', 'ene', 'enero', 'gen', 'gennaio', 'januari', 'janeiro']],
  [2, ['lutego', 'lut', 'şubat', 'şub', 'feb', 'february', 'februar', 'févr', 'fevr', 'février', 'fevrier', 'febrero', 'febbraio', 'februari', 'fev', 'fevereiro']],
  [3, ['marca', 'mart', 'mar', 'march', 'märz', 'mär', 'mrz', 'mars', 'marzo', 'mrt', 'maart', 'março', 'marco']],
  [4, ['kwietnia', 'kwi', 'nisan', 'nis', 'apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile']],
  [5, ['maja', 'maj', 'mayıs', 'may', 'mai', 'mayo', 'mag', 'maggio', 'mei', 'maio']],
  [6, ['czerwca', 'cze', 'haziran', 'haz', 'jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno', 'junho']],
  [7, ['lipca', 'lip', 'temmuz', 'tem', 'jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio', 'julho']],
  [8, ['sierpnia', 'sie', 'ağustos', 'ağu', 'aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus']],
  [9, ['września', 'wrz', 'eylül', 'eyl', 'sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'settembre', 'setembro']],
  [10, ['października', 'paź', 'ekim', 'eki', 'oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'out', 'outubro']],
  [11, ['listopada', 'lis', 'kasım', 'kas', 'nov', 'november', 'novembre', 'noviembre', 'novembro']],
  [12, ['grudnia', 'gru', 'aralık', 'ara', 'dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'decembre', 'dic', 'diciembre', 'dicembre', 'dezembro']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

// One scanner for every form; which group matched says how to read it. Lookarounds keep "Summary 5" or
// "123/11/2026" from matching.
const DATE_RE = new RegExp([
  // 1-3: month first (US): "Nov 17, 2026", "November 5th, 2026"
  `(?<![\\p{L}\\d])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  // 4-6: day first (UK/EU): "12 Nov 2026", "26. Nov. 2026", "1er déc. 2026", "26 de noviembre de 2026"
  `(?<![\\p{L}\\d])(\\d{1,2})(?:er|º)?(?:\\.\\s*|\\s+|-)(?:de\\s+)?(${MONTH_ALT})\\.?(?:,?\\s+|-)(?:de\\s+)?(\\d{4})(?!\\d)`,
  // 7-9: CJK "2026年11月20日", optionally followed by a weekday in brackets "(金)"
  `(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:\\s*[(（][^)）]{1,6}[)）])?`,
  // 10-12: year first "2026-11-23", "2026/11/23", optionally followed by its weekday in brackets "(水)"
  `(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])(?:\\s*[(（](?:[日月火水木金土](?:曜日?)?|[周週](?:[一二三四五六日天])|星期[一二三四五六日天])[)）])?`,
  // 13-16: "26.11.2026" (always day first), "11/23/2026" or "23/11/2026" (depends on the marketplace)
  `(?<![\\d./])(\\d{1,2})([./-])(\\d{1,2})\\14(\\d{4})(?!\\d)`,
  // 17-19: "01.12.26", two-digit year (de, pl pages): always day first, dots only, two digits each, the 21st century
  `(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d]|\\.\\d)`,
  // 20-22: "06/12/26", two-digit year with slashes (es, en-GB, en-IN pages): the marketplace's numeric order decides,
  // read only where it is known and not mixed (never Canada, never Japan where years come first)
  `(?<![\\d./])(\\d{2})/(\\d{2})/(\\d{2})(?![\\d]|/\\d)`,
].join('|'), 'giu');

// A time right after a date: ", 10:42 AM PST", " 14:32 JST", " à 09 h 05", "午後2:41", ", 09:05 MEZ", "+01:00".
const TIME_RE = new RegExp(
  '(?:\\s*(?:,|·|at|um|à|a las|alle|às|om|kl\\.?|-)?\\s*)' +
  '(?:(午前|午後|上午|下午)\\s*)?' +
  '(\\d{1,2})\\s*(?::|時|点|h)\\s*(\\d{2})(?::(\\d{2}))?(?:\\s*分)?' +
  '(?:\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}]))?' +
  '(?:\\s*\\(?(?:(?:UTC|GMT)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?|([+-])(\\d{2}):?(\\d{2})|([A-Z]{2,5})(?![\\p{L}])))?',
  'iyu');

// Weekday names that may precede a date ("Tue, Nov 17", "Do., 26. Nov.", "jeu. 26 nov."): part of the date's span.
const WEEKDAYS = ['mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'montag', 'dienstag',
  'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim', 'lundi',
  'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'mié', 'mie', 'jue', 'vie', 'sáb', 'dom', 'lunes',
  'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'gio', 'lunedì', 'martedì', 'mercoledì', 'giovedì',
  'venerdì', 'sabato', 'domenica'];
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WEEKDAYS.join('|')})\\.?,?\\s*$`, 'iu');

const MONTH_FIRST_NUMERIC = new Set<Marketplace>(['US']);
const NO_NUMERIC_ORDER = new Set<Marketplace>(['CA']);
/** Where a short numeric date may be year first ("26/12/08"): a two-digit year there is not read. */
const YEAR_FIRST_NUMERIC = new Set<Marketplace>(['JP']);

export interface FoundDate {
  year: number;
  month: number;
  day: number;
  /** Wall-clock time if the page printed one. */
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** Minutes east of UTC if the page printed a zone or offset. */
  offset: number | null;
  /** Where in the text the date (with its weekday and time) was found. */
  start: number;
  end: number;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function readTime(text: string, at: number, found: FoundDate, marketplace: Marketplace | null): void {
  TIME_RE.lastIndex = at;
  const t = TIME_RE.exec(text);
  if (!t) return;
  const [, cjkHalf, hh, mm, ss, ampm, utcSign, utcH, utcM, sign, offH, offM, abbr] = t;
  let hour = Number(hh);
  const minute = Number(mm);
  if (hour > 23 || minute > 59) return;
  const pm = ampm?.toLowerCase() === 'p' || cjkHalf === '午後' || cjkHalf === '下午';
  const am = ampm?.toLowerCase() === 'a' || cjkHalf === '午前' || cjkHalf === '上午';
  if (pm || am) {
    if (hour < 1 || hour > 12) return;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  let offset: number | null = null;
  if (utcSign) offset = (utcSign === '-' ? -1 : 1) * (Number(utcH) * 60 + Number(utcM ?? 0));
  else if (sign) offset = (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM));
  // Zone names are printed in capitals; a lower-case word after the time ("est", "to") is prose.
  else if (abbr && abbr === abbr.toUpperCase()) offset = abbreviationOffset(abbr, marketplace);
  found.hour = hour;
  found.minute = minute;
  found.second = ss ? Number(ss) : 0;
  found.offset = offset;
  // An unknown capitalised word after the time ("COLUMBUS") is not part of it.
  found.end = abbr && offset === null ? t.index + t[0].length - abbr.length : t.index + t[0].length;
}

/** Every date in `text`, in order, each with the time and zone printed right after it. */
export function findDates(text: string, marketplace: Marketplace | null = null): FoundDate[] {
  const out: FoundDate[] = [];
  const s = text.normalize('NFC');
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(s); m; m = DATE_RE.exec(s)) {
    let y: number, mo: number, d: number;
    if (m[1]) { y = +m[3]!; mo = MONTHS[m[1].toLowerCase()]!; d = +m[2]!; }
    else if (m[4]) { y = +m[6]!; mo = MONTHS[m[5]!.toLowerCase()]!; d = +m[4]; }
    else if (m[7]) { y = +m[7]; mo = +m[8]!; d = +m[9]!; }
    else if (m[10]) { y = +m[10]; mo = +m[11]!; d = +m[12]!; }
    else if (m[17]) { y = 2000 + +m[19]!; mo = +m[18]!; d = +m[17]; }
    else if (m[20]) {
      if (!marketplace || NO_NUMERIC_ORDER.has(marketplace) || YEAR_FIRST_NUMERIC.has(marketplace)) continue;
      const a = +m[20], b = +m[21]!;
      y = 2000 + +m[22]!;
      if (MONTH_FIRST_NUMERIC.has(marketplace)) { mo = a; d = b; } else { d = a; mo = b; }
    }
    else {
      const a = +m[13]!, b = +m[15]!;
      y = +m[16]!;
      // "05/11/2026" with no marketplace to say whose convention: 5 November or May 11 would be a guess.
      if (!marketplace && m[14] !== '.' && a <= 12 && b <= 12 && a !== b) continue;
      // Canada writes both orders (and fr-CA year first): there "05/11/2026" is as ambiguous as with no marketplace.
      if (marketplace && NO_NUMERIC_ORDER.has(marketplace) && m[14] !== '.' && a <= 12 && b <= 12 && a !== b) continue;
      const monthFirst = m[14] !== '.' && (marketplace ? MONTH_FIRST_NUMERIC.has(marketplace) : false);
      // Unambiguous when one side cannot be a month; otherwise the marketplace's convention decides.
      if (a > 12 && b <= 12) { d = a; mo = b; }
      else if (b > 12 && a <= 12) { mo = a; d = b; }
      else if (monthFirst) { mo = a; d = b; }
      else { d = a; mo = b; }
    }
    if (!validDay(y, mo, d)) continue;
    const weekday = WEEKDAY_BEFORE.exec(s.slice(Math.max(0, m.index - 16), m.index));
    const found: FoundDate = {
      year: y, month: mo, day: d, hour: null, minute: null, second: null, offset: null,
      start: weekday ? m.index - weekday[0].length : m.index, end: m.index + m[0].length,
    };
    readTime(s, found.end, found, marketplace);
    DATE_RE.lastIndex = found.end;
    out.push(found);
  }
  return out;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** A found date as ISO-8601 with offset; a date without a time is 00:00 in `zone`. Null when no zone is known. */
export function toIso(found: FoundDate, zone: TimeZone | null): IsoTime | null {
  const h = found.hour ?? 0, mi = found.minute ?? 0, s = found.second ?? 0;
  const offset = found.offset ?? (zone ? wallClockOffset(zone, found.year, found.month, found.day, h, mi) : null);
  if (offset === null) return null;
  return `${pad(found.year, 4)}-${pad(found.month)}-${pad(found.day)}T${pad(h)}:${pad(mi)}:${pad(s)}${formatOffset(offset)}`;
}

/** What a date needs to become an instant: the marketplace (for numeric order and zone names) and its zone. */
export interface DateContext {
  marketplace: Marketplace | null;
  zone: TimeZone | null;
}

// Lists repeat the same few date strings on every row: remember what a string parsed to (bounded).
const memo = new Map<string, FoundDate[]>();

function datesOf(text: string, marketplace: Marketplace | null): FoundDate[] {
  const key = `${marketplace ?? ''}|${text}`;
  let found = memo.get(key);
  if (!found) {
    found = findDates(text, marketplace);
    if (memo.size > 2000) memo.clear();
    memo.set(key, found);
  }
  return found;
}

/** The last date in `text` (the end of a range), as ISO-8601; null when the text holds no complete date. */
export function parseDate(text: string | null | undefined, ctx: DateContext): IsoTime | null {
  if (!text) return null;
  const all = datesOf(text, ctx.marketplace);
  const last = all[all.length - 1];
  return last ? toIso(last, ctx.zone) : null;
}

/**
 * A deadline ("Ship by", "Deliver by"): the last date in `text`; a date printed without a time means the END of that
 * day in the marketplace's zone (23:59:59), since the seller has the whole day, never 00:00.
 */
export function parseDeadline(text: string | null | undefined, ctx: DateContext): IsoTime | null {
  if (!text) return null;
  const all = datesOf(text, ctx.marketplace);
  const last = all[all.length - 1];
  if (!last) return null;
  return toIso(last.hour === null ? { ...last, hour: 23, minute: 59, second: 59 } : last, ctx.zone);
}

/**
 * A time printed alone ("14:05", "9:48 PM") on the day a divider names ("2026年12月6日 星期日", "Sat, 5 Dec 2026"):
 * that day at that time. Null when the day text holds no date or the time text is not a time.
 */
export function dayAtTime(dayText: string | null | undefined, timeText: string, ctx: DateContext): IsoTime | null {
  if (!dayText) return null;
  const days = datesOf(dayText, ctx.marketplace);
  const day = days[days.length - 1];
  if (!day) return null;
  const at = findDates(`${day.year}-${pad(day.month)}-${pad(day.day)} ${timeText.trim()}`, null)[0];
  return at && at.hour !== null ? toIso(at, ctx.zone) : null;
}

/**
 * A day printed without its year, as a thread's day divider prints it ("Lunes, 7 de diciembre", "Mon 7 Dec",
 * "December 7", "7. Dezember"): nothing but an optional weekday, a day and a month name. It is a day heading, never a
 * date here (its year would be a guess).
 */
export function isYearlessDay(text: string): boolean {
  const t = text.normalize('NFC').trim().replace(/^(?:[\p{L}]+\.?,?\s+)/u, (w) => (WEEKDAY_WORD.test(w) ? '' : w));
  return YEARLESS_DAY.test(t);
}

const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAYS.join('|')})\\.?,?\\s+$`, 'iu');
const YEARLESS_DAY = new RegExp(`^(?:(\\d{1,2})(?:er|º)?\\.?\\s+(?:de\\s+)?(?:${MONTH_ALT})\\.?|(?:${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)$`, 'iu');

/** The first date in `text` (the start of a range, or the date of a line that also mentions others). */
export function parseFirstDate(text: string | null | undefined, ctx: DateContext): IsoTime | null {
  if (!text) return null;
  const first = datesOf(text, ctx.marketplace)[0];
  return first ? toIso(first, ctx.zone) : null;
}
