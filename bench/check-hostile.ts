// check() on text built to be slow (issue 15): 100,000 digits in one run, 1 MB of ordinary reply text, 10,000
// emoji (with joiners, skin tones and keycaps), each within 50 ms; and the live check of a 2,000-character draft
// within 2 ms. Medians after a warm-up, as the reply box pays them; the first, cold call is reported beside them.
import { LIMIT } from './budgets.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeDraft } from './draft.ts';
import { medianMs } from './stats.ts';

type CheckModule = typeof import('../src/check/index.ts');

export const HOSTILE_BUDGET_MS = LIMIT.hostileMs;
export const DRAFT_BUDGET_MS = LIMIT.draft2000Ms;

export interface HostileTiming {
  digits100kMs: number;
  text1mbMs: number;
  emoji10kMs: number;
  draft2000Ms: number;
  firstCallMs: { digits100k: number; text1mb: number; emoji10k: number };
  /** Each figure against its budget (50 ms, the draft 2 ms). */
  ok: { digits100k: boolean; text1mb: boolean; emoji10k: boolean; draft2000: boolean };
}

function inputs(): { digits100k: string; text1mb: string; emoji10k: string } {
  const draft = makeDraft();
  let text = '';
  while (text.length < 1_000_000) text += draft + '\n';
  const emoji = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '1️⃣', '🇩🇪', '❤️'];
  let e = '';
  for (let i = 0; i < 10_000; i++) e += emoji[i % emoji.length];
  return { digits100k: '7'.repeat(100_000), text1mb: text.slice(0, 1_000_000), emoji10k: e };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export async function timeHostile(root: string, quick = false): Promise<HostileTiming> {
  const { check } = await import(pathToFileURL(join(root, 'src/check/index.ts')).href) as CheckModule;
  const x = inputs();
  const first = (s: string) => { const t = performance.now(); check(s); return round(performance.now() - t); };
  const firstCallMs = { digits100k: first(x.digits100k), text1mb: first(x.text1mb), emoji10k: first(x.emoji10k) };
  const big = quick ? { warmup: 1, runs: 3 } : { warmup: 3, runs: 11 };
  const digits100kMs = round(medianMs(() => check(x.digits100k), big));
  const text1mbMs = round(medianMs(() => check(x.text1mb), big));
  const emoji10kMs = round(medianMs(() => check(x.emoji10k), big));
  const draft = makeDraft();
  const draft2000Ms = round(medianMs(() => check(draft), quick ? { warmup: 5, runs: 21 } : { warmup: 50, runs: 201 }));
  return {
    digits100kMs, text1mbMs, emoji10kMs, draft2000Ms, firstCallMs,
    ok: { digits100k: digits100kMs <= HOSTILE_BUDGET_MS, text1mb: text1mbMs <= HOSTILE_BUDGET_MS,
      emoji10k: emoji10kMs <= HOSTILE_BUDGET_MS, draft2000: draft2000Ms <= DRAFT_BUDGET_MS },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(JSON.stringify(await timeHostile(join(import.meta.dirname, '..'), process.argv.includes('--quick')), null, 2) + '\n');
}
