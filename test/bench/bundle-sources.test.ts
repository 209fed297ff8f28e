// The bundle breakdown traces bytes through a source map: hand-written maps whose segments are known say which
// characters belong to which source, and the shares must add up to the file's real gzip size.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { charsBySource, decodeMappings, shareOut, sourceLabel } from '../../bench/bundle-sources.ts';

describe('decodeMappings', () => {
  it('reads columns and source indexes, relative across segments and lines', () => {
    // "AAAA": column 0, source 0; "KCAA": column +5, source +1; next line "EDAA": column 2, source -1 (back to 0);
    // "G": a segment of one field (column +3) names no source.
    expect(decodeMappings('AAAA,KCAA;EDAA,G')).toEqual([[[0, 0], [5, 1]], [[2, 0], [5, -1]]]);
  });

  it('reads multi-digit numbers (continuation bit)', () => {
    // "gB": 16 (continuation digit "g" = 32, then "B" = 1 -> 0 + (1 << 5) = 32 -> 16 after the sign bit).
    expect(decodeMappings('gBAAA')).toEqual([[[16, 0]]]);
  });
});

describe('charsBySource', () => {
  it('gives each segment the characters up to the next segment, and the rest to unmapped', () => {
    // Line 2 starts with source -1 relative to line 1's last (b), so back to a.
    const map = { sources: ['src/a.ts', 'src/b.ts'], mappings: 'CAAA,ECAA;ADAA,E' };
    const parts = charsBySource('xaabbbb\nccddd', map);
    expect(Object.fromEntries(parts)).toEqual({ '(unmapped)': 'xddd', 'src/a.ts': 'aacc', 'src/b.ts': 'bbbb' });
  });
});

describe('sourceLabel', () => {
  it('names packages by their name and project files from src/ on', () => {
    expect(sourceLabel('../node_modules/valibot/dist/index.mjs')).toBe('npm:valibot');
    expect(sourceLabel('../../node_modules/@preact/signals/dist/x.js')).toBe('npm:@preact/signals');
    expect(sourceLabel('../src/rules/policy.ts')).toBe('src/rules/policy.ts');
  });
});

describe('shareOut', () => {
  it('shares the file\'s gzip size out so the shares add up to it, the larger source first', () => {
    const big = 'const words="' + Array.from({ length: 400 }, (_, i) => `w${i * 7919 % 10007}`).join(' ') + '";';
    const small = 'let x=1;';
    const code = big + small;
    // One segment per source: the first at column 0 (source 0), the second where `small` starts (source 1).
    const second = big.length;
    const vlqOf = (n: number) => {
      let v = n << 1, out = '';
      const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      do { let d = v & 31; v >>>= 5; if (v) d |= 32; out += B64[d]; } while (v);
      return out;
    };
    const map = { sources: ['../src/big.ts', '../node_modules/tiny/index.js'], mappings: `AAAA,${vlqOf(second)}CAAA` };
    const shares = shareOut(code, map);
    expect(shares.map((s) => s.source)).toEqual(['src/big.ts', 'npm:tiny']);
    expect(shares.map((s) => s.bytes)).toEqual([big.length, small.length]);
    const total = gzipSync(code, { level: 9 }).length / 1024;
    expect(shares.reduce((s, r) => s + r.kbGzip, 0)).toBeCloseTo(total, 1);
  });
});
