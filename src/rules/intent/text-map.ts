// Buyer text folded for matching, with a map back to the original characters so that evidence can be highlighted
// in what the buyer wrote. Folding: compatibility forms (full-width), lower case, accents dropped from Latin letters
// (buyers often type without them), Arabic letter variants and vowel marks unified, digits as 0 (a phone or order
// number says "a number", not which one), one kind of apostrophe, single spaces.
const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/gu;
const ARABIC_VARIANTS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي' };
const SPECIAL: Readonly<Record<string, string>> = { 'ı': 'i', 'ł': 'l', 'ß': 'ss', 'ø': 'o', 'æ': 'ae', 'œ': 'oe' };

export interface MappedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string it came from. */
  origin: number[];
}

// A message is folded on every read; the same few hundred characters recur, so each is folded once.
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = foldOne(ch);
    if (folded.size < 4096) folded.set(ch, out);
  }
  return out;
}

function foldOne(ch: string): string {
  let c = ch.normalize('NFKC').toLowerCase();
  const special = SPECIAL[c];
  if (special !== undefined) return special;
  if (LATIN.test(c)) c = c.normalize('NFD').replace(MARK, '');
  else if (c >= '\u064b' && c <= '\u065f') return '';
  else if (c === '\u0640') return '';
  else if (ARABIC_VARIANTS[c] !== undefined) return ARABIC_VARIANTS[c]!;
  if (/[\u2018\u2019\u02bc`\u00b4]/.test(c)) return "'";
  if (/\p{Nd}/u.test(c)) return '0';
  return c;
}

const WHITE = /\s/;

export function foldText(text: string): MappedText {
  let out = '';
  const origin: number[] = [];
  let space = true;
  let i = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || (ch > '~' && WHITE.test(ch))) {
      if (!space) { out += ' '; origin.push(i); space = true; }
    } else {
      const f = foldChar(ch);
      out += f;
      for (let u = 0; u < f.length; u++) origin.push(i);
      space = false;
    }
    i += ch.length;
  }
  if (out.endsWith(' ')) { out = out.slice(0, -1); origin.pop(); }
  return { text: out, origin };
}
