// Message keys for the names of the reply languages (the picker in the popup, the ordered list in the options).
import type { ReplyLanguage } from '../options/settings.ts';
import type { MessageKey } from './i18n.ts';

export const LANGUAGE_KEY: Record<ReplyLanguage, MessageKey> = {
  en: 'lang_en', de: 'lang_de', fr: 'lang_fr', es: 'lang_es', it: 'lang_it', ja: 'lang_ja', zh: 'lang_zh',
  pt: 'lang_pt', nl: 'lang_nl', pl: 'lang_pl', sv: 'lang_sv', tr: 'lang_tr', ar: 'lang_ar',
};
