// UI strings for the popup and the options page. They live in _locales/*/messages.json (one place for wording).
// With uiLanguage "auto" the browser picks the catalog (browser.i18n.getMessage); a chosen language loads that
// catalog's JSON directly, because browser.i18n cannot be told to use a language other than the browser's.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../public/_locales/en/messages.json';
import ja from '../public/_locales/ja/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';
import type { UiLanguage } from '../options/settings.ts';

export type MessageKey = keyof typeof en;
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Catalog = Partial<Record<string, Entry>>;

const CATALOGS: Record<Exclude<UiLanguage, 'auto'>, Catalog> = { en, ja, zh };
/** BCP 47 tag for Intl date and number formatting per catalog. */
const INTL_LOCALE: Record<Exclude<UiLanguage, 'auto'>, string> = { en: 'en', ja: 'ja', zh: 'zh-CN' };

/** The subset of browser.i18n the UI needs; absent in tests or when the page runs outside the extension. */
export interface BrowserI18n {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

export interface I18n {
  /** The catalog in use ('en' | 'ja' | 'zh'), for the `lang` attribute. */
  lang: string;
  /** Locale for Intl formatters. */
  locale: string;
  t: (key: MessageKey, ...subs: (string | number)[]) => string;
}

/** The catalog for a browser UI language such as "zh-CN" or "ja-JP"; English otherwise. */
export function catalogFor(uiLanguage: string): Exclude<UiLanguage, 'auto'> {
  const primary = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'ja' ? primary : 'en';
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

export function makeI18n(uiLanguage: UiLanguage, browserI18n: BrowserI18n | null): I18n {
  const fromCatalog = (lang: Exclude<UiLanguage, 'auto'>) => (key: MessageKey, subs: string[]) => {
    const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
    return entry ? formatEntry(entry, subs) : key;
  };
  if (uiLanguage === 'auto') {
    const browserLang = browserI18n?.getUILanguage() ?? 'en';
    const lang = catalogFor(browserLang);
    const fallback = fromCatalog(lang);
    return {
      lang,
      locale: INTL_LOCALE[lang],
      t: (key, ...subs) => {
        const s = subs.map(String);
        // getMessage answers '' for an unknown key; the bundled catalog then still has the wording.
        return browserI18n?.getMessage(key, s) || fallback(key, s);
      },
    };
  }
  const lookup = fromCatalog(uiLanguage);
  return { lang: uiLanguage, locale: INTL_LOCALE[uiLanguage], t: (key, ...subs) => lookup(key, subs.map(String)) };
}

export const I18nContext = createContext<I18n>(makeI18n('en', null));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
