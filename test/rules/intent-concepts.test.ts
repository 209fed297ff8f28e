// Cross-language concepts (src/rules/intent/concepts.ts, concept-match.ts): one concept from many languages' words,
// inflections and compounds by stem, short stems only as whole words, negation marked, Arabic inside a word and
// Japanese or Chinese inside a run.
import { describe, expect, it } from 'vitest';
import { conceptsOf } from '../../src/rules/intent/concept-match.ts';
import { featurize, hashOf, type FeatureConfig } from '../../src/rules/intent/features.ts';
import { foldText } from '../../src/rules/intent/text-map.ts';

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+|[\p{L}\p{N}]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const concepts = (text: string) => {
  const words = [...foldText(text).text.matchAll(TOKEN)].map((m) => ({ text: m[0], cjk: CJK.test(m[0]) }));
  return new Set(conceptsOf(words).map((h) => h.concept));
};

describe('intent concepts', () => {
  it('reads cancel in every marketplace language', () => {
    for (const t of ['please cancel it', 'Bitte stornieren', 'annulez la commande', 'cancelen el pedido', 'annullate l\'ordine',
      'cancela meu pedido', 'annuleer aub', 'proszę anulować', 'avbryt ordern', 'iptal edin', 'ألغوا الطلب', 'キャンセルしてください', '请取消订单']) {
      expect(concepts(t).has('cancel'), t).toBe(true);
    }
  });

  it('matches inflections and compounds by stem, with or without accents', () => {
    expect(concepts('die Rücksendeetiketten').has('return-ask')).toBe(true);
    expect(concepts('die Ruecksendung').has('return-ask')).toBe(true);
    expect(concepts('zurückgeschickt').has('back')).toBe(true);
    expect(concepts('zuruckgeschickt').has('back')).toBe(true);
    expect(concepts('Lieferadresse ändern').has('change')).toBe(true);
  });

  it('matches a stem of three letters or fewer only as a whole word', () => {
    expect(concepts('ist nichts da').has('arrive')).toBe(true);
    expect(concepts('danke schön').has('arrive')).toBe(false);
  });

  it('matches runs of words and text inside Japanese and Chinese runs', () => {
    expect(concepts('can you send it to my office').has('send-to')).toBe(true);
    expect(concepts('荷物が届いていません').has('arrive')).toBe(true);
    expect(concepts('还没收到包裹').has('receive')).toBe(true);
  });

  it('a concept in the scope of a negation is a different feature', () => {
    const cfg: FeatureConfig = { bits: 16, charMin: 2, charMax: 3, cjkMax: 2, negScope: 3, concepts: 1 };
    const idx = (t: string) => new Set(featurize(t, cfg, []).features.map((f) => f.index));
    expect(idx('bitte stornieren').has(hashOf('k|cancel', 16))).toBe(true);
    const negated = idx('nicht stornieren');
    expect(negated.has(hashOf('k|!cancel', 16))).toBe(true);
    expect(negated.has(hashOf('k|cancel', 16))).toBe(false);
    expect(idx('不取消了').has(hashOf('k|!cancel', 16))).toBe(true);
  });

  it('pairs of concepts in one clause are features at level 2 only', () => {
    const pair = hashOf('kk|ignore_cancel', 16);
    const at = (level: 1 | 2) => featurize('ignore my cancel request', { bits: 16, charMin: 2, charMax: 3, cjkMax: 2, negScope: 3, concepts: level }, []).features.map((f) => f.index);
    expect(at(2)).toContain(pair);
    expect(at(1)).not.toContain(pair);
  });
});
