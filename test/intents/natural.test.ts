// The natural training messages keep to docs/labels.md and to their size: whole messages in all 13 languages, at
// least 100 a language and 1,500 in all, at least half hard, every intent in every language.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load.ts';

const LANGS = ['en', 'es', 'fr', 'de', 'it', 'ja', 'zh', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar'];
const INTENTS = ['not-received', 'damaged', 'wrong-item', 'return', 'cancel', 'address-change', 'where-is-my-order', 'off-amazon', 'other'];
const rows = loadCorpus('test/intents/natural');

describe('natural intent messages', () => {
  it('has 1,500 messages or more, 100 or more in each language, half or more hard', () => {
    expect(rows.length).toBeGreaterThanOrEqual(1500);
    for (const lang of LANGS) expect(rows.filter((r) => r.lang === lang).length, lang).toBeGreaterThanOrEqual(100);
    expect(rows.filter((r) => r.hard).length * 2).toBeGreaterThanOrEqual(rows.length);
  });

  it('covers every intent in every language, with negation in every language', () => {
    for (const lang of LANGS) {
      const mine = rows.filter((r) => r.lang === lang);
      for (const intent of INTENTS) expect(mine.some((r) => r.intents.includes(intent as never)), `${lang} ${intent}`).toBe(true);
      expect(mine.some((r) => r.tags.includes('negation')), lang).toBe(true);
    }
  });

  it('labels as the guide says', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.intents.includes('not-received') && r.intents.includes('where-is-my-order'), r.id).toBe(false);
      expect(r.hard, r.id).toBe(r.tags.length > 0);
      expect(r.intents.includes('other') && r.intents.length > 1, r.id).toBe(false);
    }
  });
});
