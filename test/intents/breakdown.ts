// A cross-validation result broken down for finding where the model fails: exact set per language and per tag, and
// precision/recall per intent, as text lines.
import type { Figures } from './metrics.ts';
import type { Example } from './load.ts';

const pct = (x: number | null) => (x === null ? '  —  ' : `${(x * 100).toFixed(1).padStart(5)}`);

export function breakdown(data: readonly Example[], f: Figures): string {
  const missed = new Set(f.misses.map((m) => m.id));
  const lines: string[] = [];
  lines.push(`languages: ${Object.entries(f.perLanguage).map(([l, x]) => `${l} ${pct(x.exact)}`).join('  ')}`);
  const tags = [...new Set(data.flatMap((x) => x.tags))].sort();
  lines.push(`tags: ${tags.map((t) => {
    const mine = data.filter((x) => x.tags.includes(t));
    return `${t} ${pct(mine.filter((x) => !missed.has(x.id)).length / mine.length)} (${mine.length})`;
  }).join('  ')}`);
  const easy = data.filter((x) => !x.hard);
  lines.push(`not hard: ${pct(easy.filter((x) => !missed.has(x.id)).length / Math.max(1, easy.length))} (${easy.length})`);
  lines.push(`intents (precision recall support): ${Object.entries(f.perIntent).map(([i, x]) => `${i} ${pct(x.precision)} ${pct(x.recall)} ${x.support}`).join('  ')}`);
  return `${lines.join('\n')}\n`;
}
