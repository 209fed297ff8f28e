// What the popup says when there is nothing to advise on, and why.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../../ui/i18n.ts';

export function EmptyState({ title, children, testid }: { title: string; children?: ComponentChildren; testid: string }) {
  return (
    <section class="empty" data-testid={testid} aria-labelledby={`${testid}-heading`}>
      <h2 id={`${testid}-heading`} class="empty__title">{title}</h2>
      {children}
    </section>
  );
}

/**
 * A page with nothing understood on it. A page of a kind Claimwise does not read at all (feedback, performance
 * notifications, settings) is said to be so: "could not read" would suggest trying again, and "nothing to do"
 * would be a verdict on a page that was never read.
 */
export function NotUnderstood({ kindUnknown, children }: { kindUnknown: boolean; children?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <EmptyState testid="not-understood" title={t(kindUnknown ? 'not_supported_title' : 'not_understood_title')}>
      <p data-testid={kindUnknown ? 'not-supported' : undefined}>{t(kindUnknown ? 'not_supported_body' : 'not_understood_body')}</p>
      {children}
    </EmptyState>
  );
}
