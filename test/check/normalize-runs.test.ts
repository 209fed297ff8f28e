// normalize.ts copies runs of characters that are their own normal form as they are: the view and its map are the
// same as normalising every character (with the marks after it) one by one, the way the view was made before.
import { describe, expect, it } from 'vitest';
import { combines, isInvisible, normalizeCluster, normalizeView } from '../../src/check/normalize.ts';
import { MappedBuilder, type MappedText } from '../../src/check/mapped-text.ts';
import { seededRandom } from '../../bench/stats.ts';

// The view one cluster at a time, as normalize.ts made it before copying runs: ASCII up to the next other character
// as it is, every other character with the marks after it through NFKC and the look-alike folding.
function oneByOne(text: string): MappedText {
  const out = new MappedBuilder(text.length);
  const n = text.length;
  const nonAscii = /[\u0080-\uFFFF]/g;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) < 0x80) {
      nonAscii.lastIndex = i;
      const next = nonAscii.exec(text)?.index ?? n;
      out.pushOriginal(text, i, next);
      i = next;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (isInvisible(cp)) { i += len; continue; }
    if (cp >= 0x1f300 && cp <= 0x1faff) { out.pushOriginal(text, i, i + len); i += len; continue; }
    let end = i + len;
    while (end < n) {
      const next = text.codePointAt(end)!;
      if (isInvisible(next) || !combines(next)) break;
      end += next > 0xffff ? 2 : 1;
    }
    out.push(normalizeCluster(text.slice(i, end)), i, end);
    i = end;
  }
  return out.build();
}

// Seeded (mulberry32, the bench's): the same pieces on every run.
const random = seededRandom;

const PIECES = ['a', 'e', ' ', '\u0301', '\u0308', 'é', 'ü', 'ß', 'ｐａｙ', 'ﾊﾟ', 'ｶ', 'ﾞ', 'カ', '\u3099', 'р', 'а', 'у', 'İ', '٥', '۳',
  '\u200b', '\u00ad', '\ufe0f', '\u20e3', '5', '😀', '👍🏽', '🄿', '微信', 'ご連絡', 'شكراً', 'رَسَائِل', '\u064b', 'ﷺ', '①', '㈱', 'ﬁ',
  'ǅ', 'Å', 'Å', 'K', 'ſ', '\n', '한국어', '\u1100\u1161', 'ℓ', 'ɑ', '\ud83d', '\ude00'];

describe('normalized view', () => {
  it('is the same, map included, as the view made one character at a time', () => {
    const next = random(15);
    for (let k = 0; k < 4000; k++) {
      let text = '';
      const n = 1 + Math.floor(next() * 12);
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(next() * PIECES.length)];
      const a = normalizeView(text);
      const b = oneByOne(text);
      expect(a.text, JSON.stringify(text)).toBe(b.text);
      expect([...a.from], JSON.stringify(text)).toEqual([...b.from]);
      expect([...a.to], JSON.stringify(text)).toEqual([...b.to]);
    }
  });

  it('keeps the original offsets of a long mixed-script text', () => {
    const text = 'ご連絡ありがとうございます。شكراً لتواصلك معنا، ｐａｙｐａｌ ok. '.repeat(2000);
    const v = normalizeView(text);
    expect(v.text).toContain('paypal');
    expect(v.from[0]).toBe(0);
    expect(v.to[v.text.length - 1]).toBe(text.length);
  });
});
