import type { BuyerIntent } from '../../model.ts';

/** The intents a phrase can signal; "other" is what is left when none matches. */
export type SignalIntent = Exclude<BuyerIntent, 'other'>;

/**
 * Phrases per intent for one language, as regular-expression sources over lower-cased, NFKC-normalised text with
 * single spaces and straight apostrophes. `~` stands for "the rest of the word" (any letters), so `cancel~` also
 * matches "cancelled" and "cancellation".
 */
export interface PhraseSet {
  /** Latin-script languages: phrases match whole words only. Japanese and Chinese: anywhere in the text. */
  wholeWords: boolean;
  phrases: Record<SignalIntent, readonly string[]>;
}
