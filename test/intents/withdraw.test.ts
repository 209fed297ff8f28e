// Withdrawal words (negations.ts) turn the ask they take back into negated features, before or after it, and leave
// a message without one as it was.
import { describe, expect, it } from 'vitest';
import { featurize, type FeatureConfig } from '../../src/rules/intent/features.ts';

const BASE: FeatureConfig = { bits: 16, charMin: 2, charMax: 3, cjkMax: 2, negScope: 4, concepts: 2, stem: 5 };
const idx = (text: string, withdraw: boolean) => featurize(text, { ...BASE, withdraw }, []).features.map((f) => f.index).sort((a, b) => a - b);

describe('withdrawal scope', () => {
  it.each([
    ['forget the refund, it came today'],
    ['bitte vergessen Sie die Stornierung'],
    ['oubliez ma demande de retour'],
    ['die Stornierung hat sich erledigt'],
    ['iade talebimden vazgectim'],
    ['تجاهلوا طلب الالغاء'],
  ])('changes the features of %s', (text) => {
    expect(idx(text, true)).not.toEqual(idx(text, false));
  });

  it.each([['please refund me, it never came'], ['Bitte stornieren Sie die Bestellung'], ['Where is my parcel?']])(
    'leaves %s as it was', (text) => {
      expect(idx(text, true)).toEqual(idx(text, false));
    });
});
