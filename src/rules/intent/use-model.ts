// Puts an intent model behind detectIntents and classifyIntents (null: back to the phrase lists).
import { classifyWith } from './classify.ts';
import { phraseHits, setIntentReader } from './detect.ts';
import type { IntentModel } from './intent-model.ts';

export function setIntentModel(m: IntentModel | null): void {
  setIntentReader(m === null ? null : (text) => classifyWith(m, text, phraseHits));
}
