// The reminder lead times as the seller types them ("24, 4") and back.
import { LEAD_HOURS_MAX, normaliseLeadHours } from './settings.ts';

/** Whole hours separated by commas or spaces, each 1..LEAD_HOURS_MAX; null when any part is not. */
export function parseLeadHours(text: string): number[] | null {
  const parts = text.split(/[\s,、，]+/).filter((p) => p !== '');
  if (parts.length === 0) return [];
  const hours: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return null;
    const h = Number(p);
    if (h < 1 || h > LEAD_HOURS_MAX) return null;
    hours.push(h);
  }
  return normaliseLeadHours(hours);
}

export const formatLeadHours = (hours: number[]) => hours.join(', ');
