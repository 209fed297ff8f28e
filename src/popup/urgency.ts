// How soon a next action is due, in the marketplace's calendar: what sorts and groups a list of many orders.
import type { Advice, Marketplace } from '../model.ts';
import { localDay, zoneOf } from '../rules/time.ts';

export const URGENCIES = ['overdue', 'today', 'week', 'later', 'undated'] as const;
export type Urgency = (typeof URGENCIES)[number];

const DAY = 86_400_000;

export function urgencyOf(a: Pick<Advice, 'deadline'>, now: Date, marketplace: Marketplace | null): Urgency {
  if (!a.deadline) return 'undated';
  const at = Date.parse(a.deadline);
  if (Number.isNaN(at)) return 'undated';
  if (at < now.getTime()) return 'overdue';
  const zone = zoneOf(marketplace);
  if (localDay(at, zone) === localDay(now.getTime(), zone)) return 'today';
  return at - now.getTime() <= 7 * DAY ? 'week' : 'later';
}
