// What a buyer message asks for. With the intent model loaded (useIntentModel: the CLI, tests, and any context that
// can afford the weights), the model decides; without it, the phrase lists do, as before. The rules engine calls
// detectIntents synchronously, so the model is registered once up front rather than awaited here.
import type { BuyerIntent } from '../../model.ts';
import { classifyWith, type IntentReading } from './classify.ts';
import type { IntentModel } from './intent-model.ts';
import { normalizeMessage, phraseIntents, SIGNAL_INTENTS } from './phrases.ts';

export { normalizeMessage };
export type { EvidenceSpan, IntentReading } from './classify.ts';

let model: IntentModel | null = null;

/** Use this model from now on (null: back to the phrase lists). */
export function setIntentModel(m: IntentModel | null): void {
  model = m;
}

export function intentModelLoaded(): boolean {
  return model !== null;
}

/**
 * Several intents can hold at once ("not received, call me"). ["other"] when the message asks none of them (or the
 * model is unsure: classifyIntents says so); an empty list when there is no text to judge (e.g. a stored message).
 */
export function detectIntents(text: string): BuyerIntent[] {
  return model ? classifyWith(model, text).intents : phraseIntents(text);
}

/** detectIntents with the scores, the runner-up when unsure, and the words that carried each intent. */
export function classifyIntents(text: string): IntentReading {
  if (model) return classifyWith(model, text);
  const intents = phraseIntents(text);
  const scores = Object.fromEntries(SIGNAL_INTENTS.map((i) => [i, intents.includes(i) ? 1 : 0])) as IntentReading['scores'];
  return { intents, unclear: false, runnerUp: null, scores, evidence: {} };
}
