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
  /** Not a finding when the same sentence refuses it ("we cannot offer a discount code"). */
  unlessRefused?: boolean;
}

const NEGATION_BEFORE = new RegExp(words('cannot', 'can[\'’]?t', 'can\\s+not', 'unable\\s+to', 'don[\'’]?t', 'do\\s+not', 'no',
  'not', 'never', 'leider', 'kein\\p{L}*', 'nicht', 'pas', 'aucun\\p{L}*', 'ne', 'ningún', 'ninguna', 'non', 'nessun\\p{L}*') +
  '|' + cjk('无法', '不能', '没有', '不提供'), 'iu');
const NEGATION_AFTER = new RegExp(cjk('できません', 'できかねます', 'ございません', 'しておりません', '不能', '无法提供'), 'u');
const SENTENCE_END = /[.!?;。！？；\n]/u;

function refused(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 40 && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 20 && !SENTENCE_END.test(text[b]!)) b++;
  return NEGATION_BEFORE.test(text.slice(a, start)) || NEGATION_AFTER.test(text.slice(end, b));
}

/** Every match of every rule, as hits in original offsets. */
export function runPhrases(view: MappedText, rules: readonly PhraseRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (const m of view.text.matchAll(r.re)) {
      if (m[0].length === 0) continue;
      const end = m.index + m[0].length;
      if (r.unlessRefused && refused(view.text, m.index, end)) continue;
      hits.push({ start: view.from[m.index]!, end: view.to[end - 1]!, kind: r.kind, hint: r.hint,
        severity: r.severity ?? 'block', rule: r.rule ?? ruleFor(r.kind) });
    }
  }
  return hits;
}
