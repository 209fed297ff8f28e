// The advice words of one UI language, loaded only where shown (the popup, the options page): each language is its
// own chunk, and the background carries none.
import type { UiLang } from '../langs.ts';
import type { AdviceLanguage } from './types.ts';

const LOADERS: Readonly<Record<UiLang, () => Promise<AdviceLanguage>>> = {
  en: () => import('./en.ts').then((m) => m.EN),
  de: () => import('./de.ts').then((m) => m.DE),
  fr: () => import('./fr.ts').then((m) => m.FR),
  es: () => import('./es.ts').then((m) => m.ES),
  it: () => import('./it.ts').then((m) => m.IT),
  ja: () => import('./ja.ts').then((m) => m.JA),
  zh: () => import('./zh.ts').then((m) => m.ZH),
};

const loaded = new Map<UiLang, Promise<AdviceLanguage>>();

export function loadAdviceLanguage(lang: UiLang): Promise<AdviceLanguage> {
  let p = loaded.get(lang);
  if (!p) {
    p = LOADERS[lang]();
    // A failed load is tried again next time rather than remembered.
    p.catch(() => loaded.delete(lang));
    loaded.set(lang, p);
  }
  return p;
}
