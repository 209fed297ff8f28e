// Every page kind in Chromium: the reference pages and a spread of the project's own fixture pages are served as
// Seller Central, the extension reads them, and the popup must show what the command line advises for the same page
// (same action codes in the same order, same deadlines, same reply wording), through the CONTRACT.md §5 hooks.
// Then the reference README's table "Advice these pages should lead to", the join of an order page with its
// message thread, putting a reply into the page's reply box, and the popup in Chinese.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/sites.mjs';
import type { Page } from 'playwright-core';
import type { Marketplace } from '../../src/model.ts';
import { startHarness, FIXED_NOW, REFERENCE, type Harness } from './harness.ts';
import {
  expectedShown, cliAdvice, fixturePage, forgetEverything, interceptPages, localDate, oracleAdvice, pageReplyBox, popupItems,
  popupReply, referencePage, settledPopup, shape, splitRoutes, type PopupItem, type Served, type Shown,
} from './pages-helpers.ts';

/** Own fixtures: every page kind, several marketplaces and UI languages, both reply-box variants. */
const OWN = [
  'contact-buyer-us', 'messages-inbox-v2-eu-it', 'messages-thread-zh', 'claims-list-uk-appeal-selected', 'safet-claims-us',
  'returns-mfn-us', 'orders-list-ja', 'orders-list-de-german', 'order-details-de-german-unshipped', 'order-details-eu-host-fr',
  'order-details-jp-combined-host', 'order-details-legacy-orders-v2', 'order-details-us-late-delivery-risk',
  'order-details-zh-uk', 'unknown-inventory-us',
].map(fixturePage);
const PAGES: Served[] = [...REFERENCE, ...OWN];
const { server, intercepted } = splitRoutes(PAGES);

/** Pages the README's table speaks of: their popups stay open for the table's checks. */
const TABLE_PAGES = ['order-details-us-unshipped', 'order-details-us-pending', 'orders-list-us', 'claims-list-us',
  'claim-detail-us-safety', 'messages-thread-de', 'returns-us'];
/** Message pages whose advice has reply wording: it goes into the page's reply box. */
const INSERT_INTO = ['messages-thread-de', 'messages-thread-zh'];
const kept = new Map<string, { tab: Page; popup: Page }>();

let h: Harness;
beforeAll(async () => {
  h = await startHarness(server);
  await interceptPages(h, intercepted);
});
afterAll(async () => { await h?.close(); });

/** Open `p` alone (memory emptied first), open its popup and wait for the analysis. */
async function visit(p: Served): Promise<{ tab: Page; popup: Page; items: PopupItem[]; expected: Shown[] }> {
  await forgetEverything(h);
  const tab = await h.openPage(p.url);
  const popup = await h.openPopup(p.url);
  await settledPopup(popup);
  const items = await popupItems(popup);
  const expected = expectedShown([p]);
  return { tab, popup, items, expected };
}

/** Every advice with reply wording: its "show" button puts that wording in the editor, for that order. */
async function checkEveryReply(popup: Page, expected: Shown[]): Promise<void> {
  const withReply = expected.flatMap((a, i) => (a.reply ? [{ a, i }] : []));
  if (withReply.length === 0) {
    expect(await popupReply(popup)).toBeNull();
    return;
  }
  // One order: its first reply is in the editor as the popup opens. Many orders (the compact list): none until
  // the seller picks one.
  const compact = (await popup.locator('[data-testid="compact-list"]').count()) > 0;
  expect(await popupReply(popup)).toBe(compact ? null : withReply[0]!.a.reply);
  for (const { a, i } of withReply) {
    const show = popup.locator('#panel-page [data-testid="next-action"]').nth(i).locator('button[aria-pressed]');
    if (compact || withReply.length > 1) await show.click();
    // The editor takes the new wording in an effect after the click's render.
    await expect.poll(() => popupReply(popup), { message: `${a.orderId} ${a.action}`, timeout: 3_000 }).toBe(a.reply);
    if (a.orderId) expect(a.reply).toContain(a.orderId);
  }
}

describe('each page: the popup shows what `cli advise` gives for it', () => {
  for (const p of PAGES) {
    it(p.name, async () => {
      const { tab, popup, items, expected } = await visit(p);
      expect(items.map((i) => i.action)).toEqual(expected.map((a) => a.action));
      expect(items.map((i) => i.deadline)).toEqual(expected.map((a) => a.deadline));
      const ids = [...new Set(expected.flatMap((a) => (a.orderId ? [a.orderId] : [])))];
      if (ids.length === 1) {
        expect(await popup.textContent('[data-testid="order-id"]')).toBe(ids[0]);
      } else if (ids.length > 1) {
        const options = await popup.$$eval('#order-picker option', (os) => os.map((o) => (o as HTMLOptionElement).value));
        expect(options.filter(Boolean).sort()).toEqual([...ids].sort());
      }
      await checkEveryReply(popup, expected);
      await h.screenshot(tab, `${p.name}.page`);
      await h.screenshot(popup, `${p.name}.popup`);
      const reply = expected.find((a) => a.reply)?.reply;
      if (INSERT_INTO.includes(p.name)) {
        // The editor shows the last wording checkEveryReply picked; on these pages there is only one.
        expect(reply, 'this thread has reply wording').toBeTruthy();
        await insertAndReadBack(popup, tab, reply!);
        await h.screenshot(tab, `${p.name}.inserted`);
      }
      if (TABLE_PAGES.includes(p.name)) {
        kept.set(p.name, { tab, popup });
      } else {
        await popup.close();
        await tab.close();
      }
    });
  }

  it('the in-process oracle is what the command line prints (one fixed instant)', async () => {
    const now = FIXED_NOW;
    const sets = [...['orders-list-us', 'claims-list-us', 'returns-us', 'messages-thread-de'].map((n) => [referencePage(n)]),
      [referencePage('order-details-us-buyshipping-delivered'), referencePage('messages-thread-us')]];
    const printed = await Promise.all(sets.map((pages) => cliAdvice(pages, now)));
    sets.forEach((pages, i) => expect(shape(printed[i]!), pages.map((p) => p.name).join(' + ')).toEqual(shape(oracleAdvice(pages, now))));
  }, 60_000);
});

/** The popup's advice for one order: pick it where the page has several. */
async function forOrder(name: string, orderId: string): Promise<PopupItem[]> {
  let open = kept.get(name);
  if (!open) {
    const v = await visit(referencePage(name));
    open = { tab: v.tab, popup: v.popup };
    kept.set(name, open);
  }
  const { popup } = open;
  if (await popup.locator('#order-picker').count()) await popup.selectOption('#order-picker', orderId);
  await expect.poll(() => popup.textContent('[data-testid="order-id"]')).toBe(orderId);
  return popupItems(popup);
}

const local = (i: PopupItem, m: Marketplace = 'US') => (i.deadline ? localDate(i.deadline, m) : null);

describe('the reference README table "Advice these pages should lead to"', () => {
  it('order-details-us-unshipped: ship-by-deadline on 2026-11-26', async () => {
    const [first] = await forOrder('order-details-us-unshipped', '112-7730914-2068351');
    expect(first?.action).toBe('ship-by-deadline');
    expect(local(first!)).toBe('2026-11-26');
  });

  it('order-details-us-pending: dont-ship-pending', async () => {
    const [first] = await forOrder('order-details-us-pending', '114-2291847-6603925');
    expect(first?.action).toBe('dont-ship-pending');
  });

  it('orders-list-us: late, due and canceled orders', async () => {
    const late = await forOrder('orders-list-us', '111-4410582-8837214');
    // The table's "today" (the fixed clock) is past this order's ship-by, 11-23.
    expect(late[0]?.action).toBe('ship-or-cancel-late');
    // ship-by + 7 business days: 12-02 counting Mon-Fri, 12-03 if Thanksgiving is skipped (README).
    expect(['2026-12-02', '2026-12-03']).toContain(local(late[0]!));
    for (const [id, date] of [['113-9902417-3358160', '2026-11-25'], ['112-7730914-2068351', '2026-11-26']] as const) {
      const [first] = await forOrder('orders-list-us', id);
      expect(first?.action, id).toBe('ship-by-deadline');
      expect(local(first!), id).toBe(date);
    }
    for (const id of ['114-5127730-9910428', '114-3390217-5561842']) {
      expect((await forOrder('orders-list-us', id)).map((i) => i.action), id).toEqual(['no-action']);
    }
  });

  it('claims-list-us: respond-to-claim by each respond-by date; the granted claim can be appealed until 2026-12-12', async () => {
    for (const [id, date] of [['112-0941736-5582019', '2026-11-25'], ['113-7716204-9038842', '2026-11-24'], ['111-3308125-6674091', '2026-11-26']] as const) {
      const [first] = await forOrder('claims-list-us', id);
      expect(first?.action, id).toBe('respond-to-claim');
      expect(local(first!), id).toBe(date);
    }
    const granted = await forOrder('claims-list-us', '114-6172093-4458106');
    expect(['appeal-claim', 'confirm-facts']).toContain(granted[0]?.action);
    const appeal = granted.find((i) => i.action === 'appeal-claim');
    if (appeal) expect(local(appeal)).toBe('2026-12-12');
  });

  it('claim-detail-us-safety: provide-insurance by 2026-11-27', async () => {
    const [first] = await forOrder('claim-detail-us-safety', '113-2207749-8815063');
    expect(first?.action).toBe('provide-insurance');
    expect(local(first!)).toBe('2026-11-27');
  });

  it('messages-thread-de: cancel-and-reorder', async () => {
    const [first] = await forOrder('messages-thread-de', '305-8841206-3370156');
    expect(first?.action).toBe('cancel-and-reorder');
  });

  it('returns-us: authorize the pending return, refund the received one by 2026-11-25', async () => {
    expect((await forOrder('returns-us', '112-5580321-7746210'))[0]?.action).toBe('authorize-return');
    const [refund] = await forOrder('returns-us', '111-9027463-1185520');
    expect(refund?.action).toBe('refund-return');
    expect(local(refund!)).toBe('2026-11-25');
  });

  afterAll(async () => {
    for (const { tab, popup } of kept.values()) { await popup.close(); await tab.close(); }
    kept.clear();
  });
});

describe('putting the reply into the page', () => {
  it('joined: the order page then its thread; the thread\'s popup says direct-to-a-to-z, never refund-or-reship', async () => {
    const order = referencePage('order-details-us-buyshipping-delivered');
    const thread = referencePage('messages-thread-us');
    await forgetEverything(h);
    const orderTab = await h.openPage(order.url);
    const tab = await h.openPage(thread.url);
    const popup = await h.openPopup(thread.url);
    await settledPopup(popup);
    const items = await popupItems(popup);
    expect(await popup.textContent('[data-testid="order-id"]')).toBe('113-4829137-5520614');
    expect(items.map((i) => i.action)).toContain('direct-to-a-to-z');
    expect(items.map((i) => i.action)).not.toContain('refund-or-reship');
    // The same as `cli advise <order page> <thread>`.
    const expected = expectedShown([order, thread]);
    expect(items.map((i) => i.action)).toEqual(expected.map((a) => a.action));
    // The draft already in the page has an outside link (MSG-PROHIBITED).
    expect(await popup.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.getAttribute('data-kind')))).toContain('link');

    const reply = expected.find((a) => a.action === 'direct-to-a-to-z')!.reply;
    expect(reply).toContain('113-4829137-5520614');
    expect(await popupReply(popup)).toBe(reply);
    await insertAndReadBack(popup, tab, reply!);
    await h.screenshot(tab, 'joined-messages-thread-us.page');
    await h.screenshot(popup, 'joined-messages-thread-us.popup');
    await popup.close(); await tab.close(); await orderTab.close();
  });
});

/** The popup's catalog folder for its `<html lang>` (it follows the page's Seller Central language). */
async function popupCatalog(popup: Page): Promise<Record<string, { message: string }>> {
  const lang = (await popup.getAttribute('html', 'lang')) ?? 'en';
  const folder = lang === 'zh' ? 'zh_CN' : lang;
  return JSON.parse(readFileSync(`${root}src/public/_locales/${folder}/messages.json`, 'utf8')) as Record<string, { message: string }>;
}

async function insertAndReadBack(popup: Page, tab: Page, reply: string): Promise<void> {
  const words = await popupCatalog(popup);
  const insert = popup.locator('#panel-page').getByRole('button', { name: words.insert!.message });
  // Enabled once the checker has looked at the wording and found nothing prohibited.
  await expect.poll(() => insert.isEnabled(), { timeout: 10_000 }).toBe(true);
  await insert.click();
  await expect.poll(() => pageReplyBox(tab), { timeout: 5_000 }).toBe(reply);
  // The popup hears back once the content script has also reported the new draft: a moment after the box fills.
  await expect.poll(() => popup.locator('#panel-page .reply [role="status"]').last().textContent(), { timeout: 5_000 }).toBe(words.insert_done!.message);
}

describe('Chinese UI', () => {
  it('with settings.uiLanguage "zh" the popup speaks Chinese', async () => {
    const zh = (await import('../../src/public/_locales/zh_CN/messages.json')).default as Record<string, { message: string }>;
    await h.worker.evaluate(async () => {
      await chrome.storage.local.set({ settings: { signature: '', replyLanguages: [], uiLanguage: 'zh', reminders: { enabled: true, leadHours: [24, 4] }, retentionDays: 90 } });
    });
    try {
      const { tab, popup, items } = await visit(referencePage('order-details-us-unshipped'));
      expect(items.map((i) => i.action)).toEqual(['ship-by-deadline']);
      expect(await popup.getAttribute('html', 'lang')).toBe('zh');
      expect(await popup.textContent('#tab-page')).toBe(zh.view_page!.message);
      expect(await popup.textContent('#tab-deadlines')).toBe(zh.view_deadlines!.message);
      expect(await popup.textContent('#advice-heading')).toBe(zh.advice_heading!.message);
      await h.screenshot(popup, 'order-details-us-unshipped.popup-zh');
      await popup.close(); await tab.close();
    } finally {
      await h.worker.evaluate(async () => { await chrome.storage.local.remove('settings'); });
    }
  });
});
