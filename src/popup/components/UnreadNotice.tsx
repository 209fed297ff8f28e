// A recognised page whose records were not read: the popup says so, and what it could not read, instead of
// "nothing to do". The words are English until they join the _locales catalogs.
import { isUnreadRegion } from '../../read/regions.ts';

export const UNREAD_WORDS = {
  title: 'Claimwise could not read this page',
  body: 'Save a redacted capture and check it yourself: what is below was on the page but not understood, so nothing here tells you it needs no action.',
  listLabel: 'Could not read',
} as const;

/** The unread regions named in `missing` ("claims list rows", "message thread"), or none. */
export function unreadOf(missing: readonly string[]): string[] {
  return missing.filter(isUnreadRegion);
}

export function UnreadNotice({ missing }: { missing: readonly string[] }) {
  const regions = unreadOf(missing);
  if (regions.length === 0) return null;
  return (
    <section class="empty" data-testid="could-not-read" role="status" aria-labelledby="could-not-read-heading">
      <h2 id="could-not-read-heading" class="empty__title">{UNREAD_WORDS.title}</h2>
      <p>{UNREAD_WORDS.body}</p>
      <p>{UNREAD_WORDS.listLabel}:</p>
      <ul>{regions.map((r) => <li key={r} data-testid="unread-region">{r}</li>)}</ul>
    </section>
  );
}
