// The service worker parses every byte it imports at each wake-up, and webextension-polyfill was a tenth of it while
// MV3 already gives promises on chrome.* and browser.*. The background's files take the API from extension-api.ts;
// they may use the polyfill's types, never its code.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../src/background');
const RUNTIME_IMPORT = /^\s*import\s+(?!type\b)[^;]*?from\s+['"]webextension-polyfill['"]|^\s*import\s+['"]webextension-polyfill['"]|import\(\s*['"]webextension-polyfill['"]\s*\)/m;

describe('the background and webextension-polyfill', () => {
  it('the pattern tells a runtime import from a type import', () => {
    expect(RUNTIME_IMPORT.test("import browser from 'webextension-polyfill';")).toBe(true);
    expect(RUNTIME_IMPORT.test("import 'webextension-polyfill';")).toBe(true);
    expect(RUNTIME_IMPORT.test("const b = await import('webextension-polyfill');")).toBe(true);
    expect(RUNTIME_IMPORT.test("import type browser from 'webextension-polyfill';")).toBe(false);
    expect(RUNTIME_IMPORT.test("import type { Runtime } from 'webextension-polyfill';")).toBe(false);
  });

  it('no file of src/background imports its code', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('main.ts');
    const offenders = files.filter((f) => RUNTIME_IMPORT.test(readFileSync(join(DIR, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
