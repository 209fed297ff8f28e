import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPossiblePhoneNumber } from 'libphonenumber-js/min';
import { phoneLengthsSource } from './phone-metadata.ts';
import { possibleInternational } from '../../src/check/calling-codes.ts';

const target = new URL('../../src/check/phone-lengths.ts', import.meta.url);

describe('phone number lengths', () => {
  it('src/check/phone-lengths.ts matches the installed libphonenumber-js metadata', () => {
    const fresh = phoneLengthsSource();
    if (process.env.UPDATE_PHONE_METADATA) writeFileSync(target, fresh);
    expect(readFileSync(target, 'utf8')).toBe(fresh);
  });

  it('agrees with libphonenumber-js on international numbers', () => {
    const numbers = ['+1 212 555 0147', '+44 20 7946 0018', '+49 170 1234567', '+33 6 12 34 56 78', '+81 90 8765 4321',
      '+86 138 1234 5678', '+39 06 4455 6677', '+34 612 345 678', '+52 55 1234 5678', '+61 2 9374 4000', '+1 234', '+44 12',
      '+86 1381', '+999 1234567', '+49 1', '+7 912 345 67 89'];
    for (const n of numbers) expect(possibleInternational(n.replace(/\D/g, '')), n).toBe(isPossiblePhoneNumber(n));
  });
});
