// The review model as shipped (one logistic regression over the hashed window features, weights packed as base64
// int8 with one scale) and as used (floats). Fitted by scripts/train-review-model.ts.
import type { ReviewModelConfig, WindowFeatures } from './features.ts';
import { fromBase64, toBase64 } from '../../int8-base64.ts';

export interface PackedReviewModel {
  config: ReviewModelConfig;
  bias: number;
  /** The float weight is the stored int8 times this. */
  scale: number;
  /** A window at this probability or above steers a review (chosen by cross-validation; see the trainer). */
  threshold: number;
  /** base64 of int8 weights, one per hashed feature. */
  weights: string;
}

export interface ReviewModel {
  config: ReviewModelConfig;
  bias: number;
  threshold: number;
  weights: Float32Array;
}

export function unpack(p: PackedReviewModel): ReviewModel {
  const q = fromBase64(p.weights);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * p.scale;
  return { config: p.config, bias: p.bias, threshold: p.threshold, weights };
}

/** Eight bits a weight, the scale spanning all but the largest one in a thousand (those are clipped). */
export function pack(m: ReviewModel): PackedReviewModel {
  const mags = Array.from(m.weights).filter((w) => w !== 0).map(Math.abs).sort((a, b) => a - b);
  const scale = mags.length ? mags[Math.floor((mags.length - 1) * 0.999)]! / 127 : 1;
  const q = new Int8Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(m.weights[i]! / scale)));
  return { config: m.config, bias: Math.round(m.bias * 1e4) / 1e4, scale: Number(scale.toPrecision(6)), threshold: m.threshold, weights: toBase64(q) };
}

/** Probability that the window steers a review. */
export function windowProbability(m: Pick<ReviewModel, 'bias' | 'weights'>, f: WindowFeatures): number {
  let z = m.bias;
  for (let n = 0; n < f.index.length; n++) z += f.value[n]! * m.weights[f.index[n]!]!;
  return 1 / (1 + Math.exp(-z));
}
