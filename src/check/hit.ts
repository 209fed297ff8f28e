// A detector's raw result, in offsets of the original draft. index.ts turns hits into Findings.
import type { FindingKind, RuleId } from '../model.ts';
import type { HintKey } from './hints.ts';

export interface Hit {
  kind: FindingKind;
  start: number;
  end: number;
  severity: 'block' | 'warn';
  rule: RuleId;
  hint: HintKey;
  /** A finding about a whole sentence: it never hides the narrower findings inside it. */
  clause?: boolean;
}

/** The policy rule (shared policy/RULES.md) a kind of finding breaks. */
export function ruleFor(kind: FindingKind): RuleId {
  switch (kind) {
    case 'messaging-app': case 'social': case 'off-amazon-payment': return 'OFF-AMAZON';
    case 'review-manipulation': return 'REVIEW-POLICY';
    default: return 'MSG-PROHIBITED';
  }
}
