// Bounded work (limits.ts): the deepest and the largest page finish in under 30 s with under 1 GB of memory, and
// the reading says what it left out. Memory is bounded by running the command line with a 1 GB heap: past it, Node
// dies and the run fails.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, type Reading, type Run } from './run-cli.ts';
import { deepPage, hugeOrdersPage } from './worst-pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimwise-worst-'));

function cliWithin1Gb(...args: string[]): Promise<Run & { ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 << 20 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr, ms: Date.now() - started }));
  });
}

describe('cli read on the worst pages', () => {
  it('100,000 nested elements: read, with the flattening said in missing', async () => {
    const path = join(dir, 'deep.html');
    writeFileSync(path, deepPage());
    const run = await cliWithin1Gb('read', path, '--url', 'https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.ms).toBeLessThan(30_000);
    const reading = JSON.parse(run.stdout) as Reading;
    expect(reading.kind).toBe('order-details');
    expect(reading.orders.map((o) => o.orderId)).toEqual(['113-1234567-1234567']);
    expect(reading.missing.some((m) => /nested deeper than/.test(m))).toBe(true);
  }, 120_000);

  it('a 50 MB Manage Orders page: the first rows read, the rest reported missing', async () => {
    const path = join(dir, 'huge.html');
    writeFileSync(path, hugeOrdersPage());
    const run = await cliWithin1Gb('read', path, '--url', 'https://sellercentral.amazon.com/orders-v3');
    expect(run.status).toBe(0);
    expect(run.ms).toBeLessThan(30_000);
    const reading = JSON.parse(run.stdout) as Reading;
    expect(reading.kind).toBe('order-list');
    expect(reading.orders.length).toBeGreaterThan(1000);
    expect(reading.orders[0]?.orderId).toBe('113-1000000-0000000');
    expect(reading.missing.some((m) => /page beyond its first/.test(m))).toBe(true);
  }, 120_000);
});
