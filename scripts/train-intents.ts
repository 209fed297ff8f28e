// Trains the buyer-intent model on the training corpora (test/intents/corpus, composed from hand-written pieces;
// test/intents/natural and test/intents/retired, whole messages written as buyers write) and writes the weights module
// src/rules/intent/weights.generated.ts. Choices are measured by cross-validation grouped by source
// (test/intents/sources.ts): each source of whole messages is judged by a model trained on the others, so the figure
// is for wording the model never saw. Composed messages share pieces and only train; those near a test fold's
// messages leave that fold's training, as do near twins from other sources. Thresholds are tuned on out-of-fold
// probabilities; the figure reported for them is nested (each source judged with thresholds tuned on the others
// only). The held-aside set (test/heldout/) is never read here.
//   node --import tsx scripts/train-intents.ts          cross-validate the chosen settings, tune thresholds, train, write
//   node --import tsx scripts/train-intents.ts --grid   cross-validate every candidate setting (prints a table)
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuyerIntent } from '../src/model.ts';
import { featurize, type FeatureConfig } from '../src/rules/intent/features.ts';
import { pack, unpack, type IntentModel } from '../src/rules/intent/intent-model.ts';
import { fitAveraged, FIT_DEFAULTS, probabilities, type FitOptions, type Labelled } from '../src/rules/intent/train.ts';
import { joinedPairs } from '../src/rules/intent/augment.ts';
import { sentencesOf } from '../src/rules/intent/segments.ts';
import { ownWords } from '../src/rules/intent/quoted.ts';
import { SIGNAL_INTENTS } from '../src/rules/intent/detect.ts';
import { decide as decideReading, decideTakingBack } from '../src/rules/intent/decide.ts';
import { withdrawalOf } from '../src/rules/intent/withdrawn.ts';
import type { SignalIntent } from '../src/rules/intent/types.ts';
import { figures, type Figures } from '../test/intents/metrics.ts';
import { loadCorpus, type Example } from '../test/intents/load.ts';
import { loadSources, type Sourced } from '../test/intents/sources.ts';
import { nearAny, nearGroups } from '../test/intents/groups.ts';
import { breakdown } from '../test/intents/breakdown.ts';
import { chooseDoubt, chooseEstimator, chooseMargins, type DoubtChoice, type EstimatorChoice, type MarginsChoice } from '../test/intents/doubt.ts';
import { guessLanguage } from '../src/rules/intent/language.ts';
import type { ReadingContext } from '../src/rules/intent/estimator.ts';
import { readFileSync } from 'node:fs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
let FOLDS = 0;
const THRESHOLDS = [0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];

/** The settings the shipped model uses, chosen by cross-validation grouped by source (--cv, INTENT_CV): prefix stems
 * of five letters (+0.6 points exact), withdrawals read as negation (exact unchanged, negation up in five of the six
 * sources; the forms after the ask, in Turkish, Japanese and Chinese, +1.8 on negation). Measured and left out:
 * stems of four letters, 15 hash bits (-1 point), character 4-grams (-0.5), class weights (-0.4, though negation +3),
 * natural messages counted twice (-1.7), per-intent thresholds with a floor. Whether the floor holds back on messages
 * with a negation is decided each run, nested (it lost 0.8 before the withdrawal forms after the ask, won 0.9 after).
 * With set-4 (one seed, natural-n5 aside): words in quotation marks as features of their own +0.4 exact (set-4 +2.6,
 * its negation +9); the concept "exchange" exact unchanged, negation +1.5 under per-intent thresholds; pairs of word
 * stems -1.5 to -2 (more features than the data carries); l2 0.02 -1.1. */
// Measured with the 13 sources of set-6 and natural-n7 (grouped cross-validation, the threshold and floor tuned nested;
// the shipped figures before: exact 82.5, hard 80.5, negation 77.5):
// - Character n-grams of word scripts counting half a word feature (features.ts charWeight 0.5): exact 82.7, hard 80.7,
//   negation 78.2; better in 9 of the 13 sources (natural-n4 +1.5, set-5 +1.3, natural-n6 +0.9), worse in 4
//   (natural-n7 -2.6, set-4 -1.8, set-3 and natural-x -0.8); en, ja, nl, sv and tr up 1 to 2 points, de and ar down
//   1.7 and 0.8. Ships: 136 KB gzipped (142.7 before), one message 0.07 ms (median). Doubt with it: the learned
//   estimate cut for 95.5% was right 94.9% on unseen sources (under the target), so the margin ships (1.996: 46.3%
//   flagged, unflagged readings right 95.5%; the estimate cut for 96% flagged 46.0% at 95.5%, not two points fewer).
// - Fewer hash buckets with the bytes spent on longer n-grams (15 bits, character 2- to 4-grams, CJK 1- to 3-grams):
//   exact 81.4, hard 79.3, negation 76.6 (-1.1). Not adopted.
// - Class weights for the intents read too seldom (wrong-item, damaged, address-change positives counted 1.5 times,
//   train.ts classWeight): exact 81.6 with the floor, 81.9 per-intent thresholds (-0.9; one threshold 82.1 against
//   82.2). A threshold of their own for those three, tuned beside the one threshold and floor, is never moved off the
//   common one on the training sources: exact unchanged. Per-intent thresholds for all, nested: 82.3. Not adopted.
// - Each sentence also read on its own (classify.ts withSentences; each intent's probability the larger of the whole
//   message's and lambda times its likeliest sentence's; threshold and floor tuned on it, nested): every message with
//   two or more sentences, lambda 1 (the union of the asks) 80.8, 0.85 81.3, 0.7 81.8, 0.5 82.4, 0.4 82.4 (negation
//   78.2), 0.3 82.1; only messages of three or more sentences, lambda 0.5 82.65 (hard 80.6, negation 77.3), 0.7 82.6;
//   four or more, 0.5 82.6, lambda 1 82.55. The best (+0.2 on the model before charWeight) is within what a seed
//   moves and was not measured with charWeight: not adopted (CHOSEN_SENTENCES 0). With two or more sentences at 0.5
//   the messages of several asks gain (tags multi-intent 64.4 -> 68.2, multi 57.3 -> 62.2, several-asks 70.1 -> 71.4,
//   long 74.7 -> 76.0; buried-ask 6 of 10 either way) and as many single asks are lost (an ask in one sentence of
//   a message that asks another thing in another reads as asked).
// - The floor for messages with a negation or withdrawal (features.ts `negated`) tuned apart from the others' (0.12
//   against 0.1): exact 82.56 against 82.46, negation 78.2 against 77.5; better in 5 sources, worse in 2; 8 messages of
//   7,535. Not adopted (a tie).
// Measured with set-7 and natural-n8 (settings unchanged; threshold and floor tuned nested). The data before them
// with set-7 in (14 sources): exact 83.1 (threshold 0.2 and floor 0.1), hard 81.0, negation 78.0. With natural-n8 (520
// messages written for set-7's misses) and two labels fixed (15 sources): exact 82.0, hard 80.0, negation 77.8 (one
// threshold 81.5, per-intent thresholds 81.4); natural-n8 itself 60.2, judged by a model that never saw it, as the data
// before would judge it. Over the 14 sources both share, under the one rule both ship (0.2, floor 0.1): 83.1 -> 83.4
// (one threshold 0.15: 82.7 -> 83.0); natural-n7 +2.3, natural-n6 +1.6, natural +0.8, set-7 +0.5, set-5 -1.8, natural-n5
// -2.1; it +2.4, fr +1.5, ja +1.0, pl -1.9, tr -1.6. Thresholds tuned without natural-n8 move the floor's figure the
// other way (82.7 against 83.1; one threshold 83.0 against 82.6): the floor's gain is within what its tuning moves.
// 141.8 KB gzipped. Doubt: confidence tau 1.5 (48.3% flagged, unflagged right 95.4%) flags two points fewer than the
// margin (50.6%); the learned estimate cut for 96% flagged 49.0% (this run fitted the estimate and the bands to 96%
// only: INTENT_EST_FITS, INTENT_BAND_FITS). Each sentence also read on its own (INTENT_SENT), on the same 15 sources:
// lambda 0.5 one threshold 81.4, floor 81.2, per intent 81.7 (multi-intent 66.4 -> 70.1, but 'other' precision 77.3 ->
// 67.8); 0.7 81.3, 0.85 81.0, 1 80.7, against 81.5 / 82.0 / 81.4 without: not adopted.
// Measured with set-8 and natural-n9 (settings unchanged; threshold and floor tuned nested, out-of-fold probabilities
// saved once and the decision measured on them). The data before them with set-8 in (16 sources): one threshold 0.15
// exact 81.4 (hard 79.3, negation 78.4), floor 82.1, per intent 81.6; set-8 74.9. A return the message takes back
// itself (withdrawn.ts, decide.ts decideTakingBack; the cancel taken back, read by classify.ts since set-6, is now read
// here too: alone it moves nothing, 82.1): floor 82.2, one threshold 81.5 (negation 78.9), set-8 75.4; better in 6 of
// the 16 sources, worse in none. With natural-n9 (520 messages written for set-8's misses; 17 sources), with the
// rule: floor 81.6, one threshold 81.2 (hard 79.1, negation 77.6), per intent 80.8; without it 81.4 / 80.8 (negation
// 76.1) / 80.5; natural-n9 itself 65.2 (60.6 without the rule), judged by a model that never saw it. At one threshold
// 0.2 and floor 0.1 the rule changes 37 readings: 29 now right, none now wrong, 8 wrong either way (the return gone,
// the fault not found); the source natural's -0.6 with the rule against without is the nested tuning moving. Over
// the 16 sources both share, with the rule: 82.2 -> 82.5 (set-8 +4.6, natural-n8 +1.9, natural-n7 +1.8, set-3 +1.3,
// set-2 +1.0; natural-x -1.5, set-5 -1.1, set-6 -0.5, natural-w -0.4, natural -0.3). By language over all 17
// (natural-n9's hard messages in): ar 81.1, de 81.9, en 81.4, es 80.9, fr 82.1, it 81.4, ja 79.4, nl 82.6, pl 81.9,
// pt 80.4, sv 81.8, tr 84.9, zh 81.1.
// Where the rule still fails: the model's return words push `damaged` under 0.05 (set-8's de-810, it-810, pt-810 read
// return 0.5 to 0.9 and damaged under 0.05 out of fold), so with the return gone the floor finds nothing: `other`.
// Ships with both (exact over the shared sources up, not down): 148.7 KB gzipped; threshold 0.2, floor 0.1, hard 79.6,
// negation 76.9 (floor, nested). Doubt: per-intent bands one a side fitted to 96% flag 50.7% with unflagged readings
// right 95.1% on unseen sources, against 55.5% for the margin (2.164) and 54.7% for the learned estimate cut for 96%
// (95.5%), so the bands ship, first time since they were measured.
// - The same words as negated features (a feature option, since removed: the words of a return the message takes back
//   read as withdrawn, so the model learns them apart from an asked return), refitted on the 17 sources with the
//   rule: floor 81.6 (81.65 against 81.57 pooled by source), one threshold 81.2, negation 77.3 against 77.6, per intent 80.7
//   against 80.8; natural-n9 65.8 (+0.6), set-8 80.3 (+0.3), natural-x +3.8, natural-n6 +1.1, set-6 -1.0, natural-n7
//   -0.8, natural-n4 -0.7: better in 8 sources, worse in 7. It lowers the return where the rule reads one taken back
//   (de-n9-001: return 0.67 -> 0.06, damaged 0.72 -> 0.68) but lifts the fault only where the model read some
//   already. A tie: not adopted.
// Measured with set-9 and natural-n10 (settings unchanged but the pruning; threshold and floor tuned nested). The data
// before them with set-9 in (18 sources, minCount 2): floor 81.2, one threshold 0.15 80.8 (hard 78.8, negation
// 76.4), per intent 80.8; set-9 77.7 judged unseen; over the 17 sources the shipped figures cover, 81.4 against their
// 81.6. Adding set-9 and natural-n10 (533 messages written for set-9's misses, and one label fixed in natural: an
// exchange asked for a wrong model is a return too) grows the weights past the budget: 150.9 KB gzipped with set-9
// alone, 155.5 with both; l2 0.009 still 151.9. Pruning the features seen in fewer than three training messages
// (minCount 3, the rule the pruning of one-message features set) gzips to 137.8 KB, so it ships: with it, over the 19
// sources (newest rules, a full-width '＞' now quoting a Japanese line as '>' does), floor 80.9 (hard 78.9, negation
// 77.8), one threshold 0.15 80.7 (hard 78.8, negation 77.5), per intent 80.2;
// natural-n10 itself 58.7 (the shipped model read 54.8 of it), judged by a model that never saw it; set-9 85.6 with natural-n10 in training (77.7 without). Over the 17 sources both
// share: 81.6 -> 81.9 (natural-n5 +2.1, set-8 +1.5, natural-n8 +1.4, natural +1.2, natural-n9 +1.1; natural-n7 -3.1,
// natural-n4 -1.0, set-5 -1.0, natural-n6 -0.9, natural-x -0.8, set-2 -0.7, set-3 -0.8). What minCount 3 costs by
// itself against minCount 2 on the same 19 sources was not measured (the run was stopped for time). By language over
// all 19: ar 78.4, de 82.0, en 80.7, es 80.2, fr 81.7, it 80.1, ja 79.7, nl 80.9, pl 80.8, pt 80.7, sv 81.3, tr 83.6,
// zh 81.5. Tags natural-n10 is about, over all 19: business 56.7 (233), elderly 56.9 (167), look-alike 74.9 (243).
// Ships: 137.8 KB gzipped; threshold 0.2, floor 0.1. Doubt: the learned estimate cut for 95.5% flags 51.6% with
// unflagged readings right 95.1% on unseen sources, against 56.5% for the margin (2.229), 55.1% for confidence tau 1.5
// and 57.2% for per-intent bands one a side fitted to 96.5% (95.1%), so the estimate ships. The thresholds and doubt
// were tuned on out-of-fold probabilities saved from the cross-validation run (INTENT_LOAD_PROBS), whose features
// differ from the newest main's only by one cancel stem ('anule') added since.
export const CHOSEN: FeatureConfig = { bits: 16, charMin: 2, charMax: 3, cjkMax: 2, negScope: 4, concepts: 2, stem: 5, withdraw: true, quotes: true, charWeight: 0.5 };
/** Four bits a weight: within 0.2 points of eight bits on cross-validation, at half the size. */
const WEIGHT_BITS = 4;
/** l2 0.003 read negation and withdrawal 2 to 6 points better in five of the seven sources (exact within 0.3), but
 * its weights spread over more values and gzip to 161 KB, over the 150 KB budget. With natural-n6 l2 0.01 gzips to
 * 153.2 KB (exact 81.5 under grouped cross-validation, floor nested; negation 74.9; 53.3% flagged at 95.5%), 0.013 to
 * 149.3; 0.014 ships (148.1 KB; exact 80.3, negation 78.6, 52.2% flagged at 95.4%): the budget costs 1.2 points of
 * exact. Worth measuring next: 0.012 and 0.013, and pruning rare features instead of shrinking every weight. */
export const CHOSEN_FIT: FitOptions = { ...FIT_DEFAULTS, l2: 0.007, minCount: 3 };
// With set-6 and natural-n7 (14 sources) l2 0.014 gzips to 151.2 KB, over budget. Pruning the hashed features seen in
// fewer than two training messages (train.ts minCount) leaves them at 0, which gzip all but erases: l2 0.01 then gzips
// to 137.9 KB and 0.007 to 142.5 KB, and 0.007 with pruning is right more often under grouped cross-validation (floor
// nested: exact 82.5 against 81.2 for 0.014 unpruned, one threshold 82.2 against 80.7, hard 80.2 against 78.4,
// negation 78.1 against 77.7; better in 12 of the 14 sources), so it ships. With set-9 and natural-n10 (19 sources)
// minCount 2 gzips to 155.5 KB, over budget; minCount 3 to 137.8 KB (figures in the header).

const BASE: FeatureConfig = { bits: 16, charMin: 2, charMax: 3, cjkMax: 2, negScope: 4, concepts: 2 };
const CANDIDATES: [FeatureConfig, FitOptions][] = [
  [BASE, CHOSEN_FIT],
  [{ ...BASE, stem: 5 }, CHOSEN_FIT],
  [{ ...BASE, stem: 4, withdraw: true }, CHOSEN_FIT],
  [{ ...BASE, stem: 5, withdraw: true }, CHOSEN_FIT],
  [{ ...BASE, stem: 5, withdraw: true, bits: 15 }, CHOSEN_FIT],
  [{ ...BASE, stem: 5, withdraw: true, charMax: 4 }, CHOSEN_FIT],
  [{ ...BASE, stem: 5, withdraw: true }, { ...CHOSEN_FIT, balance: true }],
];

/** Joined pairs of natural training messages per natural training message (src/rules/intent/augment.ts). */
export const CHOSEN_AUGMENT = 0;
const augment = process.env.INTENT_AUG !== undefined ? Number(process.env.INTENT_AUG) : CHOSEN_AUGMENT;

/** How many times each natural message counts against one composed message. */
export const CHOSEN_NATURAL_WEIGHT = 1;
/** Orders of the data whose models are averaged (train.ts fitAveraged): two gain 0.8 points over one. */
export const CHOSEN_SEEDS = 2;
const seeds = process.env.INTENT_SEEDS !== undefined ? Number(process.env.INTENT_SEEDS) : CHOSEN_SEEDS;
const fit = (data: readonly Labelled[], config: FeatureConfig, opts: FitOptions) => fitAveraged(data, config, opts, seeds);
const naturalWeight = process.env.INTENT_NATW !== undefined ? Number(process.env.INTENT_NATW) : CHOSEN_NATURAL_WEIGHT;

function trainingSet(composed: Example[], natural: Example[]): Labelled[] {
  const repeated = Array.from({ length: naturalWeight }, () => natural).flat();
  return [...composed, ...repeated, ...joinedPairs(natural, Math.round(natural.length * augment), 41)];
}

// One fold per source; a near-duplicate group (test/intents/groups.ts) with a member in the test fold trains in no
// other fold's place.
let folds: number[] = [];
let sources: string[] = [];
let twinOfFold: Set<number>[] = [];

function assignFolds(data: Sourced[]): void {
  sources = [...new Set(data.map((x) => x.source))];
  FOLDS = sources.length;
  folds = data.map((x) => sources.indexOf(x.source));
  const group = nearGroups(data);
  twinOfFold = sources.map(() => new Set<number>());
  data.forEach((_, i) => twinOfFold[folds[i]!]!.add(group[i]!));
  twinGroup = group;
}
let twinGroup: number[] = [];

/** Messages of other folds that train when fold f is judged: none near a message of f. */
const trainsFor = (f: number, i: number) => folds[i] !== f && !twinOfFold[f]!.has(twinGroup[i]!);

function foldOf(i: number): number {
  return folds[i]!;
}

/** Out-of-fold probabilities (SIGNAL_INTENTS order): every natural message judged by a model that never saw it nor
 * its near twins, natural or composed. */
function outOfFold(composed: Example[], data: Example[], config: FeatureConfig, opts: FitOptions): number[][] {
  const out: number[][] = [];
  negatedAt = data.map((x) => featurize(ownWords(x.text), config, []).negated);
  for (let f = 0; f < FOLDS; f++) {
    const test = data.filter((_, i) => foldOf(i) === f);
    const twin = nearAny(composed, test);
    const model = unpack(pack(fit(trainingSet(composed.filter((_, i) => !twin[i]), data.filter((_, i) => trainsFor(f, i))), config, opts), WEIGHT_BITS));
    data.forEach((x, i) => {
      if (foldOf(i) !== f) return;
      out[i] = probabilities(model, x.text);
      if (process.env.INTENT_SENT || sentenceLambda) sentenceProbs[i] = sentencesOf(ownWords(x.text)).map((t) => probabilities(model, t));
    });
  }
  return out;
}
const sentenceProbs: number[][][] = [];

/** classify.ts withSentences: each intent's probability raised to this times its likeliest sentence's (0: off). */
export const CHOSEN_SENTENCES = 0;
const sentenceLambda = process.env.INTENT_SENT_USE !== undefined ? Number(process.env.INTENT_SENT_USE) : CHOSEN_SENTENCES;
const withSentenceProbs = (probs: number[][], lambda: number) => (lambda ? probs.map((p, i) => p.map((v, j) => Math.max(v, lambda * Math.max(0, ...(sentenceProbs[i] ?? []).map((q) => q[j]!))))) : probs);

const ORDER: readonly BuyerIntent[] = ['not-received', 'damaged', 'wrong-item', 'return', 'cancel', 'address-change',
  'where-is-my-order', 'off-amazon', 'other'];

const FLOORS = [null, 0.03, 0.05, 0.08, 0.1];

/** The set classifyWith gives for these probabilities at these thresholds (and floor), with the asks the message
 * takes back itself left out as classify.ts leaves them (decide.ts decideTakingBack). INTENT_TAKEBACK measures without
 * them: 'none' reads none, 'cancel' only the cancel kept after an outright take-back (the rule before the return's). */
function decide(i: number, p: readonly number[], accept: readonly number[], floor: number | null = null): BuyerIntent[] {
  // forFix moves only the unsure flag of an empty reading, which this scoring does not read.
  const { held } = decideTakingBack(SIGNAL_INTENTS, p, { accept, floor: floorAt(i, floor), unclear: 1 },
    () => ({ takenBackHere: takenBackAt(i), forFix: false }));
  return held.size === 0 ? ['other'] : ORDER.filter((i) => held.has(i as SignalIntent));
}

const TAKE_BACK = process.env.INTENT_TAKEBACK ?? 'all';
let ownTexts: string[] = [];
const takenBack = new Map<number, readonly SignalIntent[]>();
function takenBackAt(i: number): readonly SignalIntent[] {
  if (TAKE_BACK === 'none') return [];
  let t = takenBack.get(i);
  if (!t) takenBack.set(i, t = withdrawalOf(ownTexts[i]!).takenBackHere.filter((x) => TAKE_BACK === 'all' || x === 'cancel'));
  return t;
}

const MARGINS = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];

// The floor with `floorPlain` (intent-model.ts): it holds only for messages with no negation or withdrawal in them.
let floorPlain = false;
let negatedAt: boolean[] = [];
const floorAt = (i: number, floor: number | null) => (floor === null || (floorPlain && negatedAt[i]) ? undefined : floor);

type Params = { accept: readonly number[]; floor: number | null };

/** Each message's thresholds as tuned on the other folds: what the margin is judged against. */
const nestedMemo = new Map<string, Params[]>();

function nestedParams(data: Example[], probs: number[][], perIntent: boolean, useFloor: boolean): Params[] {
  const key = `${perIntent} ${useFloor} ${floorPlain}`;
  const memo = nestedMemo.get(key);
  if (memo && memo.length === data.length) return memo;
  const params = nestedParamsOf(data, probs, perIntent, useFloor);
  nestedMemo.set(key, params);
  return params;
}

function nestedParamsOf(data: Example[], probs: number[][], perIntent: boolean, useFloor: boolean): Params[] {
  const all = data.map((_, i) => i);
  const out: Params[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const rest = all.filter((i) => foldOf(i) !== f);
    const t = tune(data, probs, rest), one = tuneOne(data, probs, rest);
    const params: Params = perIntent ? { accept: t.acceptBy, floor: null }
      : useFloor ? { accept: SIGNAL_INTENTS.map(() => one.accept), floor: one.floor } : { accept: SIGNAL_INTENTS.map(() => t.global), floor: null };
    for (const i of all) if (foldOf(i) === f) out[i] = params;
  }
  return out;
}

/** For each margin: the share of readings flagged unsure, and how often the others (the confident ones) are exactly
 * right, out of fold. */
function marginTable(data: Example[], probs: number[][], params: Params[], unclear: number) {
  return MARGINS.map((margin) => {
    let unsure = 0, confident = 0, right = 0;
    data.forEach((x, i) => {
      const d = decideReading(SIGNAL_INTENTS, probs[i]!, { accept: params[i]!.accept, floor: floorAt(i, params[i]!.floor), margin, unclear });
      if (d.unsure) { unsure++; return; }
      confident++;
      if (same(d.held.size === 0 ? ['other'] : [...d.held], x.intents)) right++;
    });
    return { margin, unsure: Math.round((unsure / data.length) * 1000) / 1000, confidentExact: Math.round((right / Math.max(1, confident)) * 1000) / 1000 };
  });
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Readings not marked unsure must be exactly right this often on sources the model never saw (nested). */
const DOUBT_TARGET = Number(process.env.INTENT_DOUBT_TARGET ?? 0.955);
const TAUS = [0.5, 1, 1.5, 2, 3];
/** The exactness per-intent bands are fitted to on the training sources (chooseMargins); INTENT_BAND_FITS narrows the
 * list for a quicker run (the bands have not shipped since they were first measured). */
const BAND_FITS: number[] = process.env.INTENT_BAND_FITS ? JSON.parse(process.env.INTENT_BAND_FITS) as number[] : [DOUBT_TARGET, 0.96, 0.965, 0.97];
/** The exactness the learned estimate's cut-off is chosen for on the training sources. Measured with set-6 in (13
 * sources, before natural-n7), nested: the margin (2.19) flagged 53.7% with unflagged readings right 95.5%; the estimate
 * cut for 95.5% flagged 45.4% but was right 94.9% on unseen sources (its cut-off, chosen where it was fitted, is a
 * little optimistic), cut for 96% 48.7% at 95.6%: five points fewer flagged at the same exactness. Keeping the older
 * rule for an unheld intent near its threshold (unclear) changed nothing. INTENT_EST_FITS narrows the list for a quicker
 * run, as INTENT_BAND_FITS does for the bands. */
const ESTIMATOR_FITS: number[] = process.env.INTENT_EST_FITS ? JSON.parse(process.env.INTENT_EST_FITS) as number[] : [DOUBT_TARGET, 0.96, 0.965];
const describeEstimate = (e: { unclear: number; fitTarget: number }) => `learned estimate of exactness (estimator.ts) cut for ${e.fitTarget}, unclear ${e.unclear}`;
const describeBands = (b: { unclear: number; tied: boolean; fitTarget: number }) => `per-intent margins${b.tied ? ' (one band an intent)' : ' (one band a side)'} fitted to ${b.fitTarget}, unclear ${b.unclear}`;

/** Every rule for doubt (the margin, the confidence at each tau), each with its cut-off chosen nested. */
function doubtChoices(data: Example[], probs: number[][], perIntent: boolean, useFloor: boolean, unclear: number): DoubtChoice[] {
  const params = nestedParams(data, probs, perIntent, useFloor).map((p, i) => ({ accept: p.accept, floor: floorAt(i, p.floor), unclear }));
  return chooseDoubt(SIGNAL_INTENTS, data.map((x, i) => ({ intents: x.intents, fold: foldOf(i) })), probs, params, sources, DOUBT_TARGET, TAUS);
}

/** What the correctness estimator reads of each message besides the probabilities, as classify.ts gives it. */
const contextsOf = (data: Example[]): ReadingContext[] => data.map((x, i) => {
  const own = ownWords(x.text);
  return { lang: guessLanguage(own), length: own.length, negated: negatedAt[i]! };
});

/** The learned correctness estimate (src/rules/intent/estimator.ts) with its cut-off, fitted and chosen nested. */
function estimatorChoice(data: Example[], probs: number[][], perIntent: boolean, useFloor: boolean, unclear: number, fitTarget = DOUBT_TARGET, l2 = 0.001): EstimatorChoice {
  const params = nestedParams(data, probs, perIntent, useFloor).map((p, i) => ({ accept: p.accept, floor: floorAt(i, p.floor), unclear }));
  return chooseEstimator(SIGNAL_INTENTS, data.map((x, i) => ({ intents: x.intents, fold: foldOf(i) })), probs, params, contextsOf(data), sources, fitTarget, l2);
}

/** Per-intent bands on each side of the threshold (decide.ts `margins`), fitted nested like the other rules. */
function marginsChoice(data: Example[], probs: number[][], perIntent: boolean, useFloor: boolean, unclear: number, fitTarget: number, tied: boolean | 'language' = false): MarginsChoice {
  const params = nestedParams(data, probs, perIntent, useFloor).map((p, i) => ({ accept: p.accept, floor: floorAt(i, p.floor), unclear }));
  const by = tied === 'language' ? [...new Set(data.map((x) => x.lang))].sort() : tied;
  return chooseMargins(SIGNAL_INTENTS, data.map((x, i) => ({ intents: x.intents, fold: foldOf(i), lang: x.lang })), probs, params, sources, fitTarget, 2.5, by);
}

/** The rule that meets the target out of sample with the fewest flagged (failing that, the most often right). The
 * margin (the first choice) unless a confidence rule flags two points fewer: the product over eight intents doubts a
 * plain reading ("it arrived broken, please refund me", damaged 0.99) when several others sit at a few per cent, and
 * measured it flagged only one point fewer (54.6% against 55.7%). */
function bestDoubt(choices: DoubtChoice[]): DoubtChoice {
  const meeting = choices.filter((c) => c.nested.confidentExact >= DOUBT_TARGET - 0.005);
  if (meeting.length === 0) return [...choices].sort((a, b) => b.nested.confidentExact - a.nested.confidentExact)[0]!;
  const fewest = [...meeting].sort((a, b) => a.nested.flagged - b.nested.flagged)[0]!;
  const margin = meeting.find((c) => c.rule.kind === 'margin');
  return margin && margin.nested.flagged - fewest.nested.flagged < 0.02 ? margin : fewest;
}

const describeRule = (c: DoubtChoice) => (c.rule.kind === 'margin' ? `margin ${c.rule.margin}` : `confidence tau ${c.rule.tau} min ${c.rule.min}`);

function exactCount(data: Example[], probs: number[][], idx: number[], accept: readonly number[], floor: number | null = null): number {
  let n = 0;
  for (const i of idx) if (same(decide(i, probs[i]!, accept, floor), data[i]!.intents)) n++;
  return n;
}

/** One threshold for all and a floor under the likeliest intent, on the messages `idx`. */
function tuneOne(data: Example[], probs: number[][], idx: number[]): { accept: number; floor: number | null } {
  let best = { accept: THRESHOLDS[0]!, floor: null as number | null }, top = -1;
  for (const t of THRESHOLDS) {
    for (const floor of FLOORS) {
      if (floor !== null && floor >= t) continue;
      const n = exactCount(data, probs, idx, SIGNAL_INTENTS.map(() => t), floor);
      if (n > top) { top = n; best = { accept: t, floor }; }
    }
  }
  return best;
}

/** One threshold for all, then each intent's own by coordinate ascent (two sweeps), on the messages `idx`. */
function tune(data: Example[], probs: number[][], idx: number[]): { global: number; acceptBy: number[] } {
  let global = THRESHOLDS[0]!, top = -1;
  for (const t of THRESHOLDS) {
    const n = exactCount(data, probs, idx, SIGNAL_INTENTS.map(() => t));
    if (n > top) { top = n; global = t; }
  }
  const acceptBy = SIGNAL_INTENTS.map(() => global);
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let j = 0; j < acceptBy.length; j++) {
      for (const t of THRESHOLDS) {
        const trial = acceptBy.map((a, k) => (k === j ? t : a));
        const n = exactCount(data, probs, idx, trial);
        if (n > top) { top = n; acceptBy[j] = t; }
      }
    }
  }
  return { global, acceptBy };
}

/** Each intent's own threshold, then a floor under the likeliest intent, on the messages `idx`. */
function tuneBoth(data: Example[], probs: number[][], idx: number[]): { acceptBy: number[]; floor: number | null } {
  const { acceptBy } = tune(data, probs, idx);
  let best: number | null = null, top = exactCount(data, probs, idx, acceptBy);
  for (const floor of FLOORS) {
    if (floor === null || floor >= Math.min(...acceptBy)) continue;
    const n = exactCount(data, probs, idx, acceptBy, floor);
    if (n > top) { top = n; best = floor; }
  }
  return { acceptBy, floor: best };
}

/** Nested figures for per-intent thresholds with a floor. */
function measureBoth(data: Example[], probs: number[][]): Figures {
  const all = data.map((_, i) => i);
  const out: { intents: BuyerIntent[] }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const b = tuneBoth(data, probs, all.filter((i) => foldOf(i) !== f));
    for (const i of all) if (foldOf(i) === f) out[i] = { intents: decide(i, probs[i]!, b.acceptBy, b.floor) };
  }
  return figures(data, out);
}

interface Measured { global: Figures; floored: Figures; perIntent: Figures; threshold: number }

/** Out-of-fold figures at one tuned threshold, and nested figures (tuned on the other folds) for a threshold with a
 * floor and for per-intent thresholds. */
function measure(data: Example[], probs: number[][]): Measured {
  const all = data.map((_, i) => i);
  const { global } = tune(data, probs, all);
  const globalFig = figures(data, probs.map((p, i) => ({ intents: decide(i, p, SIGNAL_INTENTS.map(() => global)) })));
  const nested: { intents: BuyerIntent[] }[] = [];
  const floored: { intents: BuyerIntent[] }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const rest = all.filter((i) => foldOf(i) !== f);
    const { acceptBy } = tune(data, probs, rest);
    const one = tuneOne(data, probs, rest);
    for (const i of all) {
      if (foldOf(i) !== f) continue;
      nested[i] = { intents: decide(i, probs[i]!, acceptBy) };
      floored[i] = { intents: decide(i, probs[i]!, SIGNAL_INTENTS.map(() => one.accept), one.floor) };
    }
  }
  return { global: globalFig, floored: figures(data, floored), perIntent: figures(data, nested), threshold: global };
}

/** Exact set per source (each judged by a model that never saw that source). */
function perSource(data: Sourced[], f: Figures): Record<string, { messages: number; exact: number; hard: number; negation: number | null }> {
  const missed = new Set(f.misses.map((m) => m.id));
  const share = (rows: Sourced[]) => (rows.length === 0 ? null : Math.round((rows.filter((x) => !missed.has(x.id)).length / rows.length) * 1000) / 1000);
  return Object.fromEntries(sources.map((s) => {
    const mine = data.filter((x) => x.source === s);
    return [s, { messages: mine.length, exact: share(mine)!, hard: share(mine.filter((x) => x.hard)) ?? 0, negation: share(mine.filter((x) => x.tags.some((t) => /negation|withdraw/.test(t)))) }];
  }));
}

function gzKb(model: IntentModel): number {
  return Math.round(gzipSync(JSON.stringify(pack(model, WEIGHT_BITS)), { level: 9 }).length / 102.4) / 10;
}

const unclearFor = (accept: number) => Math.round(Math.max(0.03, accept - 0.1) * 100) / 100;

function main(): void {
  const composed = loadCorpus(join(ROOT, 'test/intents/corpus'));
  // INTENT_SKIP: sources left out (comparing settings on data that does not grow between runs).
  const skip = new Set((process.env.INTENT_SKIP ?? '').split(',').filter(Boolean));
  // INTENT_LOAD_PROBS: out-of-fold probabilities saved by an earlier --cv run (INTENT_PROBS), for tuning the decision
  // without refitting; only the messages that run judged.
  const saved = process.env.INTENT_LOAD_PROBS ? JSON.parse(readFileSync(process.env.INTENT_LOAD_PROBS, 'utf8')) as { ids: string[]; probs: number[][]; sentences?: number[][][] } : null;
  const savedAt = new Map(saved?.ids.map((id, i) => [id, i]));
  const data = loadSources(ROOT).filter((x) => !skip.has(x.source) && (!saved || savedAt.has(x.id)));
  assignFolds(data);
  ownTexts = data.map((x) => ownWords(x.text));
  if (process.argv.includes('--cv')) {
    // One setting (the chosen one, or INTENT_CV='[config, fit]'), measured and broken down, nothing written.
    const [c, o] = process.env.INTENT_CV ? JSON.parse(process.env.INTENT_CV) as [FeatureConfig, FitOptions] : [CHOSEN, CHOSEN_FIT];
    const raw = saved ? data.map((x) => saved.probs[savedAt.get(x.id)!]!) : outOfFold(composed, data, c, { ...FIT_DEFAULTS, ...o });
    if (saved) negatedAt = data.map((x) => featurize(ownWords(x.text), c, []).negated);
    if (saved?.sentences) data.forEach((x, i) => { sentenceProbs[i] = saved.sentences![savedAt.get(x.id)!]!; });
    if (process.env.INTENT_PROBS) writeFileSync(process.env.INTENT_PROBS, JSON.stringify({ ids: data.map((x) => x.id), probs: raw, sentences: sentenceProbs }));
    const probs = withSentenceProbs(raw, sentenceLambda);
    if (process.env.INTENT_SENT) {
      for (const lambda of [0.5, 0.7, 0.85, 1]) {
        const comb = probs.map((p, i) => p.map((v, j) => Math.max(v, lambda * Math.max(0, ...(sentenceProbs[i] ?? []).map((q) => q[j]!)))));
        const mm = measure(data, comb);
        process.stdout.write(`sentences x${lambda}: one threshold ${mm.threshold} exact ${mm.global.exact} hard ${mm.global.hard.exact} negation ${mm.global.negation.exact}; floor ${mm.floored.exact}; per intent ${mm.perIntent.exact}\n${breakdown(data, mm.global)}`);
      }
    }
    const m = measure(data, probs);
    const chosen = m.perIntent.exact > m.global.exact && m.perIntent.exact >= m.floored.exact ? m.perIntent : m.floored.exact > m.global.exact ? m.floored : m.global;
    process.stdout.write(`${JSON.stringify(c)} ${JSON.stringify(o)}\none threshold ${m.threshold}: exact ${m.global.exact} hard ${m.global.hard.exact} negation ${m.global.negation.exact}; floor (nested) ${m.floored.exact}; per intent (nested) ${m.perIntent.exact} hard ${m.perIntent.hard.exact} negation ${m.perIntent.negation.exact}\n`);
    process.stdout.write(breakdown(data, chosen));
    process.stdout.write(`sources: ${Object.entries(perSource(data, chosen)).map(([s, x]) => `${s} (${x.messages}) ${x.exact} hard ${x.hard} negation ${x.negation}`).join('; ')}\n`);
    floorPlain = true;
    const plain = measure(data, probs);
    floorPlain = false;
    process.stdout.write(`floor only without negation (nested): exact ${plain.floored.exact} hard ${plain.floored.hard.exact} negation ${plain.floored.negation.exact}\n`);
    const both = measureBoth(data, probs);
    process.stdout.write(`per intent with a floor (nested): exact ${both.exact} hard ${both.hard.exact} negation ${both.negation.exact}\n`);
    const pi = chosen === m.perIntent, fl = chosen === m.floored;
    const table = marginTable(data, probs, nestedParams(data, probs, pi, fl), 0.05);
    process.stdout.write(`unsure by margin: ${table.map((r) => `${r.margin}: ${r.unsure} unsure, confident ${r.confidentExact}`).join('; ')}\n`);
    for (const d of doubtChoices(data, probs, pi, fl, 0.05)) {
      process.stdout.write(`doubt ${describeRule(d)}: nested flagged ${d.nested.flagged}, confident exact ${d.nested.confidentExact}; set-4 ${JSON.stringify(d.nested.perSource['set-4'])}\n  curve ${d.curve.map((p) => `${p.flagged}->${p.confidentExact}`).join(' ')}\n`);
    }
    for (const [unclear, fitTarget, l2] of (process.env.INTENT_EST ? JSON.parse(process.env.INTENT_EST) : [[0.05, DOUBT_TARGET, 0.001], [1, DOUBT_TARGET, 0.001], [1, 0.96, 0.001]]) as [number, number, number][]) {
      const e = estimatorChoice(data, probs, pi, fl, unclear, fitTarget, l2);
      process.stdout.write(`doubt by a learned estimate (unclear ${unclear}, fitted to ${fitTarget}, l2 ${l2}): nested flagged ${e.nested.flagged}, confident exact ${e.nested.confidentExact}; min ${e.estimator.min}\n  ${Object.entries(e.nested.perSource).map(([s, x]) => `${s} ${x.flagged}/${x.confidentExact}`).join(' ')}\n  curve ${e.curve.map((p) => `${p.flagged}->${p.confidentExact}`).join(' ')}\n`);
    }
    for (const [unclear, fitTarget, tied] of (process.env.INTENT_BANDS ? JSON.parse(process.env.INTENT_BANDS) : [[1, DOUBT_TARGET, false]]) as [number, number, boolean | 'language'][]) {
      const mc = marginsChoice(data, probs, pi, fl, unclear, fitTarget, tied);
      process.stdout.write(`doubt per-${tied === 'language' ? 'language' : 'intent'} margins (unclear ${unclear}, fitted to ${fitTarget}${tied === true ? ', tied' : ''}): ${mc.byLanguage ? JSON.stringify(mc.byLanguage) : ''} nested flagged ${mc.nested.flagged}, confident exact ${mc.nested.confidentExact}; above ${mc.margins.above.join(' ')}; below ${mc.margins.below.join(' ')}\n  ${Object.entries(mc.nested.perSource).map(([s, x]) => `${s} ${x.flagged}/${x.confidentExact}`).join(' ')}\n`);
    }
    if (process.env.INTENT_MISSES) {
      const byId = new Map(data.map((x, i) => [x.id, i]));
      writeFileSync(process.env.INTENT_MISSES, chosen.misses.map((x) => {
        const i = byId.get(x.id)!;
        const p: Record<string, number> = {};
        SIGNAL_INTENTS.forEach((n, j) => { if (probs[i]![j]! >= 0.05) p[n] = Math.round(probs[i]![j]! * 100) / 100; });
        return JSON.stringify({ ...x, text: data[i]!.text, tags: data[i]!.tags, p });
      }).join('\n') + '\n');
    }
    return;
  }
  if (process.argv.includes('--grid')) {
    for (const [c, o] of CANDIDATES) {
      const m = measure(data, outOfFold(composed, data, c, o));
      process.stdout.write(`${JSON.stringify(c)} l2 ${o.l2}  one threshold ${m.threshold}: exact ${m.global.exact} hard ${m.global.hard.exact} negation ${m.global.negation.exact}  per intent (nested): exact ${m.perIntent.exact} hard ${m.perIntent.hard.exact} negation ${m.perIntent.negation.exact}  weights ${gzKb(fit(trainingSet(composed, data), c, o))} KB gz\n`);
    }
    return;
  }
  // Saved out-of-fold probabilities (INTENT_LOAD_PROBS, from a --cv run of the chosen settings on the same data) stand
  // in for the refit only when they cover every message: the model itself always trains on all of them.
  if (saved && loadSources(ROOT).filter((x) => !skip.has(x.source)).length !== data.length) throw new Error('INTENT_LOAD_PROBS does not cover the training data');
  const raw = saved ? data.map((x) => saved.probs[savedAt.get(x.id)!]!) : outOfFold(composed, data, CHOSEN, CHOSEN_FIT);
  if (saved) negatedAt = data.map((x) => featurize(ownWords(x.text), CHOSEN, []).negated);
  if (saved?.sentences) data.forEach((x, i) => { sentenceProbs[i] = saved.sentences![savedAt.get(x.id)!]!; });
  if (CHOSEN_SENTENCES && saved && !saved.sentences) throw new Error('INTENT_LOAD_PROBS has no sentence probabilities');
  if (process.env.INTENT_PROBS) writeFileSync(process.env.INTENT_PROBS, JSON.stringify({ ids: data.map((x) => x.id), probs: raw, sentences: sentenceProbs }));
  const probs = withSentenceProbs(raw, CHOSEN_SENTENCES);
  const anyFloor = measure(data, probs);
  floorPlain = true;
  const plainFloor = measure(data, probs);
  // The floor for plain messages only ships when it beats the floor for all out of sample.
  floorPlain = plainFloor.floored.exact > anyFloor.floored.exact;
  const m = floorPlain ? plainFloor : anyFloor;
  const { global, acceptBy } = tune(data, probs, data.map((_, i) => i));
  const model = fit(trainingSet(composed, data), CHOSEN, CHOSEN_FIT);
  // Per-intent thresholds or a floor ship only when they beat one threshold out of sample (nested), not merely in
  // sample.
  const perIntent = m.perIntent.exact > m.global.exact && m.perIntent.exact >= m.floored.exact;
  const useFloor = !perIntent && m.floored.exact > m.global.exact;
  const one = tuneOne(data, probs, data.map((_, i) => i));
  model.accept = useFloor ? one.accept : global;
  if (perIntent) model.acceptBy = acceptBy;
  if (CHOSEN_SENTENCES) model.sentences = CHOSEN_SENTENCES;
  if (useFloor && one.floor !== null) model.floor = one.floor;
  if (useFloor && floorPlain) model.floorPlain = true;
  model.unclear = unclearFor(perIntent ? Math.min(...acceptBy) : global);
  const margins = marginTable(data, probs, nestedParams(data, probs, perIntent, useFloor), model.unclear);
  // Doubt: of the margin and the confidence rules, the one that keeps unflagged readings right DOUBT_TARGET of the
  // time on unseen sources (nested) with the fewest flagged; its cut-off for shipping is chosen on all sources.
  const doubts = doubtChoices(data, probs, perIntent, useFloor, model.unclear);
  const doubt = bestDoubt(doubts);
  // Per-intent bands (decide.ts `margins`): one band an intent for both sides of its threshold (tied) or one a side,
  // fitted on the training sources to the target or a little above it. The older rule for an unheld intent near its
  // threshold is left to the bands (unclear 1: measured, keeping it changed nothing). They ship when they meet the
  // target out of sample (nested) and flag two points fewer than the single rule. Measured with natural-n6 (12
  // sources): the single margin flags 53.3% (unflagged right 95.5%); eight tied bands fitted to 95.5% flag 50.8% but
  // are right 94.8% on unseen sources, fitted to 96% 53.2% (95.3%); sixteen bands fitted to 96.5% 53.4% (95.1%), to
  // 97% 56.6% (95.6%); so the bands' gain in sample is lost out of sample and the single rule ships. A margin per
  // language (one band for each of the 13, on the nearest intent) flagged 52.0% at 94.9%: not adopted either.
  const bands = [true, false].flatMap((tied) => BAND_FITS.map((fitTarget) => ({ unclear: 1, tied, fitTarget, choice: marginsChoice(data, probs, perIntent, useFloor, 1, fitTarget, tied) })));
  const meets = bands.filter((b) => b.choice.nested.confidentExact >= DOUBT_TARGET - 0.005).sort((a, b) => a.choice.nested.flagged - b.choice.nested.flagged)[0];
  const band = meets && meets.choice.nested.flagged <= doubt.nested.flagged - 0.02 ? meets : null;
  // The learned estimate (estimator.ts), with the older rule for an unheld intent near its threshold kept (unclear at
  // the model's) or left to the estimate (unclear 1), fitted to the target or a little above it. It ships when it
  // meets the target out of sample (nested) and flags two points fewer than the rules above.
  const estimates = [model.unclear, 1].flatMap((unclear) => ESTIMATOR_FITS.map((fitTarget) => ({ unclear, fitTarget, choice: estimatorChoice(data, probs, perIntent, useFloor, unclear, fitTarget) })));
  const bestEstimate = estimates.filter((e) => e.choice.nested.confidentExact >= DOUBT_TARGET - 0.005).sort((a, b) => a.choice.nested.flagged - b.choice.nested.flagged)[0];
  const estimate = bestEstimate && bestEstimate.choice.nested.flagged <= Math.min(doubt.nested.flagged, band?.choice.nested.flagged ?? 1) - 0.02 ? bestEstimate : null;
  if (estimate) { model.estimator = estimate.choice.estimator; model.unclear = estimate.unclear; }
  else if (band) { model.margins = band.choice.margins; model.unclear = band.unclear; }
  else if (doubt.rule.kind === 'margin') model.margin = doubt.rule.margin;
  else model.confidence = { tau: doubt.rule.tau, min: doubt.rule.min };
  const packed = pack(model, WEIGHT_BITS);
  writeFileSync(join(ROOT, 'src/rules/intent/weights.generated.ts'),
    '// Generated by scripts/train-intents.ts from test/intents/corpus, test/intents/natural and test/intents/retired: do not edit.\n' +
    "import type { PackedIntentModel } from './intent-model.ts';\n\n" +
    `export const INTENT_MODEL: PackedIntentModel = ${JSON.stringify(packed)};\n`);
  const { misses, ...cv } = m.perIntent;
  const { misses: globalMisses, ...oneThreshold } = useFloor ? m.floored : m.global;
  writeFileSync(join(ROOT, 'test/intents/cv-figures.json'), JSON.stringify({
    note: `cross-validation grouped by source (${FOLDS} sources: ${sources.join(', ')}; each judged by a model trained on the others), ${perIntent ? 'per-intent thresholds' : useFloor ? 'the threshold and floor' : 'the threshold'} tuned on the other sources; every fold also trains on the composed corpus (test/intents/corpus) less its near twins; not the held-aside set`,
    perSource: perSource(data, perIntent ? m.perIntent : useFloor ? m.floored : m.global),
    config: CHOSEN, fit: CHOSEN_FIT, weightBits: WEIGHT_BITS, accept: model.accept, floor: model.floor ?? null,
    acceptBy: perIntent ? Object.fromEntries(SIGNAL_INTENTS.map((i, j) => [i, acceptBy[j]])) : null,
    unclearFrom: model.unclear, margin: model.margin ?? null, confidence: model.confidence ?? null, margins: model.margins ?? null, estimator: model.estimator ?? null,
    doubt: {
      note: `readings not marked unclear must be exactly right ${DOUBT_TARGET} of the time on sources the model never saw; each rule's cut-off chosen on the other sources (nested), the rule with the fewest flagged ships; curve: share flagged against exactness of the rest, pooled out of fold (for the single rules)`,
      chosen: estimate ? describeEstimate(estimate) : band ? describeBands(band) : describeRule(doubt), nested: estimate ? estimate.choice.nested : band ? band.choice.nested : doubt.nested,
      curve: estimate ? estimate.choice.curve : doubt.curve,
      candidates: [
        ...estimates.map((e) => ({ rule: describeEstimate(e), flagged: e.choice.nested.flagged, confidentExact: e.choice.nested.confidentExact, perSource: e.choice.nested.perSource })),
        ...doubts.map((d) => ({ rule: describeRule(d), flagged: d.nested.flagged, confidentExact: d.nested.confidentExact })),
        ...bands.map((b) => ({ rule: describeBands(b), flagged: b.choice.nested.flagged, confidentExact: b.choice.nested.confidentExact, margins: b.choice.margins })),
      ],
    },
    unsureByMargin: margins, ...(perIntent ? cv : oneThreshold), misses: (perIntent ? misses : globalMisses).length,
    perIntentThresholdsNested: { exact: cv.exact, hard: cv.hard, negation: cv.negation },
    oneThresholdWithFloorNested: { exact: anyFloor.floored.exact, hard: anyFloor.floored.hard, negation: anyFloor.floored.negation },
    oneThresholdWithFloorForPlainMessagesNested: { exact: plainFloor.floored.exact, hard: plainFloor.floored.hard, negation: plainFloor.floored.negation },
    oneThresholdNoFloor: { threshold: m.threshold, exact: m.global.exact, hard: m.global.hard, negation: m.global.negation },
  }, null, 2) + '\n');
  process.stdout.write(`cross-validation (grouped by source): one threshold ${m.threshold}: exact ${m.global.exact}, hard ${m.global.hard.exact}, negation ${m.global.negation.exact}; with a floor (nested): exact ${m.floored.exact}, hard ${m.floored.hard.exact}, negation ${m.floored.negation.exact}; per-intent thresholds (nested): exact ${cv.exact}, hard ${cv.hard.exact}, negation ${cv.negation.exact}; weights ${gzKb(model)} KB gz\n`);
  process.stdout.write(`doubt ${estimate ? describeEstimate(estimate) : band ? describeBands(band) : describeRule(doubt)}: nested ${JSON.stringify(estimate ? estimate.choice.nested : band ? band.choice.nested : doubt.nested)}\n`);
  for (const e of estimates) process.stdout.write(`  ${describeEstimate(e)}: flagged ${e.choice.nested.flagged}, confident exact ${e.choice.nested.confidentExact}\n`);
  for (const d of doubts) process.stdout.write(`  ${describeRule(d)}: flagged ${d.nested.flagged}, confident exact ${d.nested.confidentExact}\n`);
  for (const b of bands) process.stdout.write(`  ${describeBands(b)}: flagged ${b.choice.nested.flagged}, confident exact ${b.choice.nested.confidentExact}\n`);
  process.stdout.write(perIntent ? `thresholds: ${SIGNAL_INTENTS.map((i, j) => `${i} ${acceptBy[j]}`).join(', ')}\n` : `one threshold: ${model.accept}, floor ${model.floor ?? 'none'}\n`);
  for (const x of (perIntent ? misses : globalMisses).slice(0, 60)) process.stdout.write(`  ${x.id}: want ${x.expected.join(',')} got ${x.got.join(',')}\n`);
}

main();
