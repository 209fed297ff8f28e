// Put text into the right box of the page the way a person typing would, so Seller Central's own listeners see it:
// the buyer reply box on messaging pages, the "Respond to Amazon" box on claim pages. An evidence pack written for
// Amazon must never land in a message to the buyer, and a buyer reply never in a claim response, so a box is
// chosen only when the page makes clear which one it is. Never clicks Send or Submit.
import type { InsertTarget } from '../messaging.ts';
import { detectKind } from '../read/kind.ts';
import { DESCRIBING_ATTRIBUTES, NOT_RESPONSE, RESPONSE_WORDS } from '../read/selectors/reply-boxes.ts';
import { composedClosest, findReplyBoxes, GUARD_ATTRIBUTE } from './reply-guard/find-reply-boxes.ts';

export type { InsertTarget };

export type InsertResult = { ok: true } | { ok: false; reason: InsertFailure };
/**
 * no-reply-box: no buyer reply box open; no-response-box: no response box on a claim page; several-response-boxes:
 * more than one candidate and nothing says which answers Amazon; wrong-page: the box asked for cannot be on this
 * page (a claim response on a messaging page, or the other way round).
 */
export type InsertFailure = 'no-reply-box' | 'no-response-box' | 'several-response-boxes' | 'wrong-page';

/** Which box a page's text goes into when the caller does not say: claim pages answer Amazon, the rest the buyer. */
export function targetOf(doc: Document): InsertTarget {
  let kind;
  try {
    kind = detectKind(new URL(doc.URL), doc);
  } catch {
    return 'buyer-reply';
  }
  return kind === 'claim' || kind === 'claim-list' ? 'claim-response' : 'buyer-reply';
}

/** Hidden by the page (a collapsed panel, the help widget): the seller would not see text put there. */
function hidden(box: HTMLTextAreaElement): boolean {
  const view = box.ownerDocument.defaultView;
  let el: Element | null = box;
  while (el) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
    const style = view?.getComputedStyle(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    const root = el.getRootNode();
    el = el.parentElement ?? ('host' in root ? (root as ShadowRoot).host : null);
  }
  return false;
}

/** What the page says about a box and the containers around it, up to the page's content. */
function context(box: HTMLTextAreaElement): string {
  const parts: string[] = [];
  let el: Element | null = box;
  for (let depth = 0; el && depth < 8; depth++) {
    for (const name of [...DESCRIBING_ATTRIBUTES, 'action']) {
      const v = el.getAttribute(name);
      if (v) parts.push(v);
    }
    if (el.localName === 'form' || el.localName === 'section') {
      const heading = el.querySelector('h1, h2, h3, h4, legend');
      if (heading?.textContent) parts.push(heading.textContent);
    }
    const root = el.getRootNode();
    el = el.parentElement ?? ('host' in root ? (root as ShadowRoot).host : null);
  }
  const label = box.id ? (box.getRootNode() as Document | ShadowRoot).querySelector(`label[for="${box.id.replace(/["\\]/g, '\\$&')}"]`) : null;
  if (label?.textContent) parts.push(label.textContent);
  return parts.join(' ');
}

function usable(box: HTMLTextAreaElement): boolean {
  return !box.disabled && !box.readOnly && !composedClosest(box, `[${GUARD_ATTRIBUTE}]`) && !hidden(box);
}

/** The candidates for a claim response: visible boxes that are not search or notes, those named as a response first. */
function responseBoxes(doc: Document): HTMLTextAreaElement[] {
  const boxes = findReplyBoxes(doc).filter((b) => usable(b) && !NOT_RESPONSE.test(context(b)));
  const named = boxes.filter((b) => RESPONSE_WORDS.test(context(b)));
  return named.length > 0 ? named : boxes;
}

/** The open boxes for `target` on this page, in page order. */
export function replyBoxes(doc: Document, target: InsertTarget = targetOf(doc)): HTMLTextAreaElement[] {
  if (target !== targetOf(doc)) return [];
  return target === 'claim-response' ? responseBoxes(doc) : findReplyBoxes(doc).filter(usable);
}

export function insertReply(doc: Document, text: string, target?: InsertTarget): InsertResult {
  const page = targetOf(doc);
  if (target && target !== page) return { ok: false, reason: 'wrong-page' };
  const boxes = replyBoxes(doc, page);
  // Two equally likely response boxes: which one Amazon reads is a guess, and a guess is not made.
  if (page === 'claim-response' && boxes.length > 1) return { ok: false, reason: 'several-response-boxes' };
  const box = boxes[0];
  if (!box) return { ok: false, reason: page === 'claim-response' ? 'no-response-box' : 'no-reply-box' };
  // React/Katal-style components track the value through the prototype setter; assigning .value directly can be
  // overwritten on the next render.
  const proto = Object.getPrototypeOf(box) as object;
  if (Reflect.has(proto, 'value')) Reflect.set(proto, 'value', text, box); else box.value = text;
  // Events from the page's own realm, as a person's typing would create.
  const PageEvent = doc.defaultView?.Event ?? Event;
  box.dispatchEvent(new PageEvent('input', { bubbles: true, composed: true }));
  box.dispatchEvent(new PageEvent('change', { bubbles: true, composed: true }));
  box.focus();
  return { ok: true };
}
