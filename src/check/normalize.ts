// The first view of a draft that every detector reads: invisible characters dropped, compatibility forms folded
// (NFKC: full-width letters and digits, circled digits, mathematical letters, "＠", "．"), and letters from other
// scripts that look like Latin ones folded to Latin, so "ｐａｙｐａｌ", "pay\u200Bpal" and "раypal" all read
// "paypal". Case is kept: a few names ("LINE", "QQ") are only names when written in capitals.
import { identity, MappedBuilder, type MappedText } from './mapped-text.ts';

/** Zero-width, bidi, soft hyphen, variation selectors, tags, Hangul fillers: characters that show nothing. */
export function isInvisible(cp: number): boolean {
  return cp === 0x00ad || cp === 0x034f || cp === 0x061c || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 ||
    cp === 0x17b5 || cp === 0x180e || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) || cp === 0x3164 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff ||
    cp === 0xffa0 || (cp >= 0xe0000 && cp <= 0xe0fff) || (cp >= 0x1bca0 && cp <= 0x1bca3);
}

// Letters that render like Latin letters (Unicode confusables, the ones seen in spoofed names and domains).
const CONFUSABLE_PAIRS =
  // Cyrillic
  'аaеeоoрpсcхxуyіiјjѕsԁdһhԛqԝwӏlАAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSԌGԜW' +
  // Greek
  'αaοoρpνvιiκkυuχxΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX' +
  // Armenian, Latin variants
  'օoոnսuհhɑaɡgıiℓl' +
  // Turkish dotted capital I: case-insensitive matching does not fold it to "i" ("İnstagram")
  'İI' +
  // Arabic-Indic and Persian digits ("٠٥٥١٢٣٤٥٦٧"): NFKC leaves them as they are
  '٠0١1٢2٣3٤4٥5٦6٧7٨8٩9۰0۱1۲2۳3۴4۵5۶6۷7۸8۹9';

const CONFUSABLES = new Map<string, string>();
for (let i = 0; i < CONFUSABLE_PAIRS.length; i += 2) CONFUSABLES.set(CONFUSABLE_PAIRS[i]!, CONFUSABLE_PAIRS[i + 1]!);

export function hasConfusable(s: string): boolean {
  for (const ch of s) if (CONFUSABLES.has(ch)) return true;
  return false;
}

function fold(s: string): string {
  let out = '';
  for (const ch of s) out += CONFUSABLES.get(ch) ?? ch;
  return out;
}

const COMBINING = /^\p{M}/u;
const folded = new Map<string, string>();

/** NFKC and look-alike folding of one character (with the marks that follow it), remembered across calls. */
export function normalizeCluster(cluster: string): string {
  let out = folded.get(cluster);
  if (out === undefined) {
    // The keycap mark of an emoji digit ("5️⃣") goes: the digit it sits on is what a phone number is made of.
    out = fold(cluster.normalize('NFKC')).replace(/\u20E3/g, '');
    if (folded.size > 4096) folded.clear();
    folded.set(cluster, out);
  }
  return out;
}

/** Does this code point (after NFKC) attach to the character before it? Marks start at U+0300. */
export function combines(cp: number): boolean {
  return cp >= 0x300 && COMBINING.test(normalizeCluster(String.fromCodePoint(cp)));
}

// Per BMP code unit: 1 when the character is its own normal form (visible, NFKC leaves it, no look-alike to fold),
// 2 when it is not; 0 not yet known. Most of a long text in any script is such characters, and a run of them is
// copied as it is rather than normalised one by one.
const PLAIN = new Uint8Array(0x10000);
// Per BMP code unit: 1 when it attaches to the character before it (and shows: an invisible one is dropped instead).
const JOINS = new Uint8Array(0x10000);

function isPlain(c: number): boolean {
  let v = PLAIN[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = (c >= 0xd800 && c <= 0xdfff) || isInvisible(c) || normalizeCluster(ch) !== ch ? 2 : 1;
    PLAIN[c] = v;
  }
  return v === 1;
}

/** Does the character at `k` join the one before it into a cluster (as the loop below groups them)? */
function joinsAt(text: string, k: number): boolean {
  if (k >= text.length) return false;
  const c = text.charCodeAt(k);
  if (c < 0x300) return false;
  if (c >= 0xd800 && c <= 0xdfff) { const cp = text.codePointAt(k)!; return !isInvisible(cp) && combines(cp); }
  let v = JOINS[c]!;
  if (v === 0) { v = !isInvisible(c) && combines(c) ? 1 : 2; JOINS[c] = v; }
  return v === 1;
}

/** Left as it is: ASCII, or a character that is its own normal form with no mark after it to normalise with. */
function keptAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 || (isPlain(c) && !joinsAt(text, i + 1));
}

/** NFKC + invisible-character removal + look-alike folding, with a map back to `text`. */
const NON_ASCII = /[\u0080-\uFFFF]/;

export function normalizeView(text: string): MappedText {
  if (!NON_ASCII.test(text)) return identity(text);
  const out = new MappedBuilder(text.length);
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (keptAt(text, i)) {
      let j = i + 1;
      while (j < n && keptAt(text, j)) j++;
      out.pushOriginal(text, i, j);
      i = j;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (isInvisible(cp)) { i += len; continue; }
    // Emoji and pictographs (U+1F300-U+1FAFF) are their own NFKC form and take no marks: copied as they are,
    // which keeps a message of thousands of emoji as fast as plain text.
    // (Not U+1F100-U+1F1FF: "🄿🄰🅈🄿🄰🄻" folds to PAYPAL.)
    if (cp >= 0x1f300 && cp <= 0x1faff) { out.pushOriginal(text, i, i + len); i += len; continue; }
    // A base character and the marks that follow it normalise together (e.g. half-width カ + ﾞ -> ガ).
    let end = i + len;
    while (end < n) {
      const next = text.codePointAt(end)!;
      const nextLen = next > 0xffff ? 2 : 1;
      if (isInvisible(next) || !combines(next)) break;
      end += nextLen;
    }
    const piece = normalizeCluster(text.slice(i, end));
    out.push(piece, i, end);
    i = end;
  }
  return out.build();
}
