// cli check --jsonl -: one {"id","findings"} per input line, in order; a malformed line is a usage error.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCheckJsonl } from '../../src/cli/check-jsonl.ts';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
});
afterEach(() => vi.restoreAllMocks());

const lines = (...rows: unknown[]) => () => Promise.resolve(rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');

describe('runCheckJsonl', () => {
  it('answers each line with its id and findings, in input order, and exits 0 even when a draft must be changed', async () => {
    const code = await runCheckJsonl(lines(
      { id: 'a', text: 'Ring mig på 070-123 45 67.' },
      { id: 7, text: 'Your order 113-4829301-5520147 shipped today.' },
      { id: 'c', text: 'Me chama no zap que resolvo.' },
    ));
    expect(code).toBe(0);
    expect(err).toBe('');
    const rows = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings: { kind: string; severity: string; text: string }[] });
    expect(rows.map((r) => r.id)).toEqual(['a', 7, 'c']);
    expect(rows[0]!.findings.map((f) => [f.kind, f.text])).toContainEqual(['phone', '070-123 45 67']);
    expect(rows[1]!.findings).toEqual([]);
    expect(rows[2]!.findings.some((f) => f.kind === 'messaging-app' && f.severity === 'block')).toBe(true);
  });

  it('skips blank lines and writes nothing for empty input', async () => {
    expect(await runCheckJsonl(() => Promise.resolve('\n\n'))).toBe(0);
    expect(out).toBe('');
  });

  it('rejects a line that is not JSON, or has no id or no string text, with exit 2 and nothing on stdout', async () => {
    for (const bad of ['{"id": 1, "text": "ok"}\nnot json', '{"text": "no id"}', '{"id": 2, "text": 5}', '[1, 2]']) {
      out = '';
      err = '';
      expect(await runCheckJsonl(() => Promise.resolve(bad)), bad).toBe(2);
      expect(out, bad).toBe('');
      expect(err, bad).toMatch(/^cli check: line \d+ /);
    }
  });
});
