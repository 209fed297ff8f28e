// What the review model reads in a seller's draft: only the sentences that name a review or a rating (the review
// lexicon's REVIEWISH and REVIEW_ON_AMAZON, the words the review frames start from), each with the sentence before and
// after it as context. A draft with no review word has no window and is never scored. Each window becomes hashed
// features: the intent model's word and character n-grams (src/rules/intent/features.ts) of the review sentence, the
// same of its context in a space of their own, and which of the review lexicon's parts of meaning (something given,
// change it, only if satisfied, talk to us first, wait ...) stand in the sentence and in the context, alone and in
// pairs, so a new wording of a known meaning in any of the 13 languages still shares features with the old.
import { featurize, hashOf, type FeatureConfig } from '../../rules/intent/features.ts';
import { normalizeView } from '../normalize.ts';
import type { MappedText } from '../mapped-text.ts';
import {
  ADD_TO, ALIKE, ALREADY_GIVEN, ARRIVES, ASK, CHANGE_IT, CHANGED_BY_BUYER, CONDITION, CONTACT_US, DEFER, DICTATED,
  DICTATED_CONTENT, FIRST, FOR_NOW, GIFTED, GIVEN, LEFT_TO_BUYER, MENTIONED_PRAISE, NO_REVIEW, NOT_ASKED, ONLY,
  POSITIVE_TONE, PROMO_GIVEN, REQUEST, REVIEW_ON_AMAZON, REVIEWISH, SATISFIED, SELECTED, STANDING, TIED, WAIT,
} from '../frames/review-lexicon.ts';

export interface ReviewModelConfig extends FeatureConfig {
  /** The sentences before and after the review sentence, as features of their own. */
  context: boolean;
  /** The review lexicon's parts of meaning as features (one each, and each pair in the review sentence). */
  parts: boolean;
}

/** A review sentence with its neighbours; offsets into the text as typed. */
export interface ReviewWindow { start: number; end: number; sentence: string; before: string | null; after: string | null }

export interface WindowFeatures { index: number[]; value: number[] }

const PARTS: readonly (readonly [string, RegExp])[] = Object.entries({
  ADD_TO, ALIKE, ALREADY_GIVEN, ARRIVES, ASK, CHANGE_IT, CHANGED_BY_BUYER, CONDITION, CONTACT_US, DEFER, DICTATED,
  DICTATED_CONTENT, FIRST, FOR_NOW, GIFTED, GIVEN, LEFT_TO_BUYER, MENTIONED_PRAISE, NO_REVIEW, NOT_ASKED, ONLY,
  POSITIVE_TONE, PROMO_GIVEN, REQUEST, SATISFIED, SELECTED, STANDING, TIED, WAIT,
});

// A sentence ends at . ! ? (and their CJK and Arabic forms) or a line break.
const SENTENCE = /[^.!?。！？؟\n]+(?:[.!?。！？؟…]+["'”’»」』)]*|(?=\n)|$)/gu;
const AMAZON = /amazon/i;

interface Range { start: number; end: number }

function sentencesOf(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0];
    const lead = s.length - s.trimStart().length;
    const body = s.trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** Where REVIEWISH (or, in a draft naming Amazon, REVIEW_ON_AMAZON) matches in `t`. */
// (Not narrowed to the draft's words as the frames narrow them, phrases/build.ts: a narrowed expression is compiled
// anew for each new set of words, which here costs more than it saves.)
function reviewHits(t: string): number[] {
  const at: number[] = [];
  for (const m of t.matchAll(REVIEWISH)) at.push(m.index);
  if (AMAZON.test(t)) for (const m of t.matchAll(REVIEW_ON_AMAZON)) at.push(m.index);
  return at;
}

/** The windows of a draft: one per sentence that names a review, in order. */
export function reviewWindows(text: string, view: MappedText = normalizeView(text)): ReviewWindow[] {
  const t = view.text;
  const hits = reviewHits(t);
  if (hits.length === 0) return [];
  const sentences = sentencesOf(t);
  const chosen = new Set<number>();
  let i = 0;
  for (const h of hits.sort((a, b) => a - b)) {
    while (i < sentences.length && sentences[i]!.end <= h) i++;
    if (i < sentences.length && h >= sentences[i]!.start) chosen.add(i);
  }
  const original = (r: Range) => ({ start: view.from[r.start] ?? 0, end: view.to[r.end - 1] ?? text.length });
  return [...chosen].sort((a, b) => a - b).map((i) => {
    const s = sentences[i]!;
    const text = (r: Range | undefined) => (r ? t.slice(r.start, r.end) : null);
    return { ...original(s), sentence: t.slice(s.start, s.end), before: text(sentences[i - 1]), after: text(sentences[i + 1]) };
  });
}

// The context's n-grams live in the same hashed space, moved by a fixed odd multiplier so they seldom meet the
// sentence's own.
const moved = (i: number, bits: number) => (Math.imul(i, 0x9e3779b1) + 0x7f4a7c15) >>> (32 - bits);

/** What one sentence gives, whichever window it stands in. */
interface SentenceFeatures { index: number[]; value: number[]; parts: string[] }

/** Sentences already read in this draft (a sentence is the context of its neighbours' windows too). */
export type SentenceMemo = Map<string, SentenceFeatures>;

function sentenceFeatures(s: string, cfg: ReviewModelConfig, memo: SentenceMemo): SentenceFeatures {
  let out = memo.get(s);
  if (!out) {
    const fs = featurize(s, cfg, []).features;
    out = { index: fs.map((f) => f.index), value: fs.map((f) => f.value ?? 1), parts: cfg.parts ? PARTS.filter(([, re]) => s.search(re) >= 0).map(([name]) => name) : [] };
    memo.set(s, out);
  }
  return out;
}

/** The hashed features of one window (`value`: what each counts). `memo`: one per draft. */
export function windowFeatures(w: ReviewWindow, cfg: ReviewModelConfig, memo: SentenceMemo = new Map()): WindowFeatures {
  const own = sentenceFeatures(w.sentence, cfg, memo);
  const index = [...own.index], value = [...own.value];
  const add = (i: number, v: number) => { index.push(i); value.push(v); };
  const context = cfg.context ? [w.before, w.after].filter((x): x is string => x !== null).map((x) => sentenceFeatures(x, cfg, memo)) : [];
  for (const c of context) for (let n = 0; n < c.index.length; n++) add(moved(c.index[n]!, cfg.bits), 0.5 * c.value[n]!);
  if (cfg.parts) {
    const inSentence = own.parts;
    for (const p of inSentence) add(hashOf(`x|${p}`, cfg.bits), 1);
    for (let a = 0; a < inSentence.length; a++) for (let b = a + 1; b < inSentence.length; b++) add(hashOf(`xx|${inSentence[a]}_${inSentence[b]}`, cfg.bits), 1);
    for (const p of new Set(context.flatMap((c) => c.parts))) add(hashOf(`y|${p}`, cfg.bits), 1);
  }
  return { index, value };
}
