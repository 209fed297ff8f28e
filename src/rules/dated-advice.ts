// Two notes dated rules add to advice: which version of a rule was used when a change is close to the event, and
// "sources differ" where the figure rests on reports rather than Amazon's own page or the pages disagree. Rule ids
// and sources stay in these seller-facing notes; text for Amazon or the buyer never carries them.
import type { CaseContext } from './context.ts';
import { POLICY, type PolicyRule, type PolicyRuleId } from './policy.ts';
import { isUncertain, startNear, type InForce } from './policy-time.ts';
import { t, tDynamic, textParam, type Text } from './text.ts';

/** "The return arrived on 2026-01-25, before 2026-01-26 ...": only when a change is within reach of the event. */
export function versionNote(_ctx: CaseContext, used: InForce | null, event: Text): Text[] {
  const near = used?.near;
  if (!used || !near) return [];
  const p = { event: textParam(event), day: used.eventDay, date: near.date, older: near.older, newer: near.newer, used: used.id };
  return [near.eventOnOrAfter ? t('version.after', p) : t('version.before', p)];
}

/** The same for a rule that starts, replacing nothing, close to the event. */
export function startNote(ctx: CaseContext, id: PolicyRuleId, eventMs: number, event: Text): Text[] {
  const near = startNear(id, ctx.marketplace, eventMs);
  if (!near) return [];
  const p = { event: textParam(event), day: near.day, date: near.date, id };
  return [near.eventOnOrAfter ? t('start.after', p) : t('start.before', p)];
}

/** One line per uncertain rule: what the sources say, the safer choice taken, and each source with its link. */
export function sourcesNote(_ctx: CaseContext, id: PolicyRuleId): Text[] {
  const rule: PolicyRule = POLICY[id];
  return isUncertain(rule) ? [tDynamic(`differ.${id}`)] : [];
}
