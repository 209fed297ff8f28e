// Promotion found by meaning: an offer meeting a later purchase ("on your next order, 10% with ..."), something
// new in the range, an invitation to browse the seller's own store, "if you like this one, see our matching ...", following the brand or its mailing list. A
// refused or quoted one is not promotion.
import type { MappedText } from '../mapped-text.ts';
import type { Hit } from '../hit.ts';
import { narrowed, refused } from '../phrases/build.ts';
import { ANY_WORD_STARTS, type WordStarts } from '../phrases/prefixes.ts';
import { matches } from '../matches.ts';
import { CUSTOMERS_PS, FOLLOW, LATER_PURCHASE, LAUNCH, LIKE_THIS, MORE_FROM_US, NEW_RANGE, OFFER, OURS, OUR_RANGE, PRICE_CUT, PRICE_PUSH, PUSH, SHOP_INVITE } from './promotion-lexicon.ts';
import { refusedInSentence, sentenceAfter, sentenceAt, trimmed, type Range } from './sentences.ts';

const THANKS_FOR_PURCHASE = /(?:thank\p{L}*|danke|merci|gracias|grazie|obrigad\p{L}*|bedankt|dank\p{L}*|dziękuj\p{L}*|tack|teşekkür|teşekkurler|شكر\p{L}*|谢谢|感谢|ありがとう)[^.!?。！？]{0,80}?(?:for\s+(?:shopping|your\s+(?:order|purchase))|für\s+ihren\s+einkauf|pour\s+votre\s+(?:achat|commande)|por\s+(?:su|tu)\s+compra|per\s+(?:il\s+suo\s+|l['’])acquisto|pela\s+(?:sua\s+)?compra|voor\s+(?:je|uw)\s+(?:aankoop|bestelling)|za\s+zakup|för\s+(?:ditt|ert)\s+köp|لشرائك|购买|ご購入|お買い上げ)|(?:alişveriş|alışveriş|sipariş)\p{L}*\s+(?:\p{L}+\s+)?(?:yaptiğiniz|yaptığınız|verdiğiniz|verdiğiniz)\s+için\s+teşekkür/iu;

// "PS: the 20% refund was issued", "P.S. the 10% restocking fee does not apply": money about this order, no promotion.
const ABOUT_THE_ORDER = /refund|fee|erstatt|gebühr|rembours|frais|reembols|tarifa|rimbors|costo|reembolso|taxa|terugbetal|kosten|zwrot|opłat|återbetal|avgift|iade|ücret|退款|费用|返金|手数料|استرداد|رسوم/iu;

function spans(re: RegExp | null, text: string): Range[] {
  const out: Range[] = [];
  if (!re) return out;
  for (const m of matches(re, text)) if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The spans of a sorted list that start inside r (binary search: a long draft pays for each sentence's own cues). */
function inside(list: Range[], r: Range): Range[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.start < r.start) lo = mid + 1; else hi = mid; }
  const out: Range[] = [];
  for (let i = lo; i < list.length && list[i]!.start < r.end; i++) out.push(list[i]!);
  return out;
}

export function findPromotionFrames(view: MappedText, starts: WordStarts = ANY_WORD_STARTS): Hit[] {
  const text = view.text;
  const cue = (re: RegExp) => spans(narrowed(re, starts), text);
  const later = cue(LATER_PURCHASE);
  const fresh = cue(NEW_RANGE);
  const liking = cue(LIKE_THIS);
  const follow = cue(FOLLOW);
  const invite = cue(SHOP_INVITE);
  const launch = cue(LAUNCH);
  const price = cue(PRICE_PUSH);
  const cut = cue(PRICE_CUT);
  if (!later.length && !fresh.length && !liking.length && !follow.length && !invite.length && !launch.length && !price.length && !cut.length) return [];
  const ours = invite.length ? cue(OUR_RANGE) : [];
  const offer = later.length ? cue(OFFER) : [];
  const more = liking.length ? cue(MORE_FROM_US) : [];
  const out: Range[] = [];
  const live = (s: Range, c: Range) => !refused(text, c.start, c.end) && !refusedInSentence(text, s, c.start, c.end);
  // One finding per sentence: once a sentence is reported, its other cues are not looked at again.
  const reported = new Set<number>();
  const add = (c: Range) => {
    const s = sentenceAt(text, c.start);
    if (reported.has(s.start) || !live(s, c)) return;
    reported.add(s.start);
    out.push(trimmed(text, s));
  };
  for (const c of later) if (inside(offer, sentenceAt(text, c.start)).length) add(c);
  for (const c of fresh) add(c);
  for (const c of follow) add(c);
  // "Zapraszamy do zakupów w naszym sklepie", "browse our new range"
  for (const c of invite) {
    const s = sentenceAt(text, c.start);
    // "Thank you for shopping at our store on Amazon": thanks for a purchase made invites nothing
    if (inside(ours, s).length && !THANKS_FOR_PURCHASE.test(text.slice(s.start, s.end))) add(c);
  }
  for (const c of liking) {
    const s = sentenceAt(text, c.start);
    // "Gillar du muggen? Titta då också på våra matchande tallrikar."
    const next = sentenceAfter(text, s);
    const window = { start: s.start, end: next ? next.end : s.end };
    if (inside(more, window).length && live(s, c)) out.push(trimmed(text, window));
  }
  // "Mamy też nowe słoiki – polecamy!", "新発売しました。ぜひご検討ください": something new with a push to buy it, in
  // its sentence or the next one
  const push = launch.length ? [...cue(PUSH), ...price, ...(offer.length ? offer : cue(OFFER))].sort((x, y) => x.start - y.start) : [];
  for (const c of launch) {
    const s = sentenceAt(text, c.start);
    const next = sentenceAfter(text, s);
    const window = { start: s.start, end: next ? next.end : s.end };
    if (inside(push, window).some((p) => live(sentenceAt(text, p.start), p)) && live(s, c)) add(c);
  }
  // "bekommt es zum halben Preis ... aus unserer Serie", "il nostro trolley, ora in promozione"
  const mine = price.length ? cue(OURS) : [];
  for (const c of price) {
    const s = sentenceAt(text, c.start);
    if (inside(mine, s).length) add(c);
  }
  // "PS: für Stammkunden 25 % günstiger", "a bundle deal for past customers": a price cut in a postscript or for regulars
  const regulars = cut.length ? cue(CUSTOMERS_PS) : [];
  for (const c of cut) {
    const s = sentenceAt(text, c.start);
    if (inside(regulars, s).length && !ABOUT_THE_ORDER.test(text.slice(s.start, s.end))) add(c);
  }
  const seen = new Set<number>();
  return out.filter((r) => r.end > r.start && !seen.has(r.start) && seen.add(r.start)).map((r) => ({
    start: view.from[r.start]!, end: view.to[r.end - 1]!, kind: 'marketing', rule: 'MSG-PROHIBITED', hint: 'marketing', severity: 'block', clause: true,
  }));
}
