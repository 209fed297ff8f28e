// Everything a reader may legitimately take a string from: the text of the page including open shadow roots, the
// attribute values (Katal keeps text in label/description/header/text/emphasis), and the page URL. Script and style
// text is left out: a value found only there was taken from code, not from what the seller sees.

/** Forms a reader may normalise to (full-width digits, NBSP, zero-width characters), folded the same on both sides. */
export function fold(s: string): string {
  return s.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

export interface PageText {
  /** Text nodes joined with nothing between them (a word split across inline elements stays whole). */
  joined: string;
  /** Text nodes joined with spaces (a reader that separates blocks). */
  spaced: string;
  /** Attribute values and the URL, one per entry. */
  attributes: string[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT']);

/** Visits every node of the composed tree: light children and, for hosts, their shadow root's children. */
export function walkComposed(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    const children: Node[] = [];
    const shadow = (node as Element).shadowRoot;
    if (shadow) children.push(...Array.from(shadow.childNodes));
    children.push(...Array.from(node.childNodes));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

export function pageText(doc: Document, url: string): PageText {
  const texts: string[] = [];
  const attributes: string[] = [url];
  try { attributes.push(decodeURIComponent(url)); } catch { /* a malformed escape: the raw URL is enough */ }
  walkComposed(doc, (node) => {
    if (node.nodeType === 3) {
      const parent = node.parentNode as Element | null;
      if (!parent || !SKIP.has(parent.nodeName)) texts.push(node.nodeValue ?? '');
    } else if (node.nodeType === 1) {
      for (const a of Array.from((node as Element).attributes)) attributes.push(fold(a.value));
      // A form control's live value can differ from its markup once someone types; the reader sees the live one.
      const value = (node as HTMLTextAreaElement | HTMLInputElement).value;
      if ((node.nodeName === 'TEXTAREA' || node.nodeName === 'INPUT') && typeof value === 'string') attributes.push(fold(value));
    }
  });
  return { joined: fold(texts.join('')), spaced: fold(texts.join(' ')), attributes };
}

/** Whether `value` (folded) occurs in the page text or in one attribute value. */
export function occursOnPage(value: string, text: PageText): boolean {
  const v = fold(value);
  if (v === '') return true;
  return text.joined.includes(v) || text.spaced.includes(v) || text.attributes.some((a) => a.includes(v));
}

/** Order ids are compared on their digits: readers add the hyphens some pages leave out (3-7-7). */
export function orderIdOnPage(id: string, text: PageText): boolean {
  const digits = id.replace(/[-\s]/g, '');
  const strip = (s: string) => s.replace(/[-\s]/g, '');
  return strip(text.joined).includes(digits) || strip(text.spaced).includes(digits) || text.attributes.some((a) => strip(a).includes(digits));
}

/** Every whitespace-separated word of `value` occurs on the page (message bodies are re-spaced by readers). */
export function wordsOnPage(value: string, text: PageText): string[] {
  return fold(value).split(' ').filter((w) => w && !occursOnPage(w, text));
}
