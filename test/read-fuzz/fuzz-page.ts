// One property per page: after any damage plan, readPage returns (never throws) a reading that invents nothing.
import fc from 'fast-check';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import type { Page } from '../read-fixtures/pages.ts';
import { violations } from './invariants.ts';
import { applyPlan, fuzzSettings, planArb } from './mutate.ts';
import { walkComposed } from './page-text.ts';

/**
 * Runs per page (FUZZ_RUNS overrides): 20 keeps the whole fuzz suite well under a minute of CPU on two cores, since
 * every run parses the page afresh. Parsing dominates, so the 600 kB benchmark page gets a handful.
 */
export function runsFor(page: Page): number {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  const runs = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 20;
  return page.html.length > 200_000 ? Math.max(3, Math.round(runs / 10)) : runs;
}

function readOrExplain(doc: Document, url: string) {
  try {
    return readPage(doc, url);
  } catch (e) {
    throw new Error(`readPage threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, { cause: e });
  }
}

export function assertReadsUnderDamage(page: Page, runs: number): void {
  fc.assert(
    fc.property(planArb, (plan) => {
      const doc = loadPage(page.html, page.url);
      applyPlan(doc, plan);
      const found = violations(readOrExplain(doc, page.url), doc, page.url);
      if (found.length) throw new Error(found.join('\n'));
    }),
    fuzzSettings(runs),
  );
}

/** The composed tree as text (tags, attributes, text, form values): equal before and after a read = untouched page. */
export function composedSignature(doc: Document): string {
  const parts: string[] = [];
  walkComposed(doc, (n) => {
    if (n.nodeType === 3 || n.nodeType === 8) parts.push(`#${n.nodeValue ?? ''}`);
    else if (n.nodeType === 1) {
      const el = n as Element;
      parts.push(`<${el.nodeName}${Array.from(el.attributes).map((a) => ` ${a.name}=${a.value}`).join('')}${el.shadowRoot ? ' #shadow' : ''}>`);
      if (el.nodeName === 'TEXTAREA' || el.nodeName === 'INPUT') parts.push(`=${(el as HTMLInputElement).value}`);
    } else parts.push(`(${n.nodeType})`);
  });
  return parts.join('\n');
}

/** The undamaged page: no invented values, and reading it leaves the DOM exactly as it was. */
export function assertCleanRead(page: Page): void {
  const doc = loadPage(page.html, page.url);
  const before = composedSignature(doc);
  const found = violations(readOrExplain(doc, page.url), doc, page.url);
  if (found.length) throw new Error(found.join('\n'));
  if (composedSignature(doc) !== before) throw new Error('readPage changed the document');
}
