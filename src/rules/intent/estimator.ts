// How likely a reading is to be exactly right, from what the reading itself shows: a small logistic regression over
// the distances of the intents from their thresholds, how many intents hold and which, the nearest intent (the one
// that would change the set), the language the message is written in, its length and whether it holds a negation.
// Fitted by scripts/train-intents.ts on out-of-fold readings (each message read by a model that never saw its source),
// with its cut-off chosen nested; a reading whose estimate falls under the cut-off is marked unsure. Where the margin
// looks at the nearest intent alone, the estimate learns that a reading in Japanese with one intent well over its
// threshold is seldom wrong while two intents in English, both held, often are.
import type { SignalIntent } from './types.ts';
import { BUYER_LANGS } from '../../words/langs.ts';

export interface CorrectnessModel {
  /** One weight per feature (estimatorFeatures order), on the scale of the features. */
  weights: readonly number[];
  bias: number;
  /** A reading whose estimated chance of being exactly right is under this is unsure. */
  min: number;
}

/** What the estimator knows of the message besides the probabilities. */
export interface ReadingContext { lang: string | null; length: number; negated: boolean }

// The estimator's weights are laid out in this order: the one list of buyer languages (same order as when it was fitted).
export const ESTIMATOR_LANGS = BUYER_LANGS;

const CAP = 8;
const cap = (x: number) => Math.max(-CAP, Math.min(CAP, x)) / CAP;

/** `d`: per intent (in `intents` order) the log-odds less its threshold's, Infinity for an intent that does not count
 * (where-is-my-order under not-received); `held`: the intents read as asked. */
export function estimatorFeatures(intents: readonly SignalIntent[], d: readonly number[], held: ReadonlySet<SignalIntent>, ctx: ReadingContext): number[] {
  const counted = intents.map((n, j) => ({ n, j, d: d[j]! })).filter((r) => Number.isFinite(r.d));
  const byDist = [...counted].sort((a, b) => Math.abs(a.d) - Math.abs(b.d));
  const heldD = counted.filter((r) => held.has(r.n)).map((r) => r.d);
  const openD = counted.filter((r) => !held.has(r.n)).map((r) => -r.d);
  const nearest = byDist[0];
  const f: number[] = [
    cap(nearest ? Math.abs(nearest.d) : CAP),
    cap(byDist[1] ? Math.abs(byDist[1].d) : CAP),
    cap(heldD.length ? Math.min(...heldD) : CAP),
    cap(openD.length ? Math.min(...openD) : CAP),
    cap(Math.max(...counted.map((r) => r.d), -CAP)),
    held.size === 0 ? 1 : 0,
    held.size === 2 ? 1 : 0,
    held.size >= 3 ? 1 : 0,
    ...intents.map((n) => (held.has(n) ? 1 : 0)),
    ...intents.map((n) => (nearest?.n === n ? 1 : 0)),
    ...ESTIMATOR_LANGS.map((l) => (ctx.lang === l ? 1 : 0)),
    Math.min(1, Math.log1p(ctx.length) / 7),
    ctx.negated ? 1 : 0,
  ];
  return f;
}

/** The estimated chance that the reading is exactly right, 0..1. */
export function correctness(model: Pick<CorrectnessModel, 'weights' | 'bias'>, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Logistic regression by full-batch gradient descent (Adam), with L2 shrinkage: `y` 1 where the reading was right.
 * Training only; a few thousand readings of some forty features fit in well under a second. */
export function fitCorrectness(x: readonly number[][], y: readonly number[], l2 = 0.001, steps = 600): { weights: number[]; bias: number } {
  const n = x.length, k = x[0]?.length ?? 0;
  const w = new Float64Array(k + 1), m = new Float64Array(k + 1), v = new Float64Array(k + 1);
  const rate = 0.05, b1 = 0.9, b2 = 0.999;
  const g = new Float64Array(k + 1);
  for (let t = 1; t <= steps; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      let z = w[k]!;
      for (let c = 0; c < k; c++) z += w[c]! * xi[c]!;
      const e = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let c = 0; c < k; c++) g[c]! += e * xi[c]!;
      g[k]! += e;
    }
    for (let c = 0; c <= k; c++) {
      const gc = g[c]! / Math.max(1, n) + (c < k ? l2 * w[c]! : 0);
      m[c] = b1 * m[c]! + (1 - b1) * gc;
      v[c] = b2 * v[c]! + (1 - b2) * gc * gc;
      w[c]! -= (rate * (m[c]! / (1 - b1 ** t))) / (Math.sqrt(v[c]! / (1 - b2 ** t)) + 1e-8);
    }
  }
  return { weights: Array.from(w.subarray(0, k), (a) => Math.round(a * 1e4) / 1e4), bias: Math.round(w[k]! * 1e4) / 1e4 };
}
