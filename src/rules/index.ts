// facts + now (+ seller settings) -> Advice[], most urgent first (CONTRACT.md §3).
import type { Advice, PageReading, SellerSettings } from '../model.ts';
import { EN } from '../words/advice/en.ts';
import { DEFAULT_SETTINGS } from '../model.ts';
import { adviseCases } from '../words/advice/advise.ts';
import { replyFor } from '../replies/index.ts';
import type { CaseInput } from './storable.ts';

export { joinReadings } from './join.ts';
export { toStoredCase, fromStoredCase, toStoredMessage, intentsOf, type CaseInput } from './storable.ts';
export { detectIntents } from './intent/detect.ts';
export { guessLanguage } from './intent/language.ts';
export { MARKETPLACE_LANGUAGE } from '../words/langs.ts';
export { decideCases } from './engine.ts';
export { POLICY, isDisputed, type PolicyRule } from './policy.ts';
export { POLICY_SOURCES, helpUrlFor, policyNote } from './policy-sources.ts';

/**
 * Advice for each order case (as joined from pages, or reduced for storage without message text), most urgent
 * first. `now` fixes the clock for every deadline. Pages that were recognised but not read (`pages`) add
 * confirm-facts and never leave a "nothing to do" standing.
 */
export function advise(cases: readonly CaseInput[], now: Date, settings: SellerSettings = DEFAULT_SETTINGS,
  pages: readonly PageReading[] = []): Advice[] {
  return adviseCases(cases, now, settings, (action, c, lang, s) => replyFor(action, c, lang, s, now), EN, pages);
}
