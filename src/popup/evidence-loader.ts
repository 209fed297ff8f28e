// What the popup needs to know about evidence packs before their wording has loaded: which advice gets one, which
// languages the picker offers, and the door to the lazily loaded pack (evidence-pack.ts).
import type { Advice } from '../model.ts';
import type { EvidenceAction } from '../replies/evidence.ts';
import { SUPPORTED_LANGS } from '../replies/langs.ts';

/** Advice answered to Amazon rather than to the buyer: the claim response (AZ-INFO-REQUEST), the appeal
 *  (AZ-APPEAL-30D) and the insurance details (AZ-SAFETY). */
export const EVIDENCE_ACTIONS: readonly EvidenceAction[] = ['respond-to-claim', 'appeal-claim', 'provide-insurance'];

/** English first, then every language the pack is written in. */
export const EVIDENCE_LANGUAGES: readonly string[] = ['en', ...SUPPORTED_LANGS.filter((l) => l !== 'en')];

export function hasEvidence(a: Advice): a is Advice & { action: EvidenceAction } {
  return (EVIDENCE_ACTIONS as readonly string[]).includes(a.action);
}

/** The appeal-closed advice of the rules (src/rules/situations/appeal-closed.ts): nothing due, AZ-APPEAL-30D. */
export function isClosedAppeal(a: Advice): boolean {
  return a.action === 'no-action' && a.rules.includes('AZ-APPEAL-30D');
}

type EvidenceModule = typeof import('./evidence-pack.ts');
let loading: Promise<EvidenceModule> | null = null;

export function loadEvidence(): Promise<EvidenceModule> {
  loading ??= import('./evidence-pack.ts');
  // A failed load may succeed when asked again (extension updated while the popup was open).
  loading.catch(() => { loading = null; });
  return loading;
}
