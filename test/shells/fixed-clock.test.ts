// The fixed clock (CONTRACT.md §5 `clockOverride`): with the key set, what the extension advises for a page does not
// depend on the real date. The same pages are analysed as the background does it at two real dates months apart,
// and must come out identical; and no shell reads the wall clock behind the clock module's back.
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOCK_OVERRIDE_KEY, nowFrom, parseOverride, readClock } from '../../src/clock.ts';
import { analyseTab } from '../../src/background/analysis.ts';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { referencePages, root } from '../../scripts/lib/sites.mjs';
import { FIXTURE_NOW } from '../../scripts/lib/fixed-clock.mjs';

const store = (values: Record<string, unknown>) => ({ get: (key: string) => Promise.resolve(key in values ? { [key]: values[key] } : {}) });
import { decodeMemory } from '../../src/background/memory.ts';
const EMPTY_MEMORY = decodeMemory({}).data;

function ownFixtures(): { name: string; file: string; url: string }[] {
  const dir = `${root}test/fixtures/pages/`;
  return readdirSync(dir).filter((f) => f.endsWith('.expected.json')).flatMap((f) => {
    const { url } = JSON.parse(readFileSync(dir + f, 'utf8')) as { url?: string };
    const name = f.replace(/\.expected\.json$/, '');
    return url ? [{ name, file: `${dir}${name}.html`, url }] : [];
  });
}

const PAGES = [...referencePages(), ...ownFixtures()];

/** What the background answers the popup for each page, at whatever the real date is now. */
async function analyseAll(): Promise<string[]> {
  const now = await nowFrom(store({ [CLOCK_OVERRIDE_KEY]: FIXTURE_NOW }));
  return PAGES.map((p) => {
    const reading = readPage(loadPage(readFileSync(p.file, 'utf8'), p.url), p.url);
    const state = analyseTab(1, p.url, reading, EMPTY_MEMORY, SETTINGS_DEFAULTS, now);
    return `${p.name}: ${state.advice.map((a) => `${a.orderId} ${a.action} ${a.deadline}`).join('; ')}`;
  });
}

afterEach(() => { vi.useRealTimers(); });

describe('clockOverride', () => {
  it('takes an ISO-8601 time and refuses anything else', async () => {
    expect(parseOverride('2026-11-24T18:00:00Z')?.toISOString()).toBe('2026-11-24T18:00:00.000Z');
    for (const bad of ['', 'tomorrow', '11/24/2026', 42, null, '2026-13-45T00:00:00Z']) expect(parseOverride(bad)).toBeNull();
    const fixed = await readClock(store({ [CLOCK_OVERRIDE_KEY]: '2026-11-24T18:00:00Z' }));
    expect(fixed.fixedAt?.toISOString()).toBe('2026-11-24T18:00:00.000Z');
    const wall = await readClock(store({ [CLOCK_OVERRIDE_KEY]: 'not a time' }));
    expect(wall.fixedAt).toBeNull();
  });

  it('without the key, the wall clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-01-02T03:04:05Z'));
    expect((await nowFrom(store({}))).toISOString()).toBe('2031-01-02T03:04:05.000Z');
  });

  it('every page is advised the same at two real dates months apart', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T09:00:00Z'));
    const before = await analyseAll();
    vi.setSystemTime(new Date('2027-06-15T21:30:00Z'));
    const after = await analyseAll();
    expect(PAGES.length).toBeGreaterThan(20);
    expect(after).toEqual(before);
    // And the advice is the fixture day's: a page with an open ship-by still has it.
    expect(before.find((l) => l.startsWith('order-details-us-unshipped:'))).toContain('ship-by-deadline');
  });
});

describe('no shell reads the wall clock for a decision', () => {
  // Elapsed-time measurements (how long a page has been settling) are not decisions about dates.
  const ALLOWED = new Set(['src/clock.ts', 'src/content/settle.ts']);
  // The command line's clock is its `--now` flag (CONTRACT.md §1), the wall clock without it.
  const SHELLS = ['src/background', 'src/content', 'src/popup', 'src/options'];
  const files = (dir: string): string[] => readdirSync(`${root}${dir}`, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : /\.tsx?$/.test(e.name) ? [`${dir}/${e.name}`] : []));

  it.each(SHELLS)('%s', (dir) => {
    const offenders = files(dir).filter((f) => !ALLOWED.has(f))
      .filter((f) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(`${root}${f}`, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
