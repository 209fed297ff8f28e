// Doubt (src/rules/intent/decide.ts, test/intents/doubt.ts): a reading is unsure when its confidence, the product
// over intents of how far each lies from its threshold, falls under the cut-off; an unsure reading names a runner-up;
// the cut-off is the lowest at which unflagged readings are right often enough on other sources.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/rules/intent/decide.ts';
import { SIGNAL_INTENTS } from '../../src/rules/intent/detect.ts';
import { chooseDoubt, chooseEstimator, chooseMargins } from './doubt.ts';
import { correctness, estimatorFeatures } from '../../src/rules/intent/estimator.ts';

const at = (scores: Partial<Record<(typeof SIGNAL_INTENTS)[number], number>>) => SIGNAL_INTENTS.map((i) => scores[i] ?? 0.001);
const accept = SIGNAL_INTENTS.map(() => 0.3);

describe('confidence rule', () => {
  it('two intents each somewhat near their threshold add up to doubt that neither alone gives', () => {
    const one = decide(SIGNAL_INTENTS, at({ cancel: 0.75 }), { accept, unclear: 0.2, confidence: { tau: 1, min: 0.75 } });
    const two = decide(SIGNAL_INTENTS, at({ cancel: 0.75, return: 0.12 }), { accept, unclear: 0.2, confidence: { tau: 1, min: 0.75 } });
    expect(one.confidence).toBeGreaterThan(two.confidence);
    expect(one).toMatchObject({ unsure: false });
    expect(two).toMatchObject({ unsure: true, runnerUp: 'return' });
    expect([...two.held]).toEqual(['cancel']);
  });

  it('an unsure reading with every intent decided one way still names a runner-up', () => {
    const d = decide(SIGNAL_INTENTS, at({ damaged: 0.35 }), { accept, unclear: 0.2, confidence: { tau: 1, min: 0.99 } });
    expect(d.unsure).toBe(true);
    expect(d.runnerUp).not.toBeNull();
  });

  it('without a confidence rule nothing changes: margin and the older rule decide', () => {
    const d = decide(SIGNAL_INTENTS, at({ cancel: 0.75 }), { accept, unclear: 0.2 });
    expect(d).toMatchObject({ unsure: false, runnerUp: null });
  });
});

describe('choosing the cut-off', () => {
  // Two sources; readings with a clear winner are right, readings with two intents near the threshold are wrong.
  const sure = at({ cancel: 0.97 }), hazy = at({ cancel: 0.35, return: 0.28 });
  const data = [0, 1].flatMap((fold) => [
    ...Array.from({ length: 18 }, () => ({ intents: ['cancel' as const], fold, p: sure })),
    ...Array.from({ length: 2 }, () => ({ intents: ['return' as const], fold, p: hazy })),
  ]);
  const params = data.map(() => ({ accept, unclear: 0.2 }));

  it('flags the hazy readings and keeps the sure ones, judged on the other source', () => {
    const choices = chooseDoubt(SIGNAL_INTENTS, data, data.map((x) => x.p), params, ['a', 'b'], 0.95, [1]);
    for (const c of choices) {
      expect(c.nested.confidentExact).toBe(1);
      expect(c.nested.flagged).toBeCloseTo(0.1, 3);
    }
    expect(choices.map((c) => c.rule.kind)).toEqual(['margin', 'confidence']);
  });

  it('with no need for doubt, flags nothing', () => {
    const right = data.map((x) => ({ ...x, intents: x.p === hazy ? ['cancel' as const] : x.intents }));
    const [margin] = chooseDoubt(SIGNAL_INTENTS, right, right.map((x) => x.p), params, ['a', 'b'], 0.95, []);
    expect(margin!.nested.flagged).toBe(0);
  });
});

describe('per-intent margins', () => {
  const none = SIGNAL_INTENTS.map(() => 0);
  const band = (j: number, above: number, below: number) => ({
    above: none.map((x, k) => (k === j ? above : x)), below: none.map((x, k) => (k === j ? below : x)),
  });
  const cancel = SIGNAL_INTENTS.indexOf('cancel');

  it('doubts only the side of an intent that is given a band', () => {
    // cancel held at 0.6 against 0.3: 1.25 over its threshold in log-odds.
    const p = at({ cancel: 0.6 });
    expect(decide(SIGNAL_INTENTS, p, { accept, unclear: 1, margins: band(cancel, 2, 0) }).unsure).toBe(true);
    expect(decide(SIGNAL_INTENTS, p, { accept, unclear: 1, margins: band(cancel, 0, 5) }).unsure).toBe(false);
    // cancel not held at 0.2: 0.54 under its threshold.
    const q = at({ cancel: 0.2 });
    const under = decide(SIGNAL_INTENTS, q, { accept, unclear: 1, margins: band(cancel, 0, 1) });
    expect(under).toMatchObject({ unsure: true, runnerUp: 'cancel' });
    expect(decide(SIGNAL_INTENTS, q, { accept, unclear: 1, margins: band(cancel, 1, 0) }).unsure).toBe(false);
  });

  it('are fitted so that the unflagged readings are right often enough, flagging few', () => {
    // Cancel read over its threshold is right when far over, wrong when just over; nothing else is ever near.
    const far = at({ cancel: 0.97 }), near = at({ cancel: 0.4 });
    const data = [0, 1].flatMap((fold) => [
      ...Array.from({ length: 18 }, () => ({ intents: ['cancel' as const], fold, p: far })),
      ...Array.from({ length: 2 }, () => ({ intents: ['other' as const], fold, p: near })),
    ]);
    const c = chooseMargins(SIGNAL_INTENTS, data, data.map((x) => x.p), data.map(() => ({ accept, unclear: 1 })), ['a', 'b'], 0.95, 2.5);
    expect(c.nested.confidentExact).toBe(1);
    expect(c.nested.flagged).toBeCloseTo(0.1, 3);
    expect(c.margins.above[cancel]).toBeGreaterThan(0.4);
    expect(c.margins.below.every((m) => m === 0)).toBe(true);
  });
});

describe('learned estimate of exactness', () => {
  // Two sources; in English two intents held are wrong, in Japanese the same reading is right: the margin cannot tell
  // them apart, the estimate can.
  const both = at({ cancel: 0.9, return: 0.9 }), one = at({ cancel: 0.97 });
  const data = [0, 1].flatMap((fold) => [
    ...Array.from({ length: 20 }, () => ({ intents: ['cancel' as const], fold, p: one, lang: 'en' })),
    ...Array.from({ length: 6 }, () => ({ intents: ['cancel' as const], fold, p: both, lang: 'en' })),
    ...Array.from({ length: 10 }, () => ({ intents: ['cancel' as const, 'return' as const], fold, p: both, lang: 'ja' })),
  ]);
  const params = data.map(() => ({ accept, unclear: 0.2 }));
  const contexts = data.map((x) => ({ lang: x.lang, length: 40, negated: false }));

  it('flags what the features mark as often wrong, chosen on the other source', () => {
    const c = chooseEstimator(SIGNAL_INTENTS, data, data.map((x) => x.p), params, contexts, ['a', 'b'], 0.95);
    expect(c.nested.confidentExact).toBe(1);
    expect(c.nested.flagged).toBeCloseTo(12 / 72, 3);
  });

  it('reaches the reading through decide, with a runner-up', () => {
    const c = chooseEstimator(SIGNAL_INTENTS, data, data.map((x) => x.p), params, contexts, ['a', 'b'], 0.95);
    const en = decide(SIGNAL_INTENTS, both, { accept, unclear: 0.2, estimator: { ...c.estimator, context: contexts[0]! } });
    const ja = decide(SIGNAL_INTENTS, both, { accept, unclear: 0.2, estimator: { ...c.estimator, context: contexts[71]! } });
    expect(en.unsure).toBe(true);
    expect(en.runnerUp).not.toBeNull();
    expect(ja.unsure).toBe(false);
    const features = estimatorFeatures(SIGNAL_INTENTS, SIGNAL_INTENTS.map(() => -3), new Set(), contexts[0]!);
    expect(correctness(c.estimator, features)).toBeGreaterThanOrEqual(0);
  });
});
