// RFC 2606's ".example" is the name made-up addresses are written with: in a draft it is still an address or a link
// the buyer would follow, whatever its top-level domain, while prose with a dot in it stays prose.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';

const kinds = (text: string) => check(text).map((f) => `${f.kind}:${f.text}`);

describe('addresses and links under .example', () => {
  it('are found written plainly, under www., with a path, or as an address spelled out', () => {
    expect(kinds('Mehr unter www.brandt-werkzeug.example')).toEqual(['link:www.brandt-werkzeug.example']);
    expect(kinds('Ver ofertas em loja-aurora.example/promocoes hoje')).toEqual(['link:loja-aurora.example/promocoes']);
    expect(kinds('schrijf naar info@bakkerij-jansen.example')).toEqual(['email:info@bakkerij-jansen.example']);
    expect(kinds('schrijf naar info at bakkerij-jansen dot example')).toEqual(['email:info at bakkerij-jansen dot example']);
  });

  it('leave prose alone', () => {
    expect(kinds('For example, the lid unscrews anticlockwise.')).toEqual([]);
    expect(kinds('Un ejemplo: la tapa se desenrosca hacia la izquierda.')).toEqual([]);
    expect(kinds('Please see the manual, section 3.Example: press the reset button.')).toEqual([]);
    expect(kinds('Here is a dot example of the pattern on the lid.')).toEqual([]);
  });
});
