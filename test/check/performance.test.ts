// Correctness on inputs built to make the checker slow. How fast it is stays with the benchmark (`npm run bench`,
// bench/check-hostile.ts and the 2,000-character draft in bench/core-timing.ts): a timed assertion inside the unit
// tests fails whenever the machine is busy, so here the inputs are large enough that a quadratic or backtracking
// detector would not finish within the test timeout, and what is asserted is the output.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import { draft2000 } from './draft.ts';
import { PAYMENT_RULES } from '../../src/check/phrases/payment.ts';
import { APP_RULES } from '../../src/check/phrases/apps.ts';
import { SOCIAL_RULES } from '../../src/check/phrases/social.ts';
import { MARKETING_RULES } from '../../src/check/phrases/marketing.ts';
import { BEFORE_REVIEW, REVIEW } from '../../src/check/phrases/review.ts';
import { mixedProse } from '../../bench/check-hostile.ts';

/**
 * Sources of the groups that repeat without bound and themselves contain an unbounded repetition: `(a+)+`. A group
 * whose every round starts with a punctuation mark (`(?:\.\w+)*`) cannot split one run of text two ways: not counted.
 */
function nestedUnboundedRepeats(source: string): string[] {
  const found: string[] = [];
  const open: { at: number; unbounded: boolean }[] = [];
  let inClass = false;
  const unboundedAt = (i: number) => source[i] === '+' || source[i] === '*' || /^\{\d+,\}/.test(source.slice(i));
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { i++; if (source[i] === 'p' || source[i] === 'P') i = source.indexOf('}', i); if (!inClass && unboundedAt(i + 1)) markUnbounded(); continue; }
    if (inClass) { if (c === ']') { inClass = false; if (unboundedAt(i + 1)) markUnbounded(); } continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') { open.push({ at: i, unbounded: false }); continue; }
    if (c === ')') {
      const g = open.pop()!;
      if (unboundedAt(i + 1)) {
        if (g.unbounded && !delimited(source.slice(g.at, i + 1))) found.push(source.slice(g.at, i + 2));
        markUnbounded();
      } else if (g.unbounded) markUnbounded();
      continue;
    }
    if (unboundedAt(i + 1) && c !== '?' && c !== '|') markUnbounded();
  }
  return found;
  function markUnbounded() { const top = open[open.length - 1]; if (top) top.unbounded = true; }
}

function delimited(group: string): boolean {
  const body = group.replace(/^\((?:\?(?::|<?[=!]|<\w+>))?/, '');
  return /^(?:\\[.\-/:@#]|[-.,/:@#%])/.test(body);
}

describe('hostile input', () => {
  it('a 2,000-character draft with one of everything is checked in full; a plain reply of that length is clean', () => {
    const mixed = draft2000();
    expect(mixed.length).toBe(2000);
    const kinds = new Set(check(mixed).map((f) => f.kind));
    for (const kind of ['link', 'email', 'phone', 'social', 'marketing', 'review-manipulation', 'off-amazon-payment']) {
      expect(kinds, kind).toContain(kind);
    }
    expect(check('Thank you for your order, the parcel is on its way and should arrive on Friday. '.repeat(30).slice(0, 2000))).toEqual([]);
  });

  it('long runs built to make expressions backtrack finish, and none of them is a finding', () => {
    const nasty = ['1 '.repeat(50_000), 'a.'.repeat(50_000), '@a'.repeat(50_000), 'review '.repeat(15_000), '(at) '.repeat(20_000),
      'x '.repeat(50_000), '0-'.repeat(50_000), 'ｗ'.repeat(100_000), 'dot '.repeat(25_000), '7'.repeat(100_000)];
    for (const text of nasty) expect(check(text), JSON.stringify(text.slice(0, 12))).toEqual([]);
  });

  it('mixed-language reply prose (the 13 languages, Arabic and CJK among them) is clean, and what is in it is found', () => {
    const prose = mixedProse(30_000);
    expect(prose.length).toBe(30_000);
    expect(check(prose)).toEqual([]);
    const finding = 'Write to me at sam.porter@northwind-mail.com please.';
    expect(check(`${prose}${finding}`).map((f) => [f.kind, f.text])).toEqual(check(finding).map((f) => [f.kind, f.text]));
  });

  it('finds the same things in a draft however long the harmless text around it', () => {
    const finding = 'Write to me at sam.porter@northwind-mail.com please.';
    const padding = 'The parcel is on its way. '.repeat(20_000);
    const found = check(`${padding}${finding}`).map((f) => [f.kind, f.text]);
    expect(found).toEqual(check(finding).map((f) => [f.kind, f.text]));
    expect(found.length).toBeGreaterThan(0);
  });

  it('no phrase expression repeats a group that itself repeats without bound (the shape of catastrophic backtracking)', () => {
    const sources = [...PAYMENT_RULES, ...APP_RULES, ...SOCIAL_RULES, ...MARKETING_RULES].map((r) => r.re.source)
      .concat(REVIEW.source, BEFORE_REVIEW.source);
    expect(nestedUnboundedRepeats('(?:a+\\s)+b')).toEqual(['(?:a+\\s)+']);
    expect(nestedUnboundedRepeats('(?:\\w+\\s+){0,2}x[a-z]+')).toEqual([]);
    expect(nestedUnboundedRepeats('x(?:\\.[a-z]+)*')).toEqual([]);
    for (const s of sources) expect(nestedUnboundedRepeats(s), s.slice(0, 80)).toEqual([]);
  });
});
