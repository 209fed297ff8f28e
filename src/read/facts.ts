// Empty facts (everything unknown) and the `missing` list: every null a reader returns is named there.
import type { PageReading } from '../model.ts';

export { emptyOrder } from '../schema/order.ts';
export { emptyClaim } from '../schema/claim.ts';
export { emptyReturn } from '../schema/return.ts';

type Lists = Pick<PageReading, 'orders' | 'claims' | 'messages' | 'returns'>;

/** "orders[0].shipBy" for every null field of every item, in list and field order. */
export function missingPaths(reading: Lists): string[] {
  const out: string[] = [];
  for (const list of ['orders', 'claims', 'messages', 'returns'] as const) {
    reading[list].forEach((item, i) => {
      for (const [k, v] of Object.entries(item)) if (v === null) out.push(`${list}[${i}].${k}`);
    });
  }
  return out;
}
