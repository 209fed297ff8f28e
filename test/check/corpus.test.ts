// The training split of the labelled drafts (test/check/corpus/train, docs/labels.md): recall on what must be
// blocked, false alarms on what may be sent, per language; and the split matches what compose.ts writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import { compose } from './corpus/compose.ts';
import { loadDir } from './corpus/load.ts';
import { LANGS } from './corpus/record.ts';
import { score, table } from './corpus/score.ts';

const dir = join(import.meta.dirname, 'corpus', 'train');
const records = loadDir(dir);
const s = score(records);

describe('training split of the pre-send check corpus', () => {
  it('holds at least 150 drafts per language, about half of them hard, blocked and clean alike', () => {
    for (const lang of LANGS) {
      const mine = records.filter((r) => r.lang === lang);
      expect(mine.length, lang).toBeGreaterThanOrEqual(150);
      expect(mine.filter((r) => r.hard).length / mine.length, lang).toBeGreaterThanOrEqual(0.45);
      expect(mine.filter((r) => r.mustBlock).length, lang).toBeGreaterThanOrEqual(60);
      expect(mine.filter((r) => !r.mustBlock).length, lang).toBeGreaterThanOrEqual(60);
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('is what compose.ts writes (the JSONL is not edited by hand)', () => {
    for (const lang of LANGS) {
      const written = readFileSync(join(dir, `${lang}.jsonl`), 'utf8');
      expect(written, lang).toBe(compose(lang).map((r) => JSON.stringify(r)).join('\n') + '\n');
    }
  });

  it('blocks what must be blocked (recall >= 0.97 in every language) and little else (false positives <= 0.02)', () => {
    console.log(table('training split', s) + s.misses.map((m) => `  MISS ${m.id} ${m.text}`).join('\n') +
      s.falseAlarms.map((f) => `\n  FALSE ALARM ${f.id} ${f.text} -> ${JSON.stringify(f.findings)}`).join(''));
    for (const [lang, l] of Object.entries(s.byLang)) {
      expect(l.recall.rate, lang).toBeGreaterThanOrEqual(0.97);
      expect(l.falsePositiveRate.rate, lang).toBeLessThanOrEqual(0.02);
    }
  });

  it('reports every finding inside the draft, with the text at its offsets', () => {
    for (const r of records) {
      for (const f of check(r.text)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(r.text.length);
        expect(f.end).toBeGreaterThan(f.start);
        expect(r.text.slice(f.start, f.end)).toBe(f.text);
      }
    }
  });
});
