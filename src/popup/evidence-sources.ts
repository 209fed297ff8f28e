// Where a statement of the evidence pack comes from, named the way the seller knows it: the OrderCase path the pack
// gives for each sentence ("order.shippedAt, order.shipBy", "claims[0].filedAt", "confirmed.claimsProtected").
import { isPolicyRuleId } from '../rules/policy.ts';
import type { RuleId } from '../model.ts';

export type FactSource = 'order' | 'claim' | 'messages' | 'returns' | 'confirmed';

const PREFIXES: [RegExp, FactSource][] = [
  [/^order\./, 'order'], [/^claims\[/, 'claim'], [/^messages\[/, 'messages'], [/^returns\[/, 'returns'], [/^confirmed\./, 'confirmed'],
];

/** The distinct sources of a statement, in the order its facts are named. */
export function sourcesOf(fact: string | null): FactSource[] {
  const out: FactSource[] = [];
  for (const path of (fact ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const source = PREFIXES.find(([re]) => re.test(path))?.[1];
    if (source && !out.includes(source)) out.push(source);
  }
  return out;
}

/** The advice's rules, then the rules the pack argues from (e.g. BS-CLAIMS-PROTECTED): the pack names them beside
 *  its text, never in it, since the text goes to Amazon. */
export function evidenceRules(adviceRules: readonly RuleId[], packRules: readonly string[]): RuleId[] {
  return [...new Set([...adviceRules, ...packRules.filter(isPolicyRuleId)])];
}
