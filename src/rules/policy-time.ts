// Which version of a rule governs an event: the one in force on the event's local date in its marketplace. A rule
// and the rules that replace it (or that it replaces) form one line of versions; the newest in force wins. An order
// placed, or a return received, before a change stays under the older version, so advice looks the version up at
// the event that matters, never at "now".
import type { Marketplace } from '../model.ts';
import { POLICY, isPolicyRuleId, type PolicyRule, type PolicyRuleId } from './policy.ts';
import { localDate, zoneOf } from './time.ts';

/** A change of version close enough to the event that the advice names the version it used. */
export interface NearChange {
  /** The day the newer version took effect (YYYY-MM-DD). */
  date: string;
  /** The event fell on or after that day. */
  eventOnOrAfter: boolean;
  older: PolicyRuleId;
  newer: PolicyRuleId;
}

export interface InForce {
  id: PolicyRuleId;
  rule: PolicyRule;
  /** The event's local date in the marketplace (YYYY-MM-DD). */
  eventDay: string;
  near: NearChange | null;
}

const DAY_MS = 86_400_000;
/** How close (either side) a change must be to an event for the advice to name the version used. Not a policy
 *  figure: a choice of how much to say. */
const NEAR_DAYS = 45;

const pad = (n: number) => String(n).padStart(2, '0');

export function eventDayOf(ms: number, marketplace: Marketplace | null): string {
  const [y, m, d] = localDate(ms, zoneOf(marketplace));
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ruleOf = (id: PolicyRuleId): PolicyRule => POLICY[id];
const rules = (): Array<[PolicyRuleId, PolicyRule]> => (Object.keys(POLICY) as PolicyRuleId[]).map((id) => [id, ruleOf(id)]);

/** Every version in the line of `id`: what it replaces, what replaces it, transitively. */
export function versionsOf(id: PolicyRuleId): PolicyRuleId[] {
  const line = new Set<PolicyRuleId>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [other, rule] of rules()) {
      const replaced = rule.replaces;
      if (line.has(other) && replaced && isPolicyRuleId(replaced) && !line.has(replaced)) { line.add(replaced); grew = true; }
      if (!line.has(other) && replaced && line.has(replaced as PolicyRuleId)) { line.add(other); grew = true; }
    }
  }
  return [...line];
}

export function appliesIn(rule: PolicyRule, marketplace: Marketplace | null): boolean {
  // With no marketplace known, a rule limited to some marketplaces is not assumed to apply.
  return rule.marketplaces === undefined || (marketplace !== null && rule.marketplaces.includes(marketplace));
}

export function inForceOn(rule: PolicyRule, day: string): boolean {
  return (rule.effective === undefined || rule.effective <= day) && (rule.until === undefined || day < rule.until);
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

/**
 * The version of rule `id`'s line in force in `marketplace` on the local date of `eventMs`, or null where no
 * version applies (e.g. a US-only rule elsewhere, or a dated rule before its start with no older version).
 */
export function ruleInForce(id: PolicyRuleId, marketplace: Marketplace | null, eventMs: number): InForce | null {
  const day = eventDayOf(eventMs, marketplace);
  const line = versionsOf(id).filter((v) => appliesIn(ruleOf(v), marketplace));
  const live = line.filter((v) => inForceOn(ruleOf(v), day))
    .sort((a, b) => (ruleOf(b).effective ?? '').localeCompare(ruleOf(a).effective ?? ''));
  const chosen = live[0];
  if (chosen === undefined) return null;
  return { id: chosen, rule: ruleOf(chosen), eventDay: day, near: nearChange(line, day) };
}

/** The change within reach of `day` among these versions: a newer version's start close to the event. */
function nearChange(line: PolicyRuleId[], day: string): NearChange | null {
  let best: NearChange | null = null;
  for (const newer of line) {
    const { effective, replaces } = ruleOf(newer);
    if (!effective || !replaces || !line.includes(replaces as PolicyRuleId)) continue;
    if (daysApart(effective, day) > NEAR_DAYS) continue;
    if (best === null || daysApart(effective, day) < daysApart(best.date, day)) {
      best = { date: effective, eventOnOrAfter: day >= effective, older: replaces as PolicyRuleId, newer };
    }
  }
  return best;
}

/** Where sources disagree or the figure rests on reports rather than Amazon's own page. */
export function isUncertain(rule: PolicyRule): boolean {
  return rule.confidence !== undefined && (rule.confidence !== 'amazon-page' || rule.note !== undefined);
}
