// Every match of a global regular expression, without String.prototype.matchAll: matchAll copies the expression
// on each call, and V8 compiles the copy again, which for the long phrase lists cost more than the matching.
//
// On a long draft whose word index is at hand (word-index.ts), a phrase list is not scanned position by position.
// Most alternatives of the lists open with "not inside a word" and fixed first letters: such a match can only
// start where a word of the draft begins with those letters, and the index lists those places. The expression is
// tried (anchored) there, and at the places a plain search finds for its other alternatives (long-draft.ts says
// which are which). Every match is the expression's own, found in the same order: the places tried include every
// place a match starts.
import type { Beginnings, WordIndex } from './word-index.ts';

export interface Plan {
  /** Where the whole-word alternatives can start. */
  beginnings: Beginnings;
  /** The other alternatives, searched for as usual; null when there are none. */
  rest: RegExp | null;
  /** The expression itself, anchored (sticky) to a place. */
  at: RegExp;
}

/** How an expression is tried through the index (long-draft.ts planFor); null: searched for as usual. */
export type Planner = (re: RegExp) => Plan | null;

// The index of the draft being checked (find.ts sets it for the length of one check).
let current: WordIndex | null = null;
let planner: Planner | null = null;
// Below this length a plain search is as fast as looking anything up.
const INDEXED_FROM = 8192;
// An anchored try costs about as much as searching 40 units of text: with more places than one per 48 units (a
// list that opens with "con", "del" or a single letter), the plain search is the faster.
const TRIED_PER_UNIT = 48;

/** Search `index`'s text through `plan` until this is called again (null: search as usual). */
export function useIndex(index: WordIndex | null, plan: Planner | null = null): void {
  current = plan ? index : null;
  planner = plan;
}

export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const index = current !== null && text.length >= INDEXED_FROM && current.text === text ? current : null;
  const plan = index && planner ? planner(re) : null;
  const starts = plan ? plan.beginnings.positions(index!, text.length / TRIED_PER_UNIT) : null;
  if (plan && starts) yield* tried(re, text, plan, starts);
  else yield* searched(re, text);
}

function* searched(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
  re.lastIndex = 0;
}

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
