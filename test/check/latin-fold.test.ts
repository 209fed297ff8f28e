// One folding of Latin-script look-alikes (phrases/prefixes.ts foldLatin) for both places that ask which words a
// draft begins with: the phrase lists' word beginnings (prefixes.ts wordStarts) and the long draft's word index
// (word-index.ts). Both must fold a given text the same way, or a phrase kept by one would be dropped by the other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLatin, wordStarts } from '../../src/check/phrases/prefixes.ts';
import { symbolOf, wordIndex } from '../../src/check/word-index.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_';
// Every ASCII beginning of one to three characters from a few letters, and the look-alikes' own letters.
const PREFIXES: string[] = [];
for (const a of 'aksiu') {
  PREFIXES.push(a);
  for (const b of 'aksiu') { PREFIXES.push(a + b); for (const c of 'aksiu') PREFIXES.push(a + b + c); }
}

function beginnings(text: string): { starts: boolean[]; index: boolean[] } {
  const s = wordStarts(text);
  const x = wordIndex(text);
  return { starts: PREFIXES.map((p) => s.has(p)), index: PREFIXES.map((p) => x.has(p)) };
}

describe('the folding of Latin-script look-alikes', () => {
  it('folds the Kelvin sign, long s, dotted and dotless capitals as case-insensitive matching does', () => {
    expect(String.fromCharCode(foldLatin(0x212a))).toBe('k');
    expect(String.fromCharCode(foldLatin(0x17f))).toBe('s');
    expect(String.fromCharCode(foldLatin(0x130))).toBe('i');
    expect(String.fromCharCode(foldLatin(0x212b))).toBe('å');
    expect(String.fromCharCode(foldLatin(0x4b))).toBe('k');
    expect(foldLatin(0x20)).toBe(0);
    expect(foldLatin(0x043a)).toBe(0); // Cyrillic к: folded to Latin earlier, by normalize.ts
    for (const ch of 'Kk\u212a') expect(new RegExp(String.fromCharCode(foldLatin(ch.charCodeAt(0))), 'iu').test(ch)).toBe(true);
  });

  it('is the one the word index reads its symbols from', () => {
    for (let c = 0; c < 0x10000; c++) {
      const f = foldLatin(c);
      const expected = f === 0 ? 0 : f >= 0x61 && f <= 0x7a ? f - 0x60 : f >= 0x30 && f <= 0x39 ? 27 + f - 0x30 : f === 0x5f ? 37 : 38;
      if (symbolOf(c) !== expected) expect([c.toString(16), symbolOf(c)]).toEqual([c.toString(16), expected]);
    }
  });

  it('gives the phrase lists and the word index the same word beginnings for a given text', () => {
    const text = '\u212Aauf ſale İnfo KIWI \u212Bsa x\u212Aa \u212A\u212A';
    const { starts, index } = beginnings(text);
    expect(starts).toEqual(index);
    const wanted = ['kau', 'auf', 'sal', 'inf', 'kiw', 'kk', 'ka'];
    for (const p of wanted) expect(wordStarts(text).has(p), p).toBe(true);
    expect(wordStarts(text).has('kia')).toBe(false);
    fc.assert(fc.property(fc.array(fc.constantFrom(...LETTERS, ' ', '-', 'K', 'S', '\u212a', '\u212b', 'ſ', 'İ', 'ı', 'é', 'ß', '中', 'ｋ'), { maxLength: 30 }),
      (chars) => {
        const t = chars.join('');
        const b = beginnings(t);
        expect(b.starts, JSON.stringify(t)).toEqual(b.index);
      }), { numRuns: 2000 });
  });
});
