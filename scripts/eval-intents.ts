// npm run --silent eval:intents [-- --set <folder>]
// The buyer-intent figures: exact-set accuracy (overall, hard cases, per language, negation cases) and per-intent
// precision/recall, for the model and for the phrase lists alone, on the held-aside set (test/heldout/intents, or
// --set), plus the 5-fold cross-validation of the training corpus recorded when the model was trained.
// JSON on stdout, a table on stderr. Exit 2 when the set cannot be read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../src/rules/intent/load-model.ts';
import { classifyIntents, phraseIntents } from '../src/rules/intent/detect.ts';
import { figures, type Figures } from '../test/intents/metrics.ts';
import { loadCorpus } from '../test/intents/load.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function argValue(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? null : null;
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '   —' : `${(x * 100).toFixed(1).padStart(5)}%`);

function table(title: string, model: Figures, phrases: Figures | null): string {
  const rows = [`${title}: ${model.messages} messages`, `${'measure'.padEnd(26)} model   ${phrases ? 'phrase lists' : ''}`];
  const line = (name: string, a: number | null | undefined, b?: number | null) => rows.push(`${name.padEnd(26)}${pct(a)}   ${phrases ? pct(b) : ''}`);
  line('exact set, all', model.exact, phrases?.exact);
  line(`exact set, hard (${model.hard.messages})`, model.hard.exact, phrases?.hard.exact);
  line(`negation (${model.negation.messages})`, model.negation.exact, phrases?.negation.exact);
  for (const [lang, f] of Object.entries(model.perLanguage)) line(`  ${lang} (${f.messages})`, f.exact, phrases?.perLanguage[lang]?.exact);
  rows.push(`${'intent'.padEnd(26)} precision  recall  support`);
  for (const [intent, f] of Object.entries(model.perIntent)) rows.push(`  ${intent.padEnd(24)}${pct(f.precision)}   ${pct(f.recall)}   ${f.support}`);
  rows.push(`unclear: ${model.unclear}`);
  return rows.join('\n');
}

function main(): number {
  const dir = resolve(ROOT, argValue('--set') ?? 'test/heldout/intents');
  const cvFile = join(ROOT, 'test/intents/cv-figures.json');
  const cv = existsSync(cvFile) ? JSON.parse(readFileSync(cvFile, 'utf8')) as Figures & { note: string } : null;
  let set;
  try {
    set = loadCorpus(dir);
  } catch (e) {
    process.stderr.write(`eval:intents: cannot read ${dir}: ${(e as Error).message}\n`);
    process.stdout.write(JSON.stringify({ heldAside: null, crossValidation: cv }, null, 2) + '\n');
    return 2;
  }
  const readings = set.map((x) => classifyIntents(x.text));
  const model = figures(set, readings);
  const phrases = figures(set, set.map((x) => ({ intents: phraseIntents(x.text) })));
  process.stdout.write(JSON.stringify({ heldAside: { set: dir, model, phraseLists: { ...phrases, misses: phrases.misses.length } }, crossValidation: cv }, null, 2) + '\n');
  process.stderr.write(`${table(`held-aside set ${dir}`, model, phrases)}\n\n`);
  if (cv) process.stderr.write(`${table(`training corpus, ${cv.note}`, { ...cv, misses: [] }, null)}\n`);
  return 0;
}

process.exitCode = main();
