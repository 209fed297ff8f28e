// A long draft's phrase lists found through its word index (word-index.ts) rather than searched for position by
// position. Most alternatives of the lists open with "not inside a word" and fixed first letters: such a match can
// only start where a word of the draft begins with those letters, and the index lists those places. The expression
// is tried (anchored) there, and at the places a plain search finds for its other alternatives. Every match is the
// expression's own, found in the same order: the places tried include every place a match starts.
// Only the full check (index.ts: the command line, the popup) uses this; the reply box checks drafts far shorter
// than an index pays off for, and does without its weight.
import { groupEnd, headsOf } from './heads.ts';
import { alternativesOf } from './phrases/narrow.ts';
import type { Search } from './matches.ts';
import { Beginnings, wordIndex, type WordIndex } from './word-index.ts';

interface Plan {
  /** Where the whole-word alternatives can start. */
  beginnings: Beginnings;
  /** The other alternatives, searched for as usual; null when there are none. */
  rest: RegExp | null;
  /** The expression itself, anchored (sticky) to a place. */
  at: RegExp;
}

// A look-behind that no ASCII letter passes ("not after a letter", "not after A-Z, a-z or a digit"): a match after
// it starts at one of the index's places. \p{L} is a letter class only in a Unicode expression.
const NOT_AFTER_LETTER = /^\(\?<!\[(?!\^)[^\]]*(?:A-Za-z|\\p\{L\})[^\]]*\]\)/;
const QUANTIFIED = /^(?:[?*+]|\{\d)/;
// A back-reference counts groups: the same groups in a smaller expression would be numbered otherwise.
const BACK_REFERENCE = /\\(?:[1-9]|k<)/;

const plans = new WeakMap<RegExp, Plan | null>();

/** Adds the beginnings of `alt` (a whole-word alternative without its look-behind); false when it has none. */
function addBeginnings(alt: string, to: Beginnings): boolean {
  const found = headsOf(alt);
  if (!found) return false;
  // Checked before adding: an alternative is indexed whole or not at all.
  if (!found.every((b) => new Beginnings().add(b))) return false;
  for (const b of found) to.add(b);
  return true;
}

/** How `source` splits into alternatives found through the index and the rest; null when none can be. */
export function planSource(source: string, unicode = true): { beginnings: Beginnings; rest: string[] } | null {
  if (BACK_REFERENCE.test(source)) return null;
  const beginnings = new Beginnings();
  const rest: string[] = [];
  let indexed = false;
  for (const alt of alternativesOf(source)) {
    const opener = NOT_AFTER_LETTER.exec(alt)?.[0];
    if (!opener || (!unicode && !opener.includes('A-Za-z'))) { rest.push(alt); continue; }
    const body = alt.slice(opener.length);
    const end = body.startsWith('(?:') ? groupEnd(body) : -1;
    if (end > 0 && !QUANTIFIED.test(body.slice(end))) {
      // words(...) merged by anyOf: "(?:a|b|c)(?![...])". Its branches are indexed one by one; those that are not
      // keep the group's look-behind and tail and are searched for with the rest.
      const tail = body.slice(end);
      const left: string[] = [];
      for (const branch of alternativesOf(body.slice(3, end - 1))) {
        if (addBeginnings(branch + tail, beginnings)) indexed = true; else left.push(branch);
      }
      if (left.length) rest.push(`${opener}(?:${left.join('|')})${tail}`);
    } else if (addBeginnings(body, beginnings)) {
      indexed = true;
    } else {
      rest.push(alt);
    }
  }
  return indexed ? { beginnings, rest } : null;
}

/** The plan for `re` (made once per expression); null when the index cannot help with it. */
function planFor(re: RegExp): Plan | null {
  let plan = plans.get(re);
  if (plan !== undefined) return plan;
  plan = null;
  const split = re.sticky || !re.global ? null : planSource(re.source, /[uv]/.test(re.flags));
  if (split) {
    try {
      plan = {
        beginnings: split.beginnings,
        rest: split.rest.length ? new RegExp(split.rest.join('|'), re.flags) : null,
        at: new RegExp(re.source, re.flags.replace('g', '') + 'y'),
      };
    } catch {
      plan = null;
    }
  }
  plans.set(re, plan);
  return plan;
}

// Below this length a plain search is as fast as looking anything up.
const INDEXED_FROM = 8192;
// An anchored try costs about as much as searching 40 units of text: with more places than one per 48 units (a
// list that opens with "con", "del" or a single letter), the plain search is the faster.
const TRIED_PER_UNIT = 48;

/** Matches found through `index`, over its own text. */
export function indexedSearch(index: WordIndex): Search {
  return (re, text) => {
    if (text.length < INDEXED_FROM || text !== index.text) return null;
    const plan = planFor(re);
    const starts = plan ? plan.beginnings.positions(index, text.length / TRIED_PER_UNIT) : null;
    return plan && starts ? tried(re, text, plan, starts) : null;
  };
}

/** What the full check hands find.ts: the word index (also the draft's word beginnings) and the search through it. */
export const LONG_DRAFTS = {
  index: (text: string): WordIndex | null => (text.length >= INDEXED_FROM ? wordIndex(text) : null),
  search: indexedSearch,
};

/** The matches of `re`, tried at `starts` and where a search finds its other alternatives. */
function* tried(re: RegExp, text: string, plan: Plan, starts: Int32Array): Generator<RegExpExecArray> {
  const { rest, at } = plan;
  let k = 0;
  let restAt = -1; // where the next match of the other alternatives starts (at or after `from`); -1 not known
  re.lastIndex = 0;
  // re.lastIndex is kept as exec would leave it: callers may read it between matches.
  for (let from = 0; from <= text.length;) {
    while (k < starts.length && starts[k]! < from) k++;
    if (rest && restAt < from) {
      rest.lastIndex = from;
      const r = rest.exec(text);
      // (A Unicode search started inside a surrogate pair reports the pair: never a place before `from`.)
      restAt = r ? Math.max(r.index, from) : Infinity;
    }
    const place = Math.min(k < starts.length ? starts[k]! : Infinity, rest ? restAt : Infinity);
    if (place === Infinity) break;
    at.lastIndex = place;
    const m = at.exec(text);
    // Not here after all (a word with the right first letters): the next place.
    if (!m) { from = place + 1; continue; }
    re.lastIndex = m.index + m[0].length + (m[0].length === 0 ? 1 : 0);
    yield m;
    from = re.lastIndex;
  }
  re.lastIndex = 0;
}
