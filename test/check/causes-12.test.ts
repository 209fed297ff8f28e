// The review put off to a later time, "tell us here before the review", a review to change or remove after a refund
// or a fix, praise named for the review and a review asked only of happy buyers, in wording the checker had not seen
// (corpus/causes-12.ts), beside their clean look-alikes (a review request timed by use and asked of every buyer, the
// review left to the buyer, Amazon's rule quoted to a buyer's question, a payment outside Amazon refused): every
// clean look-alike passes and every must-block draft is blocked, with a finding of the kind it is labelled with.
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';
import { CAUSES_12 } from './corpus/causes-12.ts';

describe('reviews put off, held back, taken down or scripted, beside requests timed by use and rules quoted', () => {
  for (const [lang, spec, text] of CAUSES_12) {
    it(`${lang} ${spec || 'clean'}: ${text}`, () => {
      const findings = check(text);
      expect(mustChange(findings)).toBe(spec !== '');
      if (spec) expect(findings.filter((f) => f.severity === 'block').map((f) => f.kind)).toContain(spec);
    });
  }
});
