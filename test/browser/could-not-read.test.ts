// A recognised Seller Central page whose records the readers do not understand, in a real browser: the popup says
// "could not read" and what was missing, and never "nothing to do".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

const URL_CLAIMS = 'https://sellercentral.amazon.ca/gp/guarantee-claims/home.html';

// A claims list whose row markup the readers do not know: rows are divs with icons, no header labels.
const UNKNOWN_CLAIMS = `<!doctype html><html lang="en-CA"><head><meta charset="utf-8"><title>A-to-z Guarantee claims</title></head><body>
<div id="sc-navbar-container"></div><div id="sc-content-container"><h1>A-to-z Guarantee claims</h1>
<div class="claims-grid">
  <div class="grid-row"><i class="icon-open"></i><a href="/orders-v3/order/702-1234567-7654321">702-1234567-7654321</a><i class="icon-inr"></i><b>Nov 20, 2026</b></div>
  <div class="grid-row"><i class="icon-granted"></i><a href="/orders-v3/order/702-7654321-1234567">702-7654321-1234567</a><i class="icon-mdi"></i><b>Nov 12, 2026</b></div>
</div></div></body></html>`;

let h: Harness;
beforeAll(async () => { h = await startHarness([{ url: URL_CLAIMS, html: UNKNOWN_CLAIMS }]); });
afterAll(async () => { await h?.close(); });

describe('a claims list the readers cannot read', () => {
  it('the popup shows "could not read" with the unread region, and no "nothing to do"', async () => {
    const tab = await h.openPage(URL_CLAIMS);
    const popup = await h.openPopup(URL_CLAIMS);
    await popup.waitForSelector('[data-testid="could-not-read"]', { timeout: 15_000 });
    expect(await popup.textContent('[data-testid="could-not-read"]')).toContain('Claimwise could not read this page');
    expect(await popup.$$eval('[data-testid="unread-region"]', (els) => els.map((e) => e.textContent))).toEqual(['claims list rows']);
    expect(await popup.$('[data-testid="nothing-to-do"]')).toBeNull();
    const actions = await popup.$$eval('[data-testid="next-action"]', (els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions).not.toContain('no-action');
    // The background advises as `cli advise` does: confirm the facts yourself.
    expect(actions).toContain('confirm-facts');
    await h.screenshot(tab, 'could-not-read.page');
    await h.screenshot(popup, 'could-not-read.popup');
  });
});
