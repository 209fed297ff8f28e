// Figures from the policy table in the words of the advice, so text never repeats a number the table holds.
import type { Window } from './policy.ts';

const UNIT: Record<Window['unit'], [string, string]> = {
  'hours': ['hour', 'hours'],
  'calendar-days': ['day', 'days'],
  'business-days': ['business day', 'business days'],
};

/** "24 hours", "2 business days", "30 days", "30 minutes". */
export function span(w: Window): string {
  if (w.unit === 'hours' && w.amount < 1) return `${Math.round(w.amount * 60)} minutes`;
  const [one, many] = UNIT[w.unit];
  return `${w.amount} ${w.amount === 1 ? one : many}`;
}

/** 0.04 -> "4%" */
export const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
