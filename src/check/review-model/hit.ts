// The review model's reading as a finding: a sentence the model is sure steers the buyer's review, where no frame or
// phrase list found anything of review manipulation. The frames stay first (they name the reason: a reward, a change,
// only happy buyers); the model catches the wordings nobody wrote a frame for, measured on sets written blind before
// each round (scripts/train-review-model.ts): recall 83.6% -> 95.7% pooled, no clean draft flagged.
// The model also scores high a review only told of ("we read your review and passed it on", "the reviewer said it runs
// small, here is the size chart"): its sentence must hold something said TO the buyer about their review — an ask, a
// condition, a change, a wait, something given, "only", words to use — in the review lexicon's own terms.
import type { Hit } from '../hit.ts';
import {
  ADD_TO, ASK, CHANGE_IT, CONDITION, CONTACT_US, DEFER, DICTATED, FIRST, FOR_NOW, GIFTED, GIVEN, MENTIONED_PRAISE, ONLY,
  PROMO_GIVEN, REQUEST, SATISFIED, WAIT,
} from '../frames/review-lexicon.ts';
import { reviewSteerScore } from './index.ts';
import type { MappedText } from '../mapped-text.ts';

const SAID_TO_BUYER: readonly RegExp[] = [ADD_TO, ASK, CHANGE_IT, CONDITION, CONTACT_US, DEFER, DICTATED, FIRST, FOR_NOW,
  GIFTED, GIVEN, MENTIONED_PRAISE, ONLY, PROMO_GIVEN, REQUEST, SATISFIED, WAIT];

function saidToBuyer(sentence: string): boolean {
  return SAID_TO_BUYER.some((re) => { re.lastIndex = 0; return re.test(sentence); });
}

/** `view`: the draft as find.ts normalized it, so it is not normalized a second time. */
export function findLearnedSteering(text: string, view: MappedText, found: readonly Hit[]): Hit[] {
  if (found.some((h) => h.kind === 'review-manipulation')) return [];
  const r = reviewSteerScore(text, undefined, view);
  if (!r.steers || !r.span || !saidToBuyer(r.span.text)) return [];
  return [{ start: r.span.start, end: r.span.end, kind: 'review-manipulation', rule: 'REVIEW-POLICY', hint: 'review-steer', severity: 'block', clause: true }];
}
