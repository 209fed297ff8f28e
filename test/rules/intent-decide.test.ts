// From probabilities to a reading (src/rules/intent/decide.ts): thresholds, the floor, "not received" absorbing
// "where is my order", and when the reading is unsure (with the runner-up).
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/rules/intent/decide.ts';
import type { SignalIntent } from '../../src/rules/intent/types.ts';

const INTENTS: SignalIntent[] = ['not-received', 'where-is-my-order', 'damaged', 'cancel'];
const at = (accept: number) => INTENTS.map(() => accept);

describe('decide', () => {
  it('holds what reaches its threshold, and nothing else', () => {
    const d = decide(INTENTS, [0.01, 0.02, 0.9, 0.6], { accept: at(0.5), unclear: 0.3 });
    expect([...d.held].sort()).toEqual(['cancel', 'damaged']);
    expect(d.unsure).toBe(false);
    expect(d.runnerUp).toBeNull();
  });

  it('lets "not received" absorb "where is my order", and never offers the absorbed one as runner-up', () => {
    const d = decide(INTENTS, [0.8, 0.7, 0.01, 0.01], { accept: at(0.5), unclear: 0.3, margin: 0.5 });
    expect([...d.held]).toEqual(['not-received']);
    expect(d.runnerUp).not.toBe('where-is-my-order');
  });

  it('with a floor, the likeliest holds when none reaches its threshold, flagged unsure', () => {
    const d = decide(INTENTS, [0.01, 0.02, 0.2, 0.12], { accept: at(0.5), floor: 0.1, unclear: 0.3 });
    expect([...d.held]).toEqual(['damaged']);
    expect(d.unsure).toBe(true);
  });

  it('is unsure with the runner-up when an intent lies within the margin of its threshold', () => {
    const p = [0.01, 0.01, 0.9, 0.42];
    expect(decide(INTENTS, p, { accept: at(0.5), unclear: 0.6 }).unsure).toBe(false);
    const d = decide(INTENTS, p, { accept: at(0.5), unclear: 0.6, margin: 0.5 });
    expect([...d.held]).toEqual(['damaged']);
    expect(d.unsure).toBe(true);
    expect(d.runnerUp).toBe('cancel');
  });

  it('a held intent just over its threshold is unsure too; one far over is not', () => {
    expect(decide(INTENTS, [0.01, 0.01, 0.55, 0.01], { accept: at(0.5), unclear: 0.6, margin: 0.5 }).unsure).toBe(true);
    expect(decide(INTENTS, [0.01, 0.01, 0.95, 0.01], { accept: at(0.5), unclear: 0.6, margin: 0.5 }).unsure).toBe(false);
  });

  it('reads per-intent thresholds by position', () => {
    const d = decide(INTENTS, [0.01, 0.01, 0.3, 0.3], { accept: [0.5, 0.5, 0.25, 0.5], unclear: 0.9 });
    expect([...d.held]).toEqual(['damaged']);
  });
});
