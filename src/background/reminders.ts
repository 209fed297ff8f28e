// Deadline reminders: one alarm per (order, action, lead time); a notification when it fires. Alarm names carry
// only the order id and action code, never buyer data.
import type { DeadlineItem } from '../messaging.ts';

export const ALARM_PREFIX = 'deadline|';

export interface PlannedAlarm { name: string; when: number }

export function planAlarms(items: DeadlineItem[], leadHours: number[], now: number): PlannedAlarm[] {
  const plans: PlannedAlarm[] = [];
  for (const item of items) {
    const due = Date.parse(item.deadline);
    for (const lead of leadHours) {
      const when = due - lead * 3_600_000;
      if (when > now) plans.push({ name: `${ALARM_PREFIX}${item.orderId}|${item.action}|${lead}`, when });
    }
  }
  return plans;
}

export function parseAlarmName(name: string): { orderId: string; action: string; leadHours: number } | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  const [orderId, action, lead] = name.slice(ALARM_PREFIX.length).split('|');
  if (!orderId || !action || !lead) return null;
  return { orderId, action, leadHours: Number(lead) };
}
