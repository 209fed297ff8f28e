// @vitest-environment jsdom
// The popup in every UI language other than English, on the screens a seller meets (one order, a list of orders,
// the deadlines view): no visible text may be English left behind (see english-text.ts for what counts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { t } from '../../src/rules/text.ts';
import { readPage } from '../../src/read/index.ts';
import { loadPage } from '../../src/cli/load-page.ts';
import { joinReadings } from '../../src/rules/join.ts';
import { decideCases } from '../../src/rules/engine.ts';
import type { PageReading } from '../../src/model.ts';
import type { TabState } from '../../src/messaging.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).browser }));

import { answer } from './fake-browser.ts';
import { all, click, mount, settleUntil, type Rendered } from './render.ts';
import { NOW, TAB, fakeBackground, order, orderPage, tabState } from './fixtures.ts';
import { englishOn } from './english-text.ts';
import { App } from '../../src/popup/App.tsx';
import { I18nContext, i18nFor, loadCatalog, type CatalogLang } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';

const LANGS: CatalogLang[] = ['de', 'fr', 'es', 'it', 'ja', 'zh'];
let view: Rendered | null = null;
afterEach(() => { view?.unmount(); view = null; });

async function openPopup(lang: CatalogLang): Promise<HTMLElement> {
  const i18n = await i18nFor(lang, null);
  // As the popup's entry does: text in another language inside (a reply, evidence for Amazon) carries its own lang.
  document.documentElement.lang = i18n.lang;
  view = await mount(
    <I18nContext.Provider value={i18n}>
      <App tabId={TAB} settings={SETTINGS_DEFAULTS} clock={() => NOW} />
    </I18nContext.Provider>,
  );
  return view.container;
}

const unshipped = order('112-7730914-2068351', { status: 'unshipped', shipBy: '2026-11-26T00:00:00-08:00', purchaseDate: '2026-11-23T10:00:00-08:00' });
const pending = order('114-2291847-6603925', { status: 'pending' });
const DEADLINES = [
  { orderId: '305-8841206-3370156', action: 'reply-to-buyer', severity: 'warning', deadline: '2026-11-25T10:00:00+01:00', title: t('reply.title', { reply: { span: { amount: 24, unit: 'hours' } } }), marketplace: 'DE' },
  { orderId: '112-7730914-2068351', action: 'ship-by-deadline', severity: 'critical', deadline: '2026-11-24T08:00:00-08:00', title: t('shipBy.title', { by: { day: Date.parse('2026-11-24T08:00:00-08:00'), tz: 'America/Los_Angeles' } }), marketplace: 'US' },
];

const read = (path: string, url: string): PageReading => readPage(loadPage(readFileSync(`test/fixtures/${path}`, 'utf8'), url), url);

/** The A-to-z claim on a protected order, its order page and buyer thread seen before: advice with evidence to send. */
function claimTab(): TabState {
  const id = '113-4829137-5520614';
  const claimUrl = 'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=7742069315';
  const shown = read('claims/claim-detail-us-inr.html', claimUrl);
  const seen = [
    read('reference/order-details-us-buyshipping-delivered.html', `https://sellercentral.amazon.com/orders-v3/order/${id}`),
    read('reference/messages-thread-us.html', `https://sellercentral.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=${id}`),
  ];
  const cases = joinReadings([...seen, shown]);
  return { tabId: TAB, url: claimUrl, reading: shown, cases, advice: decideCases(cases, NOW, SETTINGS_DEFAULTS), warnings: [] };
}

const SCREENS: { name: string; open: (lang: CatalogLang) => Promise<HTMLElement> }[] = [
  {
    name: 'one order',
    open: async (lang) => {
      answer(fakeBackground(orderPage(unshipped)).handler);
      return openPopup(lang);
    },
  },
  {
    name: 'a list of orders',
    open: async (lang) => {
      answer(fakeBackground({ ...orderPage(pending), kind: 'order-list', orders: [pending, unshipped] }).handler);
      return openPopup(lang);
    },
  },
  {
    name: 'the deadlines view',
    open: async (lang) => {
      const bg = fakeBackground(orderPage(unshipped));
      answer((msg) => ((msg as { type: string }).type === 'get-deadlines' ? DEADLINES : bg.handler(msg)));
      const root = await openPopup(lang);
      await click(all(root, '[role="tab"]')[1]);
      expect(all(root, '[data-testid="deadline-item"]')).toHaveLength(DEADLINES.length);
      return root;
    },
  },
  {
    name: 'an A-to-z claim with its evidence',
    open: async (lang) => {
      answer(() => claimTab());
      const root = await openPopup(lang);
      // The pack loads after first paint.
      await settleUntil(() => root.querySelector('[data-testid="evidence-statement"]') !== null);
      expect(root.querySelector('[data-testid="evidence-text"]')).not.toBeNull();
      return root;
    },
  },
  {
    name: 'a buyer message with a draft to check',
    open: async (lang) => {
      const reading = orderPage(order('113-4829137-5520614', { status: 'delivered' }), {
        kind: 'messages', draft: 'Please see https://www.northwindgoods-help.com/lost-package for help',
      });
      answer(() => tabState(reading));
      const root = await openPopup(lang);
      expect(all(root, '.draft-warnings [data-testid="finding"]').length).toBeGreaterThan(0);
      return root;
    },
  },
  {
    name: 'a page Claimwise does not read',
    open: async (lang) => {
      answer(() => null);
      return openPopup(lang);
    },
  },
];

/**
 * English this test finds outside the catalogs, each waiting on a fix in the file named. Whether the evidence blanks
 * and the buyer's quote are on screen at the moment of the scan varies with when the pack arrives, so an entry is
 * allowed, not required; the last test fails once no entry shows any more, so the list cannot outlive its gaps.
 */
const KNOWN: { screen: string; langs: CatalogLang[]; text: string; fixIn: string }[] = [
];

const seen = new Set<string>();

describe('the popup leaves nothing in English', () => {
  for (const screen of SCREENS) {
    for (const lang of LANGS) {
      it(`${screen.name}, ${lang}`, async () => {
        const root = await screen.open(lang);
        // The screen did render its content, in its language.
        expect(root.querySelectorAll('[role="tab"]')).toHaveLength(2);
        const known = KNOWN.filter((k) => k.screen === screen.name && k.langs.includes(lang)).map((k) => k.text);
        const found = englishOn(root, await loadCatalog(lang), lang);
        expect(found.filter((f) => !known.includes(f.text))).toEqual([]);
        for (const f of found) seen.add(f.text);
      });
    }
  }

  it('still shows each known gap (else it is fixed: drop it from KNOWN)', () => {
    for (const k of KNOWN) expect([...seen], `${k.fixIn}: ${k.text}`).toContain(k.text);
  });

  it('is caught: the English popup judged as German', async () => {
    for (const screen of SCREENS) {
      const root = await screen.open('en');
      const found = englishOn(root, await loadCatalog('de'), 'de');
      expect(found.length, screen.name).toBeGreaterThan(2);
      view?.unmount();
      view = null;
    }
  });
});
