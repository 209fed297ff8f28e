// The reply-box guard with the full check, every UI language's words at hand, so it words findings at once in any
// language (what runs in Node, the tests among it). The page runs live.ts instead: the same guard, one language loaded.
import { check, KIND_LABELS } from '../../check/index.ts';
import { attachGuard, type GuardChecker, type ReplyGuardOptions } from './guard.ts';

export { findReplyBoxes } from './find-reply-boxes.ts';
export type { GuardLang } from './wording.ts';
export type { ReplyGuardOptions } from './guard.ts';

const FULL: GuardChecker = { check, kindLabel: (kind, lang) => KIND_LABELS[kind][lang] };

/**
 * Watch `box` and show findings right after `host` (the box itself, or the kat-textarea that wraps it).
 * Returns a function that removes the guard and stops watching.
 */
export function attachReplyGuard(box: HTMLTextAreaElement, host: Element, opts: ReplyGuardOptions): () => void {
  return attachGuard(box, host, opts, FULL);
}
