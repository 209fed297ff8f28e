// Facts of the policy table that notes quote: a rule's note (where sources disagree) and its sources with links.
// Kept as the policy table states them (English, as Amazon's pages are cited); the notes' own words are per language.
import { POLICY, type Confidence, type PolicyRule, type PolicyRuleId } from '../../rules/policy.ts';

const CONFIDENCE_EN: Record<Confidence, string> = {
  'amazon-page': 'Amazon page', 'reported': 'report of an Amazon notice', 'single-source': 'single source',
};

export const confidenceName = (c: Confidence | undefined) => CONFIDENCE_EN[c ?? 'amazon-page'];

export const policyNoteOf = (id: PolicyRuleId) => (POLICY[id] as PolicyRule).note ?? '';

/** "name — address (confidence); …" */
export const sourceList = (id: PolicyRuleId) =>
  ((POLICY[id] as PolicyRule).dated ?? []).map((s) => `${s.name} — ${s.address} (${confidenceName(s.confidence)})`).join('; ');

/** The sources' addresses alone. */
export const sourceUrls = (id: PolicyRuleId, gap = '; ') => ((POLICY[id] as PolicyRule).dated ?? []).map((s) => s.address).join(gap);
