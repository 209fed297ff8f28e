// Finds English left on a screen that should speak another language: a visible text (or a title, aria-label,
// placeholder) that is exactly an English catalog message, or a run of three or more English words. "English words"
// are the words of the English catalog that the screen's own catalog never uses, so the list follows the wording
// and a word both languages share ("Amazon", "min", "Status") is never held against a screen.
import { readFileSync } from 'node:fs';
import en from '../../src/public/_locales/en/messages.json';
import type { Catalog, CatalogLang } from '../../src/ui/i18n.ts';

/** Names the seller meets in English in every UI language: Amazon's programmes, the product, order and rule ids. */
const PROPER_NAMES = [
  /\bSeller Central\b/g, /\bA-to-z( Guarantee)?\b/gi, /\bSAFE-T\b/g, /\bClaims Protected\b/g, /\bBuy Shipping\b/g,
  /\bAmazon\b/g, /\bClaimwise\b/g, /\b\d{3}-\d{7}-\d{7}\b/g, /\b[A-Z]{2,}(-[A-Z0-9]+)+\b/g,
];

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const words = (s: string) => (s.replace(/\$[A-Za-z_]+\$/g, ' ').match(WORD) ?? []).map((w) => w.toLowerCase());
const messages = (c: Catalog) => Object.values(c).map((e) => e?.message ?? '');
const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface EnglishFinding {
  text: string;
  why: string;
}

/** The text inside the string literals of the advice tables of a language: the words its advice can use. */
const ADVICE_FILES: Record<CatalogLang, string[]> = {
  en: ['en'], de: ['de'], fr: ['fr'], es: ['es'], it: ['it'], ja: ['ja'], zh: ['zh', 'zh-policy'],
};
function adviceWords(lang: CatalogLang): string[] {
  return ADVICE_FILES[lang].flatMap((f) => {
    const source = readFileSync(`src/words/advice/${f}.ts`, 'utf8');
    return [...source.matchAll(/'([^'\n]*)'|`([^`]*)`/g)].flatMap((m) => words((m[1] ?? m[2] ?? '').replace(/\$\{[^}]*\}/g, ' ')));
  });
}

/** Every visible text of `root` in English; `catalog` is the language the screen speaks, `lang` its code. */
export function englishOn(root: Element, catalog: Catalog, lang: CatalogLang): EnglishFinding[] {
  const own = new Set([...messages(catalog).flatMap(words), ...adviceWords(lang)]);
  const english = new Set([...messages(en as Catalog).flatMap(words), ...adviceWords('en')].filter((w) => !own.has(w) && w.length > 1));
  // A message the two catalogs word alike (a language's name, "OK") is not left behind.
  const ownMessages = new Set(messages(catalog).map(normal));
  const englishMessages = new Set(messages(en as Catalog).map(normal).filter((m) => m && !ownMessages.has(m) && !/\$/.test(m)));

  const found: EnglishFinding[] = [];
  const judge = (raw: string) => {
    const text = normal(raw);
    if (!text) return;
    if (englishMessages.has(text)) { found.push({ text, why: 'an English catalog message' }); return; }
    const bare = PROPER_NAMES.reduce((s, re) => s.replace(re, ' | '), text);
    // Runs of English words, broken by names, digits and punctuation other than a space.
    for (const chunk of bare.split(/[^\p{L}'’ ]+/u)) {
      let run: string[] = [];
      for (const w of chunk.split(' ').filter(Boolean)) {
        if (english.has(w.toLowerCase())) run.push(w);
        else run = [];
        if (run.length === 3) { found.push({ text, why: `English words "${run.join(' ')}"` }); return; }
      }
    }
  };
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (hidden(el)) continue;
    for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
      const v = el.getAttribute(attr);
      if (v) judge(v);
    }
    for (const node of el.childNodes) if (node.nodeType === 3) judge(node.textContent ?? '');
  }
  return found;
}

/**
 * Not seen: hidden; or English quoted on purpose inside a screen of another language (an element marked lang="en"
 * within the screen's own `lang`: a rule's wording beside its translated headline).
 */
function hidden(el: Element): boolean {
  if (el.closest('[hidden], script, style, template') !== null) return true;
  const quote = el.closest('[lang]');
  return quote?.getAttribute('lang') === 'en' && quote.parentElement?.closest('[lang]') != null;
}
