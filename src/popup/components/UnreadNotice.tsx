// A recognised page whose records were not read: the popup says so, and what it could not read, instead of
// "nothing to do".
import { isUnreadRegion } from '../../read/regions.ts';
import { useI18n } from '../../ui/i18n.ts';

/** The unread regions named in `missing` ("claims list rows", "message thread"), or none. */
export function unreadOf(missing: readonly string[]): string[] {
  return missing.filter(isUnreadRegion);
}

export function UnreadNotice({ missing }: { missing: readonly string[] }) {
  const { t } = useI18n();
  const regions = unreadOf(missing);
  if (regions.length === 0) return null;
  return (
    <section class="empty" data-testid="could-not-read" role="status" aria-labelledby="could-not-read-heading">
      <h2 id="could-not-read-heading" class="empty__title">{t('unread_title')}</h2>
      <p>{t('unread_body')}</p>
      <p>{t('unread_list')}</p>
      <ul>{regions.map((r) => <li key={r} data-testid="unread-region">{r}</li>)}</ul>
    </section>
  );
}
