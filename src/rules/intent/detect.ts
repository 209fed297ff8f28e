// What a buyer message asks for. With the intent model loaded (useIntentModel: the CLI, tests, and any context that
// can afford the weights), the model decides; without it, the phrase lists do, as before. The rules engine calls
// detectIntents synchronously, so the model is registered once up front rather than awaited here.
// The phrase lists: one regular expression per intent, built once when the module loads, over the phrases of every
// language that has a list (buyers write in their own language whatever the marketplace). The model takes their
// verdicts as features.
import type { BuyerIntent } from '../../model.ts';
import type { IntentReading } from './classify.ts';
import type { PhraseSet, SignalIntent } from './types.ts';
import { EN } from './en.ts';
import { DE } from './de.ts';
import { FR } from './fr.ts';
import { ES } from './es.ts';
import { IT } from './it.ts';
import { JA } from './ja.ts';
import { ZH } from './zh.ts';

export type { EvidenceSpan, IntentReading } from './classify.ts';

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

/** The intents whose phrases occur in `text` (features for the model). */
export function phraseHits(text: string): SignalIntent[] {
  const t = normalizeMessage(text);
  if (!t) return [];
  return PHRASE_MATCHERS.filter(([, res]) => res.some((re) => re.test(t))).map(([intent]) => intent);
}

/** Reads one message with the model; set by use-model.ts, so that the background, which has no model, does not carry
 * the model's code. */
export type IntentReader = (text: string) => IntentReading;

let model: IntentReader | null = null;

/** Read messages with this from now on (null: back to the phrase lists). */
export function setIntentReader(reader: IntentReader | null): void {
  model = reader;
  readings.clear();
}

// The engine reruns on every refresh over the same messages: a message is read once while it stays in view.
const CACHE_SIZE = 512;
const readings = new Map<string, IntentReading>();

function read(m: IntentReader, text: string): IntentReading {
  const hit = readings.get(text);
  if (hit) return hit;
  const r = m(text);
  if (readings.size >= CACHE_SIZE) readings.delete(readings.keys().next().value!);
  readings.set(text, r);
  return r;
}

export function intentModelLoaded(): boolean {
  return model !== null;
}

/**
 * Several intents can hold at once ("not received, call me"). ["other"] when the message asks none of them (or the
 * model is unsure: classifyIntents says so); an empty list when there is no text to judge (e.g. a stored message).
 */
export function detectIntents(text: string): BuyerIntent[] {
  return model ? [...read(model, text).intents] : phraseIntents(text);
}

/** detectIntents with the scores, the runner-up when unsure, and the words that carried each intent. */
export function classifyIntents(text: string): IntentReading {
  if (model) {
    const r = read(model, text);
    return { ...r, intents: [...r.intents], scores: { ...r.scores }, evidence: { ...r.evidence } };
  }
  const intents = phraseIntents(text);
  const scores = Object.fromEntries(SIGNAL_INTENTS.map((i) => [i, intents.includes(i) ? 1 : 0])) as IntentReading['scores'];
  return { intents, unclear: false, runnerUp: null, scores, evidence: {} };
}
