// The reply-box warning speaks every UI language of the registry: its title, each finding's label and hint, and the
// allowed wording it offers, all in the language of the Seller Central page it sits in.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { HINTS, KIND_LABELS } from '../../src/check/hints.ts';
import { guardLang } from '../../src/content/guards/messages.ts';
import { loadWording } from '../../src/check/live.ts';
import { findReplyBoxes } from '../../src/content/reply-guard/find-reply-boxes.ts';
// The guard the page runs: the reply box's own check, its language loaded first (here, every UI language up front).
import { attachReplyGuard } from '../../src/content/reply-guard/live.ts';
import { GUARD_WORDING, type GuardWording } from '../../src/content/reply-guard/wording.ts';
import { UI_LANGS } from '../../src/words/langs.ts';

beforeAll(() => Promise.all(UI_LANGS.map((lang) => loadWording(lang))));

const MESSAGES = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=113-4829137-5520614';
const ENGLISH_WORDS = /(?<!\p{L})(this|before|sending|change|check|found|write|instead)(?!\p{L})/iu;

function guardFor(lang: (typeof UI_LANGS)[number], draft: string): ShadowRoot {
  const doc = loadPage('<html><body><textarea name="body"></textarea></body></html>', MESSAGES);
  const box = findReplyBoxes(doc)[0]!;
  attachReplyGuard(box, box, { lang, debounceMs: 0 });
  box.value = draft;
  box.dispatchEvent(new doc.defaultView!.Event('input', { bubbles: true }));
  vi.runAllTimers();
  return doc.querySelector('[data-claimwise="reply-guard"]')!.shadowRoot!;
}

describe('the warning\'s own words', () => {
  it('exist in every UI language, none left in English', () => {
    expect(Object.keys(GUARD_WORDING).sort()).toEqual([...UI_LANGS].sort());
    for (const lang of UI_LANGS) {
      for (const key of Object.keys(GUARD_WORDING.en) as (keyof GuardWording)[]) {
        const text = GUARD_WORDING[lang][key];
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        if (lang === 'en') continue;
        expect(text, `${lang}.${key}`).not.toBe(GUARD_WORDING.en[key]);
        expect(text, `${lang}.${key}`).not.toMatch(ENGLISH_WORDS);
      }
      expect(GUARD_WORDING[lang].mustChange, lang).not.toBe(GUARD_WORDING[lang].checkFirst);
    }
  });

  it('follow the page\'s UI language tag, English for a language the screens do not speak', () => {
    expect(guardLang('it-IT')).toBe('it');
    expect(guardLang('es_MX')).toBe('es');
    expect(guardLang('FR')).toBe('fr');
    expect(guardLang('ja-JP')).toBe('ja');
    expect(guardLang('nl-NL')).toBe('en');
  });
});

describe('the warning in each UI language', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('titles, labels and hints a blocking draft in the page\'s language, marked with it', () => {
    for (const lang of UI_LANGS) {
      const root = guardFor(lang, 'Our number: 212-555-0147.');
      const box = root.querySelector('.guard')!;
      expect(box.getAttribute('lang'), lang).toBe(lang);
      expect(root.querySelector('.title')!.textContent, lang).toBe(GUARD_WORDING[lang].mustChange);
      const item = root.querySelector('[data-testid="finding"][data-kind="phone"]')!;
      expect(item.querySelector('.label')!.textContent, lang).toBe(KIND_LABELS.phone[lang]);
      expect(item.querySelector('.hint')!.textContent, lang).toBe(HINTS.phone[lang]);
    }
  });

  it('asks to check a draft that only warns, and offers the allowed review request with the page\'s lead-in', () => {
    for (const lang of UI_LANGS) {
      expect(guardFor(lang, 'Thanks 😊').querySelector('.title')!.textContent, lang).toBe(GUARD_WORDING[lang].checkFirst);
      const instead = guardFor(lang, 'If you are happy, please leave a 5-star review.').querySelector('.instead')!;
      expect(instead.textContent, lang).toMatch(new RegExp(`^${GUARD_WORDING[lang].instead} `));
    }
  });
});
