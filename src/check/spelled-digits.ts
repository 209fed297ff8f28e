// Phone numbers written in words, in any of the marketplace languages: "zero six one two ...", "null eins
// sieben null ...", "zéro six, douze, trente-quatre ...", "sıfır beş üç iki ...", "٠ خمسة ...", "零九〇一二三四五六七八".
// A run of number words (and digit groups) with only separators between them counts as a number once it holds at
// least eight digits: no sentence lists that many numbers in a row for another reason.
import type { MappedText } from './mapped-text.ts';
import type { Hit } from './hit.ts';
import { factorAlternatives } from './phrases/factor.ts';
import { ANY_WORD_STARTS, type WordStarts } from './phrases/prefixes.ts';

// Units (one digit each) per language; Turkish "ı" is already folded to "i" by normalize.ts.
const UNITS = [
  'zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  // "double oh" is two digits, "triple five" three: the word and the digit after it are read as one each, close enough
  'double', 'triple',
  'cero', 'uno', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
  'zéro', 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf',
  'null', 'eins', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'fuenf', 'sechs', 'sieben', 'acht', 'neun',
  'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove',
  'um', 'dois', 'duas', 'três', 'quatro', 'meia', 'sete', 'oito',
  'nul', 'een', 'één', 'twee', 'drie', 'vijf', 'zes', 'zeven', 'negen',
  'jeden', 'jedna', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć',
  'noll', 'ett', 'en', 'två', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio',
  'sifir', 'bir', 'iki', 'üç', 'uc', 'dört', 'dort', 'beş', 'bes', 'alti', 'yedi', 'sekiz', 'dokuz',
];
// Tens and teens stand for two digits ("douze", "trente-quatre" is read as "trente" + "quatre": close enough).
const TENS = [
  'hundred', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieci\\p{L}{3,5}', 'veinte', 'veinti\\p{L}{2,6}', 'treinta', 'cuarenta',
  'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa',
  'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante',
  'zehn', 'elf', 'zwölf', '(?:drei|vier|fünf|sech|sieb|acht|neun)zehn', '(?:\\p{L}{3,6}und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)',
  // Italian joins the tens and the unit: "ventuno", "trentuno", "quarantadue"
  'vent[iu]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)', 'trent[au]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)', 'quarant[au]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)', 'cinquant[au]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)', 'sessant[au]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)', 'settant[au]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)', 'ottant[au]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)', 'novant[au]?(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)',
  'dieci', 'undici', 'dodici', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta',
  'dez', 'vinte', 'trinta', 'quarenta', 'sessenta', 'oitenta',
  'tien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig',
  // Dutch and Swedish write tens and units as one word: "achtendertig" (38), "fyrtiotvå" (42); and their teens
  '(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)',
  'twaalf', '(?:der|veer|vijf|zes|zeven|acht|negen)tien',
  'tio', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio',
  '(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)',
  'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton',
  // Turkish "yüz yirmi üç" (123) and Polish "sto dwadzieścia" are read in hundreds too
  'yüz', 'yuz', 'sto',
  'on', 'yirmi', 'otuz', 'kirk', 'elli', 'altmiş', 'altmis', 'yetmiş', 'yetmis', 'seksen', 'doksan',
  'dziesięć', 'jedenaście', 'dwanaście', 'trzynaście', 'czternaście', 'piętnaście', 'szesnaście', 'siedemnaście', 'osiemnaście',
  'dziewiętnaście', 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt',
  'osiemdziesiąt', 'dziewięćdziesiąt',
  // Polish numbers are read in hundreds ("pięćset dwanaście" for 512): counted as two digits, like the tens
  'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset', 'dziewięćset',
];
const ARABIC = ['صفر', 'واحد', 'اثنين', 'اثنان', 'إثنين', 'ثلاثة', 'ثلاث', 'أربعة', 'اربعة', 'أربع', 'اربع', 'خمسة', 'خمس',
  'ستة', 'ست', 'سبعة', 'سبع', 'ثمانية', 'ثمان', 'تسعة', 'تسع'];
const CJK = '[〇零一二三四五六七八九幺两兩]';
// Japanese digits read out in kana ("ゼロキューゼロ、ごーごーろくいち"): one digit each, the long mark allowed.
const KANA = '(?:ゼロ|ぜろ|れい|レイ|まる|マル|いち|イチ|さん|サン|よん|ヨン|ろく|ロク|なな|ナナ|しち|シチ|はち|ハチ|きゅう|キュウ|きゅー|キュー|に|ニ|し|ご|ゴ|く|ク)ー?';

const SORTED_UNITS = [...UNITS].sort((a, b) => b.length - a.length);

function tokenPattern(units: string[], tens: string[]): RegExp {
  const latin = units.length || tens.length
    ? `(?<![\\p{L}\\p{N}])(?:(${factorAlternatives(units) || '(?!)'})|(${factorAlternatives(tens) || '(?!)'}))(?![\\p{L}\\p{N}])|` : '(?!)()()|';
  return new RegExp(latin +
    `(?<![\\p{L}])و?(${ARABIC.join('|')})(?![\\p{L}])` +
    `|(${CJK}+)` +
    `|(${KANA})` +
    `|(?<![\\p{L}\\p{N}])(\\d{1,4})(?![\\p{L}\\p{N}])`,
  'giu');
}

const TOKEN = tokenPattern(SORTED_UNITS, TENS);

/** The plain letters a number word begins with (at most three); '' when it begins otherwise ("(?:drei|vier)zehn"). */
function beginning(word: string): string {
  const m = /^[\p{L}]{1,3}/u.exec(word);
  return m && !/^[?*{]/.test(word.slice(m[0].length, m[0].length + 1)) ? m[0] : '';
}

// The number words a draft could hold, by the beginnings of its words (phrases/prefixes.ts): most of the Latin
// number words of thirteen languages begin with letters no word of a given draft begins with, and the engine tries
// every alternative at every word start. Kept per set of words (bounded), as the reply box checks the same draft
// again and again.
const narrowedTokens = new Map<string, RegExp>();

function tokenFor(starts: WordStarts): RegExp {
  if (starts === ANY_WORD_STARTS) return TOKEN;
  const keep = (w: string) => { const b = beginning(w); return !b || starts.has(b); };
  const units = SORTED_UNITS.filter(keep);
  const tens = TENS.filter(keep);
  const key = units.join('|') + '#' + tens.join('|');
  let re = narrowedTokens.get(key);
  if (!re) {
    if (narrowedTokens.size >= 32) narrowedTokens.clear();
    re = tokenPattern(units, tens);
    narrowedTokens.set(key, re);
  }
  return re;
}

// What may stand between two parts of one number (any dash, the full-width and the Japanese long one too: "〇六‐五五五五‐〇〇三一"); "cuarenta y cinco", "quarenta e cinco", "vingt et un" join tens
// and units with a word. Arabic writes its comma "،", and "و" (and) as a word of its own where it is not joined to
// the next number ("خمسة و ثلاثون").
const GAP = /^(?:[\s,.\-‐‑‒–—−－ー/·・．、，()،]{0,3}|[\s,،]{1,2}(?:y|e|et|and|und|i|och|ve|و)\s{1,2})$/u;
const MIN_DIGITS = 8;
// Fewer digits count when the sentence says a number or an area code is being given: "the number starts five five
// five, oh one nine", "Vorwahl null drei null".
const NUMBER_CUE = /(?:^|[^\p{L}])(?:number|phone|call|ring|nummer|telefon\p{L}*|ruf\p{L}*|numéro|appel\p{L}*|número|llam\p{L}*|numero|chiam\p{L}*|lig\p{L}*|bel|numer\p{L}*|dzwo\p{L}*|ring\p{L}*|numara\p{L}*|ara\p{L}*)(?![\p{L}])|رقم|号码|電話|番号/iu;
const AREA_CUE = /(?:^|[^\p{L}])(?:area\s+code|dialling\s+code|vorwahl|indicatif|prefijo|prefisso|ddd|netnummer|kierunkow\p{L}*|riktnummer|alan\s+kodu)(?![\p{L}])|مفتاح|区号|市外局番/iu;
const CUED_DIGITS = 6;
const AREA_DIGITS = 3;
// Digits and number words glued into one token ("4one5 - 88two - 0137"), and the letters that pass for digits
// beside them ("O6 - l2 - 9O"): looked for only where a letter touches a digit.
const GLUED = new RegExp(`(?<![\\p{L}\\p{N}])(?=\\p{L}{0,6}\\d)((?:\\d|[oli](?=\\d)|(?<=\\d)[oli]|${factorAlternatives(SORTED_UNITS)}){2,12})(?![\\p{L}\\p{N}])`, 'giu');
const GLUED_PART = new RegExp(`\\d|[oli](?![\\p{L}])|[oli](?=\\d)|${factorAlternatives(SORTED_UNITS)}`, 'giu');

interface Token { start: number; end: number; digits: number; words: number; parts: number }

// A glued token is a whole word (it starts and ends where letters and digits do), and only a word with both a letter
// and a digit can be one: GLUED is tried (anchored) at the start of such words, found from where a letter touches a
// digit, instead of at every position of the draft. The runs of digits are what is searched for: a draft of prose
// has few, and a letter is then looked for at either end of each.
const GLUED_AT = new RegExp(GLUED.source, 'iuy');
const DIGITS = /\d+/g;
const LETTER = /^\p{L}$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the character (code point) ending just before `i` a letter? */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i > 1 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return LETTER.test(text.slice(pair ? i - 2 : i - 1, i));
}

/** Is the character (code point) starting at `i` a letter? */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  return LETTER.test(text.slice(i, text.codePointAt(i)! > 0xffff ? i + 2 : i + 1));
}

/** Where the word (a run of letters and digits) holding position `i` starts. */
function wordStart(text: string, i: number): number {
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i > 1 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
    const from = pair ? i - 2 : i - 1;
    if (!WORD_CHAR.test(text.slice(from, i))) break;
    i = from;
  }
  return i;
}

/** Where the word holding position `i` ends. */
function wordEnd(text: string, i: number): number {
  while (i < text.length) {
    const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(i, i + len))) break;
    i += len;
  }
  return i;
}

function gluedTokens(text: string): Token[] {
  const out: Token[] = [];
  let done = 0; // the end of the last word tried: no match starts inside a word after its first letter
  DIGITS.lastIndex = 0;
  for (let d = DIGITS.exec(text); d; d = DIGITS.exec(text)) {
    // a letter touching a run of digits (only its ends can touch one): the word holding them is tried once
    const i = d.index;
    if (i < done || (!letterBefore(text, i) && !letterAt(text, i + d[0].length))) continue;
    const start = wordStart(text, i);
    done = wordEnd(text, i);
    GLUED_AT.lastIndex = start;
    const m = GLUED_AT.exec(text);
    if (!m) continue;
    let digits = 0;
    let letters = 0;
    GLUED_PART.lastIndex = 0;
    for (let p = GLUED_PART.exec(m[0]); p; p = GLUED_PART.exec(m[0])) { digits++; if (/\p{L}/u.test(p[0])) letters++; }
    if (letters && letters < digits) out.push({ start: m.index, end: m.index + m[0].length, digits, words: 1, parts: digits });
  }
  DIGITS.lastIndex = 0;
  GLUED_AT.lastIndex = 0;
  return out;
}

interface Run { start: number; end: number; digits: number; words: number; parts: number }

// Something a number could be spelled with: Latin, Turkish or Arabic letters, or a Chinese numeral.
const ANY_NUMBER_SCRIPT = /[A-Za-z\u00C0-\u024F\u0600-\u06FF\u3040-\u30FF〇零一二三四五六七八九幺两兩]/u;

export function findSpelledPhones(base: MappedText, starts: WordStarts = ANY_WORD_STARTS): Hit[] {
  const text = base.text;
  const token = tokenFor(starts);
  if (!ANY_NUMBER_SCRIPT.test(text)) return [];
  const hits: Hit[] = [];
  let run: Run | null = null;
  const close = () => {
    if (run && run.words >= 2 && run.digits >= needed(run)) {
      hits.push({ start: base.from[run.start]!, end: base.to[run.end - 1]!, kind: 'phone', rule: 'MSG-PROHIBITED',
        severity: 'block', hint: 'phone' });
    }
    run = null;
  };
  /** How many digits make this run a number: eight, or fewer where the sentence says a number is given. */
  const needed = (r: Run): number => {
    if (r.parts < 2) return Infinity;
    const before = text.slice(Math.max(0, r.start - 60), r.start);
    if (AREA_CUE.test(before)) return AREA_DIGITS;
    if (r.parts < 4) return Infinity;
    return NUMBER_CUE.test(before) ? CUED_DIGITS : MIN_DIGITS;
  };
  const glued = gluedTokens(text);
  const tokens: Token[] = [];
  let g = 0;
  token.lastIndex = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let digits: number;
    let words = 1;
    let parts = 1;
    if (m[1] !== undefined || m[3] !== undefined || m[5] !== undefined) digits = 1;
    else if (m[2] !== undefined) digits = 2;
    else if (m[6] !== undefined) { digits = m[6].length; words = 0; }
    else { digits = m[4]!.length; words = digits; parts = digits; }
    // Both lists are in text order and the glued tokens do not overlap: one pass over them.
    while (g < glued.length && glued[g]!.end <= start) g++;
    if (!(g < glued.length && glued[g]!.start < end)) tokens.push({ start, end, digits, words, parts });
  }
  if (glued.length) { tokens.push(...glued); tokens.sort((a, b) => a.start - b.start); }
  for (const { start, end, digits, words, parts } of tokens) {
    // Most number words stand alone ("on", "one", "en"): the distance settles it before any string is cut.
    if (run && start - run.end <= 6 && GAP.test(text.slice(run.end, start))) {
      run.end = end; run.digits += digits; run.words += words; run.parts += parts;
    } else {
      close();
      run = { start, end, digits, words, parts };
    }
  }
  close();
  return hits;
}
