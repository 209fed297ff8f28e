// An address read out rather than written: "sitio.dasredes, arroba, hotmail, ponto com", "destek, et işareti,
// sabunhane, nokta com", "okada-koubou アットマーク ジーメール ドット コム", "support あっと obiya どっと jp".
// The words for "at" and "dot" may stand between commas, and the provider and the ending may be written in kana.
import type { Hit } from './hit.ts';
import type { MappedText } from './mapped-text.ts';
import { matches } from './matches.ts';

const GAP = '[\\s,、，]*';
const NAME = '[A-Za-z0-9][A-Za-z0-9._-]{1,40}';
// "at işareti" before "at", the longer kana before the shorter: the first that fits is the one the address is read after.
const AT_LATIN = '(?:(?:et|at)\\s+işareti|at|arroba|chiocciola|arobase|klammeraffe|apenstaartje|małpa|malpa|snabel-?a|et)';
// Kana, kanji and Arabic words for "at" may be written right after the name ("service艾特 shop 点 example").
const AT_OTHER = '(?:آت|アットマーク|アット|あっとまーく|あっと|艾特)';
const HOST = '(?:[A-Za-z0-9][A-Za-z0-9-]{1,40}|ジーメール|ヤフー|ホットメール|アウトルック|アイクラウド)';
const DOT = '(?:dot|punkt|point|punto|ponto|punt|kropka|nokta|نقطة|دوت|ドット|どっと|点)';
// RFC 2606's "example" too: read out after a name, a word for "at", a host and a word for "dot", it is a whole address.
const END = '(?:com|net|org|de|fr|es|it|nl|pl|se|pt|br|tr|jp|cn|co(?:\\.uk|\\.jp)?|uk|info|example|コム|ドットコム|ジェーピー|ネット)';
// Searched from the word for "at" (rarer than a name), then the name before it is read backwards.
const AT_WORD = new RegExp(`(?<![A-Za-z])${AT_LATIN}(?![A-Za-z])|${AT_OTHER}`, 'giu');
const TAIL = new RegExp(`${GAP}${HOST}${GAP}${DOT}${GAP}${END}(?![A-Za-z0-9])`, 'iuy');
const NAME_BEFORE = new RegExp(`${NAME}${GAP}$`, 'u');
// Only a draft with a word for "dot" is searched at all, and then only from each word for "at".
const HAS_DOT = new RegExp(DOT, 'iu');
// All in Arabic script: "احمد آت جيميل دوت كوم".
export const ARABIC = /[\p{L}\d._-]{2,30}\s*(?:آت|@)\s*(?:جيميل|جي\s?ميل|هوتميل|هوت\s?ميل|ياهو|أوتلوك|اوتلوك|[A-Za-z0-9-]{2,30})\s*(?:دوت|نقطة|نقطه)\s*(?:كوم|نت|com|net|sa|ae|eg|example)(?![\p{L}])/u;
// Searched for from each "آت" or "@" rather than at every letter of the draft: a match opens with a name of at most 30
// letters (60 code units), then spaces, then one of them, so it starts at most that far before the first one at or
// after where the search stands. A "آت" earlier inside the name itself is no exception: it is letters, the name
// reaches back at most 60 units from it. The places between are tried (anchored) in order, as a search would.
const ARABIC_AT = /آت|@/g;
const ARABIC_HERE = new RegExp(ARABIC.source, 'uy');
const NAME_UNITS = 60;
const SPACE = /\s/u;

export function* arabicMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  ARABIC_AT.lastIndex = 0;
  for (let a = ARABIC_AT.exec(text); a; a = ARABIC_AT.exec(text)) {
    const q = a.index;
    if (q < from) continue;
    let lo = q;
    while (lo > from && SPACE.test(text[lo - 1]!)) lo--;
    lo = Math.max(from, lo - NAME_UNITS);
    for (let p = lo; p <= q; p++) {
      // never inside a surrogate pair, where a search by code points does not stop
      const c = text.charCodeAt(p);
      if (c >= 0xdc00 && c <= 0xdfff && p > 0 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800) continue;
      ARABIC_HERE.lastIndex = p;
      const m = ARABIC_HERE.exec(text);
      if (m) { from = p + m[0].length; yield m; break; }
    }
    if (from <= q) from = q + 1;
    ARABIC_AT.lastIndex = Math.max(ARABIC_AT.lastIndex, from);
  }
  ARABIC_AT.lastIndex = 0;
}

// "khidma على بيت-الزيتون نقطة com": a Latin name, Arabic "على" ("at") for the sign, the host in any letters, then the
// word for "dot" and an ending. Tried from each "على" only (a common word, but rare before a host and "نقطة com").
const ALA = /\sعلى\s/gu;
const NAME_BEFORE_ALA = /(?<![A-Za-z0-9._-])[A-Za-z0-9][A-Za-z0-9._-]{1,29}$/u;
const TAIL_ALA = /^\s*[\p{L}\d][\p{L}\d-]{1,29}\s*(?:دوت|نقطة|نقطه)\s*(?:كوم|نت|com|net|org|sa|ae|eg|example)(?![\p{L}])/u;

function* alaMatches(text: string): Generator<{ start: number; end: number }> {
  for (const m of matches(ALA, text)) {
    const name = NAME_BEFORE_ALA.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (!name) continue;
    const tail = TAIL_ALA.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (!tail) continue;
    yield { start: m.index - name[0].length, end: m.index + m[0].length + tail[0].length };
  }
}

export function findSpokenEmails(view: MappedText): Hit[] {
  if (!HAS_DOT.test(view.text)) return [];
  const hits: Hit[] = [];
  for (const m of arabicMatches(view.text)) {
    hits.push({ start: view.from[m.index]!, end: view.to[m.index + m[0].length - 1]!, kind: 'email', rule: 'MSG-PROHIBITED', severity: 'block', hint: 'email' });
  }
  for (const m of alaMatches(view.text)) {
    hits.push({ start: view.from[m.start]!, end: view.to[m.end - 1]!, kind: 'email', rule: 'MSG-PROHIBITED', severity: 'block', hint: 'email' });
  }
  const text = view.text;
  for (const m of matches(AT_WORD, text)) {
    TAIL.lastIndex = m.index + m[0].length;
    const tail = TAIL.exec(text);
    if (!tail) continue;
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (!name) continue;
    const start = m.index - name[0].length;
    if (start > 0 && /[A-Za-z0-9._-]/.test(text[start - 1]!)) continue;
    const end = TAIL.lastIndex;
    hits.push({ start: view.from[start]!, end: view.to[end - 1]!, kind: 'email', rule: 'MSG-PROHIBITED', severity: 'block', hint: 'email' });
  }
  return hits;
}
