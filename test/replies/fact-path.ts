// Resolves an evidence statement's fact path ("order.deliveredAt", "claims[0].decidedAt") against the case, so a
// test can prove every statement rests on a value that is really there.
import type { OrderCase } from '../../src/model.ts';

export function resolveFact(c: OrderCase, path: string): unknown {
  let cur: unknown = c;
  for (const part of path.split('.')) {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[m[1] ?? ''];
    if (m[2] !== undefined) cur = Array.isArray(cur) ? cur[Number(m[2])] : undefined;
  }
  return cur;
}

/** The paths a statement names ("a, b" -> ["a", "b"]). */
export function factPaths(fact: string | null): string[] {
  return fact ? fact.split(',').map((p) => p.trim()).filter(Boolean) : [];
}
