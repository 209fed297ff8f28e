// In Chromium, on Seller Central pages in another UI language: the popup speaks the page's language (no setting
// chosen), leaves no English on screen (the same scanner as the unit tests, over the real popup's DOM), and every
// deadline it shows names its time zone.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { fixturePage, settledPopup } from './pages-helpers.ts';
import { englishOn } from '../popup/english-text.ts';
import { loadCatalog, type CatalogLang } from '../../src/ui/i18n.ts';

const PAGES: { name: string; lang: CatalogLang }[] = [
  { name: 'orders-list-ja', lang: 'ja' }, { name: 'messages-thread-zh', lang: 'zh' },
  { name: 'order-details-de-german-unshipped', lang: 'de' }, { name: 'order-details-eu-host-fr', lang: 'fr' },
  { name: 'order-details-es-spanish', lang: 'es' }, { name: 'order-details-it-italian', lang: 'it' },
];
// A zone as Intl names it in these locales: "PST", "JST", "MEZ", "GMT+1", "UTC−5".
const ZONE = /\b(?:GMT|UTC)(?:[+−-]\d{1,2}(?::\d{2})?)?|\b[A-Z]{2,5}\b/u;

let h: Harness;
beforeAll(async () => { h = await startHarness(PAGES.map((p) => fixturePage(p.name))); });
afterAll(async () => { await h?.close(); });

describe('the popup on a page in another Seller Central language', () => {
  for (const p of PAGES) {
    it(`${p.name}: speaks ${p.lang}, no English left, every time with its zone`, async () => {
      const page = fixturePage(p.name);
      await h.openPage(page.url);
      const popup = await h.openPopup(page.url);
      await settledPopup(popup);
      expect(await popup.getAttribute('html', 'lang')).toBe(p.lang);
      const dom = new JSDOM(await popup.content());
      const found = englishOn(dom.window.document.body, await loadCatalog(p.lang), p.lang);
      expect(found).toEqual([]);
      const times = await popup.$$eval('time[data-testid="deadline"]', (els) => els.map((e) => e.textContent ?? ''));
      for (const text of times) expect(text, text).toMatch(ZONE);
      await h.screenshot(popup, `${p.name}.popup-${p.lang}`);
    });
  }
});
