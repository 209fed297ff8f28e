// The phrase lists and link rewrites skip what a draft's word beginnings rule out (phrases/narrow.ts,
// phrases/prefixes.ts). That must never change what is found: on every training draft, the narrowed runs find
// exactly what the full lists find.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeView } from '../../src/check/normalize.ts';
import { linkView } from '../../src/check/deobfuscate.ts';
import { runPhrases } from '../../src/check/phrases/build.ts';
import { findReviewManipulation } from '../../src/check/phrases/review.ts';
import { requirementsOf } from '../../src/check/phrases/narrow.ts';
import { wordStarts } from '../../src/check/phrases/prefixes.ts';
import { PAYMENT_RULES } from '../../src/check/phrases/payment.ts';
import { APP_RULES } from '../../src/check/phrases/apps.ts';
import { SOCIAL_RULES } from '../../src/check/phrases/social.ts';
import { MARKETING_RULES } from '../../src/check/phrases/marketing.ts';
import { loadDir } from './corpus/load.ts';
import { draft2000 } from './draft.ts';

const RULES = [...PAYMENT_RULES, ...APP_RULES, ...SOCIAL_RULES, ...MARKETING_RULES];
const texts = loadDir(join(import.meta.dirname, 'corpus', 'train')).map((r) => r.text).concat(draft2000());

describe('narrowing by word beginnings', () => {
  it('reads what a phrase needs: a word per place a word must begin, alternatives where the wording varies', () => {
    expect(requirementsOf('coupons?\\s+(?:codes?|for)')).toEqual([['coupon'], ['code', 'for']]);
    expect(requirementsOf('check\\s+out\\s+our\\s+(?:other\\s+|new\\s+)?(?:products|items)')).toEqual([['check'], ['out'], ['our']]);
    expect(requirementsOf('whats\\s?app')).toEqual([['whats']]);
    expect(requirementsOf('(?<!\\d)\\d{1,3}\\s?%\\s+off')).toEqual([['off']]);
    expect(requirementsOf('[a-z]+\\s*x')).toEqual([]);
  });

  it('knows which beginnings a text has, folding case and reaching past accents', () => {
    const starts = wordStarts('Bitte ÜBERWEISEN Sie den Betrag, ok?');
    expect(starts.has('überweisung')).toBe(true);
    expect(starts.has('bet')).toBe(true);
    expect(starts.has('ber')).toBe(false);
    expect(starts.hasScript).toBe(false);
    expect(wordStarts('请加我微信').hasScript).toBe(true);
  });

  it('finds on every training draft exactly what the full phrase lists and link rewrites find', () => {
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) {
      const base = normalizeView(text);
      const starts = wordStarts(base.text);
      expect(runPhrases(base, RULES, starts), text).toEqual(runPhrases(base, RULES));
      expect(findReviewManipulation(base, starts), text).toEqual(findReviewManipulation(base));
      const full = linkView(base);
      const narrow = linkView(base, starts);
      expect(narrow.view.text, text).toBe(full.view.text);
      expect(narrow.edits, text).toEqual(full.edits);
    }
  });
});
