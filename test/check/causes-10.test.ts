// Removing a review, money back for a review, a new product at a discount for existing customers, in wording the
// checker had not seen (corpus/causes-10.ts): every clean look-alike passes and every must-block draft is blocked,
// with a finding of the kind it is labelled with.
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';
import { CAUSES_10 } from './corpus/causes-10.ts';

describe('removing a review, money back for one, a discount for existing customers, beside their clean look-alikes', () => {
  for (const [lang, spec, text] of CAUSES_10) {
    it(`${lang} ${spec || 'clean'}: ${text}`, () => {
      const findings = check(text);
      expect(mustChange(findings)).toBe(spec !== '');
      if (spec) expect(findings.filter((f) => f.severity === 'block').map((f) => f.kind)).toContain(spec);
    });
  }
});
