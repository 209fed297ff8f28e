// What the browser tests of every page kind share: which pages to serve (reference pages and the project's own
// fixtures), the CLI's advice for the same page as the oracle, reading the popup through the CONTRACT.md §5 hooks.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { advise, joinReadings } from '../../src/rules/index.ts';
import { zoneForMarketplace } from '../../src/read/time-zones.ts';
import type { Advice, Marketplace } from '../../src/model.ts';
import { root } from '../../scripts/lib/sites.mjs';
import { FIXED_NOW, REFERENCE, type Harness, type Route } from './harness.ts';

export interface Served { name: string; file: string; url: string }

const PAGES_DIR = `${root}test/fixtures/pages/`;

export function referencePage(name: string): Served {
  const p = REFERENCE.find((r) => r.name === name);
  if (!p) throw new Error(`no reference page ${name}`);
  return p;
}

/** One of test/fixtures/pages/, at the URL its expected.json gives. */
export function fixturePage(name: string): Served {
  const file = `${PAGES_DIR}${name}.html`;
  const meta = `${PAGES_DIR}${name}.expected.json`;
  if (!existsSync(file) || !existsSync(meta)) throw new Error(`no fixture page ${name}`);
  const { url } = JSON.parse(readFileSync(meta, 'utf8')) as { url?: string };
  if (!url) throw new Error(`${name}.expected.json has no url`);
  return { name, file, url };
}

const routeKey = (url: string) => { const u = new URL(url); return `${u.host}${u.pathname}`; };

/**
 * The fixture server tells pages apart by host and path only; pages that share both with an earlier one (two inbox
 * threads, two order searches) are answered by the browser context itself, matched on the whole URL.
 */
export function splitRoutes(pages: Served[]): { server: Route[]; intercepted: Served[] } {
  const seen = new Set<string>();
  const server: Route[] = [];
  const intercepted: Served[] = [];
  for (const p of pages) {
    const key = routeKey(p.url);
    if (seen.has(key)) intercepted.push(p); else { seen.add(key); server.push({ url: p.url, file: p.file }); }
  }
  return { server, intercepted };
}

export async function interceptPages(h: Harness, pages: Served[]): Promise<void> {
  for (const p of pages) {
    const body = readFileSync(p.file, 'utf8');
    await h.context.route((u) => u.href === new URL(p.url).href, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
}

/** Start from an empty memory, as `forget-everything` does, so a tab's analysis is that page's alone. */
export async function forgetEverything(h: Harness): Promise<void> {
  await h.worker.evaluate(async () => { await chrome.storage.local.remove(['schemaVersion', 'orders', 'dismissedGuards', 'intentOverrides']); });
}

/** What `cli advise <page> --url <url> [...] --now <now>` computes, in this process (same modules, same order). */
export function oracleAdvice(pages: Served[], now: Date): Advice[] {
  const readings = pages.map((p) => readPage(loadPage(readFileSync(p.file, 'utf8'), p.url), p.url));
  return advise(joinReadings(readings, {}), now);
}

/** The real command line, for proving that oracleAdvice is what it prints. */
export async function cliAdvice(pages: Served[], now: Date): Promise<Advice[]> {
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'advise', ...pages.flatMap((p) => [p.file, '--url', p.url]), '--now', now.toISOString()];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: root, maxBuffer: 16 << 20 });
  return (JSON.parse(stdout) as { advice: Advice[] }).advice;
}

/** The advice as the popup can show it: action, deadline, reply wording. */
export interface Shown { orderId: string | null; action: string; deadline: string | null; reply: string | null }

export const shape = (advice: Advice[]): Shown[] =>
  advice.map((a) => ({ orderId: a.orderId, action: a.action, deadline: a.deadline, reply: a.reply?.text ?? null }));

/** The advice the popup must show for `pages`: the oracle at the instant the extension's clock is fixed to. */
export function expectedShown(pages: Served[]): Shown[] {
  return shape(oracleAdvice(pages, FIXED_NOW));
}

/** Calendar date of an ISO instant in the marketplace's own zone (how the README's table gives deadlines). */
export function localDate(iso: string, marketplace: Marketplace): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zoneForMarketplace(marketplace), year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(iso));
}

const SETTLED = ['next-action', 'nothing-to-do', 'not-understood', 'not-read', 'not-seller-central', 'error']
  .map((t) => `#panel-page [data-testid="${t}"]`).join(', ');

/** Wait until the popup's page view shows an answer (advice, an empty state or an error), not "Loading". */
export async function settledPopup(popup: Page): Promise<void> {
  await popup.waitForSelector(SETTLED, { timeout: 15_000 });
}

export interface PopupItem { action: string; deadline: string | null }

export async function popupItems(popup: Page): Promise<PopupItem[]> {
  return popup.$$eval('#panel-page [data-testid="next-action"]', (els) => els.map((e) => ({
    action: e.getAttribute('data-action') ?? '',
    deadline: e.querySelector('time[data-testid="deadline"]')?.getAttribute('datetime') ?? null,
  })));
}

export async function popupReply(popup: Page): Promise<string | null> {
  const box = popup.locator('#panel-page [data-testid="reply-text"]');
  return (await box.count()) === 0 ? null : box.inputValue();
}

/** The value of the page's first reply box: a plain textarea or the one inside kat-textarea's open shadow root. */
export async function pageReplyBox(page: Page): Promise<string> {
  return page.evaluate(() => {
    const plain = document.querySelector('textarea');
    const inner = document.querySelector('kat-textarea')?.shadowRoot?.querySelector('textarea');
    const box = plain ?? inner;
    if (!box) throw new Error('no reply box on the page');
    return box.value;
  });
}
