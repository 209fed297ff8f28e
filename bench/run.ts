// npm run --silent bench [-- --check] [--quick] [--rev <git revision>]
// Prints one JSON document on stdout (CONTRACT.md §6) and a short table on stderr.
//   --check  exit 1 when a budget is broken (budgets.ts)
//   --quick  Node-side parts only (build + bundle sizes, check, advise), few runs: for the test of this script
//   --rev    measure a committed revision instead of the working tree
// Exit 2 when a part could not be measured (the document is still printed, that figure null, the reason in errors).
import { judge } from './budgets.ts';
import { buildChrome, measureBundles } from './bundle-size.ts';
import { timeCores } from './core-timing.ts';
import { ordersPage } from './orders-page.ts';
import { timePageLoad } from './page-load.ts';
import { bundleReader } from './reader-bundle.ts';
import { timeReader } from './read-timing.ts';
import { table } from './report.ts';
import type { BenchResult } from './result.ts';
import { takeSnapshot } from './snapshot.ts';
import { round } from './stats.ts';

function parseArgs(argv: string[]): { check: boolean; quick: boolean; rev: string | null } {
  const o = { check: false, quick: false, rev: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') o.check = true;
    else if (a === '--quick') o.quick = true;
    else if (a === '--rev' && argv[i + 1]) o.rev = argv[++i]!;
    else throw new Error(`unknown argument ${a}; use --check, --quick, --rev <revision>`);
  }
  return o;
}

const RUNS = {
  full: { check: { warmup: 50, runs: 200 }, advise: { warmup: 10, runs: 100 }, read: { warmup: 10, runs: 100 }, load: { warmup: 3, runs: 40 } },
  quick: { check: { warmup: 5, runs: 10 }, advise: { warmup: 2, runs: 5 }, read: { warmup: 0, runs: 0 }, load: { warmup: 0, runs: 0 } },
};

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    return 2;
  }
  const runs = args.quick ? RUNS.quick : RUNS.full;
  const result: BenchResult = {
    bundleKbGzip: null, readOrderList250: null, pageLoadOverheadRatio: null, checkDraft2000Ms: null, adviseOrders1000Ms: null,
    runs: { readOrderList250: runs.read.runs, pageLoadPerProfile: runs.load.runs, checkDraft2000: runs.check.runs, adviseOrders1000: runs.advise.runs },
    pageLoad: null, cores: null, bundleFiles: null, ordersPage: null,
    source: args.rev ?? 'working tree', quick: args.quick, skipped: [], errors: [], takenAt: new Date().toISOString(),
  };
  const attempt = async (part: string, fn: () => Promise<void> | void) => {
    try { await fn(); } catch (e) { result.errors.push(`${part}: ${(e as Error).message}`); }
  };

  let snapshot: ReturnType<typeof takeSnapshot>;
  try {
    snapshot = takeSnapshot(args.rev);
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    await attempt('check/advise', async () => {
      const t = await timeCores(snapshot.root, runs);
      result.checkDraft2000Ms = round(t.checkDraft2000Ms, 4);
      result.adviseOrders1000Ms = round(t.adviseOrders1000Ms, 4);
      result.cores = { findingsInDraft: t.findingsInDraft, ordersAdvised: t.ordersAdvised, adviceItems: t.adviceItems };
    });
    await attempt('checkHostile', async () => { Object.assign(result, { checkHostile: await (await import('./check-hostile.ts')).timeHostile(snapshot.root, args.quick) }); });
    await attempt('worstPage', async () => { Object.assign(result, { worstPage: (await import('./worst-page.ts')).timeWorstPages(snapshot.root) }); });
    await attempt('compactList', async () => { Object.assign(result, { compactList: await (await import('./compact-list.ts')).timeCompactList(snapshot.root, args.quick) }); });
    await attempt('intents', async () => { Object.assign(result, { intents: await (await import('./intents.ts')).timeIntents(snapshot.root, args.quick) }); });
    let extensionDir: string | null = null;
    await attempt('bundles', () => {
      extensionDir = buildChrome(snapshot.root);
      const sizes = measureBundles(extensionDir);
      result.bundleKbGzip = sizes.kbGzip;
      result.bundleFiles = sizes.files;
    });
    if (args.quick) {
      result.skipped.push('readOrderList250 and pageLoadOverheadRatio (Chromium) with --quick');
    } else {
      const page = ordersPage();
      result.ordersPage = { orders: page.orders, origin: page.origin, url: page.url };
      await attempt('readOrderList250', async () => {
        const t = await timeReader({ readerScript: await bundleReader(snapshot.root), html: page.html, url: page.url, ...runs.read });
        result.readOrderList250 = { ...t, medianMs: round(t.medianMs, 4), baselineMs: round(t.baselineMs, 4), ratio: round(t.ratio, 3),
          firstMs: round(t.firstMs, 4) };
      });
      if (extensionDir === null) {
        result.skipped.push('pageLoadOverheadRatio: no extension was built');
      } else {
        const dir: string = extensionDir;
        await attempt('pageLoadOverheadRatio', async () => {
          const t = await timePageLoad({ extensionDir: dir, html: page.html, url: page.url, ...runs.load });
          result.pageLoadOverheadRatio = round(t.ratio, 4);
          result.pageLoad = { withExtensionMs: round(t.withExtensionMs, 2), withoutExtensionMs: round(t.withoutExtensionMs, 2),
            loadEventRatio: round(t.loadEventRatio, 4) };
        });
      }
    }
  } finally {
    snapshot.dispose();
  }

  const verdicts = judge(result);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.stderr.write(table(result, verdicts));
  if (result.errors.length) return 2;
  if (args.check && verdicts.some((v) => v.ok === false)) return 1;
  return 0;
}

process.exitCode = await main();
