// Review manipulation found by meaning: the parts of a forbidden request meeting in one sentence (or, for "not
// happy? talk to us first", in a few neighbouring ones), whatever words carry them. A review or rating with
//   - something given and a tie to it ("every reviewer gets a gift card")           -> review-incentive
//   - a change, rewrite or removal ("could you revise what you wrote in your review") -> review-change
//   - only if satisfied ("rate us only when you are fully happy")                    -> review-happy-only
//   - talk to us first / before ("before you share your thoughts, drop us a line")   -> review-happy-only
// unless the sentence refuses it or quotes the rule ("Amazon does not allow us to offer refunds for a review"), a
// thing given is already done ("the refund has been issued"), or the request is for every buyer alike.
import type { MappedText } from '../mapped-text.ts';
import type { Hit } from '../hit.ts';
import type { HintKey } from '../hints.ts';
import { narrowed, refused } from '../phrases/build.ts';
import { ANY_WORD_STARTS, type WordStarts } from '../phrases/prefixes.ts';
import { DONE, ON_LISTING, THANKS, askedThenRefused, isReviewVerb, notAskedNear } from '../phrases/review.ts';
import { matches } from '../matches.ts';
import { changedByBuyer } from './changed-by-buyer.ts';
import { usedAtCheckout } from './used-coupon.ts';
import { ADD_TO, ALIKE, ALREADY_GIVEN, ARRIVES, ASK, DEFER, DICTATED, DICTATED_CONTENT, LATER, LEFT_TO_BUYER, NO_REVIEW, NOT_NOW, ONLY_AFTER, POSTPONE, UNTIL, CHANGE_IT, CONDITION, CONTACT_US, FIRST, FOR_NOW, GIFTED, GIVEN, MENTIONED_PRAISE, ONLY, POSITIVE_TONE, PROMO_GIVEN, REQUEST, REVIEW_ON_AMAZON, REVIEWISH, SATISFIED, SELECTED, STANDING, THEN, TIED, WAIT } from './review-lexicon.ts';
import { refusedInSentence, turns, sentenceAfter, sentenceAt, sentenceBefore, trimmed, type Range } from './sentences.ts';

type Spans = Range[];

function spans(re: RegExp | null, text: string): Spans {
  const out: Spans = [];
  if (!re) return out;
  for (const m of matches(re, text)) if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// "positiv oder kritisch", "positif ou négatif", "olumlu ya da olumsuz": either tone, asked of every buyer alike.
const OR_AFTER = /^\s*,?\s*(?:or|oder|ou|o|of|lub|albo|czy|eller|veya|ya\s+da|yoksa|أو|或|还是)(?![\p{L}])/iu;
const OR_BEFORE = /(?:^|[^\p{L}])(?:or|oder|ou|o|of|lub|albo|czy|eller|veya|ya\s+da|أو|或|还是)\s*$/iu;

/** The spans of a sorted list that start inside r (binary search: each sentence pays for its own cues only). */
function within(list: Spans, r: Range): Spans {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.start < r.start) lo = mid + 1; else hi = mid; }
  const out: Spans = [];
  for (let i = lo; i < list.length && list[i]!.start < r.end; i++) out.push(list[i]!);
  return out;
}

/** True when a span of `list` (sorted, apart from each other) holds r. */
function heldBy(list: Spans, r: Range): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.start <= r.start) lo = mid + 1; else hi = mid; }
  return lo > 0 && r.end <= list[lo - 1]!.end;
}

/** The stretches any cue is asked about: each review's sentence, the three before it and the one after, merged. */
function regions(text: string, reviews: Spans): Spans {
  const out: Spans = [];
  for (const r of reviews) {
    let s = sentenceAt(text, r.start);
    const end = (sentenceAfter(text, s) ?? s).end;
    for (let k = 0; k < 3; k++) { const b = sentenceBefore(text, s); if (!b) break; s = b; }
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, end); else out.push({ start: s.start, end });
  }
  return out;
}

// Each stretch is searched with this much of the draft on either side, so that what a match looks at around it
// is there; a match found is then tried on the whole draft at its place (the same match, or none).
const MARGIN = 400;
const anchored = new WeakMap<RegExp, RegExp>();

/** The spans of `re` that start inside the regions: the same as spans(re, text) there. */
function spansWithin(re: RegExp | null, text: string, within: Spans, before = MARGIN, after = MARGIN): Spans {
  const out: Spans = [];
  if (!re) return out;
  if (within.length === 1 && within[0]!.start === 0 && within[0]!.end === text.length) return spans(re, text);
  let at = anchored.get(re);
  if (!at) { at = new RegExp(re.source, re.flags.replace('g', '') + 'y'); anchored.set(re, at); }
  for (const g of within) {
    const from = Math.max(0, g.start - before);
    const part = text.slice(from, Math.min(text.length, g.end + after));
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const start = from + m.index;
      if (start >= g.end) break;
      if (start < g.start) continue;
      at.lastIndex = start;
      const whole = at.exec(text);
      if (whole && whole[0].length) out.push({ start, end: start + whole[0].length });
    }
    re.lastIndex = 0;
  }
  at.lastIndex = 0;
  return out;
}

// Every way of telling others on Amazon (REVIEW_ON_AMAZON) names Amazon, a few words after where it starts ("tell us
// on Amazon how it went", "due righe su Amazon") or right there ("su Amazon raccontare"): it is looked for only in the
// stretch before each "amazon" of the draft, not over all of a long one.
const AMAZON_ALL = /amazon/gi;
const TOLD_BEFORE = 600;
// and what a match goes on with after "amazon" ("auf Amazon kurz erzählen", "Amazon'da iki satır")
const TOLD_AFTER = 400;

function beforeAmazon(text: string): Spans {
  const out: Spans = [];
  for (const m of matches(AMAZON_ALL, text)) {
    const r = { start: Math.max(0, m.index - TOLD_BEFORE), end: m.index + 1 };
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = r.end; else out.push(r);
  }
  return out;
}

const AMAZON_ACTS = /amazon|アマゾン|亚马逊|亞馬遜|أمازون|امازون/iu;
// A condition carried by a suffix, after what it conditions: "memnun kaldıysanız".
const SUFFIX_CONDITION = /(?:san[iı]z|seniz)$/iu;
const AMAZON = /amazon/i;
const NOTE = /(?:^|\s)not[ae]s?$|^not[ae]s?$/iu;
// The seller's own feedback may be mentioned once after a resolution (phrases/review.ts warns about it).
const SELLER_FEEDBACK = /^(?:feedback|verkäuferbewertung)$/i;
// "First of all", "first, ...": the order of the writer's points, not "talk to us first".
const ORDER_OF_POINTS = /^\s*(?:,|of\s+all|von\s+allem|de\s+tout|de\s+todo|di\s+tutto|de\s+tudo|van\s+alles|of\s+all|av\s+allt|przede\s+wszystkim)/iu;

// What stands in for the review named just before: a pronoun before the verb ("que la elimine", "l'enlever", "ją
// usunąć", "onu kaldırın"), after it ("delete it", "ta bort det", "haal hem weg", "تحذفه") or glued to it
// ("bórrela", "apague-a"); in Japanese and Chinese, no object at all ("消していただけますか", "麻烦删掉").
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:la|lo|las|los|le|l['’]|a|o|ją|je|go|onu|bunu|şunu)\s*$/iu;
const PRONOUN_AFTER = /^(?:-(?:la|lo|las|los|a|o|le)|\s+(?:it|them|that(?:\s+one)?|this(?:\s+one)?|sie|es|hem|het|die|deze|den|det|ją|onu)|ه|ها|هم)(?![\p{L}])/iu;
const PRONOUN_INSIDE = /\s(?:it|that|this|sie|es|hem|het|die|den|det)\s|(?<=\p{L}{3})(?:la|lo|las|los)$/iu;
const KANA = /[\u3040-\u30ff]/u;
const JA_OBJECT = /を/u;
const JA_PRONOUN_OBJECT = /(?:それ|これ|あれ|こちら|そちら|あちら)を/u;
const ZH_NO_OBJECT = /^[掉除了一下]*(?:吧|吗|呢|啊|哦|好吗|[。！？，,!?～~]|$)/u;

// No object at all after a Latin verb of change ("Se puder apagar, ficamos gratos", "dá pra você atualizar lá?"): the
// thing changed is the one named before.
const NO_OBJECT_AFTER = /^(?:\s+(?:now|agora|ahora|maintenant|jetzt|nu|teraz|şimdi|ora|adesso|lá|ahí|là|please|por\s+favor|bitte|gerne|gärna|lütfen|då|dan))*\s*(?:[,.!?;:？！]|$)/iu;

function refersBack(text: string, a: Range, c: Range): boolean {
  const before = text.slice(Math.max(a.start, c.start - 14), c.start);
  if (/\p{Script=Latin}$/u.test(text.slice(c.start, c.end)) && NO_OBJECT_AFTER.test(text.slice(c.end, c.end + 24))) return true;
  const cueText = text.slice(c.start, c.end);
  if (PRONOUN_BEFORE.test(before) || PRONOUN_AFTER.test(text.slice(c.end, c.end + 14)) || PRONOUN_INSIDE.test(cueText)) return true;
  const sentence = text.slice(a.start, a.end);
  if (KANA.test(sentence)) {
    const lead = text.slice(a.start, c.start);
    return !JA_OBJECT.test(lead) || JA_PRONOUN_OBJECT.test(lead);
  }
  if (/\p{Script=Han}/u.test(cueText)) return ZH_NO_OBJECT.test(text.slice(c.end, c.end + 4)) && !/把(?!它|那条|这条|那个|这个)/u.test(text.slice(a.start, c.start));
  return false;
}

export function findReviewFrames(view: MappedText, starts: WordStarts = ANY_WORD_STARTS): Hit[] {
  const text = view.text;
  const thanks = spans(narrowed(THANKS, starts), text);
  const named = spans(narrowed(REVIEWISH, starts), text);
  if (AMAZON.test(text)) { named.push(...spansWithin(narrowed(REVIEW_ON_AMAZON, starts), text, beforeAmazon(text), 16, TOLD_AFTER)); named.sort((x, y) => x.start - y.start); }
  // thanks come in text order, apart from each other: only the last that starts at or before a review can hold it
  const reviews = named.filter((r) => !isReviewVerb(text, r.start, text.slice(r.start, r.end)) && !heldBy(thanks, r));
  if (!reviews.length) return [];
  // The cues are asked about in the sentences around a review only: those are searched, not the whole draft.
  const around = regions(text, reviews);
  const cue = (re: RegExp) => spansWithin(narrowed(re, starts), text, around);
  const given = cue(GIVEN);
  const tied = cue(TIED);
  const change = cue(CHANGE_IT);
  const satisfied = cue(SATISFIED);
  const only = cue(ONLY);
  const condition = cue(CONDITION);
  const alike = cue(ALIKE);
  const contact = cue(CONTACT_US);
  const first = cue(FIRST).filter((f) => !ORDER_OF_POINTS.test(text.slice(f.end, f.end + 12)));
  // The cues only some sentences ask about are found the first time one does: most drafts never need them.
  const lazy = (re: RegExp) => { let found: Spans | null = null; return (): Spans => (found ??= cue(re)); };
  const selected = lazy(SELECTED);
  const tone = lazy(POSITIVE_TONE);
  const praised = lazy(MENTIONED_PRAISE);
  const ask = lazy(ASK);
  const promo = lazy(PROMO_GIVEN);
  const adding = lazy(ADD_TO);
  const gifted = lazy(GIFTED);
  const wait = lazy(WAIT);
  const forNow = lazy(FOR_NOW);
  const request = lazy(REQUEST);
  const standing = lazy(STANDING);
  const dictated = lazy(DICTATED_CONTENT);
  const defer = lazy(DEFER);
  const arrives = lazy(ARRIVES);
  const noReview = lazy(NO_REVIEW);
  const leftToBuyer = lazy(LEFT_TO_BUYER);
  const postpone = lazy(POSTPONE);
  const notNow = lazy(NOT_NOW);
  const later = lazy(LATER);
  /** A present handed over in this sentence or the one before or after: "Im Paket liegt ein Gutschein. Über eine Bewertung freuen wir uns!" */
  const giftBeside = (s: Range): boolean => [s, sentenceBefore(text, s), sentenceAfter(text, s)].some((x) => x !== null &&
    within(gifted(), x).some((g) => !refused(text, g.start, g.end) && !refusedInSentence(text, x, g.start, g.end)));

  /** The review is the condition of what is given: "if the review says something nice, a gift is on its way". */
  const conditionOnReview = (s: Range): boolean => {
    const g = within(given, s)[0];
    if (!g) return false;
    return within(condition, s).some((c) => c.start < g.start && within(reviews, s).some((r) => c.start < r.start && r.start < g.start));
  };
  /** A condition on the buyer's mood, right before it: "if you are happy with", "beğendiyseniz", "när du är nöjd". */
  const happyIf = (s: Range): boolean => within(condition, s).some((c) => within(satisfied, s).some((x) =>
    ((x.start >= c.start && x.start - c.end <= 24 && !turns(text.slice(c.end, x.start))) ||
      // Turkish puts the condition last: "memnun kaldıysanız"
      (x.end <= c.start && c.start - x.end <= 2 && SUFFIX_CONDITION.test(text.slice(c.start, c.end)))) &&
    !refusedInSentence(text, s, x.start, x.end)));
  /** The sentence before asks whether the buyer is happy and this one answers it: "Zufrieden? Dann ...". */
  const happyAsked = (s: Range): boolean => {
    if (!THEN.test(text.slice(s.start, s.start + 24))) return false;
    const q = sentenceBefore(text, s);
    if (!q || !/[?？؟]\s*$/.test(text.slice(q.start, s.start))) return false;
    return within(satisfied, q).some((x) => !refused(text, x.start, x.end) && !refusedInSentence(text, q, x.start, x.end)) && !within(alike, q).length;
  };
  const eitherTone = (c: Range): boolean => OR_AFTER.test(text.slice(c.end, c.end + 12)) || OR_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start));
  /** Only the happy ones picked out, in this sentence or (after the review asked for) the next one. */
  const pickedOut = (s: Range | null): boolean => {
    if (!s) return false;
    const only1 = within(only, s).filter((c) => !refused(text, c.start, c.end) && !refusedInSentence(text, s, c.start, c.end));
    return only1.length > 0 && within(satisfied, s).length > 0 && (within(condition, s).length > 0 || within(selected(), s).length > 0) &&
      !within(alike, s).length;
  };
  /** The review put off, asked of the buyer (REVIEW-POLICY: its timing steered, as "contact us before you review" is):
   *  put off outright ("postpone", "deixa pra depois", "先别"), only after something ("dopiero po", "erst wenn"), waited
   *  for with a later time or a "not now" ("wait till after the holidays", "vänta tills", "şimdilik bekleyin"), or a
   *  later time named with "not now" here or in the next sentence ("dopo le feste. Adesso sarebbe presto", "てから…
   *  それまでは投稿をお控え"). A request that only says when a review helps most ("once you have used it, a review helps
   *  other buyers") holds nothing back and is not one; nor is the timing left to the buyer ("whenever you like"). */
  const hasIn = (list: Spans, r: Range) => within(list, r).length > 0;
  const putOff = (s: Range, here: Spans, near: (c: Range) => boolean): boolean => {
    if (hasIn(alike, s)) return false;
    const next = sentenceAfter(text, s);
    // Only once a cue of a review put off is in this sentence or the next are the other lists looked for (most review
    // sentences have none; the lists are found around the reviews once, through the draft's word index).
    const cueIn = (list: Spans) => hasIn(list, s) || (next !== null && hasIn(list, next));
    const onlyAfter = within(defer(), s).filter((c) => ONLY_AFTER.test(text.slice(c.start, c.end)) || text.startsWith('てからに', c.start));
    if (!cueIn(postpone()) && !onlyAfter.length && !cueIn(notNow()) && !hasIn(wait(), s)) return false;
    if (hasIn(leftToBuyer(), s)) return false;
    // a wider reach than a change's: the wait often comes at the end of the sentence ("Yorumu ... , şimdilik biraz bekleyin")
    const reach = (c: Range) => near(c) || here.some((x) => {
      const gap = x.end <= c.start ? text.slice(x.end, c.start) : c.end <= x.start ? text.slice(c.end, x.start) : '';
      return gap.length <= 120 && !turns(gap);
    });
    // (not Amazon's own process told: "Amazon publishes reviews only after checking them")
    const byAmazon = (c: Range) => AMAZON_ACTS.test(text.slice(s.start, c.start)) && !hasIn(ask(), s);
    const asked = (c: Range) => !notAskedNear(text, s, c.start, c.end) && !byAmazon(c);
    const freeIn = (list: Spans, r: Range) => within(list, r).filter((c) => !refused(text, c.start, c.end) && !refusedInSentence(text, r, c.start, c.end));
    if (freeIn(postpone(), s).some((c) => reach(c) && asked(c)) || onlyAfter.some((c) => !refused(text, c.start, c.end) && !refusedInSentence(text, s, c.start, c.end) && near(c) && asked(c))) return true;
    const inNext = (list: Spans) => next !== null && !hasIn(leftToBuyer(), next) && within(list, next).length > 0;
    const notNowHere = within(notNow(), s).some((c) => reach(c) && asked(c));
    const restraint = notNowHere || inNext(notNow());
    if (freeIn(wait(), s).some((c) => reach(c) && asked(c)) && (hasIn(later(), s) || restraint)) return true;
    // "please don't rate it just yet", "non valutare ancora": not now, asked
    if (notNowHere && (hasIn(ask(), s) || hasIn(later(), s) || /[?？؟]/.test(text.charAt(s.end)))) return true;
    // the later time with the review, the restraint in the next sentence ("Adesso sarebbe presto", "それまでは…お控え")
    return hasIn(later(), s) && next !== null && (inNext(notNow()) || inNext(postpone()) || inNext(wait()));
  };
  const givenAfterQuestion = (s: Range): boolean => {
    if (!/[?？]/.test(text.charAt(s.end))) return false;
    const next = sentenceAfter(text, s);
    if (!next || !THEN.test(text.slice(next.start, next.start + 24)) || hasIn(alike, next)) return false;
    const sentence = text.slice(next.start, next.end);
    if ([DONE, ALREADY_GIVEN].some((re) => { re.lastIndex = 0; const d = re.test(sentence); re.lastIndex = 0; return d; })) return false;
    return within(given, next).some((g) => !refused(text, g.start, g.end) && !refusedInSentence(text, next, g.start, g.end));
  };
  const found: { range: Range; hint: HintKey }[] = [];
  let last = -1;
  for (const r of reviews) {
    if (r.start < last) continue;
    const s = sentenceAt(text, r.start);
    last = s.end;
    const here = within(reviews, s);
    // seller feedback may be asked about once after a resolution, but never paid for
    const sellerOnly = here.every((x) => SELLER_FEEDBACK.test(text.slice(x.start, x.end))) && !ON_LISTING.test(text.slice(s.start, s.end));
    const free = (list: Spans) => within(list, s).filter((c) => !refused(text, c.start, c.end) && !refusedInSentence(text, s, c.start, c.end) &&
      !here.some((x) => x.start <= c.start && c.end <= x.end));
    const has = (list: Spans) => within(list, s).length > 0;
    const sentence = text.slice(s.start, s.end);
    // "A gift is on its way" is news, unless the review itself is the condition ("if the review says something nice").
    const conditional = conditionOnReview(s);
    // (a coupon already applied at Amazon's checkout is part of the order: "O cupom de 10% já foi aplicado no checkout")
    const done = !conditional && ([DONE, ALREADY_GIVEN].some((re) => { re.lastIndex = 0; const d = re.test(sentence); re.lastIndex = 0; return d; }) ||
      usedAtCheckout(text, s.start));
    // A change is asked of the review when the two stand close, on the same side of any "but": "we cannot give a
    // discount for a review, but we will gladly replace the lid" changes nothing.
    // (a change with no object of its own, "dá pra você atualizar lá?", reaches back further to the review before it)
    const near = (c: Range) => here.some((x) => {
      const gap = x.end <= c.start ? text.slice(x.end, c.start) : c.end <= x.start ? text.slice(c.end, x.start) : '';
      const limit = x.end <= c.start && /\p{Script=Latin}$/u.test(text.slice(c.start, c.end)) && NO_OBJECT_AFTER.test(text.slice(c.end, c.end + 24)) ? 120 : 60;
      return gap.length <= limit && !turns(gap);
    });
    // "note" and "nota" are also a note on a return: adding to one is no change to a review
    const nearNamed = (c: Range) => here.some((x) => !NOTE.test(text.slice(x.start, x.end)) &&
      (x.end <= c.start ? c.start - x.end : c.end <= x.start ? x.start - c.end : 0) <= 60 &&
      !turns(x.end <= c.start ? text.slice(x.end, c.start) : c.end <= x.start ? text.slice(c.end, x.start) : ''));
    let hint: HintKey | null = null;
    // (not the buyer's question told back and answered no: "سألتنا إن كانت هناك هدية مقابل تقييم: قواعد أمازون لا تسمح بذلك")
    if ((free(given).some((g) => !askedThenRefused(text, g.start)) || within(given, s).some((g) => UNTIL.test(text.slice(g.end, g.end + 40)))) && has(tied) && !done) hint = 'review-incentive';
    // "Use code THANKS10 on your next order, and leave us a review too": a code handed over with the ask
    else if (free(promo()).length && has(ask()) && !done && !has(alike)) hint = 'review-incentive';
    // "Laat u een review achter met foto? Dan sturen we u gratis ...": the review asked as a question, what is given
    // the answer to it
    else if (givenAfterQuestion(s)) hint = 'review-incentive';
    else if (sellerOnly) hint = null;
    // (not the buyer's own change told back: "you already removed your review yourself")
    // (not a change left to the buyer or said not to be needed: "whether you change it is your decision")
    else if (free(change).some((c) => near(c) && !changedByBuyer(text, c.start, c.end) && !notAskedNear(text, s, c.start, c.end))) hint = 'review-change';
    else if (free(adding()).some(nearNamed)) hint = 'review-change';
    // "only if satisfied", "we only ask the customers who loved it": the happy ones picked out
    // (or in the sentence before: "Este mensaje solo lo mandamos a los clientes contentos. ¿Nos dejas unas palabritas?")
    else if (pickedOut(s) || pickedOut(sentenceAfter(text, s)) || pickedOut(sentenceBefore(text, s))) hint = 'review-happy-only';
    // "Reviews like 'works great, fast support' help us — feel free to borrow that wording": the words handed over
    else if (DICTATED.test(sentence) && has(ask())) hint = 'review-positive';
    // "if you liked it, two lines on Amazon would make our day": the condition stands on the buyer's mood
    else if (happyIf(s) && !has(alike)) hint = 'review-happy-only';
    // "only good things, please", "una recensione entusiasta ci aiuterebbe": the praise is asked for
    else if ([...within(tone(), s), ...within(praised(), s)].some((c) => !refused(text, c.start, c.end) && !refusedInSentence(text, s, c.start, c.end) && !eitherTone(c)) &&
      (has(ask()) || /[?？]/.test(text.charAt(s.end))) && !has(alike)) hint = 'review-positive';
    else if (has(contact) && has(first) && free(contact).length) hint = 'review-happy-only';
    // "if you write a review, mention that it is hand-stitched", "skriv gärna i recensionen att ...": what the review
    // should say is handed over, whatever the praise is
    // (a negation after the cue is the praise itself, "o tecido que não amassa", "el cromado no se raya": only one
    // before it refuses)
    else if (within(dictated(), s).some((c) => !here.some((x) => x.start <= c.start && c.end <= x.end) &&
      !refused(text.slice(0, c.end), c.start, c.end) && !refusedInSentence(text, { start: s.start, end: c.end }, c.start, c.end)) &&
      (has(ask()) || has(condition)) && !has(alike)) hint = 'review-positive';
    // "skip the review and write to us", "lassen Sie die Bewertung weg und schreiben Sie uns": the unhappy buyer turned
    // from the review to the seller
    // (the cue is a negation itself, so it is not asked whether something refuses it)
    else if (within(noReview(), s).length && [s, sentenceAfter(text, s)].some((x) => x !== null && within(contact, x).length > 0) && !has(alike)) hint = 'review-happy-only';
    // "bitte bewerten Sie erst, wenn das Ersatzteil da ist", "请等新件到了以后再评价": the review put off until something
    // reaches the buyer
    else if (free(defer()).some(near) && has(arrives()) && !has(alike) && !has(leftToBuyer())) hint = 'review-happy-only';
    // "please hold off on your review until we have fixed it", "vänta med recensionen tills ...": the review put off
    // until the seller has acted
    else if (free(wait()).some(near) && (has(first) || has(forNow()) || has(arrives())) && !has(alike) && !has(leftToBuyer())) hint = 'review-happy-only';
    // "rate it only after the first heating season", "deixa pra avaliar depois do Natal", "not just yet": the review
    // put off to a later time, nothing given for it
    else if (putOff(s, here, near)) hint = 'review-happy-only';
    // "Sind Sie zufrieden? Dann erzählen Sie es in einer Rezension": the question is the condition
    else if (happyAsked(s) && !has(alike)) hint = 'review-happy-only';
    else {
      // "Not happy? Talk to us first. Happy? Tell everyone in a review!"
      const window: Range = { ...s };
      let b: Range | null = s;
      for (let k = 0; k < 3 && b; k++) { b = sentenceBefore(text, b); if (b) window.start = b.start; }
      const a = sentenceAfter(text, s);
      if (a) window.end = a.end;
      if (within(satisfied, window).length && within(contact, window).length && within(first, window).length &&
        !within(alike, window).length) hint = 'review-happy-only';
    }
    // "A gift card is in the box as a thank you. We'd be delighted if you wrote a review": the present beside the ask
    if (!hint && !sellerOnly && (has(ask()) || /[?？؟]/.test(text.charAt(s.end))) && !has(alike) && giftBeside(s)) hint = 'review-incentive';
    if (hint) found.push({ range: trimmed(text, s), hint });
  }
  // "... no entendemos que siga publicada esa opinión de una estrella. Le pedimos que la elimine": a review that stands
  // (still up, negative, one star) named in one sentence, its removal asked in the next with a pronoun or nothing in
  // its place
  let after = -1;
  for (const r of reviews) {
    const s = sentenceAt(text, r.start);
    if (s.start < after) continue;
    after = s.end;
    const a = sentenceAfter(text, s);
    if (!a || within(reviews, a).length || found.some((f) => f.range.start <= a.start && a.start < f.range.end)) continue;
    const asks = within(ask(), a).length > 0 || within(request(), a).length > 0 || /[?？؟]/.test(text.charAt(a.end));
    if (!asks || within(alike, a).length || within(alike, s).length || !within(standing(), s).length) continue;
    const back = within(change, a).some((c) => !refused(text, c.start, c.end) && !refusedInSentence(text, a, c.start, c.end) &&
      !changedByBuyer(text, c.start, c.end) && refersBack(text, a, c));
    if (back) found.push({ range: trimmed(text, { start: s.start, end: a.end }), hint: 'review-change' });
  }
  return found.filter((f) => f.range.end > f.range.start).map((f) => ({
    start: view.from[f.range.start]!, end: view.to[f.range.end - 1]!, kind: 'review-manipulation',
    rule: 'REVIEW-POLICY', hint: f.hint, severity: 'block', clause: true,
  }));
}
