// The buyer-intent model (issue 14): one message classified within 1 ms (median per message over the training
// corpus, after a warm-up, as the CLI or a long-lived page pays it); the weights within 150 KB gzipped; advise() over
// 1,000 remembered orders still within 20 ms with the model registered. Each figure beside its budget.
import { LIMIT } from './budgets.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEFAULT_SETTINGS } from '../src/model.ts';
import { BENCH_NOW, rememberedReadings } from './remembered-orders.ts';
import { median, medianMs } from './stats.ts';

type DetectModule = typeof import('../src/rules/intent/detect.ts');
type ClassifyModule = typeof import('../src/rules/intent/classify.ts');
type ModelModule = typeof import('../src/rules/intent/intent-model.ts');
type WeightsModule = typeof import('../src/rules/intent/weights.generated.ts');
type RulesModule = typeof import('../src/rules/index.ts');
type JoinModule = typeof import('../src/rules/join.ts');

export const CLASSIFY_BUDGET_MS = LIMIT.classifyMs;
export const WEIGHTS_BUDGET_KB = LIMIT.intentWeightsKb;
export const ADVISE_BUDGET_MS = LIMIT.advise1000Ms;

export interface IntentTiming {
  classifyMessageMs: number;
  classifyMessageP95Ms: number;
  messages: number;
  /** Median over the 13 languages of one 2,000-character message (that language's training messages run together). */
  classifyLongMessageMs: number;
  weightsKbGzip: number;
  adviseOrders1000WithModelMs: number;
  ok: { classify: boolean; weights: boolean; advise: boolean };
}

const load = <T>(root: string, path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;

/** The messages timed are this checkout's corpus (measurement data, not a build input of the snapshot). */
function corpusTexts(): string[] {
  const dir = join(import.meta.dirname, '..', 'test/intents/corpus');
  return ['en', 'es', 'fr', 'de', 'it', 'ja', 'zh', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar'].flatMap((lang) =>
    readFileSync(join(dir, `${lang}.jsonl`), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text));
}

/** One 2,000-character message a language, the longest a buyer message usually runs. */
function longMessages(): string[] {
  const dir = join(import.meta.dirname, '..', 'test/intents/natural');
  return ['en', 'es', 'fr', 'de', 'it', 'ja', 'zh', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar'].map((lang) =>
    readFileSync(join(dir, `${lang}.jsonl`), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text).join(' ').slice(0, 2000));
}

export async function timeIntents(root: string, quick: boolean): Promise<IntentTiming> {
  await load<unknown>(root, 'src/rules/intent/load-model.ts');
  const { phraseHits } = await load<DetectModule>(root, 'src/rules/intent/detect.ts');
  const { classifyWith } = await load<ClassifyModule>(root, 'src/rules/intent/classify.ts');
  const { unpack } = await load<ModelModule>(root, 'src/rules/intent/intent-model.ts');
  const model = unpack((await load<WeightsModule>(root, 'src/rules/intent/weights.generated.ts')).INTENT_MODEL);
  // The model directly, not detectIntents: its cache of recent messages would time lookups, not reading.
  const classify = (t: string) => classifyWith(model, t, phraseHits);
  const { advise } = await load<RulesModule>(root, 'src/rules/index.ts');
  const { joinReadings } = await load<JoinModule>(root, 'src/rules/join.ts');
  const texts = corpusTexts().slice(0, quick ? 100 : undefined);
  for (const t of texts.slice(0, 200)) classify(t);
  const per: number[] = [];
  for (const t of texts) {
    const t0 = performance.now();
    classify(t);
    per.push(performance.now() - t0);
  }
  const sorted = [...per].sort((a, b) => a - b);
  const long = longMessages().map((t) => medianMs(() => classify(t), quick ? { warmup: 2, runs: 5 } : { warmup: 5, runs: 30 }));
  const weights = gzipSync(readFileSync(join(root, 'src/rules/intent/weights.generated.ts')), { level: 9 }).length / 1024;
  const cases = joinReadings(rememberedReadings(1_000));
  const adviseMs = medianMs(() => advise(cases, BENCH_NOW, DEFAULT_SETTINGS), quick ? { warmup: 2, runs: 5 } : { warmup: 10, runs: 100 });
  const classifyMs = median(per);
  return {
    classifyMessageMs: Math.round(classifyMs * 1e4) / 1e4,
    classifyMessageP95Ms: Math.round(sorted[Math.floor(sorted.length * 0.95)]! * 1e4) / 1e4,
    messages: texts.length,
    classifyLongMessageMs: Math.round(median(long) * 1e4) / 1e4,
    weightsKbGzip: Math.round(weights * 10) / 10,
    adviseOrders1000WithModelMs: Math.round(adviseMs * 1e4) / 1e4,
    ok: { classify: classifyMs <= CLASSIFY_BUDGET_MS, weights: weights <= WEIGHTS_BUDGET_KB, advise: adviseMs <= ADVISE_BUDGET_MS },
  };
}
