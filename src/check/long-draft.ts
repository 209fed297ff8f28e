// How a phrase list is tried on a long draft through its word index (matches.ts): which of its alternatives open
// with "not after a letter" and fixed first letters (found at the index's places for those letters), and which
// must be searched for as usual. Only the full check (index.ts: the command line, the popup) passes this to the
// search; the reply box checks drafts far shorter than an index pays off for, and does without its weight.
import { groupEnd, headsOf } from './heads.ts';
import { alternativesOf } from './phrases/narrow.ts';
import type { Plan } from './matches.ts';
import { Beginnings } from './word-index.ts';

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
export function planFor(re: RegExp): Plan | null {
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
