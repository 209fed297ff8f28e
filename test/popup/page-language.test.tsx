// @vitest-environment jsdom
// The popup entry as the browser opens it: with the UI language on "auto" it speaks the Seller Central UI language
// the readers found on the page, falls back to the browser's, and a language chosen in the settings wins.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const browserLanguage = vi.hoisted(() => ({ tag: 'en-US' }));
// The fake browser of the other popup tests, plus browser.i18n as Chrome answers it: the catalog of the browser's
// language, '' for an unknown key. The factory runs again after each vi.resetModules, on the same fake browser.
vi.mock('webextension-polyfill', async () => {
  const { loadCatalog, catalogFor, formatEntry } = await import('../../src/ui/i18n.ts');
  const catalogs = new Map<string, Awaited<ReturnType<typeof loadCatalog>>>();
  for (const tag of ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const) catalogs.set(tag, await loadCatalog(tag));
  const i18n = {
    getUILanguage: () => browserLanguage.tag,
    getMessage: (key: string, subs: string[] = []) => {
      const entry = catalogs.get(catalogFor(browserLanguage.tag))![key];
      return entry ? formatEntry(entry, subs) : '';
    },
  };
  return { default: Object.assign(browser, { i18n }) };
});

import { answer, browser, resetStorage } from './fake-browser.ts';
import { fakeBackground, order, orderPage } from './fixtures.ts';
import { settleUntil } from './render.ts';
import ja from '../../src/public/_locales/ja/messages.json';
import fr from '../../src/public/_locales/fr/messages.json';
import es from '../../src/public/_locales/es/messages.json';
import en from '../../src/public/_locales/en/messages.json';

/** A fresh page with only the popup's mount point, as popup.html has. */
function blankPage(): void {
  const app = document.createElement('div');
  app.id = 'app';
  document.body.replaceChildren(app);
}

const tabLabels = () => [...document.querySelectorAll('[role="tab"]')].map((el) => el.textContent);

async function openPopup(pageLanguage: string | null, stored: Record<string, unknown> | null = null): Promise<void> {
  document.documentElement.lang = '';
  blankPage();
  answer(fakeBackground(orderPage(order('114-2291847-6603925', { status: 'unshipped' }), { uiLanguage: pageLanguage })).handler);
  if (stored) await browser.storage.local.set({ settings: stored });
  vi.resetModules();
  await import('../../src/popup/main.tsx');
  await settleUntil(() => document.querySelectorAll('[role="tab"]').length === 2 &&
    document.querySelector('[data-testid="next-action"], [data-testid="nothing-to-do"]') !== null);
}

beforeEach(() => {
  resetStorage();
  browserLanguage.tag = 'en-US';
  document.documentElement.lang = '';
  document.title = '';
  blankPage();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('popup language', () => {
  it('follows the page\'s Seller Central UI language on "auto", not the browser\'s', async () => {
    await openPopup('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(tabLabels()).toEqual([ja.view_page.message, ja.view_deadlines.message]);
    expect(document.title).toBe(ja.app_name.message);
    // The language and the first view come from one answer: the background is asked for the tab once.
    const asked = browser.runtime.sendMessage.mock.calls.filter(([m]) => /tab-state/.test((m as { type: string }).type));
    expect(asked).toHaveLength(1);
  });

  it('speaks a European page language the browser does not use', async () => {
    browserLanguage.tag = 'zh-CN';
    await openPopup('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(tabLabels()).toEqual([fr.view_page.message, fr.view_deadlines.message]);
  });

  it('falls back to the browser\'s language when the page\'s is unknown', async () => {
    browserLanguage.tag = 'es-ES';
    await openPopup(null);
    expect(document.documentElement.lang).toBe('es');
    expect(tabLabels()).toEqual([es.view_page.message, es.view_deadlines.message]);
  });

  it('falls back to the browser\'s language when the background does not answer', async () => {
    browserLanguage.tag = 'es-MX';
    answer(() => { throw new Error('no background'); });
    vi.resetModules();
    await import('../../src/popup/main.tsx');
    await settleUntil(() => document.querySelector('[data-testid="error"]') !== null);
    expect(document.documentElement.lang).toBe('es');
    expect(tabLabels()).toEqual([es.view_page.message, es.view_deadlines.message]);
  });

  it('keeps the language chosen in the settings over the page\'s', async () => {
    await openPopup('ja', { uiLanguage: 'en' });
    expect(document.documentElement.lang).toBe('en');
    expect(tabLabels()).toEqual([en.view_page.message, en.view_deadlines.message]);
    await openPopup('de', { uiLanguage: 'fr' });
    expect(document.documentElement.lang).toBe('fr');
    expect(tabLabels()).toEqual([fr.view_page.message, fr.view_deadlines.message]);
  });
});
