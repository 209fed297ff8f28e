// The reply box's check (src/check/live.ts): the same findings as the full check, worded in the page's language
// once that language's words have loaded, and in English before.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import { check as liveCheck, kindLabel, loadWording } from '../../src/check/live.ts';
import { HINTS, KIND_LABELS } from '../../src/check/hints.ts';
import { UI_LANGS } from '../../src/words/langs.ts';

const DRAFT = 'Write to me on WhatsApp +49 170 1234567, and if you leave five stars I will refund you.';

describe('live check (one UI language loaded at a time)', () => {
  it('finds what the full check finds, at the same offsets', () => {
    const strip = (fs: ReturnType<typeof check>) => fs.map(({ reasonText: _r, hint: _h, ...f }) => f);
    expect(strip(liveCheck(DRAFT))).toEqual(strip(check(DRAFT)));
    expect(liveCheck(DRAFT).length).toBeGreaterThanOrEqual(3);
  });

  it('words hints and labels in English until the language is loaded, then in that language', async () => {
    const before = liveCheck(DRAFT, { lang: 'ja' });
    expect(before[0]!.hint).toBe(HINTS[before[0]!.reason as keyof typeof HINTS].en);
    for (const lang of UI_LANGS) {
      await loadWording(lang);
      for (const f of liveCheck(DRAFT, { lang })) {
        expect(f.hint, lang).toBe(HINTS[f.reason as keyof typeof HINTS][lang]);
        expect(kindLabel(f.kind, lang), lang).toBe(KIND_LABELS[f.kind][lang]);
      }
    }
  });
});
