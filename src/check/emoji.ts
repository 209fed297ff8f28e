// Emojis (MSG-PROHIBITED: "emojis and GIFs"), a warning. Read from the original text: zero-width joiners and
// variation selectors belong to the emoji they sit in.
import type { Hit } from './hit.ts';
import { matches } from './matches.ts';

const PART = '(?:\\p{Extended_Pictographic}|\\p{Regional_Indicator}|[0-9#*]\\uFE0F?\\u20E3)';
// Joiners, selectors, skin tones and tag characters continue an emoji.
const JOIN = '(?:\\uFE0F|\\u200D|\\p{Emoji_Modifier}|[\\u{E0020}-\\u{E007F}])';
const EMOJI = new RegExp(`${PART}(?:${JOIN}|${PART})*`, 'gu');
// ©, ® and ™ are pictographic only when followed by the emoji selector; in product names they are plain symbols.
const PLAIN_SYMBOL = /^[\u00A9\u00AE\u2122\u203C\u2049\u2139\u2194-\u2199\u21A9\u21AA]$/u;

export function findEmojis(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches(EMOJI, text)) {
    if (PLAIN_SYMBOL.test(m[0])) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, kind: 'other', rule: 'MSG-PROHIBITED', severity: 'warn', hint: 'emoji' });
  }
  return hits;
}
