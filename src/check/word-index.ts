// Where the words of a long draft begin, grouped by their first letter, with their next two letters beside them.
// Built in one pass over the draft, it answers two questions for the phrase lists: which word beginnings the draft
// has at all (the WordStarts the lists are narrowed with), and where exactly a phrase with given first letters can
// start — so a list is tried at those few places instead of at every position of the draft (matches.ts).
//
// A word begins where a Latin-script character (build.ts LATIN: letters, digits, "_", the accented blocks) follows
// one that is not. Letters are compared as case-insensitive matching compares them: ASCII letters by their lower
// case, the characters that fold to an ASCII letter ("ſ" an "s", the Kelvin sign a "k") as that letter, and every
// other Latin-script letter as one shared symbol (more places tried, never fewer).
import { foldLatin, isLatinWordChar as isLatin, type WordStarts } from './phrases/prefixes.ts';

/** Symbols: 1-26 a-z, 27-36 0-9, 37 "_", 38 any other Latin-script letter; 0 not a word character. */
const OTHER = 38;
export const SYMBOLS = 39;

/** The symbol a character is matched as (folded as prefixes.ts foldLatin folds it); 0 for one no Latin-script letter of a phrase can match. */
export function symbolOf(c: number): number {
  const folded = foldLatin(c);
  if (folded === 0) return 0;
  if (folded >= 0x61 && folded <= 0x7a) return folded - 0x60;
  if (folded >= 0x30 && folded <= 0x39) return 27 + folded - 0x30;
  if (folded === 0x5f) return 37;
  return OTHER;
}

/** The symbol of a Latin-script character of a phrase; 0 for any other. */
function symbolOfLatin(c: number): number {
  return isLatin(c) ? symbolOf(c) : 0;
}

export interface WordIndex extends WordStarts {
  readonly text: string;
  /**
   * Places a word may start, ordered by first symbol, then by position: those of symbol s are [offset[s],
   * offset[s + 1]). A place is any Latin-script character not preceded by an ASCII letter: the word starts of
   * every boundary the phrase lists use ("not after a Latin-script character", "not after a letter", "not after
   * A-Z, a-z or a digit") are among them.
   */
  readonly at: Int32Array;
  /** The second and third symbols of each entry of `at` (second * SYMBOLS + third; 0 where the word is shorter). */
  readonly next: Uint16Array;
  readonly offset: Int32Array;
}

// Per code unit below U+2000: its symbol, LATIN_BIT when it is a Latin-script word character, SCRIPT_BIT when it is
// a letter of a script written from U+0600 on (what WordStarts.hasScript asks about), LETTER_BIT for A-Z and a-z.
const LATIN_BIT = 64;
const SCRIPT_BIT = 128;
const LETTER_BIT = 256;
const TABLE = new Uint16Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  TABLE[c] = symbolOf(c) | (isLatin(c) ? LATIN_BIT : 0) | (!isLatin(c) && ((c >= 0x600 && c < 0x1e00) || c >= 0x1f00) ? SCRIPT_BIT : 0) |
    ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? LETTER_BIT : 0);
}

function classOf(c: number): number {
  return c < 0x2000 ? TABLE[c]! : symbolOf(c) | SCRIPT_BIT;
}

export function wordIndex(text: string): WordIndex {
  const n = text.length;
  const counts = new Int32Array(SYMBOLS + 1);
  const one = new Uint8Array(SYMBOLS);
  const two = new Uint8Array(SYMBOLS * SYMBOLS);
  const three = new Uint8Array(SYMBOLS * SYMBOLS * SYMBOLS);
  // First pass: where words start and their first three symbols, in text order.
  const starts = new Int32Array(n + 1);
  const keys = new Uint16Array(n + 1);
  let found = 0;
  let script = 0;
  let c0 = 0;
  let c1 = n > 0 ? classOf(text.charCodeAt(0)) : 0;
  let c2 = n > 1 ? classOf(text.charCodeAt(1)) : 0;
  for (let i = 0; i < n; i++) {
    const before = c0;
    c0 = c1;
    c1 = c2;
    c2 = i + 2 < n ? classOf(text.charCodeAt(i + 2)) : 0;
    script |= c0;
    const s1 = c0 & 63;
    if (s1 === 0 || (before & LETTER_BIT) !== 0) continue;
    const s2 = c1 & 63;
    const s3 = s2 !== 0 ? c2 & 63 : 0;
    const key = (s1 * SYMBOLS + s2) * SYMBOLS + s3;
    if ((before & LATIN_BIT) === 0) {
      one[s1] = 1;
      if (s2 !== 0) {
        two[s1 * SYMBOLS + s2] = 1;
        if (s3 !== 0) three[key] = 1;
      }
    }
    starts[found] = i;
    keys[found] = key;
    found++;
    counts[s1 + 1]!++;
  }
  const hasScript = (script & SCRIPT_BIT) !== 0;
  // Second pass: grouped by first symbol (a counting sort keeps text order within each group).
  for (let s = 1; s <= SYMBOLS; s++) counts[s]! += counts[s - 1]!;
  const offset = counts.slice();
  const fill = counts.slice(0, SYMBOLS);
  const at = new Int32Array(found);
  const next = new Uint16Array(found);
  for (let k = 0; k < found; k++) {
    const key = keys[k]!;
    const s1 = (key / (SYMBOLS * SYMBOLS)) | 0;
    const slot = fill[s1]!++;
    at[slot] = starts[k]!;
    next[slot] = key - s1 * SYMBOLS * SYMBOLS;
  }
  return {
    text, at, next, offset, hasScript,
    has(prefix: string): boolean {
      // Not a Latin-script beginning: cannot tell.
      const s1 = prefix.length > 0 ? symbolOfLatin(prefix.charCodeAt(0)) : 0;
      if (s1 === 0) return true;
      const s2 = prefix.length > 1 ? symbolOfLatin(prefix.charCodeAt(1)) : -1;
      if (s2 === 0) return true;
      if (s2 < 0) return one[s1] === 1;
      const s3 = prefix.length > 2 ? symbolOfLatin(prefix.charCodeAt(2)) : -1;
      if (s3 === 0) return true;
      if (s3 < 0) return two[s1 * SYMBOLS + s2] === 1;
      return three[(s1 * SYMBOLS + s2) * SYMBOLS + s3] === 1;
    },
  };
}

/** The beginnings (one to three symbols) a phrase list can start with, as tests on a word's first symbols. */
export class Beginnings {
  readonly first = new Uint8Array(SYMBOLS);
  private readonly any1 = new Uint8Array(SYMBOLS);
  private readonly any2 = new Uint8Array(SYMBOLS * SYMBOLS);
  private readonly any3 = new Uint8Array(SYMBOLS * SYMBOLS * SYMBOLS);

  /** False when `beginning` does not open with Latin-script characters (the index cannot find it). */
  add(beginning: string): boolean {
    const s: number[] = [];
    for (let k = 0; k < beginning.length && k < 3; k++) s.push(symbolOfLatin(beginning.charCodeAt(k)));
    if (s.length === 0 || s.includes(0)) return false;
    this.first[s[0]!] = 1;
    if (s.length === 1) this.any1[s[0]!] = 1;
    else if (s.length === 2) this.any2[s[0]! * SYMBOLS + s[1]!] = 1;
    else this.any3[(s[0]! * SYMBOLS + s[1]!) * SYMBOLS + s[2]!] = 1;
    return true;
  }

  /**
   * The positions of `index` where one of these beginnings starts a word, in text order; null when there are more
   * than `limit` (trying the expression at each would cost more than searching the text for it).
   */
  positions(index: WordIndex, limit = Infinity): Int32Array | null {
    let count = 0;
    if (!this.each(index, () => ++count <= limit)) return null;
    const out = new Int32Array(count);
    let k = 0;
    this.each(index, (p) => { out[k++] = p; return true; });
    return out.sort();
  }

  /** Calls `take` with each position (grouped by first symbol); stops, returning false, when `take` does. */
  private each(index: WordIndex, take: (position: number) => boolean): boolean {
    for (let s1 = 1; s1 < SYMBOLS; s1++) {
      if (!this.first[s1]) continue;
      const from = index.offset[s1]!;
      const to = index.offset[s1 + 1]!;
      const all = this.any1[s1] === 1;
      for (let k = from; k < to; k++) {
        const rest = index.next[k]!;
        if ((all || this.any2[s1 * SYMBOLS + ((rest / SYMBOLS) | 0)] || this.any3[s1 * SYMBOLS * SYMBOLS + rest]) && !take(index.at[k]!)) return false;
      }
    }
    return true;
  }
}
