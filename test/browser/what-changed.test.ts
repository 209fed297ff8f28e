// "What changed" in Chromium: after the seller opens the US returns page, the options page lists the rule changes
// of the last twelve months and, for each, the open orders the background remembers that it affects now, as the
// rules compute for the same page at the same fixed instant.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { joinReadings } from '../../src/rules/index.ts';
import { whatChanged, type ChangeNow } from '../../src/rules/what-changed.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { startHarness, FIXED_NOW, type Harness } from './harness.ts';
import { forgetEverything, referencePage } from './pages-helpers.ts';

const RETURNS = referencePage('returns-us');
/** The one return on the page that has arrived and is not refunded yet. */
const RECEIVED_UNREFUNDED = '111-9027463-1185520';

const expected: ChangeNow[] = whatChanged(
  joinReadings([readPage(loadPage(readFileSync(RETURNS.file, 'utf8'), RETURNS.url), RETURNS.url)], {}), FIXED_NOW, SETTINGS_DEFAULTS);

interface Shown { rule: string; openOrders: number; affected: string; soonest: string | null; passed: boolean; effective: string; confidence: string }

let h: Harness;
let options: Page;
let shown: Shown[] = [];
let stored: { orders?: Record<string, unknown> } = {};

beforeAll(async () => {
  h = await startHarness([{ url: RETURNS.url, file: RETURNS.file }]);
  await forgetEverything(h);
  const page = await h.openPage(RETURNS.url);
  // The background writes memory after the reading arrives; wait (bounded) for the received return to land.
  for (let waited = 0; waited < 15_000; waited += 250) {
    stored = JSON.parse(await h.storageDump()) as typeof stored;
    if (stored.orders?.[RECEIVED_UNREFUNDED]) break;
    await page.waitForTimeout(250);
  }
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.waitForSelector('[data-testid="what-changed"] [data-testid="change"], [data-testid="what-changed-error"], [data-testid="what-changed-empty"]', { timeout: 15_000 });
  shown = await options.$$eval('[data-testid="what-changed"] [data-testid="change"]', (els) => els.map((e) => ({
    rule: e.getAttribute('data-rule') ?? '',
    openOrders: Number(e.getAttribute('data-open-orders')),
    affected: e.querySelector('[data-testid="change-affected"]')?.textContent ?? '',
    soonest: e.querySelector('time[data-testid="change-soonest"]')?.getAttribute('datetime') ?? null,
    passed: e.querySelector('time[data-testid="change-soonest"]')?.getAttribute('data-passed') === 'true',
    effective: e.querySelector('[data-testid="change-effective"]')?.textContent ?? '',
    confidence: e.querySelector('[data-testid="change-confidence"]')?.getAttribute('data-confidence') ?? '',
  })));
  await h.screenshot(options, 'what-changed');
}, 120_000);

afterAll(async () => { await h?.close(); });

describe('What changed on the options page', () => {
  it('the background remembered the returns page', () => {
    expect(stored.orders?.[RECEIVED_UNREFUNDED]).toBeTruthy();
  });

  it('lists every change of the last twelve months, newest first, as the rules give them', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(shown.map((s) => s.rule)).toEqual(expected.map((c) => c.id));
    for (const [i, c] of expected.entries()) {
      expect(shown[i], c.id).toMatchObject({ openOrders: c.openOrders, soonest: c.soonest, confidence: c.confidence });
      expect(shown[i]?.effective, c.id).toMatch(/^In force from \w{3} \d{1,2}, \d{4}$/);
      // Judged against the extension's fixed clock, not the machine's.
      expect(shown[i]?.passed, c.id).toBe(c.soonest !== null && Date.parse(c.soonest) <= FIXED_NOW.getTime());
    }
  });

  it('the US refund change affects the one received, unrefunded return, with its deadline', () => {
    const refund = shown.find((s) => s.rule === 'US-REFUND-4D');
    expect(refund).toBeTruthy();
    expect(refund?.openOrders).toBe(1);
    expect(refund?.affected).toMatch(/^It affects 1 open order now\./);
    expect(refund?.soonest).toBe(expected.find((c) => c.id === 'US-REFUND-4D')?.soonest);
    expect(refund?.soonest).not.toBeNull();
  });

  it('a change no remembered order falls under says so', () => {
    const untouched = shown.filter((s) => s.openOrders === 0);
    expect(untouched.length).toBeGreaterThan(0);
    for (const s of untouched) expect(s.affected, s.rule).toBe('No open order in memory is affected now.');
  });
});
