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
  /** Attribute values, form values and the URL, separated by U+0001 so that no match spans two of them. */
  attributes: string;
  /** All of the above without hyphens and whitespace, for order ids. */
  compact: string;
}

const SEPARATOR = '\u0001';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT']);

/** Visits every node of the composed tree, in document order: a host, its shadow root's children, then its light children. */
export function walkComposed(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    // Pushed in reverse so they pop in order; firstChild/nextSibling is much cheaper than childNodes in jsdom.
    const light: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) light.push(c);
    for (let i = light.length - 1; i >= 0; i--) stack.push(light[i]!);
    const shadow = (node as Element).shadowRoot;
    if (shadow) {
      const inner: Node[] = [];
      for (let c = shadow.firstChild; c; c = c.nextSibling) inner.push(c);
      for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]!);
    }
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
      const el = node as Element;
      for (let i = 0; i < el.attributes.length; i++) attributes.push(el.attributes[i]!.value);
      // A form control's live value can differ from its markup once someone types; the reader sees the live one.
      if (node.nodeName === 'TEXTAREA' || node.nodeName === 'INPUT') attributes.push((node as HTMLTextAreaElement).value);
    }
  });
  const joined = fold(texts.join(''));
  const spaced = fold(texts.join(' '));
  const attrs = fold(attributes.join(SEPARATOR));
  return { joined, spaced, attributes: attrs, compact: [joined, spaced, attrs].join(SEPARATOR).replace(/[-\s]/g, '') };
}

/** Whether `value` (folded) occurs in the page text or in one attribute value. */
export function occursOnPage(value: string, text: PageText): boolean {
  const v = fold(value);
  if (v === '') return true;
  return text.joined.includes(v) || text.spaced.includes(v) || text.attributes.includes(v);
}

/** Order ids are compared on their digits: readers add the hyphens some pages leave out (3-7-7). */
export function orderIdOnPage(id: string, text: PageText): boolean {
  return text.compact.includes(fold(id).replace(/[-\s]/g, ''));
}

const tokenCache = new WeakMap<PageText, Set<string>>();

/** Whole words of the page, so that checking a 1 MB message word by word is not a million substring scans. */
function tokens(text: PageText): Set<string> {
  let set = tokenCache.get(text);
  if (!set) {
    set = new Set([...text.spaced.split(' '), ...text.attributes.split(SEPARATOR).flatMap((a) => a.split(' '))]);
    tokenCache.set(text, set);
  }
  return set;
}

/** Every whitespace-separated word of `value` occurs on the page (message bodies are re-spaced by readers). */
export function wordsOnPage(value: string, text: PageText): string[] {
  const known = tokens(text);
  return fold(value).split(' ').filter((w) => w && !known.has(w) && !occursOnPage(w, text));
}
