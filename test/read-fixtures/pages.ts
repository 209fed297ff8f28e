// The committed pages the reader tests run on: our own fixtures (test/fixtures/pages, each with an
// <name>.expected.json beside it) and the reference set (test/fixtures/reference, urls from expected-readings.json).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
export const REFERENCE_DIR = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type ExpectedItem = Record<string, unknown>;

/** What a page must read as. Lists and fields that are absent are not asserted. */
export interface ExpectedReading {
  kind: string;
  marketplace: string | null;
  uiLanguage: string | null;
  orders?: ExpectedItem[];
  claims?: ExpectedItem[];
  messages?: ExpectedItem[];
  returns?: ExpectedItem[];
  draft?: string | null;
}

export interface Page {
  name: string;
  file: string;
  url: string;
  html: string;
  expected: ExpectedReading;
}

interface ExpectationFile {
  url: string;
  notes?: string;
  read: ExpectedReading;
}

export function fixturePages(): Page[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.expected.json'.length);
      const spec = JSON.parse(readFileSync(FIXTURE_DIR + f, 'utf8')) as ExpectationFile;
      const file = `${FIXTURE_DIR}${name}.html`;
      return { name, file, url: spec.url, html: readFileSync(file, 'utf8'), expected: spec.read };
    });
}

export function referencePages(): Page[] {
  const specs = JSON.parse(readFileSync(`${REFERENCE_DIR}expected-readings.json`, 'utf8')) as Record<string, ExpectationFile>;
  return Object.entries(specs)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([fileName, spec]) => {
      const file = REFERENCE_DIR + fileName;
      return { name: fileName.replace(/\.html$/, ''), file, url: spec.url, html: readFileSync(file, 'utf8'), expected: spec.read };
    });
}
