// CONTRACT.md §5: with `clockOverride` in storage every extension page says the clock is fixed, and advises at that
// instant; without it, the banner is gone and the wall clock is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, FIXED_NOW, REFERENCE, type Harness } from './harness.ts';
import { expectedShown, popupItems, referencePage, settledPopup } from './pages-helpers.ts';

let h: Harness;
beforeAll(async () => { h = await startHarness(REFERENCE); });
afterAll(async () => { await h?.close(); });

const banner = (page: import('playwright-core').Page) => page.getAttribute('[data-testid="clock-banner"]', 'data-fixed-at', { timeout: 10_000 });

describe('the fixed clock in the browser', () => {
  it('popup and options show the banner; the popup advises at the fixed instant', async () => {
    const p = referencePage('order-details-us-unshipped');
    await h.openPage(p.url);
    const popup = await h.openPopup(p.url);
    await settledPopup(popup);
    expect(await banner(popup)).toBe(FIXED_NOW.toISOString());
    const items = await popupItems(popup);
    expect(items).toEqual(expectedShown([p]).map((a) => ({ action: a.action, deadline: a.deadline })));
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    expect(await banner(options)).toBe(FIXED_NOW.toISOString());
    await options.close();
    await popup.close();
  });

  it('removing the key brings back the wall clock and removes the banner', async () => {
    await h.worker.evaluate(async () => { await chrome.storage.local.remove('clockOverride'); });
    try {
      const p = referencePage('order-details-us-pending');
      await h.openPage(p.url);
      const popup = await h.openPopup(p.url);
      await settledPopup(popup);
      expect(await popup.locator('[data-testid="clock-banner"]').count()).toBe(0);
      await popup.close();
    } finally {
      await h.worker.evaluate(async (at) => { await chrome.storage.local.set({ clockOverride: at }); }, FIXED_NOW.toISOString());
    }
  });
});
