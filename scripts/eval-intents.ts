// npm run --silent eval:intents [-- --set <folder>]
// The buyer-intent figures: exact-set accuracy (overall, hard cases, per language, negation cases) and per-intent
// precision/recall, for the model and for the phrase lists alone, and how often the buyer's language (the reply's) is
// guessed right, on the held-aside set (test/heldout/intents-10, or --set), plus the cross-validation recorded when the
// model was trained. The earlier held-aside sets were scored once (test/intents/heldout-figures.json) and are training
// data since (test/intents/retired/).
// JSON on stdout, a table on stderr. A set not written yet is skipped with a note; exit 2 when a set exists but
// cannot be read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../src/rules/intent/load-model.ts';
import { classifyIntents, phraseIntents } from '../src/rules/intent/detect.ts';
import { guessLanguage } from '../src/rules/intent/language.ts';
import { figures, type Figures } from '../test/intents/metrics.ts';
import { loadCorpus, type Example } from '../test/intents/load.ts';

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

/** The readings not flagged unclear, and how often their set is exactly right: what a seller sees without a doubt. */
function confident(set: readonly Example[], readings: readonly { intents: readonly string[]; unclear: boolean }[]) {
  const idx = readings.flatMap((r, i) => (r.unclear ? [] : [i]));
  const right = idx.filter((i) => [...readings[i]!.intents].sort().join() === [...set[i]!.intents].sort().join()).length;
  return { messages: idx.length, exact: idx.length === 0 ? null : Math.round((right / idx.length) * 1000) / 1000 };
}

/** The guess of the language each message is written in (it picks the reply's language): right, no guess (the
 * marketplace's language is used), or wrong (a reply in another language). */
function languages(set: readonly Example[]) {
  let right = 0, none = 0;
  const wrong: Record<string, number> = {};
  for (const x of set) {
    const guess = guessLanguage(x.text);
    if (guess === x.lang) right++;
    else if (guess === null) none++;
    else wrong[`${x.lang}->${guess}`] = (wrong[`${x.lang}->${guess}`] ?? 0) + 1;
  }
  const share = (n: number) => Math.round((n / set.length) * 1000) / 1000;
  return { messages: set.length, right: share(right), none: share(none), wrong: share(set.length - right - none), wrongBy: wrong };
}

const SETS = ['test/heldout/intents-10'];

function main(): number {
  const dirs = (argValue('--set') ? [argValue('--set')!] : SETS).map((d) => resolve(ROOT, d));
  const cvFile = join(ROOT, 'test/intents/cv-figures.json');
  const cv = existsSync(cvFile) ? JSON.parse(readFileSync(cvFile, 'utf8')) as Figures & { note: string; perSource?: Record<string, { messages: number; exact: number; hard: number; negation: number | null }> } : null;
  const heldAside = [];
  let failed = false;
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      process.stderr.write(`eval:intents: ${dir} is not there yet; skipped\n`);
      heldAside.push({ set: dir, model: null, phraseLists: null, skipped: 'absent' });
      continue;
    }
    let set;
    try {
      set = loadCorpus(dir);
    } catch (e) {
      process.stderr.write(`eval:intents: cannot read ${dir}: ${(e as Error).message}\n`);
      heldAside.push({ set: dir, model: null, phraseLists: null });
      failed = true;
      continue;
    }
    const readings = set.map((x) => classifyIntents(x.text));
    const model = figures(set, readings);
    const phrases = figures(set, set.map((x) => ({ intents: phraseIntents(x.text) })));
    const sure = confident(set, readings);
    const language = languages(set);
    heldAside.push({ set: dir, model, confident: sure, phraseLists: { ...phrases, misses: phrases.misses.length }, language });
    process.stderr.write(`${table(`held-aside set ${dir}`, model, phrases)}\nconfident readings (not unclear): ${sure.messages}, exact ${pct(sure.exact)}\n` +
      `buyer's language (the reply's): right ${pct(language.right)}, no guess ${pct(language.none)}, wrong ${pct(language.wrong)}\n\n`);
  }
  process.stdout.write(JSON.stringify({ heldAside, crossValidation: cv }, null, 2) + '\n');
  if (cv) process.stderr.write(`${table(`training corpus, ${cv.note}`, { ...cv, misses: [] }, null)}\n`);
  const bySource = cv?.perSource;
  if (bySource) {
    process.stderr.write(`${'source (held out whole)'.padEnd(26)} exact   hard   negation\n`);
    for (const [s, f] of Object.entries(bySource)) process.stderr.write(`  ${`${s} (${f.messages})`.padEnd(24)}${pct(f.exact)} ${pct(f.hard)} ${pct(f.negation)}\n`);
  }
  return failed ? 2 : 0;
}

process.exitCode = main();
