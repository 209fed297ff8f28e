// Every UI language words every phrase of the advice registry: the same keys as English, no stray ones, and each
// phrase gives a sentence for any parameters (no "undefined", no English sentence left in a non-English table).
import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../../src/words/langs.ts';
import { EN_PHRASES } from '../../src/words/advice/en.ts';
import { loadAdviceLanguage } from '../../src/words/advice/load.ts';
import { POLICY, POLICY_RULE_IDS, type PolicyRule } from '../../src/rules/policy.ts';
import { policyNote } from '../../src/rules/policy-sources.ts';
import { isUncertain } from '../../src/rules/policy-time.ts';

const params = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? `«${k}»` : undefined) }) as Record<string, string>;
const call = (f: unknown) => (f as (p: Record<string, string>) => string)(params);

describe('the advice registry', () => {
  for (const lang of UI_LANGS) {
    it(`${lang} has every phrase English has, and no other`, async () => {
      const words = await loadAdviceLanguage(lang);
      expect(Object.keys(words.phrases).sort()).toEqual(Object.keys(EN_PHRASES).sort());
      for (const [key, f] of Object.entries(words.phrases)) {
        const out = call(f);
        expect(out, `${lang} ${key}`).not.toMatch(/undefined|NaN|\[object/u);
      }
    });
  }

  it('a non-English table does not keep English sentences', async () => {
    for (const lang of UI_LANGS.filter((l) => l !== 'en')) {
      const words = await loadAdviceLanguage(lang);
      const same = Object.entries(words.phrases).filter(([key, f]) => {
        const en = call(EN_PHRASES[key as keyof typeof EN_PHRASES]);
        return en.trim().split(/\s+/u).length >= 4 && call(f) === en;
      }).map(([key]) => key);
      expect(same, lang).toEqual([]);
    }
  });

  it('every rule with a note, and every uncertain rule, has its phrase', () => {
    for (const id of POLICY_RULE_IDS) {
      const rule: PolicyRule = POLICY[id];
      if (policyNote(id)) expect(Object.keys(EN_PHRASES), id).toContain(`policy.${id}`);
      if (isUncertain(rule)) expect(Object.keys(EN_PHRASES), id).toContain(`differ.${id}`);
    }
  });

  it('the check itself fails on a table that lacks a phrase', () => {
    const partial: Record<string, unknown> = { ...EN_PHRASES };
    delete partial['none.title'];
    expect(Object.keys(partial).sort()).not.toEqual(Object.keys(EN_PHRASES).sort());
  });
});
