// What to write instead, in the seller's UI language, and the short name of each finding kind. The words live in
// one file per UI language (wording/<lang>.ts), so the reply box can load only the page's language (live.ts); the
// full tables below join them for the popup, the command line and the tests. Every UI language of the registry has
// every text: a language added there makes this file fail to compile until it is worded.
// Amazon's own names are used where the seller meets them (« Vos commandes », «Mis pedidos», «I miei ordini»).
import type { FindingKind } from '../model.ts';
import { UI_LANGS, type UiLang } from '../words/langs.ts';
import en from './wording/en.ts';
import de from './wording/de.ts';
import fr from './wording/fr.ts';
import es from './wording/es.ts';
import it from './wording/it.ts';
import ja from './wording/ja.ts';
import zh from './wording/zh.ts';

/** The languages the checker words its findings in: the UI languages. */
export type HintLang = UiLang;

export type HintKey =
  | 'link' | 'link-shortener' | 'link-lookalike' | 'website-mention'
  | 'email' | 'phone' | 'contact-outside' | 'messaging-app' | 'social'
  | 'off-amazon-payment'
  | 'review-incentive' | 'review-change' | 'feedback-change' | 'review-positive' | 'review-happy-only' | 'review-stars'
  | 'review-steer'
  | 'marketing' | 'other-marketplace'
  | 'attachment' | 'emoji';

/** One UI language's wording: a hint for every reason, a label for every kind. */
export interface CheckWording {
  hints: Readonly<Record<HintKey, string>>;
  kinds: Readonly<Record<FindingKind, string>>;
}

type Wording = Readonly<Record<UiLang, string>>;

export const WORDING: Readonly<Record<UiLang, CheckWording>> = { en, de, fr, es, it, ja, zh };

function byKey<K extends string>(pick: (w: CheckWording) => Readonly<Record<K, string>>): Record<K, Wording> {
  const keys = Object.keys(pick(en)) as K[];
  return Object.fromEntries(keys.map((k) => [k, Object.fromEntries(UI_LANGS.map((l) => [l, pick(WORDING[l])[k]]))])) as Record<K, Wording>;
}

export const HINTS: Record<HintKey, Wording> = byKey((w) => w.hints);

/** Short names of the finding kinds, for the inline warning and the popup. */
export const KIND_LABELS: Record<FindingKind, Wording> = byKey((w) => w.kinds);

export function hintFor(key: HintKey, lang: UiLang = 'en'): string {
  // Callers outside the type checker (a page's "pt-BR" passed through) still get a hint: English.
  return HINTS[key][lang] ?? HINTS[key].en;
}
