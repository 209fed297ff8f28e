// npm run --silent eval:scenarios [-- --set <folder>]
// The next action on held-aside order scenarios (test/heldout/scenarios/, written blind from the policy and the
// reference pages' design): each scenario is one or more saved pages, a moment and the advice a correct advisor
// gives for one order. The CLI is driven as a black box (`advise <pages> --now`), exactly as checks outside the
// project drive it. A scenario counts as right when its first action is the expected one (if one is expected), every
// action it expects is among the order's advice, and no action it names as confidently wrong is. One JSON document on
// stdout (no page or message text in it); a table on stderr. Exit 2 when the set cannot be read.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Scenario {
  pages: { file: string; url: string }[];
  now: string;
  orderId: string;
  expect: { first?: string; any?: string[]; never?: string[] };
  rules?: string[];
}
interface Outcome {
  name: string;
  exit: number;
  first: string | null;
  actions: string[];
  firstRight: boolean | null;
  anyRight: boolean;
  neverBroken: string[];
  right: boolean;
}

async function advise(dir: string, name: string, s: Scenario): Promise<Outcome> {
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'advise'];
  for (const p of s.pages) args.push(join(dir, p.file), '--url', p.url);
  args.push('--now', s.now);
  let stdout: string;
  let exit = 0;
  try {
    ({ stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 << 20 }));
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    exit = typeof err.code === 'number' ? err.code : 1;
    stdout = err.stdout ?? '';
  }
  let advice: { orderId: string | null; action: string }[] = [];
  try { advice = (JSON.parse(stdout) as { advice: typeof advice }).advice ?? []; } catch { /* counted as no advice */ }
  // Advice without an order id (a page-level note such as "could not read") belongs to every order on the page.
  const mine = advice.filter((a) => a.orderId === s.orderId || a.orderId === null).map((a) => a.action);
  const first = mine[0] ?? null;
  const firstRight = s.expect.first ? first === s.expect.first : null;
  const anyRight = (s.expect.any ?? []).every((code) => mine.includes(code));
  const neverBroken = (s.expect.never ?? []).filter((code) => mine.includes(code));
  return {
    name, exit, first, actions: mine, firstRight, anyRight, neverBroken,
    right: exit === 0 && firstRight !== false && anyRight && neverBroken.length === 0,
  };
}

async function main(): Promise<number> {
  const i = process.argv.indexOf('--set');
  const dir = resolve(ROOT, i >= 0 ? process.argv[i + 1] ?? '' : 'test/heldout/scenarios');
  if (!existsSync(dir)) { process.stderr.write(`eval:scenarios: no scenario folder at ${dir}\n`); return 2; }
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  if (names.length === 0) { process.stderr.write(`eval:scenarios: no scenarios in ${dir}\n`); return 2; }
  const scenarios = names.map((n) => [n, JSON.parse(readFileSync(join(dir, `${n}.json`), 'utf8')) as Scenario] as const);
  const outcomes: Outcome[] = [];
  const queue = [...scenarios];
  const workers = Array.from({ length: Math.max(1, Math.min(6, cpus().length - 1)) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) outcomes.push(await advise(dir, next[0], next[1]));
  });
  await Promise.all(workers);
  outcomes.sort((a, b) => a.name.localeCompare(b.name));
  const withFirst = outcomes.filter((o) => o.firstRight !== null);
  const figures = {
    set: dir.slice(ROOT.length + 1),
    scenarios: outcomes.length,
    right: outcomes.filter((o) => o.right).length,
    firstActionRight: `${withFirst.filter((o) => o.firstRight).length} of ${withFirst.length}`,
    confidentlyWrong: outcomes.filter((o) => o.neverBroken.length > 0).length,
    outcomes,
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  for (const o of outcomes) {
    process.stderr.write(`${o.right ? 'right' : 'WRONG'}  ${o.name.padEnd(48)} first ${String(o.first).padEnd(22)}${o.neverBroken.length ? ` never: ${o.neverBroken.join(',')}` : ''}\n`);
  }
  process.stderr.write(`${figures.right} of ${figures.scenarios} scenarios right; first action ${figures.firstActionRight}; confidently wrong ${figures.confidentlyWrong}\n`);
  return 0;
}

process.exitCode = await main();
