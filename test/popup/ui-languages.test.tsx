// @vitest-environment jsdom
// The popup in every UI language other than English, on the screens a seller meets (one order, a list of orders,
// the deadlines view): no visible text may be English left behind (see english-text.ts for what counts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../src/rules/text.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).browser }));

import { answer } from './fake-browser.ts';
import { all, click, mount, type Rendered } from './render.ts';
import { NOW, TAB, fakeBackground, order, orderPage } from './fixtures.ts';
import { englishOn } from './english-text.ts';
import { App } from '../../src/popup/App.tsx';
import { I18nContext, i18nFor, loadCatalog, type CatalogLang } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';

const LANGS: CatalogLang[] = ['de', 'fr', 'es', 'it', 'ja', 'zh'];
let view: Rendered | null = null;
afterEach(() => { view?.unmount(); view = null; });

async function openPopup(lang: CatalogLang): Promise<HTMLElement> {
  const i18n = await i18nFor(lang, null);
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
];

describe('the popup leaves nothing in English', () => {
  for (const screen of SCREENS) {
    for (const lang of LANGS) {
      it(`${screen.name}, ${lang}`, async () => {
        const root = await screen.open(lang);
        // The screen did render its content, in its language.
        expect(root.querySelectorAll('[role="tab"]')).toHaveLength(2);
        expect(englishOn(root, await loadCatalog(lang), lang)).toEqual([]);
      });
    }
  }

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
