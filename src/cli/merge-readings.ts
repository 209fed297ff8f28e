import type { PageReading } from '../model.ts';

/** Several pages as one reading: the first page's kind and locale, lists concatenated in page order. */
export function mergeReadings(readings: PageReading[]): PageReading {
  if (readings.length === 1) return readings[0]!;
  const first = readings[0]!;
  return {
    kind: first.kind,
    marketplace: readings.find((r) => r.marketplace)?.marketplace ?? null,
    uiLanguage: first.uiLanguage,
    orders: readings.flatMap((r) => r.orders),
    claims: readings.flatMap((r) => r.claims),
    messages: readings.flatMap((r) => r.messages),
    returns: readings.flatMap((r) => r.returns),
    missing: readings.flatMap((r, i) => r.missing.map((m) => `pages[${i}].${m}`)),
    draft: readings.map((r) => r.draft).find((d) => d) ?? null,
  };
}
