import type { Decision as Advice } from '../rules/decision.ts';

export interface BadgeLook { text: string; color: string }

/** The count of critical and warning advice, coloured by the worst; empty when nothing needs attention. */
export function badgeFor(advice: Advice[]): BadgeLook {
  const critical = advice.filter((a) => a.severity === 'critical').length;
  const warning = advice.filter((a) => a.severity === 'warning').length;
  const n = critical + warning;
  if (n === 0) return { text: '', color: '#137351' };
  return { text: String(n), color: critical > 0 ? '#b3261e' : '#b35c00' };
}
