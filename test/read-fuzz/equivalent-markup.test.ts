// Metamorphic tests: markup changes that do not change what the seller sees must not change the reading. A reader
// that passes the fixtures only through their exact byte layout (no whitespace between tags, these runtime ids,
// exactly these class lists, the content at this depth) fails here on every page at once.
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { fixturePages, referencePages, type Page } from '../read-fixtures/pages.ts';
import { walkComposed } from './page-text.ts';

type Transform = (doc: Document) => void;

const BLOCKS = new Set(['DIV', 'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TABLE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'P', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'SECTION', 'NAV', 'FORM']);
const NEVER = new Set(['TEXTAREA', 'PRE', 'SCRIPT', 'STYLE', 'TEMPLATE', 'OPTION', 'SELECT', 'KAT-TEXTAREA', 'KAT-INPUT']);

function elements(doc: Document): Element[] {
  const out: Element[] = [];
  walkComposed(doc, (n) => { if (n.nodeType === 1) out.push(n as Element); });
  return out;
}

/** Source formatting: indentation inside and a newline after every block element and Katal element. */
const indent: Transform = (doc) => {
  for (const el of elements(doc)) {
    if (NEVER.has(el.nodeName) || !(BLOCKS.has(el.nodeName) || el.nodeName.startsWith('KAT-')) || !el.parentNode) continue;
    el.prepend(doc.createTextNode('\n    '));
    el.after(doc.createTextNode('\n  '));
  }
};

/** Katal's runtime ids change on every render (PAGES.md: katal-id-20 is unstable). */
const renumberKatalIds: Transform = (doc) => {
  for (const el of elements(doc)) {
    for (const attr of ['id', 'for', 'aria-labelledby', 'aria-controls']) {
      const v = el.getAttribute(attr);
      if (v && /katal-id-\d+/.test(v)) el.setAttribute(attr, v.replace(/katal-id-(\d+)/g, (_m, n: string) => `katal-id-${Number(n) + 4100}`));
    }
  }
};

/** Weblab and analytics attributes Amazon adds everywhere (extra classes, data-csa-* ids). */
const extraAttributes: Transform = (doc) => {
  let n = 0;
  for (const el of elements(doc)) {
    if (el.nodeName === 'HTML' || el.nodeName === 'HEAD' || el.parentNode?.nodeName === 'HEAD') continue;
    el.classList.add(`a-weblab-${(n % 7) + 1}`);
    el.setAttribute('data-csa-c-id', `c${(n++).toString(36)}`);
  }
};

/** A layout wrapper around the app, as a navigation redesign adds. */
const wrapApp: Transform = (doc) => {
  const content = doc.getElementById('sc-content-container') ?? doc.body;
  const outer = doc.createElement('div');
  outer.className = 'sc-page-layout';
  const inner = doc.createElement('div');
  inner.className = 'sc-page-layout-main';
  outer.append(inner);
  inner.append(...Array.from(content.childNodes));
  content.append(outer);
};

const TRANSFORMS: [string, Transform][] = [
  ['indented markup', indent],
  ['renumbered Katal ids', renumberKatalIds],
  ['extra weblab classes and data attributes', extraAttributes],
  ['an extra layout wrapper', wrapApp],
];

const pages: Page[] = [...referencePages(), ...fixturePages().filter((p) => p.html.length < 200_000)];

describe.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
  const plain = () => JSON.parse(JSON.stringify(readPage(loadPage(page.html, page.url), page.url))) as unknown;

  it.each(TRANSFORMS)('reads the same with %s', (_what, transform) => {
    const doc = loadPage(page.html, page.url);
    transform(doc);
    // Compared with the plain page's reading, not the expectation: fixtures.test.ts judges correctness, this judges
    // stability, so a wrong field shows up once there and not five times here.
    expect(JSON.parse(JSON.stringify(readPage(doc, page.url)))).toEqual(plain());
  });
});
