// Command line over the pure cores (../shared/CONTRACT.md §1). One JSON document on stdout; diagnostics on stderr.
// Exit: 0 ok, 1 check found something to remove before sending, 2 usage error or unreadable input.
import { readFileSync } from 'node:fs';
import { loadPage } from './load-page.ts';
import { readPage } from '../read/index.ts';
import { boundHtml } from '../read/bound-html.ts';
import { kindFromPage } from '../read/kind.ts';
import { notSellerCentral, rawInputProblem, showsNoRecords } from '../read/page-guard.ts';
import { joinReadings } from '../rules/join.ts';
import { advise } from '../rules/index.ts';
import { check } from '../check/index.ts';
import { mergeReadings } from './merge-readings.ts';
import { runIntents } from './intents.ts';
import { runCheckJsonl } from './check-jsonl.ts';
import type { ConfirmedFacts, PageReading } from '../model.ts';

const USAGE = `usage:
  cli read    <page.html> --url <page-url>
  cli advise  <page.html> --url <page-url> [<page.html> --url <page-url> ...] [--now <ISO-8601>] [--facts <overrides.json>]
  cli check   <text-file | ->
  cli check   --jsonl <file | ->
  cli intents <text-file | ->
  cli intents --jsonl <file | ->
  cli help [<command>]`;

/** `cli help <command>` and `cli <command> --help`: what the command does, in a few lines. */
const HELP: Record<string, string> = {
  read: `cli read <page.html> --url <page-url>
  Reads a saved Seller Central page as the extension's content script does and prints the PageReading (JSON):
  page kind, marketplace, UI language, orders, claims, messages, returns, and what could not be read ("missing").
  A file that is not a Seller Central page (empty, binary, an image, a sign-in or foreign page) exits 2.`,
  advise: `cli advise <page.html> --url <page-url> [<page.html> --url <page-url> ...] [--now <ISO-8601>] [--facts <overrides.json>]
  Reads one or more pages, joins them by order id, and prints the advice: the next action per order with its
  deadline, the policy rules it rests on, reply wording in the buyer's language, and warnings on the page's draft.
  --now fixes the clock (default: now); --facts supplies facts the pages do not show, keyed by order id.`,
  check: `cli check <text-file | ->
cli check --jsonl <file | ->
  Checks a message draft for what must not be sent to a buyer (links, emails, phone numbers, messaging apps,
  off-Amazon payment, review manipulation, marketing). Exit 1 when something must be removed.
  --jsonl: one {"id","text"} per line in, one {"id","findings"} per line out (exit 0 unless the input is malformed).`,
  intents: `cli intents <text-file | ->
cli intents --jsonl <file | ->
  What a buyer message asks (not received, damaged, wrong item, return, cancel, address change, where is my
  order, off-Amazon request, other), in the 13 marketplace languages: {"intents", "unclear", "scores"}.
  --jsonl: one {"id","text"} per line in, one {"id","intents"} per line out.`,
};

class UsageError extends Error {}

/** The input is not a Seller Central page (CONTRACT.md §1: exit 2 with the reason). */
class UnreadableInput extends UsageError {}

function readBytes(path: string): Buffer {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function readText(path: string): string {
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function parsePages(args: string[]): { pages: { file: string; url: string }[]; now: Date; facts: Record<string, ConfirmedFacts> } {
  const pages: { file: string; url: string }[] = [];
  let now = new Date();
  let facts: Record<string, ConfirmedFacts> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${a} needs a value`);
      return next;
    };
    if (a === '--url') {
      const last = pages.at(-1);
      if (!last || last.url) throw new UsageError('--url must follow a page file');
      last.url = value();
    } else if (a === '--now') {
      const raw = value();
      now = new Date(raw);
      if (Number.isNaN(now.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(raw)) throw new UsageError(`--now is not an ISO-8601 time: ${raw}`);
    } else if (a === '--facts') {
      const raw = readText(value());
      try { facts = JSON.parse(raw) as Record<string, ConfirmedFacts>; } catch { throw new UsageError('--facts is not valid JSON'); }
      if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) throw new UsageError('--facts must be an object keyed by order id');
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      pages.push({ file: a, url: '' });
    }
  }
  if (pages.length === 0) throw new UsageError('no page given');
  for (const p of pages) {
    if (!p.url) throw new UsageError(`no --url for ${p.file}`);
    try { new URL(p.url); } catch { throw new UsageError(`not a URL: ${p.url}`); }
  }
  return { pages, now, facts };
}

function readFile(file: string, url: string): PageReading {
  const bytes = readBytes(file);
  const problem = rawInputProblem(bytes);
  if (problem) throw new UnreadableInput(`${file}: ${problem}`);
  const { html, cut } = boundHtml(bytes.toString('utf8'));
  const doc = loadPage(html, url);
  const knownKind = kindFromPage(doc) !== 'unknown';
  const notPage = notSellerCentral(doc, knownKind);
  if (notPage) throw new UnreadableInput(`${file}: ${notPage}`);
  const reading = readPage(doc, url, cut);
  const empty = showsNoRecords(doc, knownKind, reading);
  if (empty) throw new UnreadableInput(`${file}: ${empty}`);
  return reading;
}

const readStdin = (): Promise<string> => Promise.resolve(readFileSync(0, 'utf8'));

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    const topic = rest[0];
    if (topic !== undefined && !HELP[topic]) throw new UsageError(`no help for ${topic}`);
    process.stdout.write(`${topic ? HELP[topic] : USAGE}\n`);
    return 0;
  }
  if (command && HELP[command] && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  if (command === 'intents') return runIntents(rest, readStdin);
  if (command === 'check' && rest[0] === '--jsonl') {
    if (rest.length !== 2 || rest[1] !== '-') {
      if (rest.length !== 2) throw new UsageError('check --jsonl takes one file, or - for standard input');
      const file = rest[1]!;
      return runCheckJsonl(() => Promise.resolve(readText(file)));
    }
    return runCheckJsonl(readStdin);
  }
  if (command === 'read') {
    const { pages } = parsePages(rest);
    if (pages.length !== 1) throw new UsageError('read takes exactly one page');
    const p = pages[0]!;
    out(readFile(p.file, p.url));
    return 0;
  }
  if (command === 'advise') {
    const { pages, now, facts } = parsePages(rest);
    // The buyer's asks are read with the trained model, as in the extension's background; without it only the
    // phrase lists would speak, and advice would differ from the extension's on the same pages.
    await import('../rules/intent/load-model.ts');
    const readings = pages.map((p) => readFile(p.file, p.url));
    const advice = advise(joinReadings(readings, facts), now, undefined, readings);
    const warnings = readings.flatMap((r) => (r.draft ? check(r.draft) : []));
    out({ reading: mergeReadings(readings), advice, warnings });
    return 0;
  }
  if (command === 'check') {
    if (rest.length !== 1) throw new UsageError('check takes one file, or - for standard input');
    const findings = check(readText(rest[0]!));
    out({ findings });
    return findings.some((f) => f.severity === 'block') ? 1 : 0;
  }
  throw new UsageError(command ? `unknown command ${command}` : 'no command given');
}

function out(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  if (e instanceof UnreadableInput) {
    process.stderr.write(`claimwise: ${e.message.replace(/\s+/g, ' ')}\n`);
    process.exitCode = 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`claimwise: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`claimwise: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}
