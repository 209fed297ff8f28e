// @vitest-environment jsdom
// When the background had to start memory afresh, the options page says why, once, until dismissed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/fake-browser.ts')).browser }));

import { browser, resetStorage, storedValue } from '../popup/fake-browser.ts';
import { click, mount, settle, type Rendered } from '../popup/render.ts';
import { OptionsApp } from '../../src/options/OptionsApp.tsx';
import { i18nFor } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';

let view: Rendered | null = null;
async function open(): Promise<HTMLElement> {
  view = await mount(<OptionsApp initial={SETTINGS_DEFAULTS} storage={browser.storage.local} browserI18n={null} i18n={await i18nFor('en', null)} />);
  await settle();
  return view.container;
}

beforeEach(() => { resetStorage(); });
afterEach(() => { view?.unmount(); view = null; });

describe('memory reset notice', () => {
  it('says the memory was damaged and started afresh, and goes away when dismissed', async () => {
    await browser.storage.local.set({ memoryNotice: { reason: 'corrupt', at: 1 } });
    const root = await open();
    const notice = root.querySelector('[data-testid="memory-notice"]');
    expect(notice?.textContent).toMatch(/could not read its remembered orders/);
    await click(notice!.querySelector('button'));
    expect(root.querySelector('[data-testid="memory-notice"]')).toBeNull();
    expect(storedValue('memoryNotice')).toBeNull();
  });

  it('names a newer version as the cause when that was it', async () => {
    await browser.storage.local.set({ memoryNotice: { reason: 'future-version', at: 1 } });
    const root = await open();
    expect(root.querySelector('[data-testid="memory-notice"]')?.textContent).toMatch(/newer Claimwise/);
  });

  it('shows nothing when memory was fine', async () => {
    const root = await open();
    expect(root.querySelector('[data-testid="memory-notice"]')).toBeNull();
  });
});
