// From probabilities to a reading: which intents hold, whether the reading is unsure, and the runner-up. Shared by
// classify.ts and the training script, so that what cross-validation tunes is what ships.
import type { SignalIntent } from './types.ts';
import type { Withdrawal } from './withdrawn.ts';
import { correctness, estimatorFeatures, type CorrectnessModel, type ReadingContext } from './estimator.ts';

export interface DecideParams {
  /** Per intent (same order as the probabilities): an intent holds at this probability or above. */
  accept: readonly number[];
  /** When none holds, the likeliest still holds at this probability or above, flagged unsure. */
  floor?: number | undefined;
  /** Unsure when any intent's log-odds lie within this of its threshold (the set could go either way). */
  margin?: number | undefined;
  /** Per intent (same order), the margin on each side of its threshold: unsure when a held intent's log-odds lie
   * less than `above` over its threshold, or an intent not held lies less than `below` under it. An intent often
   * confused needs a wide band on the side where it is confused; one seldom wrong needs little. */
  margins?: { above: readonly number[]; below: readonly number[] } | undefined;
  /** Unsure when nothing holds but an intent reaches this (the older rule, kept for models without a margin). */
  unclear: number;
  /** Unsure when the reading's confidence falls below `min`: the product over intents of sigmoid(tau * distance of
   * the log-odds from the threshold), so that several intents each somewhat near their threshold add up to doubt
   * where the margin looks at the nearest alone. */
  confidence?: { tau: number; min: number } | undefined;
  /** Unsure when the learned estimate of the reading's chance of being right (estimator.ts) falls under its `min`;
   * `context` is the message's language, length and negation. */
  estimator?: (CorrectnessModel & { context: ReadingContext }) | undefined;
}

export interface Decision {
  held: Set<SignalIntent>; unsure: boolean; runnerUp: SignalIntent | null;
  /** The reading's confidence (see DecideParams.confidence; with tau 1 when none is set), 0..1. */
  confidence: number;
}

const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));

export function decide(intents: readonly SignalIntent[], p: readonly number[], params: DecideParams): Decision {
  const held = new Set<SignalIntent>(intents.filter((_, j) => p[j]! >= params.accept[j]!));
  const ranked = intents.map((intent, j) => ({ intent, j, p: p[j]!, d: logit(p[j]!) - logit(params.accept[j]!) })).sort((a, b) => b.d - a.d);
  const guessed = held.size === 0 && params.floor !== undefined && ranked.find((r) => r.p >= params.floor!) !== undefined;
  if (guessed) held.add([...ranked].sort((a, b) => b.p - a.p)[0]!.intent);
  // docs/labels.md: a message that says it is overdue or missing is "not received" only.
  if (held.has('not-received')) held.delete('where-is-my-order');
  // "Where is my order" under "not received" is absorbed, whatever its score: it is no doubt about the set.
  const counted = ranked.filter((r) => !(r.intent === 'where-is-my-order' && held.has('not-received')));
  const open = counted.filter((r) => !held.has(r.intent));
  const close = open.find((r) => r.p >= params.unclear) ?? null;
  const tau = params.confidence?.tau ?? 1;
  const confidence = Math.exp(counted.reduce((s, r) => s - Math.log1p(Math.exp(-tau * Math.abs(r.d))), 0));
  const m = params.margins;
  const borderline = (params.margin !== undefined && counted.some((r) => Math.abs(r.d) < params.margin!))
    || (m !== undefined && counted.some((r) => (held.has(r.intent) ? r.d < m.above[r.j]! : -r.d < m.below[r.j]!)))
    || (params.confidence !== undefined && confidence < params.confidence.min)
    || (params.estimator !== undefined && estimated(intents, p, params, held) < params.estimator.min);
  const unsure = guessed || (held.size === 0 && close !== null) || borderline;
  // The runner-up: the closest intent that did not make it or, when every intent is decided one way, the held one
  // nearest its threshold (the one the seller is likeliest to take away).
  const nearestHeld = [...counted].filter((r) => held.has(r.intent)).sort((a, b) => Math.abs(a.d) - Math.abs(b.d))[0];
  const runnerUp = close?.intent ?? (borderline || guessed ? open[0]?.intent ?? nearestHeld?.intent ?? null : null);
  return { held, unsure, runnerUp, confidence };
}

/** decide, less the asks the message takes back itself (withdrawn.ts takenBackHere, asked for only when the reading
 * holds a cancel, a return or an address change, or nothing). A cancel taken back is dropped. A return or an address
 * change taken back counts as not read at all: the words of sending back held the other intents down ("the kettle
 * leaks; I meant to send it back, but forget the return"), and the words of the address the rest ("forget the new
 * address, the old one is right — when does it ship?"), so the rest is decided again without it, and the fault or the
 * other ask comes up as the likeliest left (under the floor, flagged unsure). A reading of nothing where the message
 * gives a return up for a fix (forFix: a part or a new one sent, part of the money, a fault named) is unsure: the item
 * kept is likely faulty or not what was ordered, and the likelier of the two is offered.
 *
 * Never confidently wrong: a take-back is read from words, and words that take an ask back look like words that do not
 * ("ignore my previous message, the current address is wrong"). Where an ask the model held is dropped, the reading
 * left is flagged unsure with the dropped ask as the runner-up (the likeliest, if more than one), so that a wrong drop
 * still shows the seller the ask, unless another ask (cancel, return, address change) holds, sure, in its place ("don't
 * cancel, just send it to my office"): the seller is then told what the buyer asks. A return given up for a fix keeps
 * the fault as its runner-up: the message says itself that the item is kept for a fault. */
export function decideTakingBack(intents: readonly SignalIntent[], p: readonly number[], params: DecideParams,
  withdrawal: () => Pick<Withdrawal, 'takenBackHere' | 'forFix'>): Decision {
  const first = decide(intents, p, params);
  if (!ASK_INTENTS.some((i) => first.held.has(i)) && first.held.size > 0) return first;
  const { takenBackHere: back, forFix } = withdrawal();
  const dropped: SignalIntent[] = (['return', 'address-change'] as const).filter((i) => first.held.has(i) && back.includes(i));
  const d = dropped.length > 0
    ? decide(intents, p.map((v, j) => (dropped.includes(intents[j]!) ? 0 : v)), params) : first;
  if (d.held.has('cancel') && back.includes('cancel')) {
    d.held.delete('cancel');
    dropped.push('cancel');
  }
  if (d.held.size === 0 && !d.unsure && back.includes('return') && forFix) {
    return { ...d, unsure: true, runnerUp: likeliest(FAULTS, intents, p) ?? d.runnerUp };
  }
  if (dropped.length === 0 || (!d.unsure && ASK_INTENTS.some((i) => d.held.has(i)))) return d;
  return { ...d, unsure: true, runnerUp: likeliest(dropped, intents, p)! };
}

/** Of `candidates`, the one the model gives the highest probability (the first of a tie); null when it reads none. */
function likeliest(candidates: readonly SignalIntent[], intents: readonly SignalIntent[], p: readonly number[]): SignalIntent | null {
  let best: SignalIntent | null = null, top = -Infinity;
  for (const c of candidates) {
    const q = p[intents.indexOf(c)];
    if (q !== undefined && q > top) { best = c; top = q; }
  }
  return best;
}

/** The asks a take-back drops; one of them held sure in place of the dropped one tells the seller what is asked. */
const ASK_INTENTS: readonly SignalIntent[] = ['cancel', 'return', 'address-change'];

/** What a buyer keeping an item instead of sending it back likely has. */
const FAULTS: readonly SignalIntent[] = ['damaged', 'wrong-item'];

function estimated(intents: readonly SignalIntent[], p: readonly number[], params: DecideParams, held: ReadonlySet<SignalIntent>): number {
  const e = params.estimator!;
  const d = intents.map((n, j) => (n === 'where-is-my-order' && held.has('not-received') ? Infinity : logit(p[j]!) - logit(params.accept[j]!)));
  return correctness(e, estimatorFeatures(intents, d, held, e.context));
}
