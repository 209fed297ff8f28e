// Attach the live draft check to every reply box on the page, once per box; boxes that appear later (Messaging v3
// mounts after navigation) are picked up on the next change. The checker itself is loaded only when a box comes
// into view. Detached when the page is superseded.
import { guardLang } from './guards/messages.ts';
import { findReplyBoxes } from './reply-guard/find-reply-boxes.ts';
import { loadChecker } from './reply-guard/load.ts';
import { whenInView } from './reply-guard/in-view.ts';

const attached = new WeakMap<HTMLTextAreaElement, () => void>();

export function watchReplyBoxes(doc: Document, uiLanguage: string | null, signal: AbortSignal): void {
  for (const box of findReplyBoxes(doc)) {
    if (attached.has(box)) continue;
    const root = box.getRootNode();
    // The warning goes after what the seller sees as the box: the Katal host when the textarea is in its shadow.
    const host = root instanceof (doc.defaultView?.ShadowRoot ?? ShadowRoot) ? root.host : box;
    let detachGuard: (() => void) | undefined;
    let gone = false;
    const stopWatching = whenInView(host, box, () => {
      loadChecker().then((checker) => {
        if (!gone) detachGuard = checker.attachReplyGuard(box, host, { lang: guardLang(uiLanguage) });
      }).catch(() => {
        attached.delete(box); // the next page change tries this box again
      });
    });
    const detach = () => { gone = true; stopWatching(); detachGuard?.(); attached.delete(box); };
    attached.set(box, detach);
    signal.addEventListener('abort', detach, { once: true });
  }
}
