// Review manipulation in wording the checker had not seen (corpus/causes-9.ts): every clean look-alike passes and
// every must-block draft is blocked, with a finding of the kind it is labelled with.
import { describe, expect, it } from 'vitest';
import { check, mustChange } from '../../src/check/index.ts';
import { CAUSES_9 } from './corpus/causes-9.ts';

describe('review manipulation in unseen wording, beside its clean look-alikes', () => {
  for (const [lang, spec, text] of CAUSES_9) {
    it(`${lang} ${spec || 'clean'}: ${text}`, () => {
      const findings = check(text);
      expect(mustChange(findings)).toBe(spec !== '');
      if (spec) expect(findings.filter((f) => f.severity === 'block').map((f) => f.kind)).toContain(spec);
    });
  }
});
