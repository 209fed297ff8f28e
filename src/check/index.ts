// text -> Finding[]: what must not be sent to a buyer (MSG-PROHIBITED, OFF-AMAZON, REVIEW-POLICY), with offsets
// into the text exactly as the seller typed it, the hint in the seller's UI language and the reason in every UI
// language. Pure: no DOM, no browser API; the same code runs in the popup and the command line (the reply box
// uses live.ts, the same findings worded in the page's language only).
import type { Finding } from '../model.ts';
import { findHits, findingOf } from './find.ts';
import { HINTS, hintFor, type HintLang } from './hints.ts';
import { fixFor } from './fixes.ts';
import { LONG_DRAFTS } from './long-draft.ts';

export { KIND_LABELS, type HintLang } from './hints.ts';

export interface CheckOptions {
  /** Language of the hints (what to write instead). Default English. */
  lang?: HintLang;
  /** Language the draft is written in (a marketplace language code), for the wording of a suggested rewrite. */
  draftLang?: string;
}

export function check(text: string, options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? 'en';
  return findHits(text, LONG_DRAFTS).map((h) => findingOf(text, h, hintFor(h.hint, lang), fixFor(h.hint, options.draftLang ?? lang), { ...HINTS[h.hint] }));
}

/** True when the draft must be changed before it is sent (CONTRACT.md §1: `check` exit code 1). */
export function mustChange(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
