// The worst pages the command line must survive (limits.ts): 100,000 nested elements and a 50 MB Manage Orders
// page, each read by `cli read` in a fresh Node process; wall time and that process's peak resident memory.
// Budget (issue 13): under 30 s and under 1 GB each.
import { LIMIT } from './budgets.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deepPage, hugeOrdersPage } from '../test/cli/worst-pages.ts';

export interface WorstPageFigure { ms: number; peakRssMb: number; ordersRead: number; missingNotes: string[] }
export interface WorstPages { deep100kNesting: WorstPageFigure; huge50Mb: WorstPageFigure; budget: { ms: number; peakRssMb: number } }

/** Runs `cli read` from `root`; the child reports its own peak memory on stderr as it exits. */
function readTimed(root: string, file: string, url: string): WorstPageFigure {
  const main = pathToFileURL(join(root, 'src/cli/main.ts')).href;
  const script = `process.on('exit', () => process.stderr.write('\\nMAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));` +
    `process.argv.splice(1, process.argv.length, 'cli', 'read', ${JSON.stringify(file)}, '--url', ${JSON.stringify(url)});` +
    `await import(${JSON.stringify(main)});`;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - started;
  const rss = /MAXRSS_KB (\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !rss) throw new Error(`cli read failed on a worst page: ${(run.stderr ?? String(run.error)).slice(0, 300)}`);
  const reading = JSON.parse(run.stdout) as { orders: unknown[]; missing: string[] };
  return {
    ms: Math.round(ms), peakRssMb: Math.round(Number(rss[1]) / 1024), ordersRead: reading.orders.length,
    missingNotes: reading.missing.filter((m) => !m.includes('[')),
  };
}

export function timeWorstPages(root: string): WorstPages {
  const dir = mkdtempSync(join(tmpdir(), 'claimwise-bench-worst-'));
  try {
    const deep = join(dir, 'deep.html'), huge = join(dir, 'huge.html');
    writeFileSync(deep, deepPage());
    writeFileSync(huge, hugeOrdersPage());
    return {
      deep100kNesting: readTimed(root, deep, 'https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567'),
      huge50Mb: readTimed(root, huge, 'https://sellercentral.amazon.com/orders-v3'),
      budget: { ms: LIMIT.worstPageMs, peakRssMb: LIMIT.worstPageRssMb },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
