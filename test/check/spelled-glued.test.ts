// Digits glued to number words ("4one5 - 88two - 0137") are looked for in the words where a letter touches a run of
// digits, found from the digits: the same numbers as when every place a letter touches a digit was searched for.
import { describe, expect, it } from 'vitest';
import { findSpelledPhones } from '../../src/check/spelled-digits.ts';
import { identity } from '../../src/check/mapped-text.ts';

const spans = (text: string) => findSpelledPhones(identity(text)).map((h) => [h.start, h.end]);

describe('glued digits and number words', () => {
  it('are found wherever the letters touch the digits', () => {
    for (const text of ['call 4one5 - 88two - 0137 today', 'O6 - l2 - 9O - 55 - 12',
      'number: 😀4one5-88two-0137😀']) {
      expect(spans(text).length, text).toBeGreaterThan(0);
    }
  });

  it('a long run of digits or prose with numbers in it is not a glued number', () => {
    expect(spans('7'.repeat(200_000))).toEqual([]);
    expect(spans('Order 113-4829137-5520614 left on November 16; box 30 cm long. '.repeat(2000))).toEqual([]);
  });
});
