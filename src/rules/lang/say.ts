// One sentence of advice in the words of the case: the table's phrase when it has one, else the English given.
import type { PhraseParams, Words } from './types.ts';

export function say(words: Words, key: string, en: string, p: PhraseParams = {}): string {
  const phrase = words.phrases[key];
  return phrase ? phrase(p) : en;
}
