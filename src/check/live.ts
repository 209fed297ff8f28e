// The check for the reply box: the same findings as index.ts, worded in the page's UI language only. The words of
// each UI language are a module of their own (wording/<lang>.ts), loaded when a reply box in that language shows,
// so the module the content script loads carries the English words and no other language's. Until a language has
// loaded its hints fall back to English; `reasonText` is left to the full check (index.ts).
import type { Finding, FindingKind } from '../model.ts';
import { findHits, findingOf } from './find.ts';
import type { CheckWording, HintLang } from './hints.ts';
import { fixFor } from './fixes.ts';
import en from './wording/en.ts';

export type { HintLang } from './hints.ts';

const loaded = new Map<HintLang, CheckWording>([['en', en]]);
const LOADERS: Record<HintLang, () => Promise<{ default: CheckWording }>> = {
  en: () => Promise.resolve({ default: en }),
  de: () => import('./wording/de.ts'), fr: () => import('./wording/fr.ts'), es: () => import('./wording/es.ts'),
  it: () => import('./wording/it.ts'), ja: () => import('./wording/ja.ts'), zh: () => import('./wording/zh.ts'),
};

/** Loads the words of one UI language (once); an unknown language leaves English. */
export async function loadWording(lang: HintLang): Promise<void> {
  if (loaded.has(lang) || !Object.hasOwn(LOADERS, lang)) return;
  loaded.set(lang, (await LOADERS[lang]()).default);
}

/** Whether `lang`'s words are at hand (English always is). */
export function wordingLoaded(lang: HintLang): boolean {
  return loaded.has(lang);
}

function wording(lang: HintLang): CheckWording {
  return loaded.get(lang) ?? en;
}

/** The short name of a finding kind in `lang` (English until that language is loaded). */
export function kindLabel(kind: FindingKind, lang: HintLang): string {
  return wording(lang).kinds[kind];
}

export function check(text: string, options: { lang?: HintLang; draftLang?: string } = {}): Finding[] {
  const lang = options.lang ?? 'en';
  const words = wording(lang);
  return findHits(text).map((h) => findingOf(text, h, words.hints[h.hint], fixFor(h.hint, options.draftLang ?? lang)));
}
