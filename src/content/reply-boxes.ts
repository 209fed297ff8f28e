// Attach the live draft check to every reply box on the page, once per box; boxes that appear later (Messaging v3
// mounts after navigation) are picked up on the next change. Detached when the page is superseded.
import { attachReplyGuard, findReplyBoxes, type GuardLang } from './reply-guard/index.ts';

const attached = new WeakMap<HTMLTextAreaElement, () => void>();

function guardLang(uiLanguage: string | null): GuardLang {
  const l = (uiLanguage ?? 'en').slice(0, 2);
  return (['en', 'zh', 'ja', 'de'] as const).find((x) => x === l) ?? 'en';
}

export function watchReplyBoxes(doc: Document, uiLanguage: string | null, signal: AbortSignal): void {
  for (const box of findReplyBoxes(doc)) {
    if (attached.has(box)) continue;
    const root = box.getRootNode();
    // The warning goes after what the seller sees as the box: the Katal host when the textarea is in its shadow.
    const host = root instanceof (doc.defaultView?.ShadowRoot ?? ShadowRoot) ? root.host : box;
    const detach = attachReplyGuard(box, host, { lang: guardLang(uiLanguage) });
    attached.set(box, detach);
    signal.addEventListener('abort', () => { detach(); attached.delete(box); }, { once: true });
  }
}
