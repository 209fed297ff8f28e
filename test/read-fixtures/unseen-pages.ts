// Pages written after the readers, from what is publicly known of Seller Central (PAGES.md) but in layouts and
// languages none of the other fixtures are cut from (test/read-fixtures/unseen/), and documents that are not Seller
// Central pages at all. Scored by the rule the readers promise: each value read right, or reported missing; never
// a wrong one.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PageReading } from '../../src/model.ts';
import { compareField, LIST_KEYS } from './compare.ts';
import { zoneOf } from './dates.ts';
import type { ExpectedReading } from './pages.ts';

export const UNSEEN_DIR = fileURLToPath(new URL('./unseen/', import.meta.url));

export interface UnseenPage {
  name: string;
  file: string;
  url: string;
  bytes: Buffer;
  /** Not a Seller Central page: must be refused. */
  refused: boolean;
  expected: ExpectedReading | null;
  /** The page shows records of its kind even where the expectation does not list them. */
  recordsOnPage: boolean;
}

interface Spec { url: string; refused?: boolean; read?: ExpectedReading; recordsOnPage?: boolean }

export function unseenPages(): UnseenPage[] {
  return readdirSync(UNSEEN_DIR).filter((f) => f.endsWith('.expected.json')).sort().map((f) => {
    const name = f.slice(0, -'.expected.json'.length);
    const spec = JSON.parse(readFileSync(UNSEEN_DIR + f, 'utf8')) as Spec;
    const file = `${UNSEEN_DIR}${name}.html`;
    return { name, file, url: spec.url, bytes: readFileSync(file), refused: spec.refused === true,
      expected: spec.read ?? null, recordsOnPage: spec.recordsOnPage === true };
  });
}

export interface Score { right: string[]; reported: string[]; wrong: string[] }

/** The region name a reading gives a list it could not read ("orders list rows", ...): any non-path entry. */
const regionNoted = (r: PageReading) => r.missing.some((m) => !/^\w+\[\d+\]\./.test(m) && !['marketplace', 'uiLanguage'].includes(m));

/** Each expected value: read right, reported missing (null and named in `missing`), or wrong. */
export function score(expected: ExpectedReading, reading: PageReading): Score {
  const s: Score = { right: [], reported: [], wrong: [] };
  const missing = new Set(reading.missing);
  if (reading.kind !== expected.kind) s.wrong.push(`kind: ${reading.kind}`);
  for (const key of ['marketplace', 'uiLanguage'] as const) {
    if (reading[key] === expected[key]) s.right.push(key);
    else if (reading[key] === null && missing.has(key)) s.reported.push(key);
    else s.wrong.push(`${key}: ${String(reading[key])}`);
  }
  const zone = zoneOf(expected.marketplace);
  for (const list of LIST_KEYS) {
    const want = expected[list];
    if (!want) continue;
    const got = reading[list] as unknown as Record<string, unknown>[];
    if (got.length > want.length) s.wrong.push(`${list}: ${got.length - want.length} more than the page shows`);
    want.forEach((item, i) => {
      const actual = got[i];
      for (const [field, value] of Object.entries(item)) {
        const path = `${list}[${i}].${field}`;
        if (!actual) {
          (regionNoted(reading) ? s.reported : s.wrong).push(path);
          continue;
        }
        const diff = compareField(path, field, value, actual[field], zone);
        if (!diff) s.right.push(path);
        else if ((actual[field] === null || actual[field] === undefined) && missing.has(path)) s.reported.push(path);
        else s.wrong.push(diff);
      }
    });
  }
  return s;
}

export { regionNoted };
