// The short table on stderr for a person; stdout carries only the JSON document.
import type { BudgetVerdict } from './budgets.ts';
import type { BenchResult } from './result.ts';

const fmt = (v: number | null, unit: string) =>
  v === null ? '—' : `${v < 0.01 ? v.toPrecision(2) : v.toFixed(v < 10 ? 3 : 2)} ${unit}`;

export function table(result: BenchResult, verdicts: BudgetVerdict[]): string {
  const rows = verdicts.map((v) => [v.name, fmt(v.value, v.unit), `<= ${v.limit} ${v.unit}`,
    v.ok === null ? 'not measured' : v.ok ? 'ok' : 'OVER BUDGET']);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => `  ${r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ')}`);
  const r = result.readOrderList250;
  const p = result.pageLoad;
  const notes = [
    r ? `  read: ${fmt(r.medianMs, 'ms')} (first call ${fmt(r.firstMs, 'ms')}) vs walk of ${r.elements} elements ${fmt(r.baselineMs, 'ms')}, ${r.ordersFound} orders read` : null,
    p ? `  page load: ${fmt(p.withExtensionMs, 'ms')} with, ${fmt(p.withoutExtensionMs, 'ms')} without (load event only: ${p.loadEventRatio.toFixed(3)}×)` : null,
    ...result.skipped.map((s) => `  skipped: ${s}`),
    ...result.errors.map((e) => `  FAILED: ${e}`),
  ].filter((l): l is string => l !== null);
  return [`Claimwise benchmark — ${result.source}, ${result.takenAt}${result.quick ? ' (quick)' : ''}`, ...lines, ...notes, ''].join('\n');
}
