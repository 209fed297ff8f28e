// The in-page guards speak every Seller Central UI language the popup speaks, each with every guard's wording,
// chosen by the page's UI language as the readers report it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { GUARD_LANGS, GUARD_TEXT, guardLang, type GuardLang } from '../../src/content/guards/messages.ts';
import { renderGuards } from '../../src/content/guards/render.ts';
import { GUARD_KINDS } from '../../src/messaging.ts';
import { UI_LANGUAGES } from '../../src/options/settings.ts';
import { UI_LANGS } from '../../src/words/langs.ts';

const ENGLISH_WORDS = /\b(the|and|you|your|order|with|not|this|buyer|claim|refund|ship|dismiss|keep)\b/i;

/** Amazon's name for the A-to-z Guarantee as Seller Central writes it in each language. */
const A_TO_Z: Record<GuardLang, RegExp> = {
  en: /A-to-z/, de: /A-bis-z-Garantie/, fr: /Garantie A à Z/, es: /Garantía de la A a la Z/,
  it: /Garanzia dalla A alla Z/, ja: /マーケットプレイス保証/, zh: /A-to-z/,
};

describe('guard wording', () => {
  it('exists in every UI language of the popup and options page', () => {
    expect([...GUARD_LANGS].sort()).toEqual(UI_LANGUAGES.filter((l) => l !== 'auto').sort());
    // Taken from the registry, not listed again: a language added there reaches the guards.
    expect(GUARD_LANGS).toBe(UI_LANGS);
    expect(Object.keys(GUARD_TEXT).sort()).toEqual([...UI_LANGS].sort());
  });

  it('has every guard and the dismissal in every language, none left in English', () => {
    for (const lang of GUARD_LANGS) {
      const text = GUARD_TEXT[lang];
      expect(Object.keys(text.body).sort(), lang).toEqual([...GUARD_KINDS].sort());
      for (const kind of GUARD_KINDS) {
        expect(text.body[kind].trim(), `${lang}.${kind}`).not.toBe('');
        if (lang === 'en') continue;
        expect(text.body[kind], `${lang}.${kind}`).not.toBe(GUARD_TEXT.en.body[kind]);
        expect(text.body[kind], `${lang}.${kind}`).not.toMatch(ENGLISH_WORDS);
      }
      expect(text.dismiss.trim(), lang).not.toBe('');
      if (lang !== 'en') {
        expect(text.dismiss, lang).not.toBe(GUARD_TEXT.en.dismiss);
        expect(text.dismiss, lang).not.toMatch(ENGLISH_WORDS);
      }
      expect(text.brand).toBe('Claimwise');
    }
  });

  it('names the A-to-z Guarantee as Amazon does in that language', () => {
    for (const lang of GUARD_LANGS) expect(GUARD_TEXT[lang].body['protected-no-refund'], lang).toMatch(A_TO_Z[lang]);
  });

  it('is chosen by the page\'s UI language tag, English when there is none for it', () => {
    expect(guardLang('fr-FR')).toBe('fr');
    expect(guardLang('zh_CN')).toBe('zh');
    expect(guardLang('ES')).toBe('es');
    expect(guardLang('it')).toBe('it');
    expect(guardLang('de')).toBe('de');
    expect(guardLang('pt-BR')).toBe('en');
    expect(guardLang(null)).toBe('en');
  });
});

describe('renderGuards in each language', () => {
  const page = readFileSync(new URL('../fixtures/reference/order-details-us-buyshipping-delivered.html', import.meta.url), 'utf8');
  const url = 'https://sellercentral.amazon.com/orders-v3/order/113-4829137-5520614';

  it('draws the wording and the dismissal of the page\'s language, marked with that language', () => {
    for (const lang of GUARD_LANGS) {
      const doc = loadPage(page, url);
      const uiLanguage = lang === 'zh' ? 'zh-CN' : lang;
      expect(renderGuards(doc, [{ kind: 'protected-no-refund', orderId: '113-4829137-5520614', rules: ['BS-CLAIMS-PROTECTED'] }],
        uiLanguage, { dismiss: () => undefined }), lang).toBe(1);
      const box = doc.querySelector('claimwise-guard')!.shadowRoot!.querySelector('[data-testid="claimwise-guard"]')!;
      expect(box.getAttribute('lang'), lang).toBe(lang);
      expect(box.textContent, lang).toContain(GUARD_TEXT[lang].body['protected-no-refund']);
      expect(box.querySelector('button')!.textContent, lang).toBe(GUARD_TEXT[lang].dismiss);
    }
  });
});
