// A whole-word phrase list narrowed to the phrases a given text could contain. Each phrase that begins with fixed
// letters ("coupons?\s+code", "(?:visit|see)\s+our\s+shop") needs a word of the text to begin with them; the
// phrases whose beginnings the text lacks are left out of the expression that runs. The expression that runs is
// then a handful of phrases instead of hundreds, which the engine scans for far faster; what it finds is the same,
// because a phrase left out could not have matched anywhere.
import type { WordStarts } from './prefixes.ts';
import { isLatinWordChar } from './prefixes.ts';

/** The top-level alternatives of a pattern source. */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

const QUANTIFIER = /^[?*{]/;

/** The fixed letters a source starts with, up to the first letter that may be absent or vary. */
function leadingLetters(source: string): string {
  let i = 0;
  while (i < source.length && isLatinWordChar(source.charCodeAt(i))) i++;
  // A letter followed by "?", "*" or "{0,…}" may be missing: it does not count.
  if (i > 0 && QUANTIFIER.test(source.slice(i))) i--;
  return source.slice(0, i);
}

/**
 * The beginnings one of which a match of `alternative` starts with, or null when it may start otherwise (a
 * class, an escape, a look-around, an optional group).
 */
export function beginningsOf(alternative: string): string[] | null {
  const lead = leadingLetters(alternative);
  if (lead) return [lead];
  const group = /^\(\?:/.exec(alternative);
  if (!group) return null;
  let depth = 0;
  let end = -1;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') return null;
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) { end = i; break; }
  }
  if (end < 0 || QUANTIFIER.test(alternative.slice(end + 1))) return null;
  const branches = alternativesOf(alternative.slice(3, end));
  const out: string[] = [];
  for (const b of branches) {
    const found = beginningsOf(b);
    if (!found) return null;
    out.push(...found);
  }
  return out;
}

interface Item { kind: 'letter' | 'space' | 'group' | 'look' | 'other'; text: string; quant: string }

/** The top-level items of an alternative, each with the quantifier that follows it. */
function itemsOf(source: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < source.length) {
    const from = i;
    let kind: Item['kind'];
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if ((e === 'p' || e === 'P' || e === 'u') && source[i + 2] === '{') i = source.indexOf('}', i) + 1;
      else if (e === 'u') i += 6;
      else if (e === 'x') i += 4;
      else i += 2;
      kind = e === 's' ? 'space' : 'other';
    } else if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      kind = 'other';
    } else if (c === '(') {
      let depth = 0;
      let inClass = false;
      for (; i < source.length; i++) {
        const d = source[i];
        if (d === '\\') { i++; continue; }
        if (inClass) { if (d === ']') inClass = false; continue; }
        if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      i++;
      kind = /^\(\?<?[=!]/.test(source.slice(from)) ? 'look' : 'group';
    } else {
      i++;
      kind = isLatinWordChar(c.charCodeAt(0)) ? 'letter' : 'other';
    }
    const q = /^(?:[?*+]|\{\d*,?\d*\})\??/.exec(source.slice(i));
    const quant = q ? q[0] : '';
    i += quant.length;
    items.push({ kind, text: source.slice(from, i - quant.length), quant });
  }
  return items;
}

const AT_LEAST_ONCE = /^(?:\+\??|\{[1-9]\d*(?:,\d*)?\}\??)?$/;

/**
 * What a match of `alternative` needs from the text's word beginnings: one entry per place where a word must begin
 * (the start, and after white space), each listing the beginnings one of which that word has. Places where the
 * wording may vary (a class, an optional group) ask for nothing.
 */
export function requirementsOf(alternative: string): string[][] {
  const items = itemsOf(alternative);
  const needs: string[][] = [];
  let wordStart = true;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === 'look') continue;
    if (wordStart) {
      if (it.kind === 'letter') {
        let run = '';
        for (let j = k; j < items.length && items[j]!.kind === 'letter'; j++) {
          const q = items[j]!.quant;
          if (q !== '' && q !== '+') break;
          run += items[j]!.text;
          if (q === '+') break; // "p+" is one "p" for sure, and then it may go on
        }
        if (run) needs.push([run]);
      } else if (it.kind === 'group' && AT_LEAST_ONCE.test(it.quant) && it.text.startsWith('(?:')) {
        const found = beginningsOf(it.text);
        if (found) needs.push(found);
      }
    }
    wordStart = it.kind === 'space' && AT_LEAST_ONCE.test(it.quant);
  }
  return needs;
}

interface Phrase { source: string; needs: string[][] }
interface Other { source: string; script: boolean }

/** The alternatives of a source, looking inside a group that is the whole source (what cjk() makes). */
function unwrapped(source: string): string[] {
  const items = itemsOf(source);
  if (items.length === 1 && items[0]!.kind === 'group' && items[0]!.quant === '' && source.startsWith('(?:')) {
    return alternativesOf(source.slice(3, -1)).flatMap(unwrapped);
  }
  return alternativesOf(source);
}

/** True when every match of `alternative` starts with a letter of a script written from U+0600 on. */
function needsScript(alternative: string): boolean {
  const first = itemsOf(alternative).find((it) => it.kind !== 'look');
  if (!first || !/^(?:|\+\??)$/.test(first.quant)) return false;
  if (first.kind === 'group') return first.text.startsWith('(?:') && alternativesOf(first.text.slice(3, -1)).every(needsScript);
  const c = first.text.charCodeAt(0);
  return first.kind === 'other' && first.text.length === 1 && c >= 0x600 && !(c >= 0x1e00 && c <= 0x1eff);
}

export class NarrowedList {
  private readonly phrases: Phrase[];
  private readonly others: Other[];
  private readonly cache = new Map<string, RegExp | null>();

  constructor(latin: string[], other: string[], private readonly wrap: (latin: string[], other: string[]) => RegExp | null) {
    this.phrases = latin.flatMap(alternativesOf).map((source) => ({ source, needs: requirementsOf(source) }));
    this.others = other.flatMap(unwrapped).map((source) => ({ source, script: needsScript(source) }));
  }

  /** The expression for the phrases `starts` allows; null when none can match. */
  for(starts: WordStarts): RegExp | null {
    const kept: number[] = [];
    this.phrases.forEach((p, k) => {
      if (p.needs.every((any) => any.some((b) => starts.has(b)))) kept.push(k);
    });
    const keptOther: number[] = [];
    this.others.forEach((o, k) => { if (!o.script || starts.hasScript) keptOther.push(k); });
    const key = `${kept.join(',')}/${keptOther.join(',')}`;
    let re = this.cache.get(key);
    if (re === undefined) {
      // Drafts are typed a letter at a time: a few word sets recur, the rest are one-offs not worth keeping.
      if (this.cache.size >= 64) this.cache.clear();
      re = this.wrap(kept.map((k) => this.phrases[k]!.source), keptOther.map((k) => this.others[k]!.source));
      this.cache.set(key, re);
    }
    return re;
  }
}
