// Which language a reply is worded in. The languages themselves are listed once, in src/words/langs.ts: buyer
// replies cover every buyer language; evidence for Amazon is written in the UI languages. Anything else falls back
// to English (the lingua franca of Seller Central support), so a reply is always available.
import type { Lang } from '../model.ts';
import { BUYER_LANGS, buyerLang, UI_LANGS, uiLang } from '../words/langs.ts';
import type { BuyerLang, UiLang } from '../words/langs.ts';

export { BUYER_LANGS as REPLY_LANGS };
export type ReplyLang = BuyerLang;

/** "pt-BR", "ar_SA", "JA" -> the reply language, or English. */
export function resolveLang(lang: Lang | null | undefined): ReplyLang {
  return buyerLang(lang) ?? 'en';
}

/** Evidence goes to Amazon, whose claim teams read the UI languages: "pt-BR" -> English, "de-DE" -> German. */
export function evidenceLang(lang: Lang | null | undefined): UiLang {
  return uiLang(lang) ?? 'en';
}

/** The languages evidence packs are written in (the popup's evidence picker reads this name). */
export { UI_LANGS as SUPPORTED_LANGS };
export type SupportedLang = UiLang;
