// The intent model as callers see it: negation and withdrawal, quoted earlier text, typos and missing accents,
// evidence spans in the original text, "unclear" with a runner-up, and the phrase-list fallback when no model is
// loaded.
import { afterAll, describe, expect, it } from 'vitest';
import { classifyWith } from '../../src/rules/intent/classify.ts';
import { featurize, hashOf } from '../../src/rules/intent/features.ts';
import { classifyIntents, detectIntents, intentModelLoaded, phraseHits, SIGNAL_INTENTS } from '../../src/rules/intent/detect.ts';
import { setIntentModel } from '../../src/rules/intent/use-model.ts';
import { unpack, type IntentModel } from '../../src/rules/intent/intent-model.ts';
import { INTENT_MODEL } from '../../src/rules/intent/weights.generated.ts';

const model = unpack(INTENT_MODEL);
setIntentModel(model);
afterAll(() => setIntentModel(null));

describe('negation and withdrawal', () => {
  it.each([
    ["I don't want to cancel anymore, I'll keep it", 'cancel'],
    ['No need to refund, it turned up this morning.', 'not-received'],
    ['Ich will doch nicht mehr stornieren, ich behalte es.', 'cancel'],
    ['不用取消了，我留着', 'cancel'],
    ['Artık iptal etmek istemiyorum, ürünü tutacağım.', 'cancel'],
    ['Non voglio più annullare, lo tengo.', 'cancel'],
  ])('%s is not %s', (text, intent) => {
    expect(detectIntents(text)).not.toContain(intent);
  });

  // Not in any training file, one or more a language: a withdrawal word before the ask it takes back, or after it
  // (Turkish, Japanese, Chinese).
  it.each([
    "Never mind the cancellation, my brother wants it after all.",
    "Olvídense de la devolución, al final me lo quedo.",
    "Laissez tomber l'annulation, je le garde finalement.",
    "Vergessen Sie die Rücksendung, ich behalte den Mixer doch.",
    "Lasciate perdere il reso, alla fine lo tengo.",
    "Esqueçam o cancelamento, minha irmã vai querer.",
    "Laat de annulering maar zitten, ik houd het toch.",
    "Proszę zapomnieć o zwrocie, jednak zostawiam sobie.",
    "Glöm returen, jag behåller den ändå.",
    "İadeyi unutun, ürünü tutmaya karar verdim.",
    "انسوا موضوع الإرجاع، بحتفظ فيه.",
    "返品の件は忘れてください、やっぱり使います。",
    "退货的事算了，我还是留着用吧。",
  ])('%s takes its ask back: other', (text) => {
    expect(detectIntents(text)).toEqual(['other']);
  });

  it('the same words without the negation are that intent', () => {
    expect(detectIntents('I want to cancel, please.')).toContain('cancel');
    expect(detectIntents('Bitte stornieren Sie die Bestellung.')).toContain('cancel');
  });
});

describe('only the buyer\'s own words count', () => {
  it('an ask in quoted earlier text is not read', () => {
    const text = 'Thanks, all sorted now!\n\n> On 3 May 2026, you wrote:\n> please cancel my order, I ordered by mistake';
    expect(detectIntents(text)).toEqual(['other']);
    expect(detectIntents('please cancel my order, I ordered by mistake')).toContain('cancel');
  });

  it('text under an "Original message" line is cut', () => {
    const text = 'Can you send me the tracking number?\n--- Original message ---\nThe glass was smashed when I opened the box';
    expect(detectIntents(text)).toEqual(['where-is-my-order']);
  });
});

describe('words in quotation marks', () => {
  const config = { ...model.config, quotes: true };
  const indices = (text: string) => new Set(featurize(text, config, []).features.map((f) => f.index));

  it('are features of their own, apart from the same words said outright', () => {
    for (const [plain, quoted] of [['it came broken', 'a review said "it came broken"'], ['壊れて届いた', 'レビューに「壊れて届いた」']]) {
      const own = indices(plain!), inQuotes = indices(quoted!);
      expect([...own].filter((i) => inQuotes.has(i)).length, quoted).toBeLessThan(own.size / 4);
    }
    expect(indices('« annulez »').has(hashOf('w|annulez', config.bits))).toBe(false);
    expect(indices('annulez').has(hashOf('w|annulez', config.bits))).toBe(true);
  });

  it('a lone quotation mark quotes nothing', () => {
    expect(indices('he said "cancel it please').has(hashOf('w|cancel', config.bits))).toBe(true);
  });
});

describe('typos, missing accents, several asks', () => {
  it('reads a message without accents', () => {
    expect(detectIntents("je n'ai pas recu ma commande")).toEqual(['not-received']);
  });

  it('finds two asks at once', () => {
    expect(detectIntents("The glass arrived smashed. I'd like to return it please")).toEqual(['damaged', 'return']);
  });
});

describe('evidence', () => {
  it('points at the words that carried each intent, in the original text', () => {
    const text = 'Hello! Could you PLEASE cancel my order?';
    const r = classifyIntents(text);
    expect(r.intents).toEqual(['cancel']);
    const spans = r.evidence.cancel ?? [];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans.map((s) => s.text).join(' ')).toMatch(/cancel/i);
  });
});

describe('unclear', () => {
  // A two-feature model: "maybe" lifts cancel into the unsure band, "surely" over the threshold.
  const k = SIGNAL_INTENTS.length;
  const config = { bits: 10, charMin: 9, charMax: 9, cjkMax: 0, negScope: 0 };
  const tiny: IntentModel = { config, intents: SIGNAL_INTENTS, bias: new Float64Array(k).fill(-4), weights: new Float32Array((1 << config.bits) * k), accept: 0.5, unclear: 0.2 };
  const cancel = SIGNAL_INTENTS.indexOf('cancel');
  tiny.weights[hashOf('w|maybe', config.bits) * k + cancel] = 3;
  tiny.weights[hashOf('w|surely', config.bits) * k + cancel] = 6;
  const none = () => [];

  it('says so, with the runner-up, when an intent comes close but does not hold', () => {
    const r = classifyWith(tiny, 'maybe', none);
    expect(r).toMatchObject({ intents: ['other'], unclear: true, runnerUp: 'cancel' });
    expect(r.scores.cancel).toBeGreaterThan(0.2);
    expect(r.scores.cancel).toBeLessThan(0.5);
  });

  it('is not unclear when the intent holds or nothing comes close', () => {
    expect(classifyWith(tiny, 'surely', none)).toMatchObject({ intents: ['cancel'], unclear: false });
    expect(classifyWith(tiny, 'hello', none)).toMatchObject({ intents: ['other'], unclear: false, runnerUp: null });
  });

  it('with a floor, the likeliest intent above it holds, flagged unclear; below it the message is other', () => {
    const floored = { ...tiny, floor: 0.2 };
    expect(classifyWith(floored, 'maybe', none)).toMatchObject({ intents: ['cancel'], unclear: true });
    expect(classifyWith(floored, 'surely', none)).toMatchObject({ intents: ['cancel'], unclear: false });
    expect(classifyWith(floored, 'hello', none)).toMatchObject({ intents: ['other'], unclear: false });
  });

  it('with the floor for plain messages only, a message with a negation in it is not lifted over the floor', () => {
    const plain = { ...tiny, config: { ...config, negScope: 1 }, floor: 0.2, floorPlain: true };
    expect(classifyWith(plain, 'maybe', none)).toMatchObject({ intents: ['cancel'], unclear: true });
    expect(classifyWith(plain, 'maybe. not really', none)).toMatchObject({ intents: ['other'], unclear: true, runnerUp: 'cancel' });
    expect(classifyWith({ ...plain, floorPlain: false }, 'maybe. not really', none)).toMatchObject({ intents: ['cancel'] });
  });

  it('an empty message asks nothing', () => {
    expect(classifyWith(tiny, '  ', none).intents).toEqual([]);
    expect(detectIntents('')).toEqual([]);
  });
});

describe('without a model', () => {
  it('falls back to the phrase lists', () => {
    setIntentModel(null);
    try {
      expect(intentModelLoaded()).toBe(false);
      expect(detectIntents('Please cancel my order')).toEqual(['cancel']);
      expect(classifyIntents('Please cancel my order')).toMatchObject({ intents: ['cancel'], unclear: false, evidence: {} });
      expect(phraseHits('Please cancel my order')).toEqual(['cancel']);
    } finally {
      setIntentModel(model);
    }
  });
});
