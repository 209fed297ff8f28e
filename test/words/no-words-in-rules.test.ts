// Decide once, word at the edge: the rules say nothing in any language. A string literal of four or more words in
// src/rules/ (outside the buyer-intent phrase lists and the policy table's cited facts) is a sentence that belongs
// in src/words/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/rules';
// The intent detector reads buyers' words (its phrase lists are data, not wording); the policy table quotes its
// sources; holidays are names.
const NOT_WORDING = ['src/rules/intent/', 'src/rules/policy.ts', 'src/rules/policy-sources.ts', 'src/rules/holidays.ts', 'src/rules/claim-status.ts', 'src/rules/return-reason.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

export function sentencesIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');
  const found: string[] = [];
  for (const m of code.matchAll(/'([^'\\\n]*(?:\\.[^'\\\n]*)*)'|`([^`\\]*(?:\\.[^`\\]*)*)`/gu)) {
    const s = (m[1] ?? m[2] ?? '').replace(/\$\{[^}]*\}/gu, 'x');
    if (/^[A-Za-z]/u.test(s) && s.trim().split(/\s+/u).filter((w) => /^[A-Za-z']+[,.:;]?$/u.test(w)).length >= 4) found.push(s);
  }
  return found;
}

describe('the rules hold no wording', () => {
  it('no sentence in src/rules outside the data files', () => {
    const offenders = files(ROOT).filter((f) => !NOT_WORDING.some((x) => f.startsWith(x)))
      .flatMap((f) => sentencesIn(readFileSync(f, 'utf8')).map((s) => `${f}: ${s}`));
    expect(offenders).toEqual([]);
  });

  it('the scan finds a sentence where there is one', () => {
    expect(sentencesIn("const title = 'Ship the order by Friday';")).toHaveLength(1);
    expect(sentencesIn("const key = t('share.title');")).toHaveLength(0);
  });
});
