// An address read out with local words for "at" and "dot", review manipulation in fresh forms (praise to put in the
// review, the review put off until a gift or a replacement arrives, stars only when all is well, a reward for telling
// friends, a thank-you on the next order), phones in words and digits or kanji digits or split by " / " and " . ",
// and a discount code for other products, in wording the checker had not seen (corpus/causes-11.ts): every clean
// look-alike passes and every must-block draft is blocked, with a finding of the kind it is labelled with.
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';
import { CAUSES_11 } from './corpus/causes-11.ts';

describe('read-out addresses, fresh review steering, spelled and split phones, codes for other products, beside their clean look-alikes', () => {
  for (const [lang, spec, text] of CAUSES_11) {
    it(`${lang} ${spec || 'clean'}: ${text}`, () => {
      const findings = check(text);
      expect(mustChange(findings)).toBe(spec !== '');
      if (spec) expect(findings.filter((f) => f.severity === 'block').map((f) => f.kind)).toContain(spec);
    });
  }
});
