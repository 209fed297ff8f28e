// The labelled corpus: recall on drafts that must not be sent, false positives on drafts that are fine.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';
import { CORPUS, type CorpusEntry, type CorpusLang } from './corpus/index.ts';

interface Score { flagged: number; caught: number; clean: number; falsePositives: number; misses: string[]; noise: string[] }

function score(entries: CorpusEntry[]): Score {
  const s: Score = { flagged: 0, caught: 0, clean: 0, falsePositives: 0, misses: [], noise: [] };
  for (const e of entries) {
    const findings = check(e.text);
    if (e.expect) {
      s.flagged++;
      const severity = e.severity ?? 'block';
      if (findings.some((f) => f.kind === e.expect && f.severity === severity)) s.caught++;
      else s.misses.push(`${e.expect}: ${e.text} -> ${JSON.stringify(findings.map((f) => [f.kind, f.text]))}`);
    } else {
      s.clean++;
      if (findings.length > 0) {
        s.falsePositives++;
        s.noise.push(`${e.text} -> ${JSON.stringify(findings.map((f) => [f.kind, f.text]))}`);
      }
    }
  }
  return s;
}

const langs = Object.keys(CORPUS) as CorpusLang[];
const perLang = Object.fromEntries(langs.map((l) => [l, score(CORPUS[l])])) as Record<CorpusLang, Score>;
const total = Object.values(perLang).reduce<Score>((a, s) => ({
  flagged: a.flagged + s.flagged, caught: a.caught + s.caught, clean: a.clean + s.clean,
  falsePositives: a.falsePositives + s.falsePositives, misses: [...a.misses, ...s.misses], noise: [...a.noise, ...s.noise],
}), { flagged: 0, caught: 0, clean: 0, falsePositives: 0, misses: [], noise: [] });

describe('labelled corpus', () => {
  it('is large, balanced and covers every language', () => {
    expect(total.flagged + total.clean).toBeGreaterThanOrEqual(400);
    const share = total.flagged / (total.flagged + total.clean);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.65);
    for (const l of ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const) {
      expect(perLang[l].flagged, l).toBeGreaterThanOrEqual(20);
      expect(perLang[l].clean, l).toBeGreaterThanOrEqual(20);
    }
  });

  it('finds what must be removed (recall >= 0.97) and leaves good drafts alone (false positives <= 0.02)', () => {
    const recall = total.caught / total.flagged;
    const fpRate = total.falsePositives / total.clean;
    const lines = langs.map((l) => {
      const s = perLang[l];
      return `  ${l}: recall ${(s.caught / s.flagged).toFixed(3)} (${s.caught}/${s.flagged}), false positives ${(s.falsePositives / s.clean).toFixed(3)} (${s.falsePositives}/${s.clean})`;
    });
    console.log([`check corpus: recall ${recall.toFixed(3)} (${total.caught}/${total.flagged}), false-positive rate ${fpRate.toFixed(3)} (${total.falsePositives}/${total.clean})`,
      ...lines, ...total.misses.map((m) => `  MISS ${m}`), ...total.noise.map((n) => `  FALSE POSITIVE ${n}`)].join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(fpRate).toBeLessThanOrEqual(0.02);
  });

  it('reports every finding inside the draft, with the text at its offsets', () => {
    for (const e of langs.flatMap((l) => CORPUS[l])) {
      for (const f of check(e.text)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(e.text.length);
        expect(f.end).toBeGreaterThan(f.start);
        expect(e.text.slice(f.start, f.end)).toBe(f.text);
      }
    }
  });
});
