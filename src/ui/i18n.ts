// UI strings for the popup and the options page. They live in _locales/*/messages.json (one place for wording).
// With uiLanguage "auto" the popup speaks the Seller Central UI language of the page, else the browser's. Where that
// is the browser's language, browser.i18n serves it; any other language loads that catalog's JSON directly, because
// browser.i18n cannot be told to use a language other than the browser's.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiLanguage } from '../options/settings.ts';
import { uiLang } from '../words/langs.ts';

export type MessageKey = Extract<keyof typeof import('../public/_locales/en/messages.json'), string>;
/** A message with plural forms: `<base>_one`, `<base>_other` (and any other CLDR category a language needs). */
export type PluralKey = MessageKey extends infer K ? K extends `${infer B}_other` ? B : never : never;
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
export type Catalog = Partial<Record<string, Entry>>;
export type CatalogLang = Exclude<UiLanguage, 'auto'>;

/** BCP 47 tag for Intl date and number formatting per catalog: the language itself, except that Chinese names the
 *  simplified script's region (the catalog is zh_CN). */
const intlLocale = (lang: CatalogLang): string => (lang === 'zh' ? 'zh-CN' : lang);

/** One catalog, loaded on demand: the popup pays only for the language it shows (none with browser.i18n). */
export async function loadCatalog(lang: CatalogLang): Promise<Catalog> {
  switch (lang) {
    case 'en': return (await import('../public/_locales/en/messages.json')).default;
    case 'de': return (await import('../public/_locales/de/messages.json')).default;
    case 'fr': return (await import('../public/_locales/fr/messages.json')).default;
    case 'es': return (await import('../public/_locales/es/messages.json')).default;
    case 'it': return (await import('../public/_locales/it/messages.json')).default;
    case 'ja': return (await import('../public/_locales/ja/messages.json')).default;
    case 'zh': return (await import('../public/_locales/zh_CN/messages.json')).default;
  }
}

/** The subset of browser.i18n the UI needs; absent in tests or when the page runs outside the extension. */
export interface BrowserI18n {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

export interface I18n {
  /** The catalog in use, for the `lang` attribute. */
  lang: CatalogLang;
  /** Locale for Intl formatters. */
  locale: string;
  t: (key: MessageKey, ...subs: (string | number)[]) => string;
  /**
   * The form of `<base>_<category>` that `count` takes in this language (Intl.PluralRules), `_other` where the
   * catalog has no such form; the count, in the locale's digits, is $1 and `subs` follow it.
   */
  tn: (base: PluralKey, count: number, ...subs: (string | number)[]) => string;
}


/** The catalog for a language tag such as "zh-CN", "de" or "ja-JP"; null when there is none for it. */
export function catalogOf(tag: string | null | undefined): CatalogLang | null {
  return uiLang(tag);
}

/** The catalog for a browser UI language; English where there is none (as browser.i18n's default_locale). */
export function catalogFor(uiLanguage: string): CatalogLang {
  return catalogOf(uiLanguage) ?? 'en';
}

/** Same substitution rules as browser.i18n: $NAME$ placeholders whose content is $1..$9, direct $1..$9, $$ -> $. */
export function formatEntry(entry: Entry, subs: string[]): string {
  const named = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const direct = (s: string) => s.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
  // One pass, so a substituted value containing "$1" is never substituted again.
  return entry.message.replace(/\$\$|\$([A-Za-z_@][A-Za-z0-9_@]*)\$|\$(\d)/g, (m, name?: string, digit?: string) => {
    if (m === '$$') return '$';
    if (name !== undefined) {
      const content = named[name.toLowerCase()];
      return content === undefined ? m : direct(content);
    }
    return subs[Number(digit) - 1] ?? '';
  });
}

/**
 * "auto" asks browser.i18n (the browser picks the catalog and falls back to English itself); a chosen language,
 * or no browser.i18n at all, reads `catalog`, which must be that language's.
 */
export function makeI18n(uiLanguage: UiLanguage, browserI18n: BrowserI18n | null, catalog: Catalog | null): I18n {
  const lang = uiLanguage === 'auto' ? catalogFor(browserI18n?.getUILanguage() ?? 'en') : uiLanguage;
  const fromCatalog = (key: MessageKey, subs: string[]) => {
    const entry = catalog?.[key];
    return entry ? formatEntry(entry, subs) : '';
  };
  const fromBrowser = (key: MessageKey, subs: string[]) => browserI18n?.getMessage(key, subs) ?? '';
  const [first, second] = uiLanguage === 'auto' ? [fromBrowser, fromCatalog] : [fromCatalog, fromBrowser];
  const locale = intlLocale(lang);
  // getMessage answers '' for an unknown key; the key itself is the last resort, so a gap is visible, not blank.
  const t = (key: MessageKey, ...subs: (string | number)[]) => {
    const s = subs.map(String);
    return first(key, s) || second(key, s) || key;
  };
  const rules = new Intl.PluralRules(locale);
  const digits = new Intl.NumberFormat(locale);
  return {
    lang,
    locale,
    t,
    tn: (base, count, ...subs) => {
      const s = [digits.format(count), ...subs.map(String)];
      const exact = `${base}_${rules.select(count)}` as MessageKey;
      return first(exact, s) || second(exact, s) || t(`${base}_other` as MessageKey, ...s);
    },
  };
}

/**
 * The strings for `uiLanguage`, loading a catalog only where browser.i18n cannot serve it. `pageLanguage` is the
 * Seller Central UI language of the page in view (PageReading.uiLanguage): "auto" follows it when there is a
 * catalog for it, because the seller chose that language in Seller Central; otherwise the browser's language.
 */
export async function i18nFor(uiLanguage: UiLanguage, browserI18n: BrowserI18n | null, pageLanguage: string | null = null): Promise<I18n> {
  if (uiLanguage !== 'auto') return makeI18n(uiLanguage, browserI18n, await loadCatalog(uiLanguage));
  const browserLang = catalogFor(browserI18n?.getUILanguage() ?? 'en');
  const lang = catalogOf(pageLanguage) ?? browserLang;
  if (browserI18n && lang === browserLang) return makeI18n('auto', browserI18n, null);
  return makeI18n(lang, browserI18n, await loadCatalog(lang));
}

/** Without a provider every string is its key: a missing provider shows at once. */
export const I18nContext = createContext<I18n>(makeI18n('en', null, null));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
