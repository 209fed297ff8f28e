// Shown on every extension page while the clock is fixed (storage key `clockOverride`): a seller must never take
// deadlines computed for a test instant as today's.
import { useI18n } from './i18n.ts';
import { localDateTime } from './dates.ts';

export function ClockBanner({ fixedAt }: { fixedAt: Date | null }) {
  const { t, locale } = useI18n();
  if (!fixedAt) return null;
  return (
    <p class="clock-banner" role="note" data-testid="clock-banner" data-fixed-at={fixedAt.toISOString()}>
      {t('clock_fixed', localDateTime(fixedAt, locale))}
    </p>
  );
}
