// Which word beginnings a text has: the first one, two and three letters of every Latin-script word, case-folded,
// kept as bits. One pass over the text, no strings made. A phrase whose wording must begin a word with letters the
// text never begins a word with cannot match anywhere in it, so the long phrase lists can drop it before they run.
const LATIN_RANGES: readonly [number, number][] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];

/** The same class as build.ts LATIN: where a whole-word phrase may not touch. */
export function isLatinWordChar(c: number): boolean {
  for (const [a, b] of LATIN_RANGES) if (c >= a && c <= b) return true;
  return false;
}

// Case folding by code unit, the same for text and phrases. Case-insensitive matching treats a letter and its
// capital as one, so a letter and every letter that matches it fold to one symbol; letters outside ASCII share
// a few symbols (more words kept, never fewer).
const SYMBOL = new Uint8Array(0x1f00);
for (const [a, b] of LATIN_RANGES) {
  for (let c = a; c <= b; c++) {
    const folded = String.fromCharCode(c).toUpperCase().toLowerCase().charCodeAt(0);
    if (folded >= 0x61 && folded <= 0x7a) SYMBOL[c] = folded - 0x61 + 1;
    else if (folded >= 0x30 && folded <= 0x39) SYMBOL[c] = 27 + folded - 0x30;
    else if (folded === 0x5f) SYMBOL[c] = 37;
    else SYMBOL[c] = 38 + (folded % 26);
  }
}

function symbol(c: number): number {
  return c < 0x1f00 ? SYMBOL[c]! : 0;
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
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const s1 = symbol(c);
    if (s1 === 0) {
      if (c >= 0x600 && c < 0x1e00 || c >= 0x1f00) hasScript = true;
      i++;
      continue;
    }
    one[s1] = 1;
    const s2 = i + 1 < n ? symbol(text.charCodeAt(i + 1)) : 0;
    if (s2 !== 0) {
      two[s1 * 64 + s2] = 1;
      const s3 = i + 2 < n ? symbol(text.charCodeAt(i + 2)) : 0;
      if (s3 !== 0) three[(s1 * 64 + s2) * 64 + s3] = 1;
    }
    i++;
    while (i < n && symbol(text.charCodeAt(i)) !== 0) i++;
  }
  return {
    hasScript,
    has(prefix: string): boolean {
      const s = [...prefix.slice(0, 3)].map((ch) => symbol(ch.charCodeAt(0)));
      if (s.length === 0 || s.some((x) => x === 0)) return true; // not a Latin-script beginning: cannot tell
      if (s.length === 1) return one[s[0]!] === 1;
      if (s.length === 2) return two[s[0]! * 64 + s[1]!] === 1;
      return three[(s[0]! * 64 + s[1]!) * 64 + s[2]!] === 1;
    },
  };
}

/** For callers that have no text index: every beginning counts as present. */
export const ANY_WORD_STARTS = ALL;
