// End to end: the reference pages through the real readers and the CLI (`advise ... --now`), as an outside check
// would run it. The readers are the content script's code; the join and rules are this module's.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Advice, PageReading } from '../../src/model.ts';
import { REFERENCE_DIR, referenceUrl } from './reference-facts.ts';
import { REFERENCE_CASES, REFERENCE_NOW } from './reference-table.ts';

const run = promisify(execFile);

async function adviseCli(pages: string[]): Promise<{ reading: PageReading; advice: Advice[]; warnings: { kind: string }[] }> {
  const args = pages.flatMap((p) => [`${REFERENCE_DIR}/${p}`, '--url', referenceUrl(p)]);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'advise', ...args, '--now', REFERENCE_NOW], { cwd: process.cwd() });
  return JSON.parse(stdout) as { reading: PageReading; advice: Advice[]; warnings: { kind: string }[] };
}

const groups = [...new Set(REFERENCE_CASES.map((c) => c.pages.join('|')))].map((g) => g.split('|'));

describe('cli advise on the reference pages', () => {
  it.each(groups.map((g) => [g.join(' + '), g] as const))('%s', async (_n, pages) => {
    const out = await adviseCli(pages);
    // The join: one order id per case, every advised order is one the pages showed.
    const shown = new Set([...out.reading.orders.map((o) => o.orderId),
      ...[...out.reading.claims, ...out.reading.messages, ...out.reading.returns].flatMap((x) => (x.orderId ? [x.orderId] : []))]);
    for (const a of out.advice) expect(shown.has(a.orderId!), a.orderId!).toBe(true);
    for (const c of REFERENCE_CASES.filter((x) => x.pages.join('|') === pages.join('|'))) {
      const mine = out.advice.filter((a) => a.orderId === c.orderId);
      expect(mine[0]?.action, `${c.orderId}: ${JSON.stringify(mine.map((a) => a.action))}`).toBe(c.action);
      expect(mine[0]!.deadline?.slice(0, 10) ?? null, c.orderId).toBe(c.deadlineDay);
    }
  });

  it('the order page and its message thread join into one case; the draft\'s outside link is flagged', async () => {
    const out = await adviseCli(['order-details-us-buyshipping-delivered.html', 'messages-thread-us.html']);
    expect(new Set(out.advice.map((a) => a.orderId))).toEqual(new Set(['113-4829137-5520614']));
    expect(out.advice.map((a) => a.action)).toEqual(['direct-to-a-to-z']);
    expect(out.advice.map((a) => a.action)).not.toContain('refund-or-reship');
    expect(out.warnings.map((w) => w.kind)).toContain('link');
  });
});
