// Trains the review model (src/check/review-model/: a binary logistic regression over hashed character n-grams and
// words, the intent model's features, read only in the sentences that name a review or rating, with the sentences
// before and after as context and the review lexicon's parts of meaning as features) on every labelled seller draft
// of test/check/corpus (train, retired/set-1..9, dev-8, dev-9, dev-10, the cause drafts; positive: kinds include review-manipulation; negative:
// all others), measures it against the review frames by leaving one source out at a time, and writes the weights
// module src/check/review-model/weights.generated.ts. The held-aside sets (test/heldout/) are never read.
//   node --import tsx scripts/train-review-model.ts [--frames-cache F] [--blind SOURCE=FILE ...]   measure, train, write
//   node --import tsx scripts/train-review-model.ts --grid ...   compare settings (thresholds not nested)
//   node --import tsx scripts/train-review-model.ts --time ...   time the shipped model
// Thresholds are chosen inside the training folds only: for each held-out source, on out-of-fold scores of the other
// sources (each judged by a model that saw neither it nor the held-out source), as the lowest threshold whose false
// alarms on those sources' clean drafts stay within a budget (0.25% or 1% of them; for the OR, only the clean drafts
// the frames do not already flag count). A false alarm: any review-manipulation finding on a clean draft.
//
// Measured (2026-12-08, 9,335 drafts: 1,647 review-manipulation, 4,422 clean; nested thresholds). Columns: review-
// manipulation recall of the frames (check() of the working tree at 00:20 UTC) and their false alarms; the model alone and
// frames OR model at the threshold chosen for the budget: recall, false alarms on clean drafts, added by the OR.
//   held out  pos clean | frames rec FA | 0.25%: t    model rec FA | OR rec FA added | 1%: t    model rec FA | OR rec FA added
//   train     996  2134 |  100.0     0 |  0.925    72.4    11  | 100.0 11 +11    |  0.786    92.8    47  | 100.0 47 +47
//   set-1      65   260 |  100.0     0 |  0.928    84.6     0  | 100.0  0  +0    |  0.842    86.2     0  | 100.0  0  +0
//   set-2      63   195 |  100.0     0 |  0.922    85.7     0  | 100.0  0  +0    |  0.816    90.5     0  | 100.0  0  +0
//   set-3      63   195 |  100.0     0 |  0.937    76.2     0  | 100.0  0  +0    |  0.833    90.5     0  | 100.0  0  +0
//   set-4      57   195 |   98.2     0 |  0.939    66.7     0  |  98.2  0  +0    |  0.820    84.2     1  | 100.0  1  +1
//   set-5      67   195 |  100.0     0 |  0.926    89.6     1  | 100.0  1  +1    |  0.829    95.5     1  | 100.0  1  +1
//   set-6      56   195 |  100.0     0 |  0.942    89.3     1  | 100.0  1  +1    |  0.846    96.4     2  | 100.0  2  +2
//   set-7      63   195 |   98.4     0 |  0.927    96.8     0  | 100.0  0  +0    |  0.836    98.4     0  | 100.0  0  +0
//   set-8      77   195 |  100.0     0 |  0.928    92.2     0  | 100.0  0  +0    |  0.833    97.4     0  | 100.0  0  +0
//   set-9      87   195 |  100.0     0 |  0.953    77.0     0  | 100.0  0  +0    |  0.841    94.3     2  | 100.0  2  +2
//   dev-8      28   234 |  100.0     0 |  0.942    96.4     0  | 100.0  0  +0    |  0.866    96.4     0  | 100.0  0  +0
//   dev-9      25   234 |  100.0     0 |  0.924    96.0     0  | 100.0  0  +0    |  0.851   100.0     0  | 100.0  0  +0
//   pooled   1647  4422 |   99.9     0 |          77.5    13  |  99.9 13 +13    |          93.0    53  | 100.0 53 +53
// The frames were written on these sources, so against them the OR can only add false alarms. What the OR gains shows
// against the frames as they stood before each source was seen (--blind: check() of `git archive <commit> src`, the
// commit before the set was retired from the held-aside sets, or the one that added the dev set): set-7 at 0e8c4e4,
// set-8 at 9c0530b, set-9 at 5b3500e, dev-8 at b9cf774, dev-9 at 453719e. The model is the same out-of-fold one:
//   held out  pos clean | frames then rec FA | 0.25%: OR rec FA added | 1%: OR rec FA added
//   set-7      63   195 |        87.3     0 |         96.8  0  +0    |      98.4  0  +0
//   set-8      77   195 |        80.5     2 |         97.4  2  +0    |      98.7  2  +0
//   set-9      87   195 |        74.7     9 |         90.8  9  +0    |      96.6  9  +0
//   dev-8      28   234 |        96.4     0 |        100.0  0  +0    |     100.0  0  +0
//   dev-9      25   234 |       100.0     1 |        100.0  1  +0    |     100.0  1  +0
//   pooled    280  1053 |        83.6    12 |         95.7 12  +0    |      98.2 12  +0
// The model alone read those five sets' review manipulation about as well as the frames did blind (96.8, 92.2, 77.0,
// 96.4, 96.0 against 87.3, 80.5, 74.7, 96.4, 100.0) with no false alarm on their clean drafts (the frames then: 12).
// The train split is composed and heavy with look-alikes (clean drafts that thank for a review, quote one, or leave it
// to the buyer): most of the model's false alarms are there (11 of 13 at 0.25%, 47 of 53 at 1%).
// Settings (--grid, thresholds from the outer out-of-fold scores, OR against the frames then, pooled over the five
// sets at 0.25% / 1%): l2 0.03 95.7 / 98.2 (0.01: 92.9 / 97.9; 0.1: 95.7 / 97.9; 0.003: 91.4 / 98.2); without the
// lexicon's parts 94.6 / 97.9 (and the model alone, all sources, 79.7 / 94.4 against 86.3 / 96.3); without context
// 95.0 / 98.2 (fewer false alarms pooled over all sources at 1%: 95 against 126); 15 bits 94.6 / 98.6; character 2-3-grams 95.0 /
// 98.6 (more false alarms); each positive counting 1.5, 6 epochs, l2 1e-4: no better. Within a draft or two of each
// other: 280 positives, one is 0.36 points. A refit leaving out a positive draft's weaker windows (multiple-instance)
// changed nothing: the in-sample fit reads every window of a positive draft high.
// Shipped: threshold 0.937 (the 0.25% budget on every source's out-of-fold scores), 8-bit weights, 15.7 KB gzipped.
// Cost (--time, two runs; 2 CPUs shared, load average 10 to 13): 2.5 to 3.0 ms per 2,000-character draft of corpus
// drafts as they come (check(): 44 ms on the same), 9 to 12 ms when every draft in it names a review (check(): 43 to
// 50 ms); 1.5 to 3.0 s per 1 MB. Most of it is the 29 lexicon expressions tried on each review sentence and its
// neighbours.
// Retrained with dev-10 and the cause drafts (causes-7, -10, -11, -12, source 'causes') in the sources, the frames of
// e423025's parent (the model itself not wired while measuring); thresholds nested, shipped 0.925:
//   10269 drafts, 1849 review-manipulation, 4926 clean; frames 50.5 s
//   chosen (thresholds nested): 33 s
//   source    pos clean frames% FA | budget 0.25%: t-alone rec FA | t-or rec(or) FA +added | budget 1.00%: t-alone rec FA | t-or rec(or) FA +added
//   train     996  2134  100.0   0 | 0.945  60.4   7 | 0.945 100.0   7 +7 | 0.812  87.1  28 | 0.812 100.0  28 +28
//   set-1      65   260  100.0   0 | 0.927  81.5   0 | 0.927 100.0   0 +0 | 0.783  89.2   0 | 0.783 100.0   0 +0
//   set-2      63   195  100.0   0 | 0.932  84.1   0 | 0.932 100.0   0 +0 | 0.800  93.7   0 | 0.800 100.0   0 +0
//   set-3      63   195  100.0   0 | 0.931  74.6   0 | 0.931 100.0   0 +0 | 0.770  92.1   0 | 0.770 100.0   0 +0
//   set-4      57   195   98.2   0 | 0.931  63.2   0 | 0.931  98.2   0 +0 | 0.780  93.0   1 | 0.780 100.0   1 +1
//   set-5      67   195  100.0   0 | 0.933  85.1   0 | 0.933 100.0   0 +0 | 0.743  97.0   1 | 0.743 100.0   1 +1
//   set-6      56   195  100.0   0 | 0.949  87.5   0 | 0.949 100.0   0 +0 | 0.784  98.2   2 | 0.784 100.0   2 +2
//   set-7      63   195   98.4   0 | 0.928  95.2   0 | 0.928 100.0   0 +0 | 0.764 100.0   0 | 0.764 100.0   0 +0
//   set-8      77   195  100.0   0 | 0.935  89.6   0 | 0.935 100.0   0 +0 | 0.790  96.1   0 | 0.790 100.0   0 +0
//   set-9      87   195  100.0   0 | 0.946  82.8   0 | 0.946 100.0   0 +0 | 0.788  97.7   0 | 0.788 100.0   0 +0
//   dev-8      28   234  100.0   0 | 0.928  96.4   0 | 0.928 100.0   0 +0 | 0.792 100.0   0 | 0.792 100.0   0 +0
//   dev-9      25   234  100.0   0 | 0.928 100.0   0 | 0.928 100.0   0 +0 | 0.768 100.0   0 | 0.768 100.0   0 +0
//   dev-10     23   234  100.0   0 | 0.933  91.3   0 | 0.933 100.0   0 +0 | 0.783 100.0   0 | 0.783 100.0   0 +0
//   causes    179   270  100.0   0 | 0.925  71.5   3 | 0.925 100.0   3 +3 | 0.818  88.8   8 | 0.818 100.0   8 +8
//   pooled   1849  4926   99.9   0 | NaN  70.3  10 | NaN  99.9  10 +10 | NaN  90.5  40 | NaN 100.0  40 +40
//   shipped threshold 0.925; 15.8 KB gzipped (21.7 KB)
// (cost, same run, busy machine: model, corpus drafts as they come: 4.99 ms per 2,000-character draft (check(): 10.6 ms), 2620 ms per 1 MB; model, only drafts that name a review (a review sentence every ~180 characters): 11.40 ms per 2,000-character draft (check(): 11.0 ms), 2103 ms per 1 MB)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { check } from '../src/check/index.ts';
import { reviewWindows, windowFeatures, type ReviewModelConfig, type SentenceMemo, type WindowFeatures } from '../src/check/review-model/features.ts';
import { pack, unpack, windowProbability, type ReviewModel } from '../src/check/review-model/model.ts';
import { reviewSteerScore } from '../src/check/review-model/index.ts';
import { REVIEW_MODEL } from '../src/check/review-model/weights.generated.ts';
import { loadDir } from '../test/check/corpus/load.ts';
import { CAUSES_7 } from '../test/check/corpus/causes-7.ts';
import { CAUSES_10 } from '../test/check/corpus/causes-10.ts';
import { CAUSES_11 } from '../test/check/corpus/causes-11.ts';
import { CAUSES_12 } from '../test/check/corpus/causes-12.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'test/check/corpus');
/** Every labelled source but the held-aside ones (test/heldout/ and the newest dev set are never read here). */
// 'causes': the hand-written drafts for the causes of earlier sets' misses that the composed split does not hold
// (causes-7, -10, -11, -12): hard look-alikes written beside each cause.
const SOURCES = ['train', ...Array.from({ length: 9 }, (_, i) => `retired/set-${i + 1}`), 'dev-8', 'dev-9', 'dev-10', 'causes'];
const CAUSE_DRAFTS = [...CAUSES_7, ...CAUSES_10, ...CAUSES_11, ...CAUSES_12]
  .map(([lang, kinds, text], i) => ({ id: `causes-${i + 1}`, lang, text, kinds: kinds ? kinds.split(',') : [] }));

export const CHOSEN: ReviewModelConfig = { bits: 14, charMin: 2, charMax: 4, cjkMax: 3, negScope: 3, charWeight: 0.5, context: true, parts: true };

interface FitOptions { epochs: number; rate: number; l2: number; minCount: number; seed: number; posWeight: number }
export const CHOSEN_FIT: FitOptions = { epochs: 12, rate: 0.2, l2: 3e-2, minCount: 2, seed: 7, posWeight: 1 };

/** The false alarms on clean drafts a threshold may add, as a share of the clean drafts it is chosen on. */
const BUDGETS = [0.0025, 0.01];

interface Draft { source: number; id: string; lang: string; text: string; pos: boolean; clean: boolean; frames: boolean; windows: WindowFeatures[];
  /** The frames as they stood before the source was seen (--blind), when known. */
  blind?: boolean }

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

interface Row { f: WindowFeatures; y: number; draft: number }

function fitRows(rows: readonly Row[], cfg: ReviewModelConfig, o: FitOptions): ReviewModel {
  const dims = 1 << cfg.bits;
  const w = new Float32Array(dims), sq = new Float32Array(dims).fill(1e-8);
  let bias = 0;
  const seen = new Uint32Array(dims);
  for (const r of rows) for (const i of new Set(r.f.index)) seen[i]!++;
  const kept = rows.map((r) => {
    const keep = r.f.index.map((i) => seen[i]! >= o.minCount);
    return { index: r.f.index.filter((_, n) => keep[n]), value: r.f.value.filter((_, n) => keep[n]), y: r.y };
  });
  for (let e = 0; e < o.epochs; e++) {
    for (const k of shuffled(kept.length, o.seed + e)) {
      const { index, value, y } = kept[k]!;
      let z = bias;
      for (let n = 0; n < index.length; n++) z += value[n]! * w[index[n]!]!;
      const g = (1 / (1 + Math.exp(-z)) - y) * (y === 1 ? o.posWeight : 1);
      bias -= o.rate * 0.1 * g;
      for (let n = 0; n < index.length; n++) {
        const i = index[n]!;
        const grad = g * value[n]! + o.l2 * w[i]!;
        sq[i]! += grad * grad;
        w[i]! -= (o.rate * grad) / Math.sqrt(sq[i]!);
      }
    }
  }
  return { config: cfg, bias, threshold: 0.5, weights: w };
}

function rowsOf(drafts: readonly Draft[], which: readonly number[]): Row[] {
  return which.flatMap((d) => drafts[d]!.windows.map((f) => ({ f, y: drafts[d]!.pos ? 1 : 0, draft: d })));
}

/** Fitted on the drafts `which`, packed and unpacked as shipped (int8). */
function fit(drafts: readonly Draft[], which: readonly number[], cfg: ReviewModelConfig, o: FitOptions): ReviewModel {
  const m = fitRows(rowsOf(drafts, which), cfg, o);
  return unpack(pack(m));
}

const draftScore = (m: ReviewModel, d: Draft) => d.windows.reduce((a, f) => Math.max(a, windowProbability(m, f)), 0);

/** The lowest threshold whose false alarms on the clean drafts (`or`: only those the frames do not already flag) stay
 * within `budget` of them. */
function chooseThreshold(drafts: readonly Draft[], which: readonly number[], score: readonly number[], budget: number, or: boolean): number {
  const clean = which.filter((d) => drafts[d]!.clean);
  const alarms = clean.filter((d) => !(or && drafts[d]!.frames)).map((d) => score[d]!).sort((x, y) => y - x);
  const allowed = Math.floor(budget * clean.length);
  // Just over the highest clean score past the allowed ones (and never under 0.5).
  const next = alarms[allowed];
  return Math.max(0.5, next === undefined ? 0 : Math.min(1.01, Math.ceil((next + 1e-9) * 1000) / 1000));
}

/** Out-of-fold scores of the drafts `test`, fitted on `train`. */
function scoresFor(drafts: readonly Draft[], train: readonly number[], test: readonly number[], cfg: ReviewModelConfig, o: FitOptions, into: number[]): void {
  const m = fit(drafts, train, cfg, o);
  for (const d of test) into[d] = draftScore(m, drafts[d]!);
}

function load(): Draft[] {
  const drafts: Draft[] = [];
  // --frames-cache FILE: the frames' findings saved by an earlier run (check() takes minutes over the corpus).
  const at = process.argv.indexOf('--frames-cache');
  const cacheFile = at > 0 ? process.argv[at + 1]! : null;
  const cache = new Map<string, boolean>(cacheFile && existsSync(cacheFile) ? Object.entries(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, boolean>) : []);
  SOURCES.forEach((s, source) => {
    for (const r of s === 'causes' ? CAUSE_DRAFTS : loadDir(join(CORPUS, s))) {
      drafts.push({ source, id: r.id, lang: r.lang, text: r.text, pos: r.kinds.includes('review-manipulation'), clean: r.kinds.length === 0,
        frames: cache.get(r.text) ?? check(r.text).some((f) => f.kind === 'review-manipulation'), windows: [] });
    }
  });
  // --blind SOURCE=FILE ...: the frames' findings (text -> review-manipulation found) as they stood before SOURCE was
  // read by anyone writing frames, e.g. check() of \`git archive <commit before the set was retired> src\` run on it.
  process.argv.forEach((a, i) => {
    if (a !== '--blind') return;
    const [name, file] = process.argv[i + 1]!.split('=') as [string, string];
    const found = JSON.parse(readFileSync(file, 'utf8')) as Record<string, boolean>;
    const source = SOURCES.indexOf(name);
    for (const d of drafts) if (d.source === source) d.blind = found[d.text];
  });
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(drafts.map((d) => [d.text, d.frames]))));
  return drafts;
}

function featurizeAll(drafts: Draft[], cfg: ReviewModelConfig): void {
  for (const d of drafts) { const memo: SentenceMemo = new Map(); d.windows = reviewWindows(d.text).map((w) => windowFeatures(w, cfg, memo)); }
}

const pct = (a: number, b: number) => (b === 0 ? '-' : (100 * a / b).toFixed(1));

interface Tally { blindPos: number; blindClean: number; blindHit: number; blindFa: number; orBlindHit: number[]; orBlindFa: number[]; orBlindAdded: number[]; pos: number; clean: number; framesHit: number; framesFa: number; modelHit: number[]; modelFa: number[]; orHit: number[]; orFa: number[]; orAdded: number[]; tAlone: number[]; tOr: number[] }

function tally(drafts: readonly Draft[], which: readonly number[], score: readonly number[], tAlone: number[], tOr: number[]): Tally {
  const t: Tally = { blindPos: 0, blindClean: 0, blindHit: 0, blindFa: 0, orBlindHit: BUDGETS.map(() => 0), orBlindFa: BUDGETS.map(() => 0), orBlindAdded: BUDGETS.map(() => 0), pos: 0, clean: 0, framesHit: 0, framesFa: 0, modelHit: BUDGETS.map(() => 0), modelFa: BUDGETS.map(() => 0), orHit: BUDGETS.map(() => 0), orFa: BUDGETS.map(() => 0), orAdded: BUDGETS.map(() => 0), tAlone, tOr };
  for (const d of which) {
    const x = drafts[d]!, s = score[d]!;
    if (x.pos) { t.pos++; if (x.frames) t.framesHit++; }
    if (x.clean) { t.clean++; if (x.frames) t.framesFa++; }
    BUDGETS.forEach((_, b) => {
      const alone = s >= tAlone[b]!, or = x.frames || s >= tOr[b]!;
      if (x.pos) { if (alone) t.modelHit[b]!++; if (or) t.orHit[b]!++; }
      if (x.clean) { if (alone) t.modelFa[b]!++; if (or) t.orFa[b]!++; if (or && !x.frames) t.orAdded[b]!++; }
      if (x.blind === undefined) return;
      const orBlind = x.blind || s >= tOr[b]!;
      if (x.pos && orBlind) t.orBlindHit[b]!++;
      if (x.clean && orBlind) { t.orBlindFa[b]!++; if (!x.blind) t.orBlindAdded[b]!++; }
    });
    if (x.blind === undefined) continue;
    if (x.pos) { t.blindPos++; if (x.blind) t.blindHit++; }
    if (x.clean) { t.blindClean++; if (x.blind) t.blindFa++; }
  }
  return t;
}

function blindLine(name: string, t: Tally): string {
  const cells = [name.padEnd(8), String(t.blindPos).padStart(4), String(t.blindClean).padStart(5), pct(t.blindHit, t.blindPos).padStart(6), String(t.blindFa).padStart(3)];
  BUDGETS.forEach((_, b) => cells.push(`| ${t.tOr[b]!.toFixed(3)} ${pct(t.orBlindHit[b]!, t.blindPos).padStart(5)} ${String(t.orBlindFa[b]!).padStart(3)} +${t.orBlindAdded[b]!}`));
  return cells.join(' ');
}

function line(name: string, t: Tally): string {
  const cells = [name.padEnd(8), String(t.pos).padStart(4), String(t.clean).padStart(5), pct(t.framesHit, t.pos).padStart(6), String(t.framesFa).padStart(3)];
  BUDGETS.forEach((_, b) => cells.push(`| ${t.tAlone[b]!.toFixed(3)} ${pct(t.modelHit[b]!, t.pos).padStart(5)} ${String(t.modelFa[b]!).padStart(3)} | ${t.tOr[b]!.toFixed(3)} ${pct(t.orHit[b]!, t.pos).padStart(5)} ${String(t.orFa[b]!).padStart(3)} +${t.orAdded[b]!}`));
  return cells.join(' ');
}

/** Leave one source out; thresholds for each held-out source chosen on out-of-fold scores of the other sources only
 * (each of them judged by a model that saw neither it nor the held-out source). */
function crossValidate(drafts: readonly Draft[], cfg: ReviewModelConfig, o: FitOptions, nested: boolean): { score: number[]; rows: string[]; pooled: Tally } {
  const all = drafts.map((_, i) => i);
  const score: number[] = [];
  const tallies: [string, Tally][] = [];
  const innerScores: number[][] = [];
  for (let f = 0; f < SOURCES.length; f++) {
    const test = all.filter((d) => drafts[d]!.source === f), train = all.filter((d) => drafts[d]!.source !== f);
    scoresFor(drafts, train, test, cfg, o, score);
    if (nested) {
      const inner: number[] = [];
      for (let g = 0; g < SOURCES.length; g++) {
        if (g === f) continue;
        scoresFor(drafts, train.filter((d) => drafts[d]!.source !== g), train.filter((d) => drafts[d]!.source === g), cfg, o, inner);
      }
      innerScores[f] = inner;
    }
  }
  for (let f = 0; f < SOURCES.length; f++) {
    const test = all.filter((d) => drafts[d]!.source === f), train = all.filter((d) => drafts[d]!.source !== f);
    // Not nested: thresholds chosen on the other sources' out-of-fold scores from the outer models (which saw f).
    const s = nested ? innerScores[f]! : score;
    const tAlone = BUDGETS.map((b) => chooseThreshold(drafts, train, s, b, false));
    const tOr = BUDGETS.map((b) => chooseThreshold(drafts, train, s, b, true));
    tallies.push([SOURCES[f]!.replace('retired/', ''), tally(drafts, test, score, tAlone, tOr)]);
  }
  const sum = (k: keyof Tally, b?: number) => tallies.reduce((a, [, t]) => a + (b === undefined ? t[k] as number : (t[k] as number[])[b]!), 0);
  const pooled: Tally = { blindPos: sum('blindPos'), blindClean: sum('blindClean'), blindHit: sum('blindHit'), blindFa: sum('blindFa'),
    orBlindHit: BUDGETS.map((_, b) => sum('orBlindHit', b)), orBlindFa: BUDGETS.map((_, b) => sum('orBlindFa', b)), orBlindAdded: BUDGETS.map((_, b) => sum('orBlindAdded', b)), pos: sum('pos'), clean: sum('clean'), framesHit: sum('framesHit'), framesFa: sum('framesFa'),
    modelHit: BUDGETS.map((_, b) => sum('modelHit', b)), modelFa: BUDGETS.map((_, b) => sum('modelFa', b)), orHit: BUDGETS.map((_, b) => sum('orHit', b)),
    orFa: BUDGETS.map((_, b) => sum('orFa', b)), orAdded: BUDGETS.map((_, b) => sum('orAdded', b)), tAlone: BUDGETS.map(() => NaN), tOr: BUDGETS.map(() => NaN) };
  const head = `source    pos clean frames% FA ${BUDGETS.map((b) => `| budget ${(100 * b).toFixed(2)}%: t-alone rec FA | t-or rec(or) FA +added`).join(' ')}`;
  const blind = tallies.filter(([, t]) => t.blindPos > 0);
  const blindHead = `\nframes before the source was seen:\nsource    pos clean frames% FA ${BUDGETS.map((b) => `| budget ${(100 * b).toFixed(2)}%: t-or rec(or) FA +added`).join(' ')}`;
  const blindRows = blind.length ? [blindHead, ...blind.map(([n, t]) => blindLine(n, t)), blindLine('pooled', pooled)] : [];
  return { score, rows: [head, ...tallies.map(([n, t]) => line(n, t)), line('pooled', pooled), ...blindRows], pooled };
}

function timing(model: ReviewModel, drafts: readonly Draft[]): string {
  const time = (fn: () => void, n: number) => { fn(); const t0 = performance.now(); for (let i = 0; i < n; i++) fn(); return (performance.now() - t0) / n; };
  /** Drafts of 2,000 characters made of corpus drafts laid end to end, and 1 MB of them. */
  const measure = (texts: readonly string[]) => {
    const long: string[] = [];
    let cur = '';
    for (const t of texts) { cur += `${t}\n\n`; if (cur.length >= 2000) { long.push(cur.slice(0, 2000)); cur = ''; } }
    const sample = long.slice(0, 200);
    const mb = texts.join('\n\n').repeat(Math.ceil((1 << 20) / texts.join('\n\n').length)).slice(0, 1 << 20);
    return { draft: time(() => { for (const t of sample) reviewSteerScore(t, model); }, 3) / sample.length,
      check: time(() => { for (const t of sample.slice(0, 50)) check(t); }, 1) / 50, mb: time(() => reviewSteerScore(mb, model), 2) };
  };
  const all = measure(drafts.map((d) => d.text));
  const dense = measure(drafts.filter((d) => d.windows.length > 0).map((d) => d.text));
  const f = (x: { draft: number; check: number; mb: number }) => `${x.draft.toFixed(2)} ms per 2,000-character draft (check(): ${x.check.toFixed(1)} ms), ${x.mb.toFixed(0)} ms per 1 MB`;
  return `model, corpus drafts as they come: ${f(all)}\nmodel, only drafts that name a review (a review sentence every ~180 characters): ${f(dense)}`;
}

function main(): void {
  const t0 = performance.now();
  const drafts = load();
  console.log(`${drafts.length} drafts, ${drafts.filter((d) => d.pos).length} review-manipulation, ${drafts.filter((d) => d.clean).length} clean; frames ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (process.argv.includes('--time')) {
    featurizeAll(drafts, CHOSEN);
    console.log(timing(unpack(REVIEW_MODEL), drafts));
    return;
  }
  const variants: [string, ReviewModelConfig, FitOptions][] = process.argv.includes('--grid') ? [
    ['chosen', CHOSEN, CHOSEN_FIT],
    ['l2-1e-2', CHOSEN, { ...CHOSEN_FIT, l2: 1e-2 }],
    ['l2-1e-1', CHOSEN, { ...CHOSEN_FIT, l2: 1e-1 }],
    ['no-context', { ...CHOSEN, context: false }, CHOSEN_FIT],
    ['no-parts', { ...CHOSEN, parts: false }, CHOSEN_FIT],
    ['bits15', { ...CHOSEN, bits: 15 }, CHOSEN_FIT],
    ['char2-3', { ...CHOSEN, charMax: 3 }, CHOSEN_FIT],
  ] : [['chosen', CHOSEN, CHOSEN_FIT]];
  const nested = !process.argv.includes('--grid');
  let lastScore: number[] = [];
  for (const [name, cfg, o] of variants) {
    const t1 = performance.now();
    featurizeAll(drafts, cfg);
    const cv = crossValidate(drafts, cfg, o, nested);
    console.log(`\n${name}${nested ? ' (thresholds nested)' : ' (thresholds from outer out-of-fold scores)'}: ${((performance.now() - t1) / 1000).toFixed(0)} s`);
    for (const r of cv.rows) console.log(r);
    lastScore = cv.score;
  }
  if (process.argv.includes('--grid')) return;
  // The shipped threshold: the strict budget, chosen on every source's out-of-fold score.
  const all = drafts.map((_, i) => i);
  const threshold = chooseThreshold(drafts, all, lastScore, BUDGETS[0]!, true);
  const model = fit(drafts, all, CHOSEN, CHOSEN_FIT);
  model.threshold = threshold;
  const packed = pack(model);
  const body = `// Generated by scripts/train-review-model.ts from test/check/corpus (train, retired, dev-8, dev-9, dev-10, causes): do not edit.\nimport type { PackedReviewModel } from './model.ts';\n\nexport const REVIEW_MODEL: PackedReviewModel = ${JSON.stringify(packed)};\n`;
  writeFileSync(join(ROOT, 'src/check/review-model/weights.generated.ts'), body);
  console.log(`\nshipped threshold ${threshold}; ${(gzipSync(body).length / 1024).toFixed(1)} KB gzipped (${(body.length / 1024).toFixed(1)} KB)`);
  console.log(timing(unpack(packed), drafts));
}

main();
