// The shape of the advice wording every UI language fills in. English (en.ts) defines the keys and each phrase's
// parameters; every other language is typed against it, so a missing phrase, a stray key or a parameter English
// does not pass is a compile error, never an English hole at run time.
import type { Window } from '../../rules/policy.ts';
import type { EN_PHRASES } from './en.ts';

export type AdvicePhrases = typeof EN_PHRASES;
export type AdviceKey = keyof AdvicePhrases;
export type ParamNames<K extends AdviceKey> = AdvicePhrases[K] extends (p: infer P) => string ? keyof P & string : never;

/** Parameters arrive already worded in the phrase's language (dates, windows, rates). */
export type PhraseOf<K extends AdviceKey> = [ParamNames<K>] extends [never]
  ? () => string
  : (p: Readonly<Record<ParamNames<K>, string>>) => string;

export type PhraseTable = { readonly [K in AdviceKey]: PhraseOf<K> };

export interface AdviceLanguage {
  /** BCP 47 locale of dates and numbers. */
  locale: string;
  /** "24 hours" / "24 小时". */
  span(w: Window): string;
  /** 0.04 -> "4%". */
  pct(rate: number): string;
  phrases: PhraseTable;
}
