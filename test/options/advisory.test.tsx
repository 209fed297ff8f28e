// @vitest-environment jsdom
// BSA-AGENT-2026: the options page says, in the UI's language, that Claimwise only advises and never acts for the
// seller.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/fake-browser.ts')).browser }));

import { browser, resetStorage } from '../popup/fake-browser.ts';
import { mount, settle, type Rendered } from '../popup/render.ts';
import { OptionsApp } from '../../src/options/OptionsApp.tsx';
import { i18nFor } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';

let view: Rendered | null = null;
beforeEach(() => { resetStorage(); });
afterEach(() => { view?.unmount(); view = null; });

describe('options intro: advisory only', () => {
  it.each([
    ['en', /only advises.*never sends a message, clicks a button, issues a refund or files a claim/u],
    ['zh', /只提供建议.*从不替您发送消息/u],
    ['ja', /助言するだけ/u],
    ['de', /berät nur/u],
  ] as const)('%s', async (lang, words) => {
    view = await mount(<OptionsApp initial={SETTINGS_DEFAULTS} storage={browser.storage.local} browserI18n={null} i18n={await i18nFor(lang, null)} />);
    await settle();
    const advisory = view.container.querySelector('[data-testid="advisory"]');
    expect(advisory?.textContent).toMatch(words);
  });
});
