// @vitest-environment jsdom
// The options page, "What changed" included, in every UI language other than English: no visible text may be English
// left behind (see ../popup/english-text.ts for what counts). The rules' own wording, marked lang="en", is quoted on
// purpose beside its translated headline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/fake-browser.ts')).browser }));

import { answer, browser, resetStorage } from '../popup/fake-browser.ts';
import { all, mount, settle, type Rendered } from '../popup/render.ts';
import { englishOn } from '../popup/english-text.ts';
import { OptionsApp } from '../../src/options/OptionsApp.tsx';
import { getWhatChanged } from '../../src/options/what-changed-api.ts';
import { i18nFor, loadCatalog, type CatalogLang } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { whatChanged } from '../../src/rules/what-changed.ts';
import { caseOf } from '../rules/builders.ts';

const NOW = new Date('2026-12-06T18:00:00Z');
const received = (id: string, at: string) =>
  caseOf({ returns: [{ status: 'received', receivedAt: at, reason: 'Bought by mistake' }] }, id);
const CASES = [received('111-0000000-0000001', '2026-12-04T10:00:00-08:00'), received('111-0000000-0000002', '2026-12-05T10:00:00-08:00')];
const LANGS: CatalogLang[] = ['de', 'fr', 'es', 'it', 'ja', 'zh'];

let view: Rendered | null = null;
beforeEach(() => { resetStorage(); });
afterEach(() => { view?.unmount(); view = null; });

async function openOptions(lang: CatalogLang): Promise<HTMLElement> {
  answer((msg) => ((msg as { type: string }).type === 'get-what-changed' ? whatChanged(CASES, NOW, SETTINGS_DEFAULTS) : undefined));
  const settings = { ...SETTINGS_DEFAULTS, uiLanguage: lang, replyLanguages: ['en', 'de'] };
  view = await mount(<OptionsApp initial={settings} storage={browser.storage.local} browserI18n={null}
    i18n={await i18nFor(lang, null)} loadChanges={getWhatChanged} clockFixedAt={NOW} />);
  await settle();
  return view.container;
}

describe('the options page leaves nothing in English', () => {
  for (const lang of LANGS) {
    it(lang, async () => {
      const root = await openOptions(lang);
      expect(all(root, '[data-testid="change"]').length).toBeGreaterThan(0);
      expect(englishOn(root, await loadCatalog(lang), lang)).toEqual([]);
    });
  }

  it('is caught: the English page judged as Italian', async () => {
    const root = await openOptions('en');
    expect(englishOn(root, await loadCatalog('it'), 'it').length).toBeGreaterThan(5);
  });
});
