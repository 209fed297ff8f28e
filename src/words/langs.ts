// The one list of languages. Buyers write in the 13 languages of Amazon's marketplaces; Claimwise's own screens
// speak the 7 languages Seller Central's interface is offered in (Portuguese to come); a marketplace's default
// buyer language is named here and nowhere else. Adding a language starts in this file; the type checker then
// names every table that lacks it.
import type { Marketplace } from '../model.ts';

/** Languages buyers write in: those of Amazon's 21 marketplaces. Replies are worded in each. */
export const BUYER_LANGS = ['en', 'es', 'fr', 'de', 'it', 'ja', 'zh', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar'] as const;
export type BuyerLang = (typeof BUYER_LANGS)[number];

/** Languages Claimwise's popup, options page and in-page warnings are written in. */
export const UI_LANGS = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const satisfies readonly BuyerLang[];
export type UiLang = (typeof UI_LANGS)[number];

/**
 * Languages Seller Central's pages are read in: the UI languages and Portuguese (Amazon.com.br's interface), whose
 * labels the readers know before Claimwise's own screens speak it.
 */
export const PAGE_LANGS = [...UI_LANGS, 'pt'] as const satisfies readonly BuyerLang[];
export type PageLang = (typeof PAGE_LANGS)[number];

/** The language buyers of a marketplace write in most often (and the default reply language there). */
export const MARKETPLACE_LANGUAGE: Readonly<Record<Marketplace, BuyerLang>> = {
  US: 'en', CA: 'en', MX: 'es', BR: 'pt', UK: 'en', DE: 'de', FR: 'fr', IT: 'it', ES: 'es', NL: 'nl', SE: 'sv',
  PL: 'pl', BE: 'fr', TR: 'tr', JP: 'ja', AU: 'en', SG: 'en', AE: 'en', SA: 'ar', EG: 'ar', IN: 'en',
};

/** BCP 47 locale each UI language formats dates and numbers in. */
export const UI_LOCALE: Readonly<Record<UiLang, string>> = {
  en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', ja: 'ja-JP', zh: 'zh-CN',
};

const base = (lang: string | null | undefined) => (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** "de-DE", "zh_CN", "JA" -> the buyer language, or null when it is none of the 13. */
export function buyerLang(lang: string | null | undefined): BuyerLang | null {
  const b = base(lang);
  return (BUYER_LANGS as readonly string[]).includes(b) ? (b as BuyerLang) : null;
}

/** "de-DE", "zh_CN" -> the UI language, or null when Claimwise's screens do not speak it. */
export function uiLang(lang: string | null | undefined): UiLang | null {
  const b = base(lang);
  return (UI_LANGS as readonly string[]).includes(b) ? (b as UiLang) : null;
}
