// `npm run bench` end to end in its quick mode: the document it prints has the contract's shape (CONTRACT.md §6)
// and every figure it measured is a real, positive number. Timings are not judged here (bench --check does that).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;

describe('bench --quick', () => {
  it('prints one JSON document with the contract fields, measured figures finite and positive', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toContain('Claimwise benchmark');
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(doc.errors).toEqual([]);
    expect(run.status).toBe(0);

    expect(Object.keys(doc)).toEqual(expect.arrayContaining(
      ['bundleKbGzip', 'readOrderList250', 'pageLoadOverheadRatio', 'checkDraft2000Ms', 'adviseOrders1000Ms', 'runs', 'takenAt']));
    const bundles = doc.bundleKbGzip as Record<string, unknown>;
    // CONTRACT.md §6's three, plus the parts loaded apart: the reply-box checker and the intent model's weights.
    expect(Object.keys(bundles).sort()).toEqual(['background', 'checker', 'content', 'intentWeights', 'popup']);
    for (const kb of Object.values(bundles)) expect(positive(kb)).toBe(true);
    expect(positive(doc.checkDraft2000Ms)).toBe(true);
    expect(positive(doc.adviseOrders1000Ms)).toBe(true);

    // The Chromium parts are skipped in quick mode, and say so rather than report a made-up figure.
    expect(doc.readOrderList250).toBeNull();
    expect(doc.pageLoadOverheadRatio).toBeNull();
    expect((doc.skipped as string[]).join(' ')).toMatch(/readOrderList250.*pageLoadOverheadRatio/);

    // The timed calls did real work on the inputs they were given.
    expect(doc.cores).toMatchObject({ ordersAdvised: 1000 });
    const runs = doc.runs as Record<string, number>;
    expect(runs.checkDraft2000).toBeGreaterThan(0);
    expect(runs.adviseOrders1000).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(doc.takenAt as string))).toBe(false);
  }, 180_000);

  it('rejects an unknown argument with exit code 2 and nothing on stdout', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--fast'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown argument --fast/);
  }, 60_000);
});
