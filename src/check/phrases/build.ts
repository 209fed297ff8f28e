// Building blocks for the phrase lists: word boundaries that work for accented Latin words inside any text
// (JavaScript's \b only knows ASCII) and no boundaries for Chinese and Japanese, which do not separate words.
import type { FindingKind, RuleId } from '../../model.ts';
import type { HintKey } from '../hints.ts';
import type { MappedText } from '../mapped-text.ts';
import { ruleFor, type Hit } from '../hit.ts';

const LATIN = 'A-Za-z0-9_\\u00C0-\\u024F\\u1E00-\\u1EFF';

/** Latin-script alternatives that must stand as whole words. */
export function words(...alternatives: string[]): string {
  return `(?<![${LATIN}])(?:${alternatives.join('|')})(?![${LATIN}])`;
}

/** Chinese or Japanese alternatives: matched wherever they occur. */
export function cjk(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

export function anyOf(sources: string[], flags = 'giu'): RegExp {
  return new RegExp(sources.join('|'), flags);
}

export interface PhraseRule {
  re: RegExp;
  kind: FindingKind;
  hint: HintKey;
  severity?: 'block' | 'warn';
  /** Defaults to the kind's rule (hit.ts ruleFor). */
  rule?: RuleId;
}

/** Every match of every rule, as hits in original offsets. */
export function runPhrases(view: MappedText, rules: readonly PhraseRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (const m of view.text.matchAll(r.re)) {
      if (m[0].length === 0) continue;
      const end = m.index + m[0].length;
      hits.push({ start: view.from[m.index]!, end: view.to[end - 1]!, kind: r.kind, hint: r.hint,
        severity: r.severity ?? 'block', rule: r.rule ?? ruleFor(r.kind) });
    }
  }
  return hits;
}
