// AZ-APPEAL-30D: how long the seller still has to appeal a granted claim, and, once that time has passed, a plain
// statement that the claim can no longer be appealed.
import type { Marketplace } from '../../model.ts';
import { POLICY } from '../../rules/policy.ts';
import { useI18n } from '../../ui/i18n.ts';
import { countdown, localDateTime } from '../../ui/dates.ts';
import { RuleLinks } from './RuleLinks.tsx';

export const APPEAL_DAYS = POLICY['AZ-APPEAL-30D'].values.appealWithin.amount;

/** The window is closed once `now` is past its end. */
export function appealClosed(deadline: string | null, now: Date): boolean {
  return deadline !== null && Date.parse(deadline) < now.getTime();
}

/** `timeZone`: the marketplace's, where known; the date is shown in it and the zone named, as every deadline is. */
export function AppealWindow({ deadline, now, timeZone }: { deadline: string | null; now: Date; timeZone?: string | undefined }) {
  const { t, locale } = useI18n();
  const end = deadline ? new Date(deadline) : null;
  if (!end || Number.isNaN(end.getTime())) return null;
  if (appealClosed(deadline, now)) {
    return (
      <p class="appeal-window appeal-window--closed" data-testid="appeal-window" data-state="closed" role="alert">
        {t('appeal_window_closed', localDateTime(end, locale, timeZone))}
      </p>
    );
  }
  return (
    <p class="appeal-window" data-testid="appeal-window" data-state="open">
      <span class="appeal-window__label">{t('appeal_window_open')}</span>{' '}
      <time data-testid="appeal-countdown" datetime={deadline!}>
        <span class="deadline__local">{localDateTime(end, locale, timeZone)}</span> — <strong>{countdown(end, now, locale, {
          future: (d) => t('time_in', d), past: (d) => t('time_overdue_by', d),
        })}</strong>
      </time>
      {'. '}
      <span class="appeal-window__rule">{t('appeal_window_rule', APPEAL_DAYS)}</span>
    </p>
  );
}

/** The rules' appeal-closed advice, said plainly where an evidence pack would otherwise be. */
export function AppealClosedNotice({ title, marketplace }: { title: string; marketplace: Marketplace | null }) {
  const { t } = useI18n();
  return (
    <section class="evidence evidence--closed" data-testid="appeal-closed" aria-label={t('appeal_closed_heading')}>
      <h2 class="section-heading">{t('appeal_closed_heading')}</h2>
      <p class="appeal-window appeal-window--closed" data-testid="appeal-window" data-state="closed">
        <strong>{title}.</strong> {t('appeal_closed_body', APPEAL_DAYS)}
      </p>
      <RuleLinks rules={['AZ-APPEAL-30D']} marketplace={marketplace} />
    </section>
  );
}
