// Bounds a page's HTML before it is parsed into a DOM (the command line's jsdom): cut past MAX_HTML_CHARS and flatten
// nesting past MAX_NESTING. A cheap single scan of the tags, not a parser: it only has to count depth well enough to
// keep a hostile page from exhausting the parser, and it leaves any page within the bounds byte for byte unchanged.
import { MAX_HTML_CHARS, MAX_NESTING } from './limits.ts';

export interface BoundedHtml {
  html: string;
  /** What was left out, for the reading's `missing`; empty when the page was within the bounds. */
  cut: string[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
/** Elements whose content is raw text up to their end tag: a "<div>" inside a script is not a tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements an opening tag of the same group closes implicitly (an unclosed <li> before the next is not nesting). */
const SIBLING_GROUP: Record<string, string> = { li: 'li', p: 'p', dt: 'dd', dd: 'dd', tr: 'tr', td: 'td', th: 'td', option: 'option' };

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<\/?([a-zA-Z][^\s/>]*)([^>]*)>?/gy;

interface Open { name: string; kept: boolean }

/**
 * Walks the tags of `html`; `keep(depth)` decides per opening tag whether it stays. Returns the rebuilt text when
 * `rebuild` is set, else only the deepest nesting seen.
 */
function scan(html: string, rebuild: boolean): { depth: number; out: string } {
  const stack: Open[] = [];
  const counts = new Map<string, number>();
  const parts: string[] = [];
  let max = 0, i = 0, copied = 0;
  const drop = (from: number, to: number) => {
    if (!rebuild) return;
    parts.push(html.slice(copied, from));
    copied = to;
  };
  const pop = (): Open => {
    const top = stack.pop()!;
    counts.set(top.name, counts.get(top.name)! - 1);
    return top;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    TOKEN.lastIndex = lt;
    const m = TOKEN.exec(html);
    if (!m || !m[1]) { i = m ? Math.max(TOKEN.lastIndex, lt + 1) : lt + 1; continue; }
    const end = TOKEN.lastIndex;
    const name = m[1].toLowerCase();
    if (m[0][1] === '/') {
      if ((counts.get(name) ?? 0) > 0) {
        let top = pop();
        while (top.name !== name) top = pop();
        if (!top.kept) drop(lt, end);
      }
      i = end;
      continue;
    }
    const group = SIBLING_GROUP[name];
    if (group && stack.length && SIBLING_GROUP[stack[stack.length - 1]!.name] === group) {
      const top = pop();
      if (!top.kept) drop(lt, lt); // its implicit end: nothing in the text to remove
    }
    i = end;
    if (RAW.has(name)) {
      const closeRe = new RegExp(`</${name}`, 'gi');
      closeRe.lastIndex = end;
      const close = closeRe.exec(html);
      i = close ? close.index : html.length;
    }
    if (VOID.has(name) || /\/\s*$/.test(m[2] ?? '') || RAW.has(name)) {
      if (stack.length >= MAX_NESTING && !RAW.has(name)) drop(lt, end);
      continue;
    }
    const kept = stack.length < MAX_NESTING;
    if (!kept) drop(lt, end);
    stack.push({ name, kept });
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (stack.length > max) max = stack.length;
  }
  if (rebuild) parts.push(html.slice(copied));
  return { depth: max, out: rebuild ? parts.join('') : '' };
}

/** `html` within the bounds of limits.ts, and what the bounding left out. */
export function boundHtml(html: string): BoundedHtml {
  const cut: string[] = [];
  let out = html;
  if (out.length > MAX_HTML_CHARS) {
    const lastTag = out.lastIndexOf('<', MAX_HTML_CHARS);
    out = out.slice(0, lastTag > 0 ? lastTag : MAX_HTML_CHARS);
    cut.push(`page beyond its first ${Math.round(MAX_HTML_CHARS / 1e6)} MB (too large to read)`);
  }
  if (scan(out, false).depth > MAX_NESTING) {
    out = scan(out, true).out;
    cut.push(`elements nested deeper than ${MAX_NESTING} levels (read as their text only)`);
  }
  return { html: out, cut };
}
