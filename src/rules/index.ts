// facts + now (+ seller settings) -> Advice[], most urgent first (CONTRACT.md §3).
import type { Advice, SellerSettings } from '../model.ts';
import { DEFAULT_SETTINGS } from '../model.ts';
import { adviseCases } from './engine.ts';
import { replyFor } from '../replies/index.ts';
import type { CaseInput } from './storable.ts';

export { joinReadings } from './join.ts';
export { toStoredCase, fromStoredCase, toStoredMessage, intentsOf, type CaseInput } from './storable.ts';
export { detectIntents } from './intent/detect.ts';
export { guessLanguage, MARKETPLACE_LANGUAGE } from './intent/language.ts';
export { POLICY, helpUrlFor, policyNote, type PolicyRule } from './policy.ts';

/**
 * Advice for each order case (as joined from pages, or reduced for storage without message text), most urgent
 * first. `now` fixes the clock for every deadline.
 */
export function advise(cases: readonly CaseInput[], now: Date, settings: SellerSettings = DEFAULT_SETTINGS): Advice[] {
  return adviseCases(cases, now, settings, (action, c, lang, s) => replyFor(action, c, lang, s, now));
}
