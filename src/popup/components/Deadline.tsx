// A deadline as its date and time, zone named, then how far away it is: "Due Dec 9, 11:59 PM PST — in 2 days 4 hr".
// Both halves come from the one `now` the popup runs on (the fixed clock when set), so they never disagree.
// Machine-readable in `datetime` (CONTRACT.md §5).
import { useI18n } from '../../ui/i18n.ts';
import { countdown, localDateTime, shortDateTime } from '../../ui/dates.ts';

/** `timeZone`: the marketplace's, where known; the date is shown in it and the zone named. */
export function Deadline({ iso, now, timeZone }: { iso: string; now: Date; timeZone?: string | undefined }) {
  const { t, locale } = useI18n();
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const overdue = at.getTime() < now.getTime();
  // The year only when it is not this year's: a deadline is read at a glance.
  const sameYear = at.getUTCFullYear() === now.getUTCFullYear();
  const when = sameYear ? shortDateTime(at, locale, timeZone) : localDateTime(at, locale, timeZone);
  const left = countdown(at, now, locale, {
    future: (d) => t('time_in', d),
    past: (d) => t('time_overdue_by', d),
  });
  return (
    <p class={`deadline${overdue ? ' deadline--overdue' : ''}`}>
      <span class="deadline__label">{overdue ? t('deadline_overdue') : t('deadline_due')}</span>{' '}
      <time data-testid="deadline" datetime={iso}>
        <span class="deadline__local">{when}</span> — <strong>{left}</strong>
      </time>
    </p>
  );
}
