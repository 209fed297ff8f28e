// advise() over 1,000 remembered orders within the 20 ms budget (CONTRACT.md §6, adviseOrders1000Ms). The rules'
// own work (facts, situations, deadlines, ordering) is held to half of it, leaving the rest for the reply wording.
// Timed as the fastest of several runs: on a shared machine the slower runs measure the neighbours, not the code.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/model.ts';
import { adviseCases } from '../../src/rules/engine.ts';
import { advise } from '../../src/rules/index.ts';
import { toStoredCase } from '../../src/rules/storable.ts';
import { NOW } from './builders.ts';
import { thousandOrders } from './memory-sample.ts';

function bestMs(run: () => void, times: number): number {
  for (let i = 0; i < 5; i++) run(); // warm up: JIT, formatters, offset and parse caches
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('speed', () => {
  const stored = thousandOrders().map(toStoredCase);

  it('the rules alone: 1,000 remembered orders in at most 10 ms', () => {
    const noWording = () => null;
    expect(adviseCases(stored, NOW, DEFAULT_SETTINGS, noWording).length).toBeGreaterThanOrEqual(1000);
    const ms = bestMs(() => adviseCases(stored, NOW, DEFAULT_SETTINGS, noWording), 60);
    console.log(`rules over 1000 stored orders: best ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThanOrEqual(10);
  });

  it('advise() with reply wording: 1,000 remembered orders in at most 20 ms', () => {
    const ms = bestMs(() => advise(stored, NOW), 40);
    console.log(`advise(1000 stored orders): best ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThanOrEqual(20);
  });
});
