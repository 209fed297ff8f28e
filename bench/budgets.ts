// The performance budgets (issue 7). `npm run bench -- --check` fails when a measured figure is over its limit.
import type { BenchResult } from './result.ts';

export interface Budget { name: string; limit: number; unit: string; value: (r: BenchResult) => number | null }

export const BUDGETS: Budget[] = [
  { name: 'content bundle', limit: 60, unit: 'KB gzip', value: (r) => r.bundleKbGzip?.content ?? null },
  { name: 'background bundle', limit: 40, unit: 'KB gzip', value: (r) => r.bundleKbGzip?.background ?? null },
  { name: 'popup bundle', limit: 40, unit: 'KB gzip', value: (r) => r.bundleKbGzip?.popup ?? null },
  { name: 'read 250-order list / DOM walk', limit: 3, unit: '×', value: (r) => r.readOrderList250?.ratio ?? null },
  { name: 'page load with / without extension', limit: 1.05, unit: '×', value: (r) => r.pageLoadOverheadRatio },
  { name: 'check() 2,000-char draft', limit: 2, unit: 'ms', value: (r) => r.checkDraft2000Ms },
  { name: 'advise() 1,000 orders', limit: 20, unit: 'ms', value: (r) => r.adviseOrders1000Ms },
];

export interface BudgetVerdict { name: string; limit: number; unit: string; value: number | null; ok: boolean | null }

/** ok is null where the figure was not measured (skipped or failed): that is reported, not counted as a pass. */
export function judge(result: BenchResult): BudgetVerdict[] {
  return BUDGETS.map((b) => {
    const value = b.value(result);
    return { name: b.name, limit: b.limit, unit: b.unit, value, ok: value === null ? null : value <= b.limit };
  });
}
