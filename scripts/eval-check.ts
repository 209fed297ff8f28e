// npm run --silent eval:check [-- --split train|heldout|heldout2|heldout3|all] [--misses]
// Scores the pre-send check on the labelled drafts (docs/labels.md): recall on drafts that must be blocked and the
// false-positive rate on drafts that may be sent, per language and per kind. Prints one JSON document on stdout and
// a table on stderr. The held-aside splits (test/heldout/check/, the later second set test/heldout/check-2/ and the
// third test/heldout/check-3/, each written blind) are scored as they are and their texts are never printed:
// nothing is tuned on it. --misses lists the training split's misses and false alarms.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDir } from '../test/check/corpus/load.ts';
import { score, table, type SplitScore } from '../test/check/corpus/score.ts';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const SPLITS = {
  train: join(root, 'test/check/corpus/train'), heldout: join(root, 'test/heldout/check'), heldout2: join(root, 'test/heldout/check-2'),
  heldout3: join(root, 'test/heldout/check-3'),
};
const TITLES = { train: 'training split', heldout: 'held-aside split', heldout2: 'second held-aside split', heldout3: 'third held-aside split' };
const NAMES = ['train', 'heldout', 'heldout2', 'heldout3'] as const;

function main(argv: string[]): number {
  // "both" is the older name of "all" (from when there was one held-aside split)
  let which = 'all';
  let misses = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--split' && argv[i + 1]) which = argv[++i]!;
    else if (argv[i] === '--misses') misses = true;
    else { process.stderr.write(`eval:check: unknown argument ${argv[i]}; use --split train|heldout|heldout2|heldout3|all, --misses\n`); return 2; }
  }
  if (which === 'both') which = 'all';
  if (which !== 'all' && !(NAMES as readonly string[]).includes(which)) { process.stderr.write(`eval:check: no split "${which}"\n`); return 2; }
  const out: Record<string, Omit<SplitScore, 'misses' | 'falseAlarms'> & { misses?: SplitScore['misses']; falseAlarms?: SplitScore['falseAlarms'] } | null> = {};
  for (const name of NAMES) {
    if (which !== 'all' && which !== name) continue;
    const records = loadDir(SPLITS[name]);
    if (!records.length) { out[name] = null; process.stderr.write(`${name}: no labelled drafts in ${SPLITS[name]}\n`); continue; }
    const s = score(records);
    const { misses: m, falseAlarms: f, ...figures } = s;
    out[name] = name === 'train' && misses ? { ...figures, misses: m, falseAlarms: f } : figures;
    process.stderr.write(table(TITLES[name], s));
    if (name === 'train' && misses) {
      for (const x of m) process.stderr.write(`  MISS ${x.id} [${x.kinds.join(',')}] ${x.text}\n`);
      for (const x of f) process.stderr.write(`  FALSE ALARM ${x.id} ${x.text} -> ${JSON.stringify(x.findings)}\n`);
    }
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
