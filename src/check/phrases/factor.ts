// An alternation of many phrases, rewritten so that phrases sharing their first letters share one test of them:
// "(?:coupon|code|cupón)" becomes "(?:c(?:o(?:upon|de)|upón))". The engine tries the alternatives of a group one
// after another at every word start; with a few hundred phrases that is most of a long draft's cost, and with the
// letters shared it tries a few dozen. The matches are the same: phrases that begin with different letters cannot
// match at the same place, phrases that share a beginning keep their order, and a phrase that does not begin with
// plain letters keeps its place among its neighbours.
const DEPTH = 3;

/** How many leading characters of `alt` are plain letters or digits that must be there as written. */
function plainHead(alt: string): number {
  let i = 0;
  while (i < alt.length && /[\p{L}\p{N}]/u.test(alt[i]!)) i++;
  // "reviews?": the "s" may be absent, so it is not part of the head.
  if (i > 0 && i < alt.length && /[?*{]/.test(alt[i]!)) i--;
  return i;
}

export function factorAlternatives(alts: readonly string[], depth = DEPTH): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (!run.length) return;
    const groups = new Map<string, string[]>();
    for (const a of run) {
      const key = a[0]!.toLowerCase();
      let g = groups.get(key);
      if (!g) { g = []; groups.set(key, g); }
      g.push(a);
    }
    for (const g of groups.values()) {
      if (g.length === 1 || depth === 0) { out.push(...g); continue; }
      const head = g[0]![0]!;
      const tails = g.map((a) => a.slice(1));
      out.push(`${head}(?:${factorAlternatives(tails, depth - 1)})`);
    }
    run = [];
  };
  for (const a of alts) {
    if (plainHead(a) > 0) run.push(a);
    else { flush(); out.push(a); }
  }
  flush();
  return out.join('|');
}
