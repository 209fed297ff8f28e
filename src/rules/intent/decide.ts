// From probabilities to a reading: which intents hold, whether the reading is unsure, and the runner-up. Shared by
// classify.ts and the training script, so that what cross-validation tunes is what ships.
import type { SignalIntent } from './types.ts';

export interface DecideParams {
  /** Per intent (same order as the probabilities): an intent holds at this probability or above. */
  accept: readonly number[];
  /** When none holds, the likeliest still holds at this probability or above, flagged unsure. */
  floor?: number | undefined;
  /** Unsure when any intent's log-odds lie within this of its threshold (the set could go either way). */
  margin?: number | undefined;
  /** Unsure when nothing holds but an intent reaches this (the older rule, kept for models without a margin). */
  unclear: number;
}

export interface Decision { held: Set<SignalIntent>; unsure: boolean; runnerUp: SignalIntent | null }

const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));

export function decide(intents: readonly SignalIntent[], p: readonly number[], params: DecideParams): Decision {
  const held = new Set<SignalIntent>(intents.filter((_, j) => p[j]! >= params.accept[j]!));
  const ranked = intents.map((intent, j) => ({ intent, j, p: p[j]!, d: logit(p[j]!) - logit(params.accept[j]!) })).sort((a, b) => b.d - a.d);
  const guessed = held.size === 0 && params.floor !== undefined && ranked.find((r) => r.p >= params.floor!) !== undefined;
  if (guessed) held.add([...ranked].sort((a, b) => b.p - a.p)[0]!.intent);
  // docs/labels.md: a message that says it is overdue or missing is "not received" only.
  if (held.has('not-received')) held.delete('where-is-my-order');
  const open = ranked.filter((r) => !held.has(r.intent) && !(r.intent === 'where-is-my-order' && held.has('not-received')));
  const close = open.find((r) => r.p >= params.unclear) ?? null;
  const borderline = params.margin !== undefined && ranked.some((r) => Math.abs(r.d) < params.margin!
    && !(r.intent === 'where-is-my-order' && held.has('not-received')));
  const unsure = guessed || (held.size === 0 && close !== null) || borderline;
  const runnerUp = close?.intent ?? (borderline ? open[0]?.intent ?? null : null);
  return { held, unsure, runnerUp };
}
