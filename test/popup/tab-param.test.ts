import { describe, expect, it } from 'vitest';
import { tabFromSearch } from '../../src/popup/tab-param.ts';

describe('tabFromSearch', () => {
  it('reads ?tab=<id> and nothing else', () => {
    expect(tabFromSearch('?tab=17')).toBe(17);
    expect(tabFromSearch('?x=1&tab=0')).toBe(0);
    expect(tabFromSearch('')).toBeNull();
    expect(tabFromSearch('?tab=')).toBeNull();
    expect(tabFromSearch('?tab=-3')).toBeNull();
    expect(tabFromSearch('?tab=1e3')).toBeNull();
    expect(tabFromSearch('?tab=99999999999999999999')).toBeNull();
  });
});
