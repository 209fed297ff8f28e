// Which version of a rule governs an event: the one in force on the event's local date in its marketplace. A rule
// and the rules that replace it (or that it replaces) form one line of versions; the newest in force wins. An order
// placed, or a return received, before a change stays under the older version, so advice looks the version up at
// the event that matters, never at "now".
import type { Marketplace } from '../model.ts';
import { POLICY, isPolicyRuleId, type PolicyRule, type PolicyRuleId } from './policy.ts';
import { localDate, localDay, zoneOf } from './time.ts';

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

export function eventDayOf(ms: number, marketplace: Marketplace | null): string {
  return localDay(ms, zoneOf(marketplace));
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: comparisons and distances without parsing per call. */
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const eventDayNumber = (ms: number, marketplace: Marketplace | null) => {
  const [y, m, d] = localDate(ms, zoneOf(marketplace));
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
const bounds = new Map<PolicyRuleId, { from: number; until: number }>();
function boundsOf(id: PolicyRuleId): { from: number; until: number } {
  let b = bounds.get(id);
  if (!b) {
    const { effective, until } = ruleOf(id);
    bounds.set(id, (b = { from: effective ? dayNumber(effective) : -Infinity, until: until ? dayNumber(until) : Infinity }));
  }
  return b;
}

const ruleOf = (id: PolicyRuleId): PolicyRule => POLICY[id];
const rules = (): Array<[PolicyRuleId, PolicyRule]> => (Object.keys(POLICY) as PolicyRuleId[]).map((id) => [id, ruleOf(id)]);

// advise() asks for a line per return over a thousand orders: each line is worked out once.
const lines = new Map<PolicyRuleId, PolicyRuleId[]>();

/** Every version in the line of `id`: what it replaces, what replaces it, transitively. */
export function versionsOf(id: PolicyRuleId): PolicyRuleId[] {
  let line = lines.get(id);
  if (!line) lines.set(id, (line = lineOf(id)));
  return line;
}

function lineOf(id: PolicyRuleId): PolicyRuleId[] {
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


/**
 * The version of rule `id`'s line in force in `marketplace` on the local date of `eventMs`, or null where no
 * version applies (e.g. a US-only rule elsewhere, or a dated rule before its start with no older version).
 */
export function ruleInForce(id: PolicyRuleId, marketplace: Marketplace | null, eventMs: number): InForce | null {
  const day = eventDayNumber(eventMs, marketplace);
  let chosen: PolicyRuleId | null = null;
  for (const v of versionsOf(id)) {
    const b = boundsOf(v);
    if (!appliesIn(ruleOf(v), marketplace) || day < b.from || day >= b.until) continue;
    if (chosen === null || b.from > boundsOf(chosen).from) chosen = v;
  }
  if (chosen === null) return null;
  return { id: chosen, rule: ruleOf(chosen), eventDay: eventDayOf(eventMs, marketplace), near: nearChange(id, marketplace, day) };
}

/** The change within reach of `day` in the line of `id`: a newer version's start close to the event. */
function nearChange(id: PolicyRuleId, marketplace: Marketplace | null, day: number): NearChange | null {
  const line = versionsOf(id);
  let best: NearChange | null = null, bestApart = Infinity;
  for (const newer of line) {
    const { effective, replaces } = ruleOf(newer);
    if (!effective || !replaces || !line.includes(replaces as PolicyRuleId) || !appliesIn(ruleOf(newer), marketplace)) continue;
    const apart = Math.abs(boundsOf(newer).from - day);
    if (apart > NEAR_DAYS || apart >= bestApart) continue;
    bestApart = apart;
    best = { date: effective, eventOnOrAfter: day >= boundsOf(newer).from, older: replaces as PolicyRuleId, newer };
  }
  return best;
}

/** Where sources disagree or the figure rests on reports rather than Amazon's own page. */
export function isUncertain(rule: PolicyRule): boolean {
  return rule.confidence !== undefined && (rule.confidence !== 'amazon-page' || rule.disputed === true);
}

/** A rule that starts (replacing nothing) close to the event: its start day and on which side the event fell. */
export function startNear(id: PolicyRuleId, marketplace: Marketplace | null, eventMs: number): { date: string; eventOnOrAfter: boolean; day: string } | null {
  const rule = ruleOf(id);
  if (!rule.effective || !appliesIn(rule, marketplace)) return null;
  const day = eventDayNumber(eventMs, marketplace), from = boundsOf(id).from;
  if (Math.abs(from - day) > NEAR_DAYS) return null;
  return { date: rule.effective, eventOnOrAfter: day >= from, day: eventDayOf(eventMs, marketplace) };
}
