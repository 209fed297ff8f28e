// The training corpus keeps to docs/labels.md and to its size: 13 languages, at least 2,000 messages, at least half
// hard, ids unique, "other" alone, "not received" never with "where is my order", and the committed files are what
// the composer writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeLanguage } from './compose.ts';
import { FRAGMENTS } from './fragments/index.ts';
import { loadCorpus } from './load.ts';

const DIR = 'test/intents/corpus';
const rows = loadCorpus(DIR);

describe('intent training corpus', () => {
  it('has every marketplace language, 2,000 messages or more, half or more of them hard', () => {
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['en', 'es', 'fr', 'de', 'it', 'ja', 'zh', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar']));
    expect(rows.length).toBeGreaterThanOrEqual(2000);
    expect(rows.filter((r) => r.hard).length * 2).toBeGreaterThanOrEqual(rows.length);
  });

  it('labels as the guide says', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.intents.includes('not-received') && r.intents.includes('where-is-my-order'), r.id).toBe(false);
      expect(r.hard, r.id).toBe(r.tags.length > 0);
      expect(r.intents.includes('other') && r.intents.length > 1, r.id).toBe(false);
    }
  });

  it('is what the composer writes from the pieces', () => {
    let seed = 14;
    for (const [lang, f] of Object.entries(FRAGMENTS)) {
      const written = readFileSync(`${DIR}/${lang}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
      expect(written, lang).toEqual(composeLanguage(lang, f, seed++));
    }
  });
});
