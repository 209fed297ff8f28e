// The live part of the checker in Seller Central: watches a reply box, runs the check as the seller types
// (debounced) and shows what would break MSG-PROHIBITED / OFF-AMAZON / REVIEW-POLICY right below the box, in the
// seller's UI language, inside the guard's own shadow root so the page's CSS cannot reach it. It only reads the box:
// it never changes the text, never blocks typing and never sends anything. Which check words the findings is given
// by the caller: the full one (every language at hand) or the reply box's own (one language, loaded first).
import type { Finding } from '../../model.ts';
import { createGuardView, type KindLabel } from './render.ts';
import { GUARD_ATTRIBUTE } from './find-reply-boxes.ts';
import type { GuardLang } from './wording.ts';

export interface ReplyGuardOptions {
  lang: GuardLang;
  /** Called with the findings after every check (also with [] when the draft is clean). */
  onFindings?: (findings: Finding[]) => void;
  /** Quiet time after the last keystroke before checking. */
  debounceMs?: number;
}

export interface GuardChecker {
  check(text: string, options: { lang: GuardLang }): Finding[];
  kindLabel: KindLabel;
}

const DEFAULT_DEBOUNCE_MS = 250;

/**
 * Watch `box` and show findings right after `host` (the box itself, or the kat-textarea that wraps it).
 * Returns a function that removes the guard and stops watching.
 */
export function attachGuard(box: HTMLTextAreaElement, host: Element, opts: ReplyGuardOptions, checker: GuardChecker): () => void {
  const doc = box.ownerDocument;
  const view = createGuardView(doc, opts.lang, GUARD_ATTRIBUTE, checker.kindLabel);
  if (host.parentNode) host.after(view.container); else host.append(view.container);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastText: string | null = null;
  let active = true;

  const run = () => {
    timer = undefined;
    if (!active) return;
    const text = box.value;
    if (text === lastText) return;
    lastText = text;
    const findings = checker.check(text, { lang: opts.lang });
    view.show(findings);
    opts.onFindings?.(findings);
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, opts.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  };

  // Passive: the guard only listens; typing, pasting and Seller Central's own handlers are never held up.
  box.addEventListener('input', schedule, { passive: true });
  box.addEventListener('change', schedule, { passive: true });
  run(); // a draft may already be in the box (saved drafts, inserted replies)

  return () => {
    if (!active) return;
    active = false;
    if (timer !== undefined) clearTimeout(timer);
    box.removeEventListener('input', schedule);
    box.removeEventListener('change', schedule);
    view.container.remove();
  };
}
