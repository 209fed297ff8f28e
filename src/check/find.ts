// text -> what must not be sent to a buyer (MSG-PROHIBITED, OFF-AMAZON, REVIEW-POLICY), as hits with offsets into
// the text exactly as the seller typed it, before any wording: index.ts words them in every UI language, live.ts in
// the one the reply box needs. Pure: no DOM, no browser API.
import { normalizeView } from './normalize.ts';
import { linkView } from './deobfuscate.ts';
import { findLinks } from './links.ts';
import { findPhones } from './phones.ts';
import { findSpelledPhones } from './spelled-digits.ts';
import { findSpokenEmails } from './spoken-email.ts';
import { runPhrases } from './phrases/build.ts';
import { wordStarts, type WordStarts } from './phrases/prefixes.ts';
import { useSearch, type Search } from './matches.ts';
import { APP_RULES } from './phrases/apps.ts';
import { PAYMENT_RULES } from './phrases/payment.ts';
import { SOCIAL_RULES } from './phrases/social.ts';
import { MARKETING_RULES } from './phrases/marketing.ts';
import { findReviewManipulation } from './phrases/review.ts';
import { findReviewFrames } from './frames/review-frames.ts';
import { findPromotionFrames } from './frames/promotion-frames.ts';
import { findReviewSteering } from './frames/review-steer.ts';
import { findAttachments } from './phrases/attachments.ts';
import { findEmojis } from './emoji.ts';
import { findLearnedSteering } from './review-model/hit.ts';
import type { Finding } from '../model.ts';
import type { Hit } from './hit.ts';
import type { MappedText } from './mapped-text.ts';

const PHRASE_RULES = [...PAYMENT_RULES, ...APP_RULES, ...SOCIAL_RULES, ...MARKETING_RULES];

// Findings about a whole clause ("if you are happy, leave a review") sit around the words that made them; they
// never hide the narrower findings inside them.
const CLAUSE_HINTS = new Set(['review-incentive', 'review-happy-only', 'review-steer']);

/** How the full check finds matches in a long draft (long-draft.ts LONG_DRAFTS). */
export interface LongDrafts<I extends WordStarts> {
  /** The draft's word index; null for a draft too short for one to pay off. */
  index(text: string): I | null;
  search(index: I): Search;
}

/**
 * Every finding of the draft, one per thing found, in the order of the text. With `longDrafts` a long draft's phrase
 * lists are tried where their words start rather than searched for: the same findings, sooner.
 */
export function findHits<I extends WordStarts>(text: string, longDrafts: LongDrafts<I> | null = null): Hit[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const base = normalizeView(text);
  const index = longDrafts?.index(base.text) ?? null;
  if (longDrafts && index) useSearch(longDrafts.search(index));
  const starts = index ?? wordStarts(base.text);
  try {
    return findIn(text, base, starts);
  } finally {
    useSearch(null);
  }
}

function findIn(text: string, base: MappedText, starts: WordStarts): Hit[] {
  const links = linkView(base, starts);
  const review = findReviewManipulation(base, starts);
  const overlapsReview = overlapping(review);
  const frames = [...findReviewFrames(base, starts), ...findReviewSteering(base, starts)].filter((f) => !overlapsReview(f));
  const phrases = runPhrases(base, PHRASE_RULES, starts);
  const overlapsPromotion = overlapping(phrases.filter((h) => h.kind === 'marketing'));
  const promotion = findPromotionFrames(base, starts).filter((f) => !overlapsPromotion(f));
  const hits: Hit[] = [
    ...findLinks(links.view, links.edits, text),
    ...findPhones(base, text),
    ...findSpelledPhones(base, starts),
    ...findSpokenEmails(base),
    ...phrases,
    ...review,
    ...frames,
    ...promotion,
    ...findAttachments(base),
    ...findEmojis(text),
  ];
  return merge([...hits, ...findLearnedSteering(text, base, hits)]);
}

// The frames catch what the phrase lists word differently; where the lists already reported the sentence, once is enough.
function overlapping(others: readonly Hit[]): (h: Hit) => boolean {
  // Sorted by start with the furthest end so far: one binary search per question, so a draft with thousands of
  // findings is not compared all against all.
  const sorted = [...others].sort((x, y) => x.start - y.start);
  const reach = new Int32Array(sorted.length);
  sorted.forEach((o, i) => { reach[i] = Math.max(o.end, i ? reach[i - 1]! : 0); });
  return (h) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < h.end) lo = mid + 1; else hi = mid; }
    return lo > 0 && reach[lo - 1]! > h.start;
  };
}

/** One finding per thing found: a phone number inside a link, or "微信" inside "微信支付", is reported once. */
function merge(hits: Hit[]): Hit[] {
  const sorted = hits.filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Hit[] = [];
  // Only kept hits that reach past where this one starts can hold it or repeat it: the others are let go, so a long
  // text with many findings is not compared all against all.
  let open: Hit[] = [];
  for (const h of sorted) {
    open = open.filter((k) => k.end > h.start);
    // A warning (an emoji) never hides what must be blocked inside it (a phone number in keycap digits).
    const swallowed = open.some((k) => !k.clause && !CLAUSE_HINTS.has(k.hint) && k.start <= h.start && h.end <= k.end &&
      !(k.severity === 'warn' && h.severity === 'block') &&
      (k.kind !== h.kind || k.end - k.start >= h.end - h.start));
    const duplicate = open.some((k) => k.start === h.start && k.end === h.end && k.kind === h.kind);
    if (!swallowed && !duplicate) { kept.push(h); open.push(h); }
  }
  return kept;
}

/** A hit as the finding the seller sees, worded by the caller: the hint in one language, the reason in all (the full
 *  check only) and the fix for the draft's language. */
export function findingOf(text: string, h: Hit, hint: string, fix: NonNullable<Finding['fix']>, reasonText?: Finding['reasonText']): Finding {
  return {
    kind: h.kind, text: text.slice(h.start, h.end), start: h.start, end: h.end, severity: h.severity, rule: h.rule,
    hint, reason: h.hint, ...(reasonText ? { reasonText } : {}), fix,
  };
}
