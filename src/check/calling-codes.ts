// Is "+<digits>" a possible phone number? A known country calling code followed by a national number of a length
// that country uses (lengths from libphonenumber-js, see phone-lengths.ts).
import { PHONE_LENGTHS } from './phone-lengths.ts';

const RANGES = new Map<string, [number, number]>();
for (const entry of PHONE_LENGTHS.split(' ')) {
  const m = /^(\d+):(\d+)-(\d+)$/.exec(entry);
  if (m) RANGES.set(m[1]!, [Number(m[2]), Number(m[3])]);
}

/** `digits`: the number without "+" or "00", e.g. "491701234567". */
export function possibleInternational(digits: string): boolean {
  for (let len = 1; len <= 3 && len < digits.length; len++) {
    const range = RANGES.get(digits.slice(0, len));
    if (!range) continue;
    const national = digits.length - len;
    return national >= range[0] && national <= range[1];
  }
  return false;
}
