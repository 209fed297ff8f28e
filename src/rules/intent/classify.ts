// A message through the model: a probability per intent, the set that holds, whether the model is unsure, and the
// words that carried each intent (spans of the original text, for highlighting).
import type { BuyerIntent } from '../../model.ts';
import { featurize, type FeatureConfig } from './features.ts';
import { decideTakingBack } from './decide.ts';
import type { IntentModel } from './intent-model.ts';
import { ownWords } from './quoted.ts';
import { guessLanguage } from './language.ts';
import type { SignalIntent } from './types.ts';
import { sentencesOf } from './segments.ts';
import { withdrawalOf } from './withdrawn.ts';

export interface EvidenceSpan { start: number; end: number; text: string }

export interface IntentReading {
  /** The exact set asked: intents in BUYER_INTENTS order, ["other"] when none holds, [] for an empty message. */
  intents: BuyerIntent[];
  /** Nothing clearly holds, yet one intent came close: say so rather than guess. With a floor (the shipped model has
   * one), the likeliest intent above it is read as asked and this flag marks the reading as unsure. */
  unclear: boolean;
  /** The closest intent that did not make it (the one to offer the seller), or null. */
  runnerUp: SignalIntent | null;
  /** Probability per intent, three decimals. */
  scores: Record<SignalIntent, number>;
  evidence: Partial<Record<SignalIntent, EvidenceSpan[]>>;
}

const ORDER: readonly BuyerIntent[] = ['not-received', 'damaged', 'wrong-item', 'return', 'cancel', 'address-change',
  'where-is-my-order', 'off-amazon', 'other'];

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export const featureValue = (config: FeatureConfig, count: number) => (config.norm && count > 0 ? 1 / Math.sqrt(count) : 1);

export type PhraseHitter = (text: string) => readonly SignalIntent[];

/** Raw logits for the own words of `text` (the training script uses this too). */
export function logits(model: IntentModel, text: string, hitsOf: PhraseHitter) {
  const { folded, features, negated } = featurize(text, model.config, hitsOf(text));
  const k = model.intents.length;
  const z = Array.from(model.bias);
  const v = featureValue(model.config, features.length);
  for (const f of features) {
    const base = f.index * k, fv = v * (f.value ?? 1);
    for (let j = 0; j < k; j++) z[j]! += fv * model.weights[base + j]!;
  }
  return { z, folded, features, negated };
}

function evidenceFor(model: IntentModel, j: number, own: ReturnType<typeof logits>, original: string): EvidenceSpan[] {
  const { folded, features } = own;
  const k = model.intents.length;
  const perChar = new Float64Array(folded.text.length);
  for (const f of features) {
    if (f.start < 0 || f.end <= f.start) continue;
    const w = model.weights[f.index * k + j]! / (f.end - f.start);
    for (let c = f.start; c < f.end; c++) perChar[c]! += w;
  }
  let max = 0;
  for (const v of perChar) max = Math.max(max, v);
  if (max <= 0) return [];
  const hot = (c: number) => perChar[c]! >= max * 0.35;
  const spans: EvidenceSpan[] = [];
  let c = 0;
  while (c < perChar.length) {
    if (!hot(c)) { c++; continue; }
    let e = c + 1;
    while (e < perChar.length && (hot(e) || (folded.text[e] === ' ' && e + 1 < perChar.length && hot(e + 1)))) e++;
    const start = folded.origin[c]!;
    const end = e < folded.origin.length ? folded.origin[e]! : original.length;
    const text = original.slice(start, end).trim();
    if (text) spans.push({ start, end: start + original.slice(start, end).trimEnd().length, text });
    c = e;
  }
  return spans;
}

/** The whole message's probabilities raised to `model.sentences` times the likeliest sentence's, when the model reads
 * sentences (intent-model.ts `sentences`). */
export function withSentences(model: IntentModel, p: number[], own: string, hitsOf: PhraseHitter): number[] {
  const lambda = model.sentences;
  if (!lambda) return p;
  for (const s of sentencesOf(own)) {
    const q = logits(model, s, hitsOf).z;
    for (let j = 0; j < p.length; j++) p[j] = Math.max(p[j]!, lambda * sigmoid(q[j]!));
  }
  return p;
}

export function classifyWith(model: IntentModel, text: string, hitsOf: PhraseHitter): IntentReading {
  const own = ownWords(text);
  const scores = {} as Record<SignalIntent, number>;
  if (!own.trim()) {
    for (const i of model.intents) scores[i] = 0;
    return { intents: [], unclear: false, runnerUp: null, scores, evidence: {} };
  }
  const result = logits(model, own, hitsOf);
  const p = withSentences(model, result.z.map(sigmoid), own, hitsOf);
  model.intents.forEach((intent, j) => { scores[intent] = Math.round(p[j]! * 1000) / 1000; });
  // A cancel the message itself takes back outright after making it, and then keeps the order ("je voulais annuler …
  // mais finalement non, oubliez ça : je la garde"), or a return it takes back ("I meant to send it back, but forget the
  // return — just send a working one") is not asked, however strongly its words read as one (decide.ts).
  const { held, unsure, runnerUp } = decideTakingBack(model.intents, p, {
    accept: model.intents.map((_, j) => model.acceptBy?.[j] ?? model.accept), floor: model.floorPlain && result.negated ? undefined : model.floor, margin: model.margin, unclear: model.unclear,
    confidence: model.confidence, margins: model.margins,
    estimator: model.estimator && { ...model.estimator, context: { lang: guessLanguage(own), length: own.length, negated: result.negated } },
  }, () => withdrawalOf(own));
  const evidence: IntentReading['evidence'] = {};
  model.intents.forEach((intent, j) => {
    if (held.has(intent) || intent === runnerUp) evidence[intent] = evidenceFor(model, j, result, own);
  });
  return {
    intents: held.size === 0 ? ['other'] : ORDER.filter((i) => held.has(i as SignalIntent)),
    unclear: unsure, runnerUp, scores, evidence,
  };
}
