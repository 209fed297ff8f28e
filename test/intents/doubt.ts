// How sure the intent model may be: the rule that marks a reading unsure, chosen so that the readings it does not
// mark are exactly right at least `target` of the time on sources the model never saw, while marking as few as it
// can. Works on out-of-fold probabilities (scripts/train-intents.ts): each message judged by a model trained without
// its source, with thresholds tuned without its source. The choice is nested too: each source's cut-off is chosen on
// the other sources only, so the figure reported for it is what a new source would see.
import { decide, type DecideParams } from '../../src/rules/intent/decide.ts';
import type { SignalIntent } from '../../src/rules/intent/types.ts';
import type { BuyerIntent } from '../../src/model.ts';
import { correctness, estimatorFeatures, fitCorrectness, type CorrectnessModel, type ReadingContext } from '../../src/rules/intent/estimator.ts';

export interface Judged { intents: readonly BuyerIntent[]; fold: number; lang?: string }
export type Rule = { kind: 'margin'; margin: number } | { kind: 'confidence'; tau: number; min: number };

export interface CurvePoint { flagged: number; confidentExact: number; cut: number }
export interface DoubtChoice {
  rule: Rule;
  /** Nested: each source's cut-off chosen on the others, then judged on it. */
  nested: { flagged: number; confidentExact: number; perSource: Record<string, { flagged: number; confidentExact: number }> };
  /** Pooled out-of-fold: share flagged against how often the unflagged readings are exactly right. */
  curve: CurvePoint[];
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const r3 = (x: number) => Math.round(x * 1000) / 1000;

interface Row { right: boolean; forced: boolean; score: number; fold: number }

/** Each message's reading, whether it is right, whether it is unsure whatever the cut-off (a floor's guess, or an
 * intent close under its threshold with nothing held), and its score (higher: surer). */
function rows(intents: readonly SignalIntent[], data: readonly Judged[], probs: readonly number[][], params: readonly DecideParams[], family: 'margin' | number): Row[] {
  return data.map((x, i) => {
    const p = params[i]!;
    const d = decide(intents, probs[i]!, { ...p, margin: undefined, confidence: family === 'margin' ? undefined : { tau: family, min: 0 } });
    const logit = (q: number) => Math.log(Math.max(1e-9, q) / Math.max(1e-9, 1 - q));
    const dist = intents.map((n, j) => (n === 'where-is-my-order' && d.held.has('not-received') ? Infinity : Math.abs(logit(probs[i]![j]!) - logit(p.accept[j]!))));
    const got = d.held.size === 0 ? ['other'] : [...d.held];
    return { right: same(got, x.intents), forced: d.unsure, score: family === 'margin' ? Math.min(...dist) : d.confidence, fold: x.fold };
  });
}

/** Flag every reading whose score is under `cut` (and the forced ones). */
function judge(rs: readonly Row[], cut: number) {
  let flagged = 0, confident = 0, right = 0;
  for (const r of rs) {
    if (r.forced || r.score < cut) { flagged++; continue; }
    confident++;
    if (r.right) right++;
  }
  return { flagged: rs.length === 0 ? 0 : flagged / rs.length, confidentExact: confident === 0 ? 1 : right / confident };
}

/** The lowest cut-off (fewest flagged) at which the unflagged readings of `rs` are right `target` of the time. */
function lowestCut(rs: readonly Row[], target: number): number {
  const cuts = [...new Set(rs.map((r) => r.score))].sort((a, b) => a - b);
  // Walk up from no cut: flagging the least sure first.
  const sorted = [...rs].filter((r) => !r.forced).sort((a, b) => a.score - b.score);
  let confident = sorted.length, right = sorted.filter((r) => r.right).length, k = 0;
  for (const cut of [-Infinity, ...cuts]) {
    while (k < sorted.length && sorted[k]!.score < cut) { confident--; if (sorted[k]!.right) right--; k++; }
    if (confident === 0 || right / confident >= target) return cut;
  }
  return Infinity;
}

export function chooseDoubt(intents: readonly SignalIntent[], data: readonly Judged[], probs: readonly number[][], params: readonly DecideParams[],
  sources: readonly string[], target: number, taus: readonly number[]): DoubtChoice[] {
  const families: ('margin' | number)[] = ['margin', ...taus];
  return families.map((family) => {
    const rs = rows(intents, data, probs, params, family);
    const perSource: DoubtChoice['nested']['perSource'] = {};
    let flagged = 0, confident = 0, right = 0;
    sources.forEach((s, f) => {
      const mine = rs.filter((r) => r.fold === f);
      const cut = lowestCut(rs.filter((r) => r.fold !== f), target);
      const j = judge(mine, cut);
      perSource[s] = { flagged: r3(j.flagged), confidentExact: r3(j.confidentExact) };
      const n = mine.length, nf = Math.round(j.flagged * n);
      flagged += nf; confident += n - nf; right += Math.round(j.confidentExact * (n - nf));
    });
    const cut = lowestCut(rs, target);
    const curve = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98].map((t) => {
      const c = lowestCut(rs, t);
      const j = judge(rs, c);
      return { flagged: r3(j.flagged), confidentExact: r3(j.confidentExact), cut: Number(c.toPrecision(4)) };
    });
    const rule: Rule = family === 'margin' ? { kind: 'margin', margin: Number(cut.toPrecision(4)) } : { kind: 'confidence', tau: family, min: Number(cut.toPrecision(4)) };
    return { rule, nested: { flagged: r3(flagged / rs.length), confidentExact: r3(right / Math.max(1, confident)), perSource }, curve };
  });
}

/** Per intent and side, a margin (decide.ts `margins`): the band under and over each intent's threshold in which a
 * reading is doubted. Fitted to flag as few as possible while the unflagged readings stay right `target` of the time:
 * for a price λ on an unflagged wrong reading, each band in turn is set (on a grid) to maximise right unflagged less λ
 * times wrong unflagged, three sweeps; λ is bisected to the least that meets the target. Nested like the other rules:
 * each source judged with bands fitted on the others. */
export interface MarginsChoice {
  margins: { above: number[]; below: number[] };
  byLanguage?: Record<string, number>;
  nested: DoubtChoice['nested'];
}

interface BandRow { v: Float64Array; right: boolean; forced: boolean; fold: number }

const GRID = Array.from({ length: 51 }, (_, i) => i / 10);

function bandRows(intents: readonly SignalIntent[], data: readonly Judged[], probs: readonly number[][], params: readonly DecideParams[], tied: boolean | readonly string[]): BandRow[] {
  const logit = (q: number) => Math.log(Math.max(1e-9, q) / Math.max(1e-9, 1 - q));
  return data.map((x, i) => {
    const p = params[i]!;
    const d = decide(intents, probs[i]!, { ...p, margin: undefined, margins: undefined, confidence: undefined });
    // Coordinate 2j: intent j held, its distance over the threshold; 2j+1: not held, its distance under.
    const v = new Float64Array(intents.length * 2).fill(Infinity);
    intents.forEach((n, j) => {
      if (n === 'where-is-my-order' && d.held.has('not-received')) return;
      const dist = logit(probs[i]![j]!) - logit(p.accept[j]!);
      if (d.held.has(n)) v[2 * j] = dist; else v[2 * j + 1] = -dist;
    });
    const got = d.held.size === 0 ? ['other'] : [...d.held];
    // Tied: one band a side for both sides of an intent's threshold.
    // By language (measured only): one band a language, on the nearest intent of any.
    if (typeof tied !== 'boolean') {
      const near = Math.min(...v);
      return { v: Float64Array.from(tied, (l) => (l === x.lang ? near : Infinity)), right: same(got, x.intents), forced: d.unsure, fold: x.fold };
    }
    const w = tied ? v.map((_, c) => (c % 2 === 0 ? Math.min(v[c]!, v[c + 1]!) : Infinity)) : v;
    return { v: w, right: same(got, x.intents), forced: d.unsure, fold: x.fold };
  });
}

function flaggedBy(r: BandRow, m: Float64Array): boolean {
  if (r.forced) return true;
  for (let c = 0; c < m.length; c++) if (r.v[c]! < m[c]!) return true;
  return false;
}

function fitBands(rs: readonly BandRow[], lambda: number, start: number): Float64Array {
  const n = rs[0]?.v.length ?? 0;
  const m = new Float64Array(n).fill(start);
  const free = rs.filter((r) => !r.forced);
  // How many bands flag each reading, kept as the bands move.
  const count = free.map((r) => { let k = 0; for (let c = 0; c < n; c++) if (r.v[c]! < m[c]!) k++; return k; });
  const gain = new Float64Array(GRID.length);
  for (let sweep = 0; sweep < 3; sweep++) {
    for (let c = 0; c < n; c++) {
      // Readings no other band flags: only this band decides them. gain[g]: their score with band c at GRID[g].
      gain.fill(0);
      free.forEach((r, i) => {
        if (count[i]! - (r.v[c]! < m[c]! ? 1 : 0) !== 0) return;
        const w = r.right ? 1 : -lambda;
        // Unflagged at every grid value not above v.
        for (let g = 0; g < GRID.length && GRID[g]! <= r.v[c]!; g++) gain[g]! += w;
      });
      let best = m[c]!, top = -Infinity;
      GRID.forEach((g, k) => { if (gain[k]! > top + 1e-9) { top = gain[k]!; best = g; } });
      if (best !== m[c]) {
        free.forEach((r, i) => { count[i]! += (r.v[c]! < best ? 1 : 0) - (r.v[c]! < m[c]! ? 1 : 0); });
        m[c] = best;
      }
    }
  }
  return m;
}

function judgeBands(rs: readonly BandRow[], m: Float64Array) {
  let flagged = 0, confident = 0, right = 0;
  for (const r of rs) {
    if (flaggedBy(r, m)) { flagged++; continue; }
    confident++;
    if (r.right) right++;
  }
  return { flagged: rs.length === 0 ? 0 : flagged / rs.length, confidentExact: confident === 0 ? 1 : right / confident };
}

/** The bands for `rs` that meet `target` with the fewest flagged (λ bisected). */
function bandsFor(rs: readonly BandRow[], target: number, start: number): Float64Array {
  let lo = 1, hi = 400, best: Float64Array | null = null;
  for (let it = 0; it < 12; it++) {
    const lambda = Math.sqrt(lo * hi);
    const m = fitBands(rs, lambda, start);
    if (judgeBands(rs, m).confidentExact >= target) { best = m; hi = lambda; } else lo = lambda;
  }
  return best ?? fitBands(rs, hi, start);
}

/** `fitTarget`: the exactness the bands are fitted to on the training sources, at or above `target` (sixteen bands
 * fitted to the target exactly fall short of it on unseen sources); `tied`: one band for both sides of an intent. */
export function chooseMargins(intents: readonly SignalIntent[], data: readonly Judged[], probs: readonly number[][], params: readonly DecideParams[],
  sources: readonly string[], fitTarget: number, start: number, tied: boolean | readonly string[] = false): MarginsChoice {
  const target = fitTarget;
  const rs = bandRows(intents, data, probs, params, tied);
  const perSource: DoubtChoice['nested']['perSource'] = {};
  let flagged = 0, confident = 0, right = 0;
  sources.forEach((s, f) => {
    const mine = rs.filter((r) => r.fold === f);
    const j = judgeBands(mine, bandsFor(rs.filter((r) => r.fold !== f), target, start));
    perSource[s] = { flagged: r3(j.flagged), confidentExact: r3(j.confidentExact) };
    const n = mine.length, nf = Math.round(j.flagged * n);
    flagged += nf; confident += n - nf; right += Math.round(j.confidentExact * (n - nf));
  });
  const m = bandsFor(rs, target, start);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    margins: { above: intents.map((_, j) => round(m[2 * j]!)), below: intents.map((_, j) => round(m[2 * j + (tied ? 0 : 1)] ?? 0)) },
    ...(typeof tied !== 'boolean' ? { byLanguage: Object.fromEntries(tied.map((l, k) => [l, round(m[k]!)])) } : {}),
    nested: { flagged: r3(flagged / rs.length), confidentExact: r3(right / Math.max(1, confident)), perSource },
  };
}

/** A learned estimate of each reading's chance of being right (src/rules/intent/estimator.ts): fitted on the readings
 * of the other sources, its cut-off chosen on those same sources to meet `target`, then judged on the held-out source
 * (nested); the shipped one is fitted on every source. */
export interface EstimatorChoice { estimator: CorrectnessModel; nested: DoubtChoice['nested']; curve: CurvePoint[] }

export function chooseEstimator(intents: readonly SignalIntent[], data: readonly Judged[], probs: readonly number[][], params: readonly DecideParams[],
  contexts: readonly ReadingContext[], sources: readonly string[], target: number, l2 = 0.001): EstimatorChoice {
  const logit = (q: number) => Math.log(Math.max(1e-9, q) / Math.max(1e-9, 1 - q));
  const feats: number[][] = [], right: number[] = [], forced: boolean[] = [];
  data.forEach((x, i) => {
    const p = params[i]!;
    const d = decide(intents, probs[i]!, { ...p, margin: undefined, margins: undefined, confidence: undefined });
    const dist = intents.map((n, j) => (n === 'where-is-my-order' && d.held.has('not-received') ? Infinity : logit(probs[i]![j]!) - logit(p.accept[j]!)));
    feats.push(estimatorFeatures(intents, dist, d.held, contexts[i]!));
    right.push(same(d.held.size === 0 ? ['other'] : [...d.held], x.intents) ? 1 : 0);
    forced.push(d.unsure);
  });
  const rowsOf = (idx: number[], model: { weights: number[]; bias: number }): Row[] =>
    idx.map((i) => ({ right: right[i] === 1, forced: forced[i]!, score: correctness(model, feats[i]!), fold: data[i]!.fold }));
  const all = data.map((_, i) => i);
  const perSource: DoubtChoice['nested']['perSource'] = {};
  let flagged = 0, confident = 0, rightN = 0;
  const pooled: Row[] = [];
  sources.forEach((s, f) => {
    const rest = all.filter((i) => data[i]!.fold !== f), mine = all.filter((i) => data[i]!.fold === f);
    const model = fitCorrectness(rest.map((i) => feats[i]!), rest.map((i) => right[i]!), l2);
    const cut = lowestCut(rowsOf(rest, model), target);
    const rs = rowsOf(mine, model);
    pooled.push(...rs);
    const j = judge(rs, cut);
    perSource[s] = { flagged: r3(j.flagged), confidentExact: r3(j.confidentExact) };
    const n = mine.length, nf = Math.round(j.flagged * n);
    flagged += nf; confident += n - nf; rightN += Math.round(j.confidentExact * (n - nf));
  });
  const model = fitCorrectness(feats, right, l2);
  const min = lowestCut(rowsOf(all, model), target);
  const curve = [0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98].map((t) => {
    const c = lowestCut(pooled, t);
    const j = judge(pooled, c);
    return { flagged: r3(j.flagged), confidentExact: r3(j.confidentExact), cut: Number(c.toPrecision(4)) };
  });
  // Rounded down, so that the reading at the cut-off stays unflagged as it was when the cut-off was chosen.
  return { estimator: { ...model, min: Number.isFinite(min) ? Math.floor(min * 1e6) / 1e6 : min > 0 ? 1 : 0 }, nested: { flagged: r3(flagged / data.length), confidentExact: r3(rightN / Math.max(1, confident)), perSource }, curve };
}
