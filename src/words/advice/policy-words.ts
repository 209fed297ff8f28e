// Facts of the policy table that notes quote: a rule's note (where sources disagree) and its sources with links.
// Kept as the policy table states them (English, as Amazon's pages are cited); the notes' own words are per language.
import type { Confidence, PolicyRuleId } from '../../rules/policy.ts';
import { POLICY_SOURCES, type PolicySource } from '../../rules/policy-sources.ts';

const CONFIDENCE_EN: Record<Confidence, string> = {
  'amazon-page': 'Amazon page', 'reported': 'report of an Amazon notice', 'single-source': 'single source',
};

export const confidenceName = (c: Confidence | undefined) => CONFIDENCE_EN[c ?? 'amazon-page'];

export const policyNoteOf = (id: PolicyRuleId) => (POLICY_SOURCES[id] as PolicySource).note ?? '';

/** "name — address (confidence); …" */
export const sourceList = (id: PolicyRuleId) =>
  ((POLICY_SOURCES[id] as PolicySource).dated ?? []).map((s) => `${s.name} — ${s.address} (${confidenceName(s.confidence)})`).join('; ');

/** The sources' addresses alone. */
export const sourceUrls = (id: PolicyRuleId, gap = '; ') => ((POLICY_SOURCES[id] as PolicySource).dated ?? []).map((s) => s.address).join(gap);

/** Rules with a note where sources disagree (policy.ts `note:`): each language words each one. */
export const NOTE_IDS = ['AZ-ELIG-INR', 'AZ-CONTACT-48H', 'AZ-INFO-REQUEST', 'AZ-APPEAL-30D', 'AZ-SAFETY', 'BS-CLAIMS-PROTECTED',
  'ORD-AUTO-CANCEL', 'RET-WINDOW-30D', 'SAFET-30D', 'US-REFUND-4D', 'US-SAFET-30D', 'AZ-NR-NO-CONTACT'] as const satisfies readonly PolicyRuleId[];
/** Rules whose figure rests on reports or on pages that disagree (policy-time.ts isUncertain). */
export const UNCERTAIN_IDS = ['US-REFUND-4D', 'US-SAFET-AUTOREFUND', 'US-SAFET-30D', 'US-APRL-ALL', 'US-HOLIDAY-RET-2025',
  'AZ-NR-NO-CONTACT'] as const satisfies readonly PolicyRuleId[];
export type NoteId = (typeof NOTE_IDS)[number];
export type UncertainId = (typeof UNCERTAIN_IDS)[number];

/** The `policy.<id>` phrases of a language, from its one way of wording a note. */
export function notePhrases(say: (id: NoteId) => string): { readonly [K in NoteId as `policy.${K}`]: () => string } {
  return Object.fromEntries(NOTE_IDS.map((id) => [`policy.${id}`, () => say(id)])) as { readonly [K in NoteId as `policy.${K}`]: () => string };
}

/** The `differ.<id>` phrases of a language, from its one way of saying that sources differ. */
export function differPhrases(say: (id: UncertainId) => string): { readonly [K in UncertainId as `differ.${K}`]: () => string } {
  return Object.fromEntries(UNCERTAIN_IDS.map((id) => [`differ.${id}`, () => say(id)])) as { readonly [K in UncertainId as `differ.${K}`]: () => string };
}
