// Which word beginnings a text has: the first one, two and three letters of every Latin-script word, case-folded,
// kept as bits. One pass over the text, no strings made. A phrase whose wording must begin a word with letters the
// text never begins a word with cannot match anywhere in it, so the long phrase lists can drop it before they run.
const LATIN_RANGES: readonly [number, number][] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];

/** The same class as build.ts LATIN: where a whole-word phrase may not touch. */
export function isLatinWordChar(c: number): boolean {
  for (const [a, b] of LATIN_RANGES) if (c >= a && c <= b) return true;
  return false;
}

// The one folding of Latin-script characters for the checker's word beginnings, here and in the long draft's word
// index (word-index.ts): a character as case-insensitive matching compares it, as a code unit. ASCII letters by their
// lower case, digits and "_" as they are; the characters that fold to an ASCII letter ("ſ" an "s", "İ" an "i", the
// Kelvin sign a "k") as that letter; every other Latin-script letter by its own lower case (the Angstrom sign as
// "å"); 0 for a character no Latin-script letter of a phrase can match. (Full-width letters are folded before this,
// by normalize.ts.)
const FOLDED = new Uint16Array(0x1f00);
for (const [a, b] of LATIN_RANGES) {
  for (let c = a; c <= b; c++) FOLDED[c] = String.fromCharCode(c).toUpperCase().toLowerCase().charCodeAt(0);
}

/** The code unit `c` is compared as (see above); 0 when no Latin-script letter of a phrase can match it. */
export function foldLatin(c: number): number {
  if (c < 0x1f00) return FOLDED[c]!;
  if (c === 0x212a) return 0x6b; // the Kelvin sign matches "k"
  if (c === 0x212b) return 0xe5; // the Angstrom sign matches "å"
  return 0;
}

// Symbols of the folded characters, for the bit sets below: a-z, 0-9, "_", and letters outside ASCII sharing a few
// symbols (more words kept, never fewer).
function symbolOfFolded(folded: number): number {
  if (folded === 0) return 0;
  if (folded >= 0x61 && folded <= 0x7a) return folded - 0x61 + 1;
  if (folded >= 0x30 && folded <= 0x39) return 27 + folded - 0x30;
  if (folded === 0x5f) return 37;
  return 38 + (folded % 26);
}

const SYMBOL = new Uint8Array(0x2200);
for (let c = 0; c < SYMBOL.length; c++) SYMBOL[c] = symbolOfFolded(foldLatin(c));

/** The symbol of a character of the text. */
function symbol(c: number): number {
  return c < 0x2200 ? SYMBOL[c]! : 0;
}

/** The symbol of a character of a phrase: 0 (cannot tell) for one that is not a Latin-script word character. */
function phraseSymbol(c: number): number {
  return isLatinWordChar(c) ? symbol(c) : 0;
}

export interface WordStarts {
  /** True when some word of the text begins with `prefix` (compared on its first three letters at most). */
  has(prefix: string): boolean;
  /** True when the text has a character from U+0600 on (Arabic, Chinese, Japanese, Korean and the like). */
  hasScript: boolean;
}

const ALL: WordStarts = { has: () => true, hasScript: true };

export function wordStarts(text: string): WordStarts {
  const one = new Uint8Array(64);
  const two = new Uint8Array(64 * 64);
  const three = new Uint8Array(64 * 64 * 64);
  const n = text.length;
  let hasScript = false;
  // A word begins at a character with a symbol that does not follow a Latin-script word character. A sign that only
  // matches a letter (the Kelvin sign) is no word character: a word may begin after it, as in word-index.ts.
  let afterLatin = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const latin = isLatinWordChar(c);
    if (!latin && (c >= 0x600 && c < 0x1e00 || c >= 0x1f00)) hasScript = true;
    const s1 = afterLatin ? 0 : symbol(c);
    afterLatin = latin;
    if (s1 === 0) continue;
    one[s1] = 1;
    const s2 = i + 1 < n ? symbol(text.charCodeAt(i + 1)) : 0;
    if (s2 !== 0) {
      two[s1 * 64 + s2] = 1;
      const s3 = i + 2 < n ? symbol(text.charCodeAt(i + 2)) : 0;
      if (s3 !== 0) three[(s1 * 64 + s2) * 64 + s3] = 1;
    }
  }
  return {
    hasScript,
    has(prefix: string): boolean {
      const s = [...prefix.slice(0, 3)].map((ch) => phraseSymbol(ch.charCodeAt(0)));
      if (s.length === 0 || s.some((x) => x === 0)) return true; // not a Latin-script beginning: cannot tell
      if (s.length === 1) return one[s[0]!] === 1;
      if (s.length === 2) return two[s[0]! * 64 + s[1]!] === 1;
      return three[(s[0]! * 64 + s[1]!) * 64 + s[2]!] === 1;
    },
  };
}

/** For callers that have no text index: every beginning counts as present. */
export const ANY_WORD_STARTS = ALL;
