// "The coupon you used at checkout was applied": a coupon named as part of the order, not offered.
import { USED, LATER_PURCHASE } from './promotion-lexicon.ts';
import { has } from '../matches.ts';
import { sentenceAt } from './sentences.ts';

let lastText = '';
let lastStart = -1;
let lastEnd = -1;
let lastAnswer = false;

export function usedAtCheckout(text: string, start: number): boolean {
  const s = sentenceAt(text, start);
  // Several coupons in one sentence share one answer.
  if (text === lastText && s.start === lastStart && s.end === lastEnd) return lastAnswer;
  const sentence = text.slice(s.start, s.end);
  lastText = text;
  lastStart = s.start;
  lastEnd = s.end;
  lastAnswer = has(USED, sentence) && !has(LATER_PURCHASE, sentence);
  return lastAnswer;
}
