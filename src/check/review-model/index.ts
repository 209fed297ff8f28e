// How strongly a seller's draft steers a buyer's review (REVIEW-POLICY: a reward for it, asking only happy buyers, a
// change or removal, "contact us first", praise dictated, a review put off), read by a small learned model over the
// sentences that name a review or rating. Pure. A draft with no review word scores 0. check() asks it where the
// frames found nothing (hit.ts); the trainer (scripts/train-review-model.ts) records what it gains and costs.
import { reviewWindows, windowFeatures, type SentenceMemo } from './features.ts';
import { unpack, windowProbability, type ReviewModel } from './model.ts';
import { REVIEW_MODEL } from './weights.generated.ts';
import type { MappedText } from '../mapped-text.ts';

export interface ReviewSteer {
  /** The likeliest window's probability, 0..1 (0: no sentence names a review). */
  score: number;
  /** That window's review sentence, offsets into `text`; null when nothing was scored. */
  span: { start: number; end: number; text: string } | null;
  /** score at or above the model's threshold. */
  steers: boolean;
}

let shipped: ReviewModel | null = null;
const model = () => (shipped ??= unpack(REVIEW_MODEL));

/** `view`: the draft already normalized (normalize.ts), when the caller has it. */
export function reviewSteerScore(text: string, m: ReviewModel = model(), view?: MappedText): ReviewSteer {
  let best: ReviewSteer = { score: 0, span: null, steers: false };
  const memo: SentenceMemo = new Map();
  for (const w of reviewWindows(text, view)) {
    const p = windowProbability(m, windowFeatures(w, m.config, memo));
    if (p > best.score) best = { score: p, span: { start: w.start, end: w.end, text: text.slice(w.start, w.end) }, steers: p >= m.threshold };
  }
  return best;
}
