// The training data by source (test/intents/sources.ts): cross-validation holds out one source at a time, so every
// message must carry the source its writer belongs to, and ids must stay apart across sources.
import { describe, expect, it } from 'vitest';
import { loadSources, naturalSource, RETIRED } from './sources.ts';

describe('intent training sources', () => {
  it('names a natural file by its writer', () => {
    expect(naturalSource('en.jsonl')).toBe('natural');
    expect(naturalSource('ar2-w.jsonl')).toBe('natural-w');
    expect(naturalSource('de-n4.jsonl')).toBe('natural-n4');
    expect(naturalSource('pt-n5.jsonl')).toBe('natural-n5');
    expect(naturalSource('sv-x.jsonl')).toBe('natural-x');
    expect(naturalSource('ja-n6.jsonl')).toBe('natural-n6');
    expect(naturalSource('pt-n7.jsonl')).toBe('natural-n7');
    expect(naturalSource('tr-n8.jsonl')).toBe('natural-n8');
    expect(naturalSource('ar-n9.jsonl')).toBe('natural-n9');
    expect(naturalSource('zh-n10.jsonl')).toBe('natural-n10');
  });

  it('loads the retired held-aside sets as sources of their own, ids kept apart', () => {
    const rows = loadSources('.');
    for (const s of RETIRED) expect(rows.filter((r) => r.source === s).length, s).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.source === 'natural').length).toBeGreaterThanOrEqual(1500);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.lang.length === 2)).toBe(true);
  });
});
