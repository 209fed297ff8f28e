// The figures the intent evaluation reports: exact-set accuracy (overall, hard cases, per language, negation cases)
// and per-intent precision and recall.
import type { BuyerIntent } from '../../src/model.ts';
import type { Example } from './load.ts';

export interface Figures {
  messages: number;
  exact: number;
  hard: { messages: number; exact: number };
  negation: { messages: number; exact: number };
  unclear: number;
  perLanguage: Record<string, { messages: number; exact: number }>;
  perIntent: Record<string, { precision: number | null; recall: number | null; support: number }>;
  misses: { id: string; expected: BuyerIntent[]; got: BuyerIntent[] }[];
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

export function figures(examples: readonly Example[], predicted: readonly { intents: BuyerIntent[]; unclear?: boolean }[]): Figures {
  const ok = examples.map((x, i) => same(x.intents, predicted[i]!.intents));
  const share = (pick: (x: Example) => boolean) => {
    const idx = examples.map((x, i) => (pick(x) ? i : -1)).filter((i) => i >= 0);
    return { messages: idx.length, exact: ratio(idx.filter((i) => ok[i]).length, idx.length) ?? 0 };
  };
  const perLanguage: Figures['perLanguage'] = {};
  for (const lang of [...new Set(examples.map((x) => x.lang))].sort()) perLanguage[lang] = share((x) => x.lang === lang);
  const perIntent: Figures['perIntent'] = {};
  const intents = [...new Set(examples.flatMap((x) => x.intents).concat(predicted.flatMap((p) => p.intents)))];
  for (const intent of intents) {
    let tp = 0, fp = 0, fn = 0;
    examples.forEach((x, i) => {
      const want = x.intents.includes(intent), got = predicted[i]!.intents.includes(intent);
      if (want && got) tp++; else if (got) fp++; else if (want) fn++;
    });
    perIntent[intent] = { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), support: tp + fn };
  }
  return {
    messages: examples.length,
    exact: share(() => true).exact,
    hard: share((x) => x.hard),
    negation: share((x) => x.tags.some((t) => /negation|withdraw/.test(t))),
    unclear: predicted.filter((p) => p.unclear).length,
    perLanguage, perIntent,
    misses: examples.flatMap((x, i) => (ok[i] ? [] : [{ id: x.id, expected: x.intents, got: predicted[i]!.intents }])),
  };
}
