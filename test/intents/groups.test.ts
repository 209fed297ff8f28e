// Near-duplicate groups keep twins in one cross-validation fold (test/intents/groups.ts).
import { describe, expect, it } from 'vitest';
import { jaccard, nearAny, nearGroups, shingles } from './groups.ts';

describe('near-duplicate groups', () => {
  it('groups near twins of one language, not unrelated messages or other languages', () => {
    const rows = [
      { lang: 'en', text: 'Please cancel my order, I ordered it twice by mistake.' },
      { lang: 'en', text: 'Please cancel my order, I ordered it twice by mistake!!' },
      { lang: 'en', text: 'Where is my parcel? Tracking has not moved for a week.' },
      { lang: 'de', text: 'Please cancel my order, I ordered it twice by mistake.' },
    ];
    const g = nearGroups(rows);
    expect(g[1]).toBe(g[0]);
    expect(g[2]).not.toBe(g[0]);
    expect(g[3]).not.toBe(g[0]);
  });

  it('is chained: a twin of a twin is in the group', () => {
    const rows = ['aaaa bbbb cccc dddd eeee', 'aaaa bbbb cccc dddd ffff', 'aaaa bbbb cccc gggg ffff'].map((text) => ({ lang: 'en', text }));
    expect(jaccard(shingles(rows[0]!.text), shingles(rows[2]!.text))).toBeLessThan(0.5);
    expect(new Set(nearGroups(rows)).size).toBe(1);
  });

  it('finds the composed messages close to a test fold', () => {
    const probe = [{ lang: 'fr', text: 'Annulez ma commande, je l\'ai commandée deux fois.' }];
    const pool = [{ lang: 'fr', text: 'Annulez ma commande, je l\'ai commandée deux fois' }, { lang: 'fr', text: 'Le colis est arrivé cassé.' }];
    expect(nearAny(pool, probe)).toEqual([true, false]);
  });
});
