// Near-duplicate groups for honest cross-validation: two messages whose folded character 4-grams overlap by half or
// more (Jaccard) are one group, and a group stays in one fold, so a message is never judged by a model that trained
// on its twin. The same measure finds the composed messages too close to a test fold, which that fold then leaves out
// of training.
import { foldText } from '../../src/rules/intent/text-map.ts';

export const NEAR = 0.5;

export function shingles(text: string): Set<string> {
  const t = ` ${foldText(text).text.replace(/[^\p{L}\p{N} ]/gu, '')} `;
  const out = new Set<string>();
  for (const ch of [...t].keys()) out.add([...t].slice(ch, ch + 4).join(''));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let both = 0;
  for (const s of small) if (big.has(s)) both++;
  return both / (a.size + b.size - both);
}

/** For each message, the index of its group's first message (same language only: twins across languages are rare
 * and the pairs would be many). */
export function nearGroups(rows: readonly { text: string; lang: string }[], near = NEAR): number[] {
  const sets = rows.map((r) => shingles(r.text));
  const parent = rows.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[i]!.lang !== rows[j]!.lang) continue;
      if (jaccard(sets[i]!, sets[j]!) >= near) {
        const a = root(i), b = root(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  return rows.map((_, i) => root(i));
}

/** Which of `pool` come near any of `probe` (same language). */
export function nearAny(pool: readonly { text: string; lang: string }[], probe: readonly { text: string; lang: string }[], near = NEAR): boolean[] {
  const probeSets = probe.map((p) => ({ lang: p.lang, s: shingles(p.text) }));
  return pool.map((x) => {
    const s = shingles(x.text);
    return probeSets.some((p) => p.lang === x.lang && jaccard(s, p.s) >= near);
  });
}
