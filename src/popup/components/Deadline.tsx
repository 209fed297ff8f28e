// A deadline as a countdown and the local date and time, machine-readable in `datetime` (CONTRACT.md §5).
import { useI18n } from '../../ui/i18n.ts';
import { countdown, localDateTime } from '../../ui/dates.ts';

/** `timeZone`: the marketplace's, where known; the date is shown in it and the zone named. */
export function Deadline({ iso, now, timeZone }: { iso: string; now: Date; timeZone?: string | undefined }) {
  const { t, locale } = useI18n();
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const overdue = at.getTime() < now.getTime();
  return (
    <p class={`deadline${overdue ? ' deadline--overdue' : ''}`}>
      <span class="deadline__label">{overdue ? t('deadline_overdue') : t('deadline_due')}</span>{' '}
      <time data-testid="deadline" datetime={iso}>
        <strong>{countdown(at, now, locale)}</strong> <span class="deadline__local">({localDateTime(at, locale, timeZone)})</span>
      </time>
    </p>
  );
}
