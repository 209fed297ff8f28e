// The word index a long draft's phrase lists are tried through (src/check/word-index.ts, heads.ts, long-draft.ts,
// matches.ts): the same matches as searching the draft position by position, and the same word beginnings as the
// lists are narrowed with (phrases/prefixes.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headsOf } from '../../src/check/heads.ts';
import { matches, useSearch } from '../../src/check/matches.ts';
import { indexedSearch } from '../../src/check/long-draft.ts';
import { wordIndex } from '../../src/check/word-index.ts';
import { wordStarts } from '../../src/check/phrases/prefixes.ts';
import { PAYMENT_RULES } from '../../src/check/phrases/payment.ts';
import { APP_RULES } from '../../src/check/phrases/apps.ts';
import { SOCIAL_RULES } from '../../src/check/phrases/social.ts';
import { MARKETING_RULES } from '../../src/check/phrases/marketing.ts';
import { REVIEWISH, GIVEN, TIED, CONDITION } from '../../src/check/frames/review-lexicon.ts';
import { THANKS } from '../../src/check/phrases/review.ts';

/** Every match as [index, text], found by exec alone. */
function searched(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  const copy = new RegExp(re.source, re.flags);
  for (let m = copy.exec(text); m; m = copy.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) copy.lastIndex++;
  }
  return out;
}

function indexed(re: RegExp, text: string): [number, string][] {
  useSearch(indexedSearch(wordIndex(text)));
  try {
    return [...matches(re, text)].map((m) => [m.index, m[0]]);
  } finally {
    useSearch(null);
  }
}

const LISTS: RegExp[] = [...PAYMENT_RULES, ...APP_RULES, ...SOCIAL_RULES, ...MARKETING_RULES].map((r) => r.re)
  .concat([REVIEWISH, GIVEN, TIED, CONDITION, THANKS]);

// Words the lists are made of and words around them, in several scripts, with the characters that sit at word
// boundaries: digits, "_", accented letters, the Kelvin sign and the long s, which case-insensitive matching reads
// as "k" and "s".
const WORDS = ['pay', 'PayPal', 'paypal.me', 'WhatsApp', 'whats app', 'watsapp', 'wasap', 'wa', 'WA:', 'Telegrm', 'insta', 'ig:', 'LINE', 'line', 'Telegram',
  'télégram', 'coupon', 'code', 'use', 'our', 'with', 'follow', 'us', 'review', 'reviews', 'star', 'stars', '5',
  'five', 'gift', 'free', 'if', 'you', 'happy', 'leave', 'Bewertung', 'avis', 'reseña', 'valutazione', 'yorum',
  'تقييم', '评价', 'レビュー', 'Überweisung', 'virement', 'bizum', 'Pix', 'MB WAY', 'Swish', 'BLIK', 'iban', 'IBAN',
  'thank', 'thanks', 'for', 'your', 'feedback', 'discount', 'next', 'order', 'shop', 'store', 'visit', 'website',
  'x', 'é', '3', '_', 'ſ', '\u212A', 'k', 'ße', 'İnstagram', 'instagram', '@shop', '$cash', 'e-mail', 'me'];
const GAPS = [' ', '  ', '\n', ', ', '. ', '!', '_', '-', '', '3', 'é', '\u212A', '(', ')', ':'];

const draftOf = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 400 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('matches through the word index', () => {
  it('finds what a plain search finds, for every phrase list, on drafts long enough to be indexed', () => {
    fc.assert(fc.property(draftOf, (d) => {
      // long enough for the index (8,192 units and more), the same words throughout
      let text = d;
      while (text.length < 9000) text += ' ' + d;
      for (const re of LISTS) expect(indexed(re, text), re.source.slice(0, 60)).toEqual(searched(re, text));
    }), { numRuns: 25 });
  });

  it('tries only the places a word of the right letters starts at, and leaves the expression as exec would', () => {
    const re = /(?<![A-Za-z0-9_\u00C0-\u024F\u1E00-\u1EFF])(?:paypal|venmo)(?![A-Za-z0-9_\u00C0-\u024F\u1E00-\u1EFF])/giu;
    const text = 'pay me on PayPal or Venmo, not xpaypal. '.repeat(300);
    const found = indexed(re, text);
    expect(found.length).toBe(600);
    expect(found.slice(0, 2)).toEqual([[10, 'PayPal'], [20, 'Venmo']]);
    expect(re.lastIndex).toBe(0);
  });

  it('reads the beginnings of optional letters, classes and groups right (each spelling is found)', () => {
    const W = '(?<![A-Za-z0-9_\\u00C0-\\u024F\\u1E00-\\u1EFF])';
    const lists = ['(?:wh?atsapp)', '(?:t[eé]l[eé]gram)', '(?:(?:my\\s+)?shop\\s+link)', '(?:x*yz)', '(?:p+q)', '(?:(?:ab)?cd)'];
    const text = 'watsapp whatsapp télégram telegram my shop link shop link yz xxyz pq ppq cd abcd \u212Aé '.repeat(200);
    for (const l of lists) {
      const re = new RegExp(`${W}${l}`, 'giu');
      const found = indexed(re, text);
      expect(found.length, l).toBe(400);
      expect(found, l).toEqual(searched(re, text));
    }
  });
});

describe('the word index', () => {
  it('has the same word beginnings as the phrase lists are narrowed with', () => {
    fc.assert(fc.property(draftOf, fc.constantFrom('pay', 'wh', 'x', 'ste', 'rev', 'é', 'us', 'ki', 'ße', 'ins'), (text, prefix) => {
      // the index may say yes where the other cannot tell (more phrases kept), never no where it says yes
      if (wordStarts(text).has(prefix)) expect(wordIndex(text).has(prefix)).toBe(true);
      expect(wordIndex(text).hasScript).toBe(wordStarts(text).hasScript);
    }), { numRuns: 200 });
  });
});

describe('the letters a phrase begins with', () => {
  it('reads optional letters, small classes and groups, and stops where the pattern no longer tells', () => {
    expect(headsOf('wh?atsapp')?.sort()).toEqual(['wat', 'wha']);
    expect(headsOf('t[eé]l[eé]gr[aâ]?m\\p{L}{0,4}')?.sort()).toEqual(['tel', 'tél']);
    expect(headsOf('(?:use|with|enter|apply)\\s+(?:our\\s+)?code')?.sort()).toEqual(['app', 'ent', 'use', 'wit']);
    expect(headsOf('(?:ab)?cd')?.sort()).toEqual(['abc', 'cd']);
    expect(headsOf('e-?mail')).toEqual(['e']);
    expect(headsOf('p+q')).toEqual(['p']);
    expect(headsOf('\\p{L}*anleitung')).toBeNull();
    expect(headsOf('[a-z]b')).toBeNull();
    expect(headsOf('(?<!feel\\s)free')).toBeNull();
  });
});
