// The view links and email addresses are looked for in: the normalised draft with the usual disguises undone
// ("n o r t h w i n d . c o m", "shop dot com", "name (at) mail [.] com", "shop。jp"). Each undone disguise is
// remembered as an edit, because a word like "dot" or "at" is weaker evidence than a real "." or "@".
import { rewrite, type Edit, type MappedText } from './mapped-text.ts';
import { ANY_WORD_STARTS, type WordStarts } from './phrases/prefixes.ts';

export interface LinkView { view: MappedText; edits: Edit[] }

// Single characters separated by single spaces, at least five of them: a spelled-out address.
const SPACED = /(?<![\p{L}\p{N}])(?:[A-Za-z0-9@./:_-] ){4,}[A-Za-z0-9](?![\p{L}\p{N}])/gu;
const OPEN = '[\\(\\[\\{<【〔「『]';
const CLOSE = '[\\)\\]\\}>】〕」』]';
const BRACKET_DOT = new RegExp(`\\s*${OPEN}\\s*(?:\\.|。|dot|punkt|point|punto|ponto|punt|kropka|nokta|نقطة|点|ドット)\\s*${CLOSE}\\s*`, 'giu');
const BRACKET_AT = new RegExp(`\\s*${OPEN}\\s*(?:@|at|arroba|chiocciola|arobase|klammeraffe|apenstaartje|małpa|malpa|snabel-?a|et|アット|アットマーク|艾特)\\s*${CLOSE}\\s*`, 'giu');
// Spelled-out dots need letters on both sides; which word was used decides which top-level domains count. The
// character before the spaces is checked by the caller (after): a look-behind opening an expression is tested at
// every position of the draft.
const WORD_DOT = /\s+(dot|punkt|point|punto|ponto|punt|kropka|nokta|نقطة|\.)\s+(?=[A-Za-z])/giu;
const CJK_DOT = /\s*(点|ドット|。|｡)\s*(?=[A-Za-z])/gu;
// Arabic spells the whole ending: "shop دوت كوم" (shop dot com).
const ARABIC_TLD = /\s+(?:دوت|نقطة)\s+(كوم|نت|اورج|أورج)(?![\p{L}])/gu;
const ARABIC_TLDS: Record<string, string> = { 'كوم': 'com', 'نت': 'net', 'اورج': 'org', 'أورج': 'org' };
const WORD_SLASH = /\s+(?:slash|schrägstrich|barra|斜杠|スラッシュ)\s+(?=[A-Za-z0-9])/giu;
// Not when the next word already has its own "@": "desk at warranty@shop.com".
// The character before the spaces is checked by the caller (nameBefore): a look-behind opening the expression
// makes the engine test it at every position of the draft.
const WORD_AT = /\s+(at|ät|arroba|chiocciola|arobase|klammeraffe|apenstaartje|małpa|malpa|snabel-?a|et|آت)\s+(?=[A-Za-z0-9])(?![^\s@]*@)/giu;
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const DOT_BEFORE = /[A-Za-z0-9-]/;
const SLASH_BEFORE = /[A-Za-z0-9]/;
/** The unit before a match is one of `chars`. */
const after = (text: string, m: RegExpExecArray, chars: RegExp) => m.index > 0 && chars.test(text[m.index - 1]!);
const SPACED_AT = /(?:\s+@\s*|@\s+)(?=[A-Za-z0-9])/gu;

// What each rewrite needs to find anything: a step whose marks the draft lacks is not run over it.
const HAS_OPEN = new RegExp(OPEN, 'u');
// The same marks without the spaces around them, found from the bracket on: a cheap test before the rewrite, whose
// expression starts with optional spaces and so is tried at every position.
const BRACKETED_DOT = new RegExp(BRACKET_DOT.source.replace(/^\\s\*/, ''), 'iu');
const BRACKETED_AT = new RegExp(BRACKET_AT.source.replace(/^\\s\*/, ''), 'iu');
const SPACED_POINT = /\s\.\s/;
const SPACE_BY_AT = /\s@|@\s/;
const DOT_WORDS = ['dot', 'punkt', 'point', 'punto', 'ponto', 'punt', 'kropka', 'nokta'];
const SLASH_WORDS = ['slash', 'schrägstrich', 'barra'];

export function linkView(base: MappedText, starts: WordStarts = ANY_WORD_STARTS): LinkView {
  const text = base.text;
  const open = HAS_OPEN.test(text);
  const anyOf = (list: string[]) => starts.hasScript || list.some((w) => starts.has(w));
  const edits: Edit[] = [];
  let view = base;
  const step = (re: RegExp, replace: (m: RegExpExecArray) => string | null, tag: string | ((m: RegExpExecArray) => string)) => {
    const tags: string[] = [];
    const r = rewrite(view, re, (m) => {
      const out = replace(m);
      if (out !== null) tags.push(typeof tag === 'string' ? tag : tag(m));
      return out;
    });
    // Earlier edits keep their place only approximately after a rewrite; they are used as "somewhere in this
    // link" evidence, so re-locate them through the original offsets.
    const moved = edits.splice(0).map((e) => relocate(view, r.view, e)).filter((e): e is Edit => e !== null);
    r.edits.forEach((e, k) => { e.tag = tags[k] ?? ''; });
    edits.push(...moved, ...r.edits);
    view = r.view;
  };
  step(SPACED, (m) => m[0].replace(/ /g, ''), 'spaced');
  if (open && BRACKETED_DOT.test(view.text)) step(BRACKET_DOT, () => '.', 'dot');
  if (open && BRACKETED_AT.test(view.text)) step(BRACKET_AT, () => '@', 'at');
  if (anyOf(DOT_WORDS) || SPACED_POINT.test(view.text)) step(WORD_DOT, (m) => (after(view.text, m, DOT_BEFORE) ? '.' : null), (m) => `word-dot:${m[1]!.toLowerCase()}`);
  if (starts.hasScript) step(CJK_DOT, (m) => (after(view.text, m, DOT_BEFORE) ? '.' : null), (m) => (m[1] === '。' || m[1] === '｡' ? 'dot' : 'word-dot:dot'));
  if (starts.hasScript) step(ARABIC_TLD, (m) => (after(view.text, m, DOT_BEFORE) ? `.${ARABIC_TLDS[m[1]!]!}` : null), 'word-dot:dot');
  if (anyOf(SLASH_WORDS)) step(WORD_SLASH, (m) => (after(view.text, m, SLASH_BEFORE) ? '/' : null), 'slash');
  // A spelled "at" only matters where an address can follow it: the next word has a dot by now ("name at shop.com",
  // "name at shop dot com" after the dot steps). Most "at"s in a reply ("it arrived at the depot") are left alone,
  // so a long reply is not rebuilt for each of them.
  step(WORD_AT, (m) => (after(view.text, m, NAME_CHAR) && dotInNextWord(view.text, m.index + m[0].length) ? '@' : null), 'word-at');
  if (SPACE_BY_AT.test(view.text)) step(SPACED_AT, (m) => (after(view.text, m, NAME_CHAR) ? '@' : null), 'at');
  return { view, edits };
}

function dotInNextWord(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    // "see the guide at https://...": a link after "at", not the domain of an address
    if (c === ':' && text[i + 1] === '/') return false;
    // "19.5 V at 3.33 A": a decimal number after "at", not the domain of an address
    if (c === '.') return /[A-Za-z]/.test(text[i + 1] ?? '');
    if (/\s/.test(c)) return false;
  }
  return false;
}

function relocate(before: MappedText, after: MappedText, e: Edit): Edit | null {
  if (before === after) return e;
  const start = before.from[e.start];
  const end = before.to[e.end - 1];
  if (start === undefined || end === undefined) return null;
  // Rewrites keep the order of the text, so both maps are sorted.
  const a = firstIndex(after.from, (v) => v >= start);
  const b = firstIndex(after.to, (v) => v > end);
  return b > a ? { start: a, end: b, tag: e.tag } : null;
}

/** The first index whose value satisfies `ok` (which turns true once and stays true), or the length. */
function firstIndex(values: Int32Array, ok: (v: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(values[mid]!)) hi = mid; else lo = mid + 1;
  }
  return lo;
}
