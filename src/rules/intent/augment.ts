// Training-only: messages that ask two things are the ones the model misses most, and they are the fewest. Two
// training messages of one language joined into one ask the union of what each asks (docs/labels.md: "not received"
// absorbs "where is my order"; "other" only when neither asks anything), so the model sees many more of them. Quoted
// messages are left out: a quote header cuts everything after it.
import { BUYER_INTENTS, type BuyerIntent } from '../../model.ts';

export interface Joinable { text: string; lang: string; intents: readonly BuyerIntent[]; tags?: readonly string[] }

export function joinedLabels(a: readonly BuyerIntent[], b: readonly BuyerIntent[]): BuyerIntent[] {
  const held = new Set<BuyerIntent>([...a, ...b].filter((i) => i !== 'other'));
  if (held.has('not-received')) held.delete('where-is-my-order');
  return held.size === 0 ? ['other'] : BUYER_INTENTS.filter((i) => held.has(i));
}

const SEPARATORS = [' ', '. ', '\n', ', ', ' — '];

/** `count` joined pairs from `rows`, drawn by a seeded generator. */
export function joinedPairs(rows: readonly Joinable[], count: number, seed: number): { text: string; intents: BuyerIntent[] }[] {
  const usable = rows.filter((r) => !(r.tags ?? []).includes('quoted') && !/^\s*>/m.test(r.text));
  const byLang = new Map<string, Joinable[]>();
  for (const r of usable) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
  const langs = [...byLang.keys()].sort();
  let s = seed >>> 0;
  const next = (n: number) => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s % n; };
  const out: { text: string; intents: BuyerIntent[] }[] = [];
  for (let k = 0; k < count && langs.length > 0; k++) {
    const pool = byLang.get(langs[next(langs.length)]!)!;
    if (pool.length < 2) continue;
    const a = pool[next(pool.length)]!, b = pool[next(pool.length)]!;
    if (a === b) continue;
    out.push({ text: `${a.text.trim()}${SEPARATORS[next(SEPARATORS.length)]}${b.text.trim()}`, intents: joinedLabels(a.intents, b.intents) });
  }
  return out;
}
