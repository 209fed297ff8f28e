// The Arabic spoken address searched for from each "آت" or "@" (spoken-email.ts arabicMatches) finds exactly what a
// search of the whole draft finds, at every place, and a long draft without one costs no search at all.
import { describe, expect, it } from 'vitest';
import { ARABIC, arabicMatches } from '../../src/check/spoken-email.ts';
import { seededRandom } from '../../bench/stats.ts';

function searched(text: string): [number, string][] {
  const re = new RegExp(ARABIC.source, 'gu');
  const out: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

const found = (text: string): [number, string][] => [...arabicMatches(text)].map((m) => [m.index, m[0]]);

// Seeded (mulberry32, the bench's): the same pieces on every run.
const random = seededRandom;

const PIECES = ['احمد', 'آت', '@', ' ', '  ', 'جيميل', 'جي ميل', 'دوت', 'نقطة', 'كوم', 'com', 'sa', 'x', 'ي', '.', '_', '😀', 'آتي',
  'a'.repeat(28), 'ب'.repeat(31), '\n', 'gmail', 'نت', '٥', 'آ'];

describe('Arabic spoken address', () => {
  it('finds the addresses a whole-draft search finds', () => {
    for (const text of ['راسلني على احمد آت جيميل دوت كوم', 'احمد@جيميل نقطة كوم وsara آت hotmail دوت com', 'آتي آت ياهو دوت نت',
      'x'.repeat(40) + ' آت gmail دوت com', '😀احمد @ ياهو دوت كوم😀']) {
      expect(found(text), text).toEqual(searched(text));
      expect(found(text).length, text).toBeGreaterThan(0);
    }
  });

  it('agrees with the whole-draft search on drafts pieced together at random', () => {
    const next = random(15);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 2 + Math.floor(next() * 14);
      for (let k = 0; k < n; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(found(text), JSON.stringify(text)).toEqual(searched(text));
    }
  });

  it('a megabyte of Arabic prose without the sign or the word is not searched letter by letter', () => {
    const prose = 'شكراً لتواصلك معنا، تم شحن طلبك اليوم ومن المتوقع وصوله خلال ثلاثة أيام عمل. '.repeat(13_000);
    expect(found(prose)).toEqual([]);
  });
});
