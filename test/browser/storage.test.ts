// What the extension remembers across pages, seen in Chromium. privacy.test.ts already reads storage.local back
// for buyer personal data; here: after reading pages of every kind in four marketplaces, storage holds the facts the
// deadlines come from, and the popup's Deadlines tab lists every open deadline those pages lead to, soonest first,
// each with a link that opens its order in that marketplace's Seller Central.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { advise, joinReadings } from '../../src/rules/index.ts';
import type { Marketplace } from '../../src/model.ts';
import { startHarness, FIXED_NOW, REFERENCE, type Harness } from './harness.ts';
import { fixturePage, forgetEverything, interceptPages, splitRoutes, type Served } from './pages-helpers.ts';
import { readFileSync } from 'node:fs';

const PAGES: Served[] = [
  ...REFERENCE,
  ...['order-details-de-german-unshipped', 'order-details-zh-uk', 'orders-list-ja', 'claims-list-uk-appeal-selected',
    'safet-claims-us', 'returns-mfn-us', 'messages-thread-zh'].map(fixturePage),
];
const { server, intercepted } = splitRoutes(PAGES);

/** Seller Central per marketplace, written out here so the popup's own table is not its own oracle. */
const HOSTS: Partial<Record<Marketplace, string>> = {
  US: 'sellercentral.amazon.com', UK: 'sellercentral.amazon.co.uk', DE: 'sellercentral.amazon.de', JP: 'sellercentral.amazon.co.jp',
};

const readings = PAGES.map((p) => readPage(loadPage(readFileSync(p.file, 'utf8'), p.url), p.url));
const cases = joinReadings(readings, {});
const marketplaceOf = new Map(cases.map((c) => [c.orderId as string, c.marketplace]));

/** Open deadlines the same pages lead to at `now`, as the Deadlines tab should list them (last 30 days and later). */
function openDeadlines(now: Date): string[] {
  return advise(cases, now)
    .filter((a) => a.deadline && a.orderId && Date.parse(a.deadline) > now.getTime() - 30 * 86_400_000)
    .map((a) => `${a.orderId} ${a.action} ${a.deadline}`)
    .sort();
}

interface Item { orderId: string; href: string; marketplace: string; action: string; deadline: string }

async function deadlineItems(popup: Page): Promise<Item[]> {
  return popup.$$eval('#panel-deadlines [data-testid="deadline-item"]', (els) => els.map((e) => {
    const link = e.querySelector('a');
    return {
      orderId: link?.textContent ?? '',
      href: link?.getAttribute('href') ?? '',
      marketplace: (e.querySelector('.deadline-item__mp')?.textContent ?? '').replace(/[·\s]/g, ''),
      action: e.getAttribute('data-action') ?? '',
      deadline: e.querySelector('time[data-testid="deadline"]')?.getAttribute('datetime') ?? '',
    };
  }));
}

let h: Harness;
let stored: { orders?: Record<string, { order?: Record<string, unknown>; claims?: unknown[]; returns?: unknown[] }> } = {};
let popup: Page;
let items: Item[] = [];
let expected: string[][] = [];
const missing = () => [...marketplaceOf.keys()].filter((id) => !stored.orders?.[id]);

beforeAll(async () => {
  h = await startHarness(server);
  await interceptPages(h, intercepted);
  await forgetEverything(h);
  // A few tabs at a time: each content script reads its own page once it settles.
  for (let i = 0; i < PAGES.length; i += 5) {
    const tabs = await Promise.all(PAGES.slice(i, i + 5).map(async (p) => { const t = await h.context.newPage(); await t.goto(p.url); return t; }));
    await tabs[0]!.waitForTimeout(1500);
    await Promise.all(tabs.map((t) => t.close()));
  }
  // The background writes memory one reading at a time; wait (bounded) until every order has landed.
  for (let waited = 0; waited < 15_000; waited += 250) {
    stored = JSON.parse(await h.storageDump()) as typeof stored;
    if (missing().length === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  popup = await h.context.newPage();
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await popup.getByRole('tab', { name: 'Deadlines' }).click();
  await popup.waitForSelector('#panel-deadlines [data-testid="deadline-item"], #panel-deadlines [data-testid="no-deadlines"]', { timeout: 15_000 });
  items = await deadlineItems(popup);
  expected = [openDeadlines(FIXED_NOW)];
  await h.screenshot(popup, 'deadlines-view');
}, 120_000);

afterAll(async () => { await h?.close(); });

describe('what storage keeps after pages of every kind', () => {
  it('every order the pages showed, with the facts its deadlines come from', () => {
    expect(missing()).toEqual([]);
    const orders = stored.orders ?? {};
    const unshipped = orders['112-7730914-2068351']?.order;
    expect(unshipped?.status).toBe('unshipped');
    expect(unshipped?.shipBy).toMatch(/^2026-11-26T/);
    expect(orders['306-1185524-7730418']?.order?.status).toBe('unshipped');
    const [safety] = (orders['113-2207749-8815063']?.claims ?? []) as { claimType?: string; respondBy?: string }[];
    expect(safety?.claimType).toBe('safety');
    expect(safety?.respondBy).toMatch(/^2026-11-27T/);
    const [received] = (orders['111-9027463-1185520']?.returns ?? []) as { status?: string; receivedAt?: string }[];
    expect(received?.status).toBe('received');
    expect(received?.receivedAt).toMatch(/^2026-11-23T/);
    expect(orders['113-4829137-5520614']?.order).toMatchObject({ claimsProtected: true, boughtThroughAmazon: true, status: 'delivered' });
  });
});

describe('the Deadlines tab', () => {
  it('lists every open deadline the pages lead to, no more', () => {
    const shown = items.map((i) => `${i.orderId} ${i.action} ${i.deadline}`).sort();
    expect(shown.length).toBeGreaterThanOrEqual(15);
    expect(expected.map((e) => e.join('\n'))).toContain(shown.join('\n'));
  });

  it('soonest first', () => {
    const times = items.map((i) => Date.parse(i.deadline));
    expect(times.every((t) => Number.isFinite(t))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('each item links to its order in its own marketplace\'s Seller Central', () => {
    const markets = new Set<string>();
    for (const i of items) {
      const m = marketplaceOf.get(i.orderId);
      expect(m, i.orderId).toBeTruthy();
      markets.add(m!);
      expect(i.marketplace, i.orderId).toBe(m);
      expect(i.href, i.orderId).toBe(`https://${HOSTS[m!]}/orders-v3/order/${i.orderId}`);
    }
    expect([...markets].sort()).toEqual(['DE', 'JP', 'UK', 'US']);
  });

  it('following a link opens that order page, which the extension reads', async () => {
    const target = items.find((i) => i.orderId === '112-7730914-2068351');
    expect(target).toBeTruthy();
    const [opened] = await Promise.all([
      h.context.waitForEvent('page', { timeout: 10_000 }),
      popup.locator('#panel-deadlines a', { hasText: '112-7730914-2068351' }).first().click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe('https://sellercentral.amazon.com/orders-v3/order/112-7730914-2068351');
    expect(await opened.textContent('[data-test-id="order-id-value"]')).toContain('112-7730914-2068351');
    await opened.close();
  });
});
