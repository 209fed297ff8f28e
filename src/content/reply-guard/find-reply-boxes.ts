// Every box on the page where the seller writes to a buyer (or answers Amazon on a claim): plain textareas on
// messaging pages, the real <textarea> inside Katal's kat-textarea (open shadow root), the contact-buyer page
// and the claim response box. Search fields and notes are not reply boxes. What marks each is page knowledge and
// lives in read/ (selectors/reply-boxes.ts).
import { CONTACT_BUYER, DESCRIBING_ATTRIBUTES, NOT_REPLY, REPLY_PAGES, REPLY_WORDS } from '../../read/selectors/reply-boxes.ts';

/** The guard's own container; its content is never a reply box. */
export const GUARD_ATTRIBUTE = 'data-claimwise';

export function findReplyBoxes(root: Document): HTMLTextAreaElement[] {
  const url = root.URL || '';
  const boxes: HTMLTextAreaElement[] = [];
  for (const box of allTextareas(root)) {
    if (box.disabled || box.readOnly) continue;
    if (composedClosest(box, `[${GUARD_ATTRIBUTE}]`)) continue;
    const described = description(box);
    if (NOT_REPLY.test(described)) continue;
    if (composedClosest(box, CONTACT_BUYER) || REPLY_PAGES.test(pathOf(url)) || REPLY_WORDS.test(described)) {
      boxes.push(box);
    }
  }
  return boxes;
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return '';
  }
}

/** Textareas in the document and in every open shadow root below it, in document order. */
function allTextareas(root: Document | ShadowRoot): HTMLTextAreaElement[] {
  const out: HTMLTextAreaElement[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'textarea') out.push(el as HTMLTextAreaElement);
    if (el.shadowRoot) out.push(...allTextareas(el.shadowRoot));
  }
  return out;
}

/** Element.closest that continues past shadow roots to their hosts. */
export function composedClosest(start: Element, selector: string): Element | null {
  let el: Element | null = start;
  while (el) {
    const found = el.closest(selector);
    if (found) return found;
    const root = el.getRootNode();
    el = 'host' in root ? (root as ShadowRoot).host : null;
  }
  return null;
}

/** What the page says about a box: its own attributes and those of the kat-textarea around it. */
function description(box: HTMLTextAreaElement): string {
  const parts: string[] = [];
  const add = (el: Element | null) => {
    if (!el) return;
    for (const name of DESCRIBING_ATTRIBUTES) {
      const v = el.getAttribute(name);
      if (v) parts.push(v);
    }
  };
  add(box);
  const root = box.getRootNode();
  if ('host' in root) add((root as ShadowRoot).host);
  const scope = box.getRootNode() as Document | ShadowRoot;
  const label = box.id ? scope.querySelector(`label[for="${quoted(box.id)}"]`) : null;
  if (label?.textContent) parts.push(label.textContent);
  return parts.join(' ');
}

function quoted(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}
