// The letters a match of a phrase must begin with, read from the phrase's pattern: "wh?atsapp" begins "wha" or
// "wat", "t[eé]l[eé]gr[aâ]?m" "tel" or "tél", "(?:use|with)\s+code" "use" or "wit". With these the word index
// (word-index.ts) finds the few places a phrase can start at. Where the pattern does not tell (a class of many
// letters, an escape, a look-around), the letters read so far are the beginning; with none read, there is none.
import { alternativesOf } from './phrases/narrow.ts';
import { isLatinWordChar as isLatin } from './phrases/prefixes.ts';

const MAX = 3;
// More spellings than this: the phrase is searched for instead.
const LIMIT = 64;

/** The index after the group that opens at `from` (after its closing parenthesis), or -1. */
export function groupEnd(source: string, from = 0): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The letters of a class of single letters ("[eé]", "[Oo]"); null for any other class. */
function classLetters(source: string, from: number): { letters: string[]; end: number } | null {
  const letters: string[] = [];
  let i = from + 1;
  if (source[i] === '^') return null;
  for (; i < source.length && source[i] !== ']'; i++) {
    if (!isLatin(source.charCodeAt(i)) || source[i + 1] === '-') return null;
    letters.push(source[i]!);
  }
  return i < source.length && letters.length ? { letters, end: i + 1 } : null;
}

const QUANTIFIER = /^(?:[?*+]|\{(\d*)(?:,\d*)?\})\??/;

/**
 * Every spelling of the first (up to three) characters a match of `alternative` begins with; null when a match may
 * begin otherwise than with a Latin-script letter or digit the pattern names.
 */
export function headsOf(alternative: string): string[] | null {
  const out = new Set<string>();
  return expand(alternative, 0, '', out) && out.size <= LIMIT ? [...out] : null;
}

function expand(source: string, i: number, prefix: string, out: Set<string>): boolean {
  if (out.size > LIMIT) return false;
  const done = () => { if (!prefix) return false; out.add(prefix); return true; };
  if (prefix.length >= MAX || i >= source.length) return done();
  let options: string[];
  let end: number;
  const c = source[i]!;
  if (isLatin(c.charCodeAt(0))) {
    options = [c];
    end = i + 1;
  } else if (c === '[') {
    const cls = classLetters(source, i);
    if (!cls) return done();
    options = cls.letters;
    end = cls.end;
  } else if (c === '(' && (source[i + 1] !== '?' || source[i + 2] === ':')) {
    const close = groupEnd(source, i);
    if (close < 0) return false;
    const inner = source.slice(source[i + 1] === '?' ? i + 3 : i + 1, close - 1);
    const q = QUANTIFIER.exec(source.slice(close));
    const rest = source.slice(close + (q ? q[0].length : 0));
    const alts = alternativesOf(inner);
    if (!q) return alts.every((a) => expand(a + rest, 0, prefix, out));
    // "(?:our\s+)?" may be absent; "(?:ab)+" is there at least once, and then may go on as it likes.
    const optional = q[0][0] === '?' || q[0][0] === '*' || q[1] === '0';
    if (optional && !expand(rest, 0, prefix, out)) return false;
    if (q[0][0] === '?' || (q[1] === '1' && /^\{1\}/.test(q[0]))) return alts.every((a) => expand(a + rest, 0, prefix, out));
    return alts.every((a) => expand(a, 0, prefix, out));
  } else {
    return done();
  }
  const q = QUANTIFIER.exec(source.slice(end));
  if (!q) return options.every((o) => expand(source, end, prefix + o, out));
  const after = end + q[0].length;
  const optional = q[0][0] === '?' || q[0][0] === '*' || q[1] === '0';
  if (optional && !expand(source, after, prefix, out)) return false;
  if (q[0][0] === '?') return options.every((o) => expand(source, after, prefix + o, out));
  // Repeated: there once for sure, then the same letter again or whatever follows.
  return options.every((o) => { out.add(prefix + o); return true; });
}
