// What the popup says when there is nothing to advise on, and why.
import type { ComponentChildren } from 'preact';

export function EmptyState({ title, children, testid }: { title: string; children?: ComponentChildren; testid: string }) {
  return (
    <section class="empty" data-testid={testid} aria-labelledby={`${testid}-heading`}>
      <h2 id={`${testid}-heading`} class="empty__title">{title}</h2>
      {children}
    </section>
  );
}
