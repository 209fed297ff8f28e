// The words advice is written in. English is built in; other languages are tables loaded only where shown (the
// popup), so the background's bundle never carries them.
import type { Window } from '../policy.ts';

/** Values a phrase fills in, already in the phrase's language (dates, spans, names). */
export type PhraseParams = Readonly<Record<string, string>>;
export type Phrase = (p: PhraseParams) => string;

export interface Words {
  /** BCP 47 locale for the dates in the advice. */
  locale: 'en-US' | 'zh-CN';
  /** "24 hours" / "24 小时". */
  span(w: Window): string;
  /** 0.04 -> "4%". */
  pct(rate: number): string;
  /** Phrases by key; a key without one keeps the English sentence. */
  phrases: Readonly<Partial<Record<string, Phrase>>>;
}
