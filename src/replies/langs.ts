// The languages reply wording is written in. Anything else falls back to English (the lingua franca of Seller
// Central support), so a reply is always available.
import type { Lang } from '../model.ts';

export const SUPPORTED_LANGS = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const;
export type SupportedLang = (typeof SUPPORTED_LANGS)[number];

/** "de-DE", "zh_CN", "JA" -> the supported base language, or English. */
export function resolveLang(lang: Lang | null | undefined): SupportedLang {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LANGS as readonly string[]).includes(base) ? (base as SupportedLang) : 'en';
}
