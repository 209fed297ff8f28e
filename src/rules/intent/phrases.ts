// The phrase lists: one regular expression per intent, built once when the module loads, over the phrases of every
// language that has a list (buyers write in their own language whatever the marketplace). The intent model uses their
// verdicts as features; on their own they are the fallback when no model is loaded.
import type { BuyerIntent } from '../../model.ts';
import type { PhraseSet, SignalIntent } from './types.ts';
import { EN } from './en.ts';
import { DE } from './de.ts';
import { FR } from './fr.ts';
import { ES } from './es.ts';
import { IT } from './it.ts';
import { JA } from './ja.ts';
import { ZH } from './zh.ts';

export const PHRASE_SETS: Readonly<Record<string, PhraseSet>> = { en: EN, de: DE, fr: FR, es: ES, it: IT, ja: JA, zh: ZH };

/** Checked in this order; the result lists intents in this order too. */
export const SIGNAL_INTENTS: readonly SignalIntent[] = ['not-received', 'where-is-my-order', 'damaged', 'wrong-item',
  'return', 'cancel', 'address-change', 'off-amazon'];

// Whole-word phrases are Latin-script: a word character is a Latin letter or a digit. Explicit ranges compile and
// run far faster than Unicode property classes, and a Latin word right after a Chinese character still counts
// ("加我whatsapp"). One boundary pair wraps the whole alternation rather than each phrase.
const LATIN_WORD_CHAR = '[0-9a-z\\u00c0-\\u024f\\u1e00-\\u1eff]';
const WORD_START = `(?<!${LATIN_WORD_CHAR})`;
const WORD_END = `(?!${LATIN_WORD_CHAR})`;

const body = (phrase: string) => `(?:${phrase.replaceAll('~', `${LATIN_WORD_CHAR}*`)})`;

function matcher(intent: SignalIntent): RegExp[] {
  const sets = Object.values(PHRASE_SETS);
  const words = sets.filter((s) => s.wholeWords).flatMap((s) => s.phrases[intent].map(body));
  const anywhere = sets.filter((s) => !s.wholeWords).flatMap((s) => s.phrases[intent].map(body));
  return [
    new RegExp(`${WORD_START}(?:${words.join('|')})${WORD_END}`),
    ...(anywhere.length > 0 ? [new RegExp(anywhere.join('|'))] : []),
  ];
}

export const PHRASE_MATCHERS: ReadonlyArray<readonly [SignalIntent, RegExp[]]> = SIGNAL_INTENTS.map((intent) => [intent, matcher(intent)] as const);

/** Lower case, compatibility forms folded (full-width letters), one kind of apostrophe, single spaces. */
export function normalizeMessage(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").replace(/\s+/g, ' ').trim();
}

/** What the phrase lists alone find in a message: "other" when none matches, empty when there is no text. */
export function phraseIntents(text: string): BuyerIntent[] {
  const t = normalizeMessage(text);
  if (!t) return [];
  const found: BuyerIntent[] = [];
  for (const [intent, res] of PHRASE_MATCHERS) if (res.some((re) => re.test(t))) found.push(intent);
  return found.length > 0 ? found : ['other'];
}
