// The phrase lists' verdicts as features for the model: what they know (seven languages of hand-made phrases) is
// kept, and the model learns where they mislead (a negated ask).
import { PHRASE_MATCHERS, normalizeMessage } from './phrases.ts';
import type { SignalIntent } from './types.ts';

export function phraseHits(text: string): { intent: SignalIntent }[] {
  const t = normalizeMessage(text);
  if (!t) return [];
  const out: { intent: SignalIntent }[] = [];
  for (const [intent, res] of PHRASE_MATCHERS) if (res.some((re) => re.test(t))) out.push({ intent });
  return out;
}
