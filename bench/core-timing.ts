// The cores in Node, as the content script (check on every keystroke in the reply box) and the background
// (advise over everything remembered, for the deadline list and the badge) call them.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../src/model.ts';
import { makeDraft } from './draft.ts';
import { BENCH_NOW, rememberedReadings } from './remembered-orders.ts';
import { medianMs, type TimingOptions } from './stats.ts';

type CheckModule = typeof import('../src/check/index.ts');
type RulesModule = typeof import('../src/rules/index.ts');
type JoinModule = typeof import('../src/rules/join.ts');

export interface CoreTiming {
  checkDraft2000Ms: number;
  adviseOrders1000Ms: number;
  /** What the inputs produced: a timing of a call that found nothing would be no timing of the real work. */
  findingsInDraft: number;
  ordersAdvised: number;
  adviceItems: number;
}

const load = <T>(root: string, path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;

/** Times the cores found under `root` (a snapshot laid out like the repository). */
export async function timeCores(root: string, o: { check: TimingOptions; advise: TimingOptions }): Promise<CoreTiming> {
  const { check } = await load<CheckModule>(root, 'src/check/index.ts');
  const { advise } = await load<RulesModule>(root, 'src/rules/index.ts');
  const { joinReadings } = await load<JoinModule>(root, 'src/rules/join.ts');

  const draft = makeDraft();
  const cases = joinReadings(rememberedReadings(1_000));
  return {
    checkDraft2000Ms: medianMs(() => check(draft), o.check),
    adviseOrders1000Ms: medianMs(() => advise(cases, BENCH_NOW, DEFAULT_SETTINGS), o.advise),
    findingsInDraft: check(draft).length,
    ordersAdvised: cases.length,
    adviceItems: advise(cases, BENCH_NOW, DEFAULT_SETTINGS).length,
  };
}
