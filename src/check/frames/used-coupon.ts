// "The coupon you used at checkout was applied": a coupon named as part of the order, not offered.
import { USED, LATER_PURCHASE } from './promotion-lexicon.ts';
import { sentenceAt } from './sentences.ts';

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
}

export function usedAtCheckout(text: string, start: number): boolean {
  const s = sentenceAt(text, start);
  const sentence = text.slice(s.start, s.end);
  return test(USED, sentence) && !test(LATER_PURCHASE, sentence);
}
