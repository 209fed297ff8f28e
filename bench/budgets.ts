// The performance budgets (issue 7). `npm run bench -- --check` fails when a measured figure is over its limit.
import type { BenchResult } from './result.ts';

export interface Budget { name: string; limit: number; unit: string; value: (r: BenchResult) => number | null }

/** Every limit, once: the parts of the bench that judge their own figures read them from here. */
export const LIMIT = {
  contentKb: 60, checkerKb: 60, backgroundKb: 40, intentWeightsKb: 150, popupKb: 40,
  readRatio: 3, pageLoadRatio: 1.05, draft2000Ms: 2, advise1000Ms: 20,
  hostileMs: 50, classifyMs: 1, worstPageMs: 30_000, worstPageRssMb: 1024, compactList250Ms: 100,
} as const;

const worst = (r: BenchResult, pick: (f: NonNullable<BenchResult['worstPage']>['deep100kNesting']) => number) =>
  (r.worstPage ? Math.max(pick(r.worstPage.deep100kNesting), pick(r.worstPage.huge50Mb)) : null);

export const BUDGETS: Budget[] = [
  { name: 'content bundle', limit: LIMIT.contentKb, unit: 'KB gzip', value: (r) => r.bundleKbGzip?.content ?? null },
  { name: 'checker module (loaded with a reply box)', limit: LIMIT.checkerKb, unit: 'KB gzip', value: (r) => r.bundleKbGzip?.checker ?? null },
  { name: 'background bundle (code)', limit: LIMIT.backgroundKb, unit: 'KB gzip', value: (r) => r.bundleKbGzip?.background ?? null },
  { name: 'intent model weights', limit: LIMIT.intentWeightsKb, unit: 'KB gzip', value: (r) => r.bundleKbGzip?.intentWeights ?? null },
  { name: 'popup bundle', limit: LIMIT.popupKb, unit: 'KB gzip', value: (r) => r.bundleKbGzip?.popup ?? null },
  { name: 'read 250-order list / DOM walk', limit: LIMIT.readRatio, unit: '×', value: (r) => r.readOrderList250?.ratio ?? null },
  { name: 'page load with / without extension', limit: LIMIT.pageLoadRatio, unit: '×', value: (r) => r.pageLoadOverheadRatio },
  { name: 'check() 2,000-char draft', limit: LIMIT.draft2000Ms, unit: 'ms', value: (r) => r.checkDraft2000Ms },
  { name: 'check() 1 MB of text', limit: LIMIT.hostileMs, unit: 'ms', value: (r) => r.checkHostile?.text1mbMs ?? null },
  { name: 'check() 100,000 digits', limit: LIMIT.hostileMs, unit: 'ms', value: (r) => r.checkHostile?.digits100kMs ?? null },
  { name: 'check() 1,000,000 digits', limit: LIMIT.hostileMs, unit: 'ms', value: (r) => r.checkHostile?.digits1mbMs ?? null },
  { name: 'check() 1 MB of mixed-language prose', limit: LIMIT.hostileMs, unit: 'ms', value: (r) => r.checkHostile?.mixed1mbMs ?? null },
  { name: 'check() 30,000 characters of mixed-language prose', limit: LIMIT.hostileMs, unit: 'ms', value: (r) => r.checkHostile?.mixed30kMs ?? null },
  { name: 'check() 10,000 emoji', limit: LIMIT.hostileMs, unit: 'ms', value: (r) => r.checkHostile?.emoji10kMs ?? null },
  { name: 'popup: 250 orders worded and drawn', limit: LIMIT.compactList250Ms, unit: 'ms', value: (r) => r.compactList?.ms ?? null },
  { name: 'classify one buyer message', limit: LIMIT.classifyMs, unit: 'ms', value: (r) => r.intents?.classifyMessageMs ?? null },
  { name: 'advise() 1,000 orders', limit: LIMIT.advise1000Ms, unit: 'ms', value: (r) => r.adviseOrders1000Ms },
  { name: 'worst page (100k nesting, 50 MB), cli read', limit: LIMIT.worstPageMs, unit: 'ms', value: (r) => worst(r, (f) => f.ms) },
  { name: 'worst page peak memory, cli read', limit: LIMIT.worstPageRssMb, unit: 'MB', value: (r) => worst(r, (f) => f.peakRssMb) },
];

export interface BudgetVerdict { name: string; limit: number; unit: string; value: number | null; ok: boolean | null }

/** ok is null where the figure was not measured (skipped or failed): that is reported, not counted as a pass. */
export function judge(result: BenchResult): BudgetVerdict[] {
  return BUDGETS.map((b) => {
    const value = b.value(result);
    return { name: b.name, limit: b.limit, unit: b.unit, value, ok: value === null ? null : value <= b.limit };
  });
}
