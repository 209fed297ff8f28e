// "What changed": the dated rules that took effect in the last twelve months, in plain words, each with the open
// orders in memory whose advice rests on it right now and the soonest deadline among them. Counting advice that
// cites the rule (rather than matching facts again) keeps one definition of "affected": the situations'.
import type { Marketplace, SellerSettings } from '../model.ts';
import { decideCases } from './engine.ts';
import { POLICY, POLICY_RULE_IDS, type Confidence, type PolicyRule, type PolicyRuleId } from './policy.ts';
import type { CaseInput } from './storable.ts';

export interface ChangeNow {
  id: PolicyRuleId;
  effective: string;
  /** (The rule's summary is worded where it is shown: policy-sources.ts.) */
  marketplaces: readonly Marketplace[] | null;
  confidence: Confidence;
  /** Orders whose current advice cites the rule. */
  openOrders: number;
  /** The soonest deadline (ISO) of that advice, when it has one. */
  soonest: string | null;
}

const LOOK_BACK_MONTHS = 12;

function monthsBefore(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

/** Dated rules effective in the twelve months up to `now`, newest first. */
export function recentChanges(now: Date): PolicyRuleId[] {
  const from = monthsBefore(now, LOOK_BACK_MONTHS), today = now.toISOString().slice(0, 10);
  return POLICY_RULE_IDS.filter((id) => {
    const { effective, confidence }: PolicyRule = POLICY[id];
    return effective !== undefined && confidence !== undefined && effective >= from && effective <= today;
  }).sort((a, b) => ((POLICY[b] as PolicyRule).effective ?? '').localeCompare((POLICY[a] as PolicyRule).effective ?? ''));
}

export function whatChanged(cases: readonly CaseInput[], now: Date, settings: SellerSettings): ChangeNow[] {
  const advice = decideCases(cases, now, settings);
  return recentChanges(now).map((id) => {
    const rule: PolicyRule = POLICY[id];
    const citing = advice.filter((a) => a.rules.includes(id));
    const orders = new Set(citing.map((a) => a.orderId ?? `#${citing.indexOf(a)}`));
    const deadlines = citing.map((a) => a.deadline).filter((d): d is string => d !== null).sort((x, y) => Date.parse(x) - Date.parse(y));
    return {
      id, effective: rule.effective!, marketplaces: rule.marketplaces ?? null,
      confidence: rule.confidence!, openOrders: orders.size, soonest: deadlines[0] ?? null,
    };
  });
}
