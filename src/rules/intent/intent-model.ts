// The intent model as shipped (weights packed as base64 int8, or int4 two to a byte, one scale per intent) and as
// used (floats). Four bits a weight halve the shipped size; cross-validation measures what that costs.
import type { FeatureConfig } from './features.ts';
import type { SignalIntent } from './types.ts';
import type { CorrectnessModel } from './estimator.ts';
import { fromBase64, toBase64 } from '../../int8-base64.ts';

export interface PackedIntentModel {
  config: FeatureConfig;
  intents: readonly SignalIntent[];
  bias: readonly number[];
  /** Per intent: the float weight is the stored int8 times this. */
  scale: readonly number[];
  /** An intent holds at this probability or above. */
  accept: number;
  /** Per intent (same order as `intents`), when tuned apart: rare intents need a lower bar than common ones. */
  acceptBy?: readonly number[];
  /** Below `accept` but at or above this: "unclear", with that intent as the runner-up. */
  unclear: number;
  /** When no intent reaches its threshold, the likeliest still holds at this probability or above: an ask worded
   * unlike anything in training reads weakly, and "other" should win only by a margin. */
  floor?: number;
  /** The floor holds only for a message with no negation or withdrawal in it: there a weak reading is more often an
   * ask taken back than an ask worded unusually. */
  floorPlain?: boolean;
  /** Unsure when an intent's log-odds lie within this of its threshold (decide.ts); tuned by cross-validation. */
  margin?: number;
  /** Unsure when the reading's confidence is below `min` (decide.ts); tuned by cross-validation. */
  confidence?: { tau: number; min: number };
  /** Per intent (same order as `intents`), the band over and under its threshold in which a reading is unsure
   * (decide.ts `margins`); tuned by cross-validation. */
  margins?: { above: readonly number[]; below: readonly number[] };
  /** Unsure when the learned estimate of the reading's chance of being right is under `min` (estimator.ts); fitted
   * and its cut-off chosen by cross-validation. */
  estimator?: CorrectnessModel;
  /** Each sentence of a message with several (segments.ts) is also read on its own, and an intent's probability is
   * the larger of the whole message's and this times the likeliest sentence's: an ask buried in a long message or one
   * of several asks reads weaker in the whole than in its own sentence. */
  sentences?: number;
  /** base64 of int8 weights, feature-major: weight(feature f, intent k) at f * intents.length + k. */
  weights: string;
  /** 4: each byte holds two weights (low nibble first), each -7..7; absent: one int8 a byte. */
  weightBits?: 4;
}

export interface IntentModel {
  config: FeatureConfig;
  intents: readonly SignalIntent[];
  bias: Float64Array;
  weights: Float32Array;
  accept: number;
  acceptBy?: readonly number[];
  unclear: number;
  floor?: number;
  floorPlain?: boolean;
  margin?: number;
  confidence?: { tau: number; min: number };
  margins?: { above: readonly number[]; below: readonly number[] };
  estimator?: CorrectnessModel;
  sentences?: number;
}

function fromNibbles(bytes: Int8Array): Int8Array {
  const out = new Int8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]! & 0xff;
    out[2 * i] = ((b & 0x0f) << 28) >> 28;
    out[2 * i + 1] = (b << 24) >> 28;
  }
  return out;
}

function toNibbles(q: Int8Array): Int8Array {
  const out = new Int8Array(Math.ceil(q.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = ((q[2 * i]! & 0x0f) | ((q[2 * i + 1] ?? 0) << 4)) << 24 >> 24;
  return out;
}

export function unpack(p: PackedIntentModel): IntentModel {
  const q = p.weightBits === 4 ? fromNibbles(fromBase64(p.weights)) : fromBase64(p.weights);
  const k = p.intents.length;
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * p.scale[i % k]!;
  // Everything but the packed weights carries over as it is (thresholds, floor, margin).
  const { scale: _scale, weights: _packed, weightBits: _bits, ...rest } = p;
  return { ...rest, bias: Float64Array.from(p.bias), weights };
}

export function pack(m: IntentModel, weightBits: 4 | 8 = 8): PackedIntentModel {
  const k = m.intents.length;
  const top = weightBits === 4 ? 7 : 127;
  // Eight bits span the largest weight; four bits span all but the largest few in a thousand (those are clipped),
  // or nearly every weight would round to zero.
  const scale = m.intents.map((_, j) => {
    const mags: number[] = [];
    for (let i = j; i < m.weights.length; i += k) if (m.weights[i] !== 0) mags.push(Math.abs(m.weights[i]!));
    if (mags.length === 0) return 1;
    mags.sort((a, b) => a - b);
    return mags[weightBits === 4 ? Math.floor((mags.length - 1) * 0.998) : mags.length - 1]! / top;
  });
  const q = new Int8Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-top, Math.min(top, Math.round(m.weights[i]! / scale[i % k]!)));
  return {
    config: m.config, intents: m.intents, bias: [...m.bias].map((b) => Math.round(b * 1e4) / 1e4),
    scale: scale.map((s) => Number(s.toPrecision(6))), accept: m.accept, ...(m.acceptBy ? { acceptBy: m.acceptBy } : {}), unclear: m.unclear, ...(m.floor !== undefined ? { floor: m.floor } : {}), ...(m.floorPlain ? { floorPlain: true } : {}), ...(m.margin !== undefined ? { margin: m.margin } : {}), ...(m.confidence ? { confidence: m.confidence } : {}), ...(m.margins ? { margins: m.margins } : {}), ...(m.estimator ? { estimator: m.estimator } : {}), ...(m.sentences ? { sentences: m.sentences } : {}),
    weights: toBase64(weightBits === 4 ? toNibbles(q) : q), ...(weightBits === 4 ? { weightBits } : {}),
  };
}
