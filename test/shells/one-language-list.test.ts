// Languages are listed once, in src/words/langs.ts. A second hand-written list (an array of language codes, or a
// union type of them) drifts from the first the day a language is added, so any such list elsewhere in src/ fails
// here. Lists derived from the registry (['auto', ...UI_LANGS], Record<BuyerLang, …>) are not lists of literals and
// pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUYER_LANGS } from '../../src/words/langs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const HOME = 'src/words/langs.ts';

const CODES: ReadonlySet<string> = new Set(BUYER_LANGS);
// "de", "pt-BR", "zh_CN": a language, alone or with its region or script.
const TAG = /^([a-z]{2})(?:[-_][A-Za-z]{2,4})?$/;
const isLanguage = (text: string): boolean => CODES.has(TAG.exec(text)?.[1] ?? '');

interface LanguageList { line: number; text: string }

/**
 * Arrays and union types made only of three or more language literals. Requiring every element to be a language
 * keeps out lists that merely contain one ("de" among Amazon's domains next to "se", "la" and "de" in stop words).
 */
function languageLists(fileName: string, source: string): LanguageList[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: LanguageList[] = [];
  const literals = (items: readonly ts.Node[]): string[] | null => {
    const texts = items.map((n) => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text
      : ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal) ? n.literal.text : null));
    return texts.every((t): t is string => t !== null) ? texts : null;
  };
  const visit = (node: ts.Node): void => {
    // A table whose values are all languages ({ US: 'en', DE: 'de', … }) is a language list too, keyed by something.
    const values = ts.isObjectLiteralExpression(node) && node.properties.every(ts.isPropertyAssignment)
      ? node.properties.map((p) => (p as ts.PropertyAssignment).initializer) : null;
    const items = ts.isArrayLiteralExpression(node) ? node.elements : ts.isUnionTypeNode(node) ? node.types : values;
    const texts = items && literals(items);
    if (texts && texts.length >= 3 && texts.every(isLanguage)) {
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText().slice(0, 100) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const repoPath = (path: string): string => relative(ROOT, path).split(sep).join('/');

describe('the finder of hand-written language lists', () => {
  it('finds arrays and union types of three or more language codes or tags', () => {
    expect(languageLists('x.ts', "export const L = ['en', 'de', 'fr'] as const;")).toHaveLength(1);
    expect(languageLists('x.ts', "const tags = ['pt-BR', 'ar_SA', 'zh-Hans'];")).toHaveLength(1);
    expect(languageLists('x.ts', "type Lang = 'en' | 'ja' | 'zh';")).toHaveLength(1);
    expect(languageLists('x.tsx', "const p = <Picker langs={['sv', 'pl', 'tr']} />;")).toHaveLength(1);
    expect(languageLists('x.ts', "const byMarket = { US: 'en', DE: 'de', JP: 'ja' };")).toHaveLength(1);
    expect(languageLists('x.ts', "const a = ['en', 'de'];\nconst b = ['it', 'es', 'nl', 'ar'];")).toEqual([
      { line: 2, text: "['it', 'es', 'nl', 'ar']" }]);
  });

  it('leaves alone lists that are not made only of languages, and lists derived from the registry', () => {
    for (const source of [
      "const domains = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'se', 'tr'];", // 'se' is a domain, not a language
      "const stop = ['de', 'la', 'en', 'el'];",
      "const mp = ['US', 'DE', 'FR'];",
      "const ui = ['auto', ...UI_LANGS] as const;",
      "const t: Record<BuyerLang, string> = { en: 'a', de: 'b', fr: 'c' };",
      "const two = ['en', 'de'];",
    ]) expect(languageLists('x.ts', source), source).toEqual([]);
  });
});

describe('one list of languages', () => {
  const offenders = new Map(sourceFiles(SRC).map((f) => [repoPath(f), languageLists(f, readFileSync(f, 'utf8'))] as const)
    .filter(([, lists]) => lists.length > 0));

  it('declares the languages in src/words/langs.ts', () => {
    expect(offenders.get(HOME)?.length ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('declares no other list of languages in src/', () => {
    const strays = [...offenders].filter(([path]) => path !== HOME)
      .map(([path, lists]) => `${path}:${lists[0]!.line} ${lists[0]!.text}`);
    expect(strays, 'use BUYER_LANGS, UI_LANGS, PAGE_LANGS or a type derived from them (src/words/langs.ts)').toEqual([]);
  });
});
