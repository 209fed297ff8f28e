// The intent model as shipped (weights packed as base64 int8, one scale per intent) and as used (floats).
import type { FeatureConfig } from './features.ts';
import type { SignalIntent } from './types.ts';

export interface PackedIntentModel {
  config: FeatureConfig;
  intents: readonly SignalIntent[];
  bias: readonly number[];
  /** Per intent: the float weight is the stored int8 times this. */
  scale: readonly number[];
  /** An intent holds at this probability or above. */
  accept: number;
  /** Below `accept` but at or above this: "unclear", with that intent as the runner-up. */
  unclear: number;
  /** base64 of int8 weights, feature-major: weight(feature f, intent k) at f * intents.length + k. */
  weights: string;
}

export interface IntentModel {
  config: FeatureConfig;
  intents: readonly SignalIntent[];
  bias: Float64Array;
  weights: Float32Array;
  accept: number;
  unclear: number;
}

function fromBase64(s: string): Int8Array {
  const bin = atob(s);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

function toBase64(bytes: Int8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...new Uint8Array(bytes.buffer, bytes.byteOffset + i, Math.min(0x8000, bytes.length - i)));
  return btoa(bin);
}

export function unpack(p: PackedIntentModel): IntentModel {
  const q = fromBase64(p.weights);
  const k = p.intents.length;
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * p.scale[i % k]!;
  return { config: p.config, intents: p.intents, bias: Float64Array.from(p.bias), weights, accept: p.accept, unclear: p.unclear };
}

export function pack(m: IntentModel): PackedIntentModel {
  const k = m.intents.length;
  const scale = m.intents.map((_, j) => {
    let max = 0;
    for (let i = j; i < m.weights.length; i += k) max = Math.max(max, Math.abs(m.weights[i]!));
    return max === 0 ? 1 : max / 127;
  });
  const q = new Int8Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i]! / scale[i % k]!);
  return {
    config: m.config, intents: m.intents, bias: [...m.bias].map((b) => Math.round(b * 1e4) / 1e4),
    scale: scale.map((s) => Number(s.toPrecision(6))), accept: m.accept, unclear: m.unclear, weights: toBase64(q),
  };
}
