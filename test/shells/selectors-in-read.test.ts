// Convention: Seller Central's selectors and labels live in src/read/ only, kept with the page they were seen on.
// Code elsewhere asks read/ for them, so a redesign of Seller Central is fixed in one folder. This test reads every
// source file outside src/read/ and fails on (1) a Seller Central selector given to querySelector,
// querySelectorAll, closest or matches, or an id or class name given to getElementById / getElementsByClassName,
// (2) a string anywhere that is unmistakably a page selector, and (3) in code that looks at a page, a Seller Central
// path or a field label the readers look for.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, normalizeLabel } from '../../src/read/labels.ts';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return relative(SRC, path) === 'read' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

const QUERY_METHODS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);
/** Lookups by a bare id or class name: any literal name there is a page's own. */
const NAME_METHODS = new Set(['getElementById', 'getElementsByClassName']);
/** The extension's own documents (popup, options): their ids are ours, not Seller Central's. */
const OWN_DOCUMENTS = /^(popup|options|ui)\//;

/** What a template's ${…} holds is a constant declared (and scanned) where it is written. */
const PLACEHOLDER = 'xexprx';
/** Elements and attributes any page has, and the extension's own markers. */
const GENERIC_TAGS = new Set(['*', 'a', 'body', 'button', 'div', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'html', 'input', 'label', 'legend', 'li', 'link', 'meta', 'p', 'script', 'section', 'select', 'span', 'style',
  'table', 'tbody', 'td', 'template', 'textarea', 'th', 'thead', 'tr', 'ul', 'ol', 'img', 'iframe', 'option', 'time']);
const GENERIC_ATTRIBUTES = new Set(['hidden', 'inert', 'aria-hidden', 'for', 'role', 'lang', 'type', 'name',
  'shadowrootmode', 'data-testid', 'data-action', 'data-kind', 'data-claimwise', 'data-guard', 'disabled', 'id', PLACEHOLDER]);
const OWN_TAG = new RegExp(`^(claimwise-|${PLACEHOLDER}$)`);

const ATTRIBUTE = String.raw`\[\s*[a-z_][\w-]*\s*(?:[~|^$*]?=\s*(?:"[^"]*"|'[^']*'|[\w-]+)\s*(?:[is]\s*)?)?\]`;
const COMPOUND = new RegExp(String.raw`^([a-z][\w-]*|\*)?((?:#[\w-]+|\.[\w-]+|${ATTRIBUTE}|::?[\w-]+(?:\([^)]*\))?)*)$`, 'i');
const HEX_COLOUR = /^#[0-9a-f]{3,8}$/i;
const FILE_NAME = /\.(html?|json|m?[jt]s|css|png|svg|txt|md)$/i;

/**
 * Why `text` is a Seller Central selector, or null when it is not a selector or only a generic one. `asQuery` is
 * for text handed to a query method: any id, class, custom element or page attribute there is a page's. Other
 * strings (rule ids, phrase keys, domains, file names, colours) share a selector's alphabet, so there only what is
 * unmistakably a page selector counts: an attribute test, a Katal element, or a hyphenated id or class.
 */
export function sellerCentralSelector(text: string, asQuery = false): string | null {
  const s = text.trim();
  if (!s || s.length > 400 || /[{};\n]/.test(s) || HEX_COLOUR.test(s) || FILE_NAME.test(s)) return null;
  const parsed = s.split(/\s*[,>+~]\s*|\s+/).filter(Boolean).map((c) => COMPOUND.exec(c));
  if (parsed.some((m) => m === null)) return null;
  const known = (tag: string) => GENERIC_TAGS.has(tag) || OWN_TAG.test(tag) || tag.startsWith('kat-') || (asQuery && tag.includes('-'));
  const selectorish = parsed.every((m) => {
    const tag = m![1]?.toLowerCase();
    if (tag && !known(tag)) return false;
    return Boolean(tag) || /^(#|\[|:|\.[a-z])/i.test(m![2] ?? '');
  });
  if (!selectorish) return null;
  for (const m of parsed) {
    const tag = m![1]?.toLowerCase();
    if (tag && !GENERIC_TAGS.has(tag) && !OWN_TAG.test(tag)) return `element <${tag}>`;
    for (const part of m![2]!.match(new RegExp(String.raw`#[\w-]+|\.[\w-]+|${ATTRIBUTE}`, 'gi')) ?? []) {
      if (part.startsWith('#') || part.startsWith('.')) {
        if (asQuery || (part.includes('-') && part.length >= 5)) return `id or class ${part}`;
        continue;
      }
      const attr = /^\[\s*([\w-]+)/.exec(part)?.[1]?.toLowerCase() ?? '';
      if (!GENERIC_ATTRIBUTES.has(attr)) return `attribute ${part}`;
    }
  }
  return null;
}

/** Where Seller Central keeps its pages (PAGES.md), and its own attribute name. */
const SELLER_CENTRAL_PATHS = /\/orders-v[23]\b|\/gp\/(orders-v2|guarantee-claims|chargebacks|returns|help\/contact)|\/safet-claims|\/messaging\/(inbox|thread|contact)|\/manage\/returns|ayb-contact-buyer|data-test-id/;

/** Labels the readers look for; short, common words ("Status", "Reason") are too ordinary to call labels. */
function readerLabels(): Set<string> {
  const out = new Set<string>();
  for (const byLang of Object.values(FIELD_LABELS)) {
    for (const words of Object.values<readonly string[]>(byLang)) {
      for (const w of words) {
        const n = normalizeLabel(w);
        if (/[^ -~]/.test(n) ? n.length >= 3 : n.includes(' ') && n.length >= 8) out.add(n);
      }
    }
  }
  return out;
}
const LABELS = readerLabels();

/** A string that is a reader's label, or a regular expression that looks for one. */
function holdsLabel(text: string, isRegex: boolean): boolean {
  if (!isRegex) return LABELS.has(normalizeLabel(text));
  const source = text.toLowerCase();
  return [...LABELS].some((l) => source.includes(l));
}

export interface Leak { file: string; line: number; what: string; text: string }

function templateText(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((s) => `${PLACEHOLDER}${s.literal.text}`).join('');
}

function isModuleName(node: ts.Node): boolean {
  const p = node.parent;
  return ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p) ||
    (ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.ImportKeyword);
}

/** Seller Central selectors, paths and labels held by one source text. */
export function leaks(file: string, source: string): Leak[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Leak[] = [];
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const add = (node: ts.Node, what: string, text: string) => {
    if (!out.some((l) => l.line === lineOf(node) && l.text === text && l.what === what)) out.push({ file, line: lineOf(node), what, text });
  };
  // Labels and paths count where the code looks at a page; wording for the seller may name a field as Amazon does.
  const touchesPage = /\b(querySelector(All)?|closest|matches|getElementsBy\w+|getElementById|getAttribute)\(/.test(source);
  const queried = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const arg = node.arguments[0];
      if (arg && QUERY_METHODS.has(method) && (ts.isStringLiteralLike(arg) || ts.isTemplateExpression(arg))) {
        queried.add(arg);
        const t = ts.isTemplateExpression(arg) ? templateText(arg) : arg.text;
        const why = sellerCentralSelector(t, true);
        if (why) add(arg, 'selector', t);
      }
      if (arg && NAME_METHODS.has(method) && ts.isStringLiteralLike(arg) && !OWN_DOCUMENTS.test(file)) {
        queried.add(arg);
        add(arg, 'selector', arg.text);
      }
    }
    let text: string | null = null;
    const isRegex = ts.isRegularExpressionLiteral(node);
    if (ts.isStringLiteralLike(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = templateText(node);
    else if (isRegex) text = node.text;
    if (text !== null && !isModuleName(node)) {
      if (!isRegex && !queried.has(node) && sellerCentralSelector(text)) add(node, 'selector', text);
      if (touchesPage && SELLER_CENTRAL_PATHS.test(text)) add(node, 'Seller Central path', text);
      if (touchesPage && holdsLabel(text, isRegex)) add(node, 'Seller Central label', text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('Seller Central selectors and labels live in src/read/ only', () => {
  it('no source file outside src/read/ holds one', () => {
    const found = sourceFiles(SRC).flatMap((f) => leaks(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found.map((l) => `${l.file}:${l.line} ${l.what}: ${l.text}`)).toEqual([]);
  });

  it('scans the content script and its guards (the files this convention is about), and not read/', () => {
    const scanned = sourceFiles(SRC).map((f) => relative(SRC, f));
    for (const f of ['content/main.ts', 'content/insert-reply.ts', 'content/reply-boxes.ts', 'content/guards/targets.ts',
      'content/reply-guard/find-reply-boxes.ts', 'content/settle.ts']) expect(scanned).toContain(f);
    expect(scanned.some((f) => f.startsWith('read/'))).toBe(false);
  });

  it('catches selectors given to the query methods, held in lists, and built in templates', () => {
    const example = [
      "const TARGETS = ['[data-test-id=\"refund-order-button\"]', 'a[href*=\"/confirm-shipment\"]'];",
      "doc.querySelector('#ayb-contact-buyer textarea');",
      "box.closest('.reply-box-container');",
      'el.matches(`kat-textarea[name="${name}"]`);',
      "const spinner = doc.querySelectorAll('.a-spinner, kat-spinner');",
      "const loading = doc.getElementById('apploading');",
    ].join('\n');
    const found = leaks('example.ts', example);
    expect(found.filter((l) => l.what === 'selector').map((l) => l.line)).toEqual([1, 1, 2, 3, 4, 5, 6]);
  });

  it('catches Seller Central paths and labels where code looks at a page', () => {
    const example = [
      "el.getAttribute('x');",
      'const REPLY_PAGES = /\\/messaging\\/|\\/safet-claims/i;',
      "const url = 'https://sellercentral.amazon.com/orders-v3/order/' + id;",
      "const label = 'Ship by date';",
      "const ja = 'お届け予定日';",
      'const SHIP_BY = /ship by date|出荷予定日/i;',
    ].join('\n');
    expect(leaks('example.ts', example).map((l) => [l.line, l.what])).toEqual([
      [2, 'Seller Central path'], [3, 'Seller Central path'], [4, 'Seller Central label'], [5, 'Seller Central label'],
      [6, 'Seller Central label'],
    ]);
    // The same words in wording for the seller, in a file that never looks at a page, are words, not page knowledge.
    expect(leaks('words.ts', "const label = 'Ship by date';")).toEqual([]);
    // The popup's own document has its own ids; the same lookup in the content script is a page's.
    expect(leaks('popup/boot.ts', "document.getElementById('app');")).toEqual([]);
    expect(leaks('content/boot.ts', "document.getElementById('app')").map((l) => l.what)).toEqual(['selector']);
  });

  it('lets the extension query its own elements and generic markup, and leaves look-alike strings alone', () => {
    const example = [
      "doc.querySelectorAll('claimwise-guard');",
      'doc.querySelectorAll(`${GUARD_TAG}[data-guard="${kind}"]`);',
      "root.querySelectorAll('template[shadowrootmode]');",
      "form.querySelector('h1, h2, h3, h4, legend');",
      'scope.querySelector(`label[for="${id}"]`);',
      "el.closest('[hidden], [aria-hidden=\"true\"]');",
      'composedClosest(box, `[${GUARD_ATTRIBUTE}]`);',
      "import { x } from './index.ts';",
      "const words = 'Dismiss for this order';",
      "const rule = 'MSG-PROHIBITED'; const kind = 'off-amazon-payment'; const key = '.reason.amount';",
      "const colour = '#b3261e'; const file = `claimwise-page-${kind}.html`; const cls = /[0-9a-z]/; const d = 'a.co';",
      "const digits = '[〇零一二三]'; const range = '[0-9a-z\\u00c0-\\u024f]';",
    ].join('\n');
    expect(leaks('example.ts', example)).toEqual([]);
  });
});
