// "You mentioned you already removed your review yourself", "usted mismo retiró su comentario", "レビューはお客様ご自身で
// 削除されたとのこと": the buyer's own change of a review, told back. A change word in such a place asks for nothing,
// unless its sentence still asks something of the buyer ("if you removed it, ...", "could you ...").
import { ASK, CHANGED_BY_BUYER } from './review-lexicon.ts';
import { has } from '../matches.ts';
import { sentenceAt } from './sentences.ts';

const REACH = 40;

/** The change word at [start, end) tells what the buyer did, on their own or already. */
export function changedByBuyer(text: string, start: number, end: number): boolean {
  const s = sentenceAt(text, start);
  const from = Math.max(s.start, start - REACH);
  const to = Math.min(s.end, end + REACH);
  if (!has(CHANGED_BY_BUYER, text.slice(from, to))) return false;
  return !has(ASK, text.slice(s.start, s.end));
}
