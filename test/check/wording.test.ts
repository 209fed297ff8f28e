// The checker's words exist in every UI language of the registry: each hint and each finding label, translated
// (not the English text left in place), and distinct within a language so no two findings read alike.
import { describe, expect, it } from 'vitest';
import { check, KIND_LABELS } from '../../src/check/index.ts';
import { HINTS, type HintKey } from '../../src/check/hints.ts';
import { NEUTRAL_REVIEW_REQUEST } from '../../src/check/fixes.ts';
import { BUYER_LANGS, UI_LANGS, type UiLang } from '../../src/words/langs.ts';

/** Words that give away an English sentence left untranslated; whole words, so "téléphone" is not "phone". */
const ENGLISH_WORDS = /(?<!\p{L})(the|and|you|your|order|with|not|this|buyer|remove|ask|only|here|write|outside|allowed|phone|number|address|payment|attachment)(?!\p{L})/iu;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ACRONYM = /^[A-Z]{2,5}$/;

function expectTranslated(table: Record<string, Readonly<Record<UiLang, string>>>, what: string): void {
  for (const [key, words] of Object.entries(table)) {
    expect(Object.keys(words).sort(), `${what} ${key}`).toEqual([...UI_LANGS].sort());
    for (const lang of UI_LANGS) {
      const text = words[lang];
      expect(text.trim(), `${what} ${key}.${lang}`).not.toBe('');
      if (lang === 'en') continue;
      expect(text, `${what} ${key}.${lang}`).not.toBe(words.en);
      expect(text, `${what} ${key}.${lang}`).not.toMatch(ENGLISH_WORDS);
      // Japanese and Chinese are written in their own script (an acronym such as Japanese "SNS" aside); the others
      // are not.
      const ownScript = lang === 'ja' || lang === 'zh';
      if (!(ownScript && ACRONYM.test(text))) expect(CJK.test(text), `${what} ${key}.${lang} script`).toBe(ownScript);
    }
  }
}

function expectDistinct(table: Record<string, Readonly<Record<UiLang, string>>>, what: string): void {
  for (const lang of UI_LANGS) {
    const texts = Object.values(table).map((w) => w[lang]);
    expect(new Set(texts).size, `${what} in ${lang}`).toBe(texts.length);
  }
}

describe('the checker\'s wording', () => {
  it('has every hint in every UI language, translated', () => {
    expectTranslated(HINTS, 'hint');
    expectDistinct(HINTS, 'hints');
  });

  it('has every finding label in every UI language, translated', () => {
    expectTranslated(KIND_LABELS, 'label');
    expectDistinct(KIND_LABELS, 'labels');
  });

  it('notices a hint left in English', () => {
    const copied = { link: { ...HINTS.link, it: HINTS.link.en } };
    expect(() => expectTranslated(copied, 'hint')).toThrow(/link\.it/);
  });

  it('has the neutral review request in every buyer language', () => {
    expect(Object.keys(NEUTRAL_REVIEW_REQUEST).sort()).toEqual([...BUYER_LANGS].sort());
    for (const lang of BUYER_LANGS) if (lang !== 'en') expect(NEUTRAL_REVIEW_REQUEST[lang], lang).not.toBe(NEUTRAL_REVIEW_REQUEST.en);
  });
});

describe('findings in each UI language', () => {
  const draft = 'Write to sam@northwind.com or WhatsApp me; a 5-star review gets a refund.';

  it('carry the hint of the seller\'s language and the reason in every UI language', () => {
    const english = check(draft);
    expect(english.map((f) => f.kind)).toEqual(expect.arrayContaining(['email', 'messaging-app', 'review-manipulation']));
    for (const lang of UI_LANGS) {
      const findings = check(draft, { lang });
      expect(findings.map((f) => [f.kind, f.start, f.end]), lang).toEqual(english.map((f) => [f.kind, f.start, f.end]));
      for (const f of findings) {
        const key = f.reason as HintKey;
        expect(f.hint, `${lang} ${key}`).toBe(HINTS[key][lang]);
        expect(f.reasonText, `${lang} ${key}`).toEqual(HINTS[key]);
        // The popup reads en and zh as it always did.
        expect(f.reasonText!.en).toBe(HINTS[key].en);
        expect(f.reasonText!.zh).toBe(HINTS[key].zh);
      }
    }
  });

  it('word the allowed review request in the draft\'s language, region tags included', () => {
    const rewrite = (draftLang: string) => check('If you are happy, please leave a 5-star review.', { draftLang })
      .find((f) => f.fix?.action === 'rewrite')?.fix;
    expect(rewrite('de-DE')).toEqual({ action: 'rewrite', text: NEUTRAL_REVIEW_REQUEST.de });
    expect(rewrite('pt_BR')).toEqual({ action: 'rewrite', text: NEUTRAL_REVIEW_REQUEST.pt });
    expect(rewrite('xx')).toEqual({ action: 'rewrite', text: NEUTRAL_REVIEW_REQUEST.en });
  });
});
