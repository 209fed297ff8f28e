// The reply-box guard as the page runs it (inside content/checker.js): the check carries English only and loads the
// page's UI language (a chunk of its own) before the first warning, so the module stays small and no warning shows
// half in English. Should that language fail to load (the extension reloaded mid-page), English is better than none.
import { loadWording, wordingLoaded } from '../../check/live.ts';
import { attachGuard, type ReplyGuardOptions } from './guard.ts';

/**
 * As attachGuard, once the page's language is loaded (at once when it already is: a second reply box on the page);
 * the returned function also cancels a guard still waiting.
 */
export function attachReplyGuard(box: HTMLTextAreaElement, host: Element, opts: ReplyGuardOptions): () => void {
  let detach: (() => void) | undefined;
  let gone = false;
  const attach = () => { if (!gone) detach = attachGuard(box, host, opts); };
  if (wordingLoaded(opts.lang)) attach(); else loadWording(opts.lang).then(attach, attach);
  return () => { gone = true; detach?.(); };
}
