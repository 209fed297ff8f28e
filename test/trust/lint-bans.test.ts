// The lint rules that keep page data out of HTML and code out of strings, and keep the cores pure, checked
// against the project's real ESLint configuration: each banned pattern, placed in a file under src/, must be
// an error. If a rule is weakened or its selector stops matching, these tests fail.
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    // The snippets are linted from memory under paths that do not exist on disk; the type-aware parser must be
    // allowed to give them a default project. Every rule comes from eslint.config.js unchanged.
    overrideConfig: { languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.js', 'src/*/lint-probe.ts', 'src/*/lint-probe.tsx'] } } } },
  });
});

async function lint(path: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, `${path} did not parse: ${fatal.map((m) => m.message).join('; ')}`).toEqual([]);
  return result!.messages;
}

const errorsOf = (messages: Linter.LintMessage[]) => messages.filter((m) => m.severity === 2).map((m) => m.ruleId);

const SHELL = 'src/content/lint-probe.ts';
const CORE = 'src/read/lint-probe.ts';

describe('HTML sinks and code from strings are errors anywhere in src/', () => {
  it.each([
    ['innerHTML assignment', SHELL, 'export function f(el: HTMLElement, x: string) { el.innerHTML = x; }\n', 'no-restricted-syntax'],
    ['innerHTML append', SHELL, 'export function f(el: HTMLElement, x: string) { el.innerHTML += x; }\n', 'no-restricted-syntax'],
    ['outerHTML assignment', SHELL, 'export function f(el: HTMLElement, x: string) { el.outerHTML = x; }\n', 'no-restricted-syntax'],
    ['insertAdjacentHTML', SHELL, "export function f(el: HTMLElement, x: string) { el.insertAdjacentHTML('beforeend', x); }\n", 'no-restricted-syntax'],
    ['document.write', SHELL, 'export function f(x: string) { document.write(x); }\n', 'no-restricted-syntax'],
    ['document.writeln', SHELL, 'export function f(x: string) { document.writeln(x); }\n', 'no-restricted-syntax'],
    ['eval', SHELL, 'export function f(x: string): unknown { return eval(x); }\n', 'no-eval'],
    ['new Function', SHELL, "export function f(x: string) { return new Function('a', x); }\n", 'no-restricted-syntax'],
    ['Function called without new', 'src/background/lint-probe.ts', 'export function f(x: string) { return Function(x); }\n', '@typescript-eslint/no-implied-eval'],
    ['setTimeout with a string', 'src/background/lint-probe.ts', "export function f() { setTimeout('alert(1)', 10); }\n", '@typescript-eslint/no-implied-eval'],
    ['dangerouslySetInnerHTML', 'src/popup/lint-probe.tsx', 'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;\n', 'no-restricted-syntax'],
    ['innerHTML in the options page', 'src/options/lint-probe.ts', 'export function f(el: HTMLElement) { el.innerHTML = location.hash; }\n', 'no-restricted-syntax'],
    ['computed innerHTML', SHELL, "export function f(el: HTMLElement, x: string) { el['innerHTML'] = x; }\n", 'no-restricted-syntax'],
    ['computed outerHTML by template', SHELL, 'export function f(el: HTMLElement, x: string) { el[`outerHTML`] = x; }\n', 'no-restricted-syntax'],
    ['setHTMLUnsafe', SHELL, 'export function f(el: Element, x: string) { (el as unknown as { setHTMLUnsafe(s: string): void }).setHTMLUnsafe(x); }\n', 'no-restricted-syntax'],
    ['createContextualFragment', SHELL, 'export function f(r: Range, x: string) { return r.createContextualFragment(x); }\n', 'no-restricted-syntax'],
    ['computed insertAdjacentHTML', SHELL, "export function f(el: HTMLElement, x: string) { el['insertAdjacentHTML']('beforeend', x); }\n", 'no-restricted-syntax'],
    ['iframe srcdoc', SHELL, 'export function f(el: HTMLIFrameElement, x: string) { el.srcdoc = x; }\n', 'no-restricted-syntax'],
    ['Reflect.set innerHTML', SHELL, "export function f(el: HTMLElement, x: string) { Reflect.set(el, 'innerHTML', x); }\n", 'no-restricted-syntax'],
  ])('%s', async (_, path, code, rule) => {
    expect(errorsOf(await lint(path, code))).toContain(rule);
  });
});

describe('cores are pure', () => {
  it.each([
    ['document', 'export const title = () => document.title;\n'],
    ['window', 'export const name = () => window.name;\n'],
    ['chrome', 'export const id = () => chrome.runtime.id;\n'],
    ['location', 'export const here = () => location.href;\n'],
    ['fetch', "export const get = () => fetch('/x');\n"],
  ])('the %s global is an error in a core file', async (name, code) => {
    const messages = await lint(CORE, code);
    expect(messages.filter((m) => m.ruleId === 'no-restricted-globals' && m.message.includes(`'${name}'`))).not.toEqual([]);
  });

  it.each(['src/read', 'src/rules', 'src/check', 'src/replies'])('importing webextension-polyfill is an error in %s', async (dir) => {
    const messages = await lint(`${dir}/lint-probe.ts`, "import browser from 'webextension-polyfill';\nexport const id = () => browser.runtime.id;\n");
    expect(errorsOf(messages)).toContain('no-restricted-imports');
  });

  it('importing a shell from a core is an error', async () => {
    const messages = await lint(CORE, "import { remember } from '../background/memory.ts';\nexport const r = remember;\n");
    expect(errorsOf(messages)).toContain('no-restricted-imports');
  });
});

describe('controls: the same files with clean code lint clean', () => {
  it.each([
    [CORE, 'export const title = (doc: Document) => doc.title.trim();\n'],
    [SHELL, "export function f(el: HTMLElement, x: string) { el.textContent = x; el.append(document.createElement('b')); }\n"],
    ['src/popup/lint-probe.tsx', 'export const A = (p: { h: string }) => <div>{p.h}</div>;\n'],
  ])('%s', async (path, code) => {
    expect(errorsOf(await lint(path, code))).toEqual([]);
  });
});
