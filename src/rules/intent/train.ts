// Fitting the intent model: one logistic regression per intent over the hashed features, trained together by
// stochastic gradient descent with L2 shrinkage. Used by scripts/train-intents.ts (and its cross-validation); the
// extension never loads this file.
import type { BuyerIntent } from '../../model.ts';
import { featureValue, logits } from './classify.ts';
import { featurize, type FeatureConfig } from './features.ts';
import type { IntentModel } from './intent-model.ts';
import { ownWords } from './quoted.ts';
import { phraseHits, SIGNAL_INTENTS } from './detect.ts';

export interface Labelled { text: string; intents: readonly BuyerIntent[] }
export interface FitOptions {
  epochs: number; rate: number; l2: number; seed: number;
  /** Class weights: an intent's positive examples count sqrt(negatives / positives) times, so a rare intent is not
   * learnt as "almost never". */
  balance?: boolean;
  /** Features seen in fewer training messages than this keep weight 0 (pruned): the rare hashed features carry more
   * noise than signal and, left at 0, cost almost nothing once packed and gzipped, so the rest can shrink less. */
  minCount?: number;
  /** Per intent, how many times its positive examples count (an intent the model under-reads can be pushed up). */
  classWeight?: Partial<Record<BuyerIntent, number>>;
}

export const FIT_DEFAULTS: FitOptions = { epochs: 30, rate: 0.3, l2: 0.1, seed: 7 };

function shuffled(n: number, seed: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx;
}

export function fit(data: readonly Labelled[], config: FeatureConfig, opts: FitOptions = FIT_DEFAULTS): IntentModel {
  const k = SIGNAL_INTENTS.length;
  const dims = 1 << config.bits;
  const weights = new Float32Array(dims * k);
  const sq = new Float32Array(dims * k).fill(1e-8);
  const bias = new Float64Array(k);
  const rows = data.map((d) => {
    const features = featurize(ownWords(d.text), config, phraseHits(ownWords(d.text))).features;
    const idx = features.map((f) => f.index);
    // Each feature's value (featureValue, times its own when it has one); null when every one counts the same.
    const one = featureValue(config, idx.length);
    const vals: number[] | null = features.some((f) => f.value !== undefined) ? features.map((f) => one * (f.value ?? 1)) : null;
    return { idx, vals, v: one, y: SIGNAL_INTENTS.map((i) => (d.intents.includes(i) ? 1 : 0)) };
  });
  if ((opts.minCount ?? 0) > 1) {
    const seen = new Uint32Array(dims);
    for (const r of rows) for (const f of new Set(r.idx)) seen[f]!++;
    for (const r of rows) {
      const keep = r.idx.map((f) => seen[f]! >= opts.minCount!);
      r.idx = r.idx.filter((_, n) => keep[n]);
      if (r.vals) r.vals = r.vals.filter((_, n) => keep[n]);
    }
  }
  const posWeight = SIGNAL_INTENTS.map((_, j) => {
    const pos = rows.filter((r) => r.y[j] === 1).length;
    const own = opts.classWeight?.[SIGNAL_INTENTS[j]!] ?? 1;
    return opts.balance && pos > 0 ? own * Math.sqrt((rows.length - pos) / pos) : own;
  });
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const r of shuffled(rows.length, opts.seed + epoch)) {
      const { idx, vals, v, y } = rows[r]!;
      for (let j = 0; j < k; j++) {
        let z = bias[j]!;
        if (vals) for (let n = 0; n < idx.length; n++) z += vals[n]! * weights[idx[n]! * k + j]!;
        else for (const f of idx) z += v * weights[f * k + j]!;
        const g = (1 / (1 + Math.exp(-z)) - y[j]!) * (y[j] === 1 ? posWeight[j]! : 1);
        bias[j]! -= opts.rate * 0.1 * g;
        if (g === 0) continue;
        for (let n = 0; n < idx.length; n++) {
          const at = idx[n]! * k + j;
          const grad = g * (vals ? vals[n]! : v) + opts.l2 * weights[at]!;
          sq[at]! += grad * grad;
          weights[at]! -= (opts.rate * grad) / Math.sqrt(sq[at]!);
        }
      }
    }
  }
  return { config, intents: SIGNAL_INTENTS, bias, weights, accept: 0.5, unclear: 0.25 };
}

/** Probability per intent (SIGNAL_INTENTS order) for the own words of `text`. */
export function probabilities(model: IntentModel, text: string): number[] {
  return logits(model, ownWords(text), phraseHits).z.map((z) => 1 / (1 + Math.exp(-z)));
}

/** Models fitted with `seeds` different orders of the data, weights averaged: one model's size, less of the noise a
 * single order of stochastic descent leaves. */
export function fitAveraged(data: readonly Labelled[], config: FeatureConfig, opts: FitOptions, seeds: number): IntentModel {
  const first = fit(data, config, opts);
  for (let s = 1; s < seeds; s++) {
    const next = fit(data, config, { ...opts, seed: opts.seed + 1000 * s });
    for (let i = 0; i < first.weights.length; i++) first.weights[i]! += next.weights[i]!;
    for (let j = 0; j < first.bias.length; j++) first.bias[j]! += next.bias[j]!;
  }
  for (let i = 0; i < first.weights.length; i++) first.weights[i]! /= seeds;
  for (let j = 0; j < first.bias.length; j++) first.bias[j]! /= seeds;
  return first;
}
