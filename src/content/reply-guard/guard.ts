// The live part of the checker in Seller Central: watches a reply box, runs the check as the seller types
// (debounced) and shows what would break MSG-PROHIBITED / OFF-AMAZON / REVIEW-POLICY right below the box, in the
// seller's UI language, inside the guard's own shadow root so the page's CSS cannot reach it. It only reads the box:
// it never changes the text, never blocks typing and never sends anything. The check is the reply box's own
// (check/live.ts): its caller loads the page's language first (live.ts).
import { check } from '../../check/live.ts';
import type { Finding } from '../../model.ts';
import { createGuardView } from './render.ts';
import { GUARD_ATTRIBUTE } from './find-reply-boxes.ts';
import type { GuardLang } from './wording.ts';

export interface ReplyGuardOptions {
  lang: GuardLang;
  /** Called with the findings after every check (also with [] when the draft is clean). */
  onFindings?: (findings: Finding[]) => void;
  /** Quiet time after the last keystroke before checking. */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 250;

/**
 * Watch `box` and show findings right after `host` (the box itself, or the kat-textarea that wraps it).
 * Returns a function that removes the guard and stops watching.
 */
export function attachGuard(box: HTMLTextAreaElement, host: Element, opts: ReplyGuardOptions): () => void {
  const doc = box.ownerDocument;
  const view = createGuardView(doc, opts.lang, GUARD_ATTRIBUTE);
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
    const findings = check(text, { lang: opts.lang });
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
