// Every match of a global regular expression, without String.prototype.matchAll: matchAll copies the expression
// on each call, and V8 compiles the copy again, which for the long phrase lists cost more than the matching.
// The full check finds them in a long draft through the draft's word index instead (long-draft.ts).

/** The matches of `re` in `text` found another way than by searching; null when that way does not serve. */
export type Search = (re: RegExp, text: string) => Iterable<RegExpExecArray> | null;

// Set by find.ts for the length of one check.
let search: Search | null = null;

/** Find matches through `s` until this is called again (null: by searching the text). */
export function useSearch(s: Search | null): void {
  search = s;
}

export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const found = search?.(re, text);
  if (found) {
    yield* found;
    return;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
  re.lastIndex = 0;
}

/** Whether a (global) regular expression occurs in `text`, leaving its lastIndex at 0 for the next caller. */
export function has(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
