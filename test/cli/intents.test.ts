// cli intents: one message as JSON, or JSONL in and out; usage errors exit 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runIntents } from '../../src/cli/intents.ts';

function capture() {
  const out: string[] = [], err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err.push(String(s)); return true; });
  return { out: () => out.join(''), err: () => err.join('') };
}

const stdin = (text: string) => () => Promise.resolve(text);

afterEach(() => vi.restoreAllMocks());

describe('cli intents', () => {
  it('reads one message from standard input and prints its intents, unclear and scores', async () => {
    const io = capture();
    expect(await runIntents(['-'], stdin('Tracking says delivered but there is nothing at my door. Please send a new one.'))).toBe(0);
    const doc = JSON.parse(io.out()) as { intents: string[]; unclear: boolean; scores: Record<string, number> };
    expect(doc.intents).toEqual(['not-received']);
    expect(doc.unclear).toBe(false);
    expect(doc.scores['not-received']).toBeGreaterThan(doc.scores['cancel']!);
    expect(Object.keys(doc.scores)).toHaveLength(8);
  });

  it('reads a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    writeFileSync(join(dir, 'm.txt'), 'Bitte stornieren Sie meine Bestellung.');
    const io = capture();
    expect(await runIntents([join(dir, 'm.txt')], stdin(''))).toBe(0);
    expect((JSON.parse(io.out()) as { intents: string[] }).intents).toEqual(['cancel']);
  });

  it('maps JSONL lines to {"id","intents"} lines in order', async () => {
    const io = capture();
    const input = [
      { id: 'a', text: "I don't want to cancel anymore, I'll keep it" },
      { id: 7, text: 'Ürünü iade etmek istiyorum' },
      { id: 'c', text: '' },
    ].map((x) => JSON.stringify(x)).join('\n');
    expect(await runIntents(['--jsonl', '-'], stdin(`${input}\n\n`))).toBe(0);
    const lines = io.out().trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([{ id: 'a', intents: ['other'] }, { id: 7, intents: ['return'] }, { id: 'c', intents: [] }]);
  });

  it('exits 2 on a line that is not a message, an unreadable file, or no input named', async () => {
    const io = capture();
    expect(await runIntents(['--jsonl', '-'], stdin('{"id":1}'))).toBe(2);
    expect(await runIntents(['/no/such/file.txt'], stdin(''))).toBe(2);
    expect(await runIntents([], stdin(''))).toBe(2);
    expect(io.err()).toMatch(/line 1 needs "id"/);
    expect(io.err()).toMatch(/ENOENT/);
    expect(io.out()).toBe('');
  });
});
