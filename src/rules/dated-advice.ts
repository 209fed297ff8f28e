// Two notes dated rules add to advice: which version of a rule was used when a change is close to the event, and
// "sources differ" where the figure rests on reports rather than Amazon's own page or the pages disagree. Rule ids
// and sources stay in these seller-facing notes; text for Amazon or the buyer never carries them.
import type { CaseContext } from './context.ts';
import { say } from './lang/say.ts';
import { POLICY, type Confidence, type PolicyRule, type PolicyRuleId } from './policy.ts';
import { isUncertain, startNear, type InForce } from './policy-time.ts';

const CONFIDENCE_EN: Record<Confidence, string> = {
  'amazon-page': 'Amazon page', 'reported': 'report of an Amazon notice', 'single-source': 'single source',
};

/** "The return arrived on 2026-01-25, before 2026-01-26 ...": only when a change is within reach of the event. */
export function versionNote(ctx: CaseContext, used: InForce | null, event: string): string[] {
  const near = used?.near;
  if (!used || !near) return [];
  const p = { event, day: used.eventDay, date: near.date, older: near.older, newer: near.newer, used: used.id };
  return [near.eventOnOrAfter
    ? say(ctx.words, 'version.after', `${event} on ${used.eventDay}, on or after ${near.date}, when ${near.newer} replaced ${near.older} in this marketplace: ${used.id} applies.`, p)
    : say(ctx.words, 'version.before', `${event} on ${used.eventDay}, before ${near.date}, when ${near.newer} replaced ${near.older} in this marketplace: ${used.id} still applies.`, p)];
}

/** The same for a rule that starts, replacing nothing, close to the event. */
export function startNote(ctx: CaseContext, id: PolicyRuleId, eventMs: number, event: string): string[] {
  const near = startNear(id, ctx.marketplace, eventMs);
  if (!near) return [];
  const p = { event, day: near.day, date: near.date, id };
  return [near.eventOnOrAfter
    ? say(ctx.words, 'start.after', `${event} on ${near.day}, on or after ${near.date}, when ${id} took effect in this marketplace: it applies.`, p)
    : say(ctx.words, 'start.before', `${event} on ${near.day}, before ${near.date}, when ${id} takes effect in this marketplace: it does not apply yet.`, p)];
}

const sourceList = (rule: PolicyRule) => (rule.dated ?? []).map((s) => `${s.name} — ${s.address} (${CONFIDENCE_EN[s.confidence]})`).join('; ');
const sourceUrls = (rule: PolicyRule) => (rule.dated ?? []).map((s) => s.address).join('；');

/** One line per uncertain rule: what the sources say, the safer choice taken, and each source with its link. */
export function sourcesNote(ctx: CaseContext, id: PolicyRuleId): string[] {
  const rule: PolicyRule = POLICY[id];
  if (!isUncertain(rule)) return [];
  const p = { id, sources: sourceList(rule), urls: sourceUrls(rule) };
  const what = rule.note ?? `Amazon's own page for this was not found; the advice follows what is known (${CONFIDENCE_EN[rule.confidence ?? 'amazon-page']}).`;
  return [say(ctx.words, `differ.${id}`, `Sources differ (${id}): ${what} Sources: ${p.sources}.`, p)];
}
