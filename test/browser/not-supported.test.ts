// A Seller Central page of a kind Claimwise does not read (here Feedback Manager, German UI on amazon.de), in a real
// browser: the popup says it does not read this page, never "nothing to do" and never a next action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

const URL_FEEDBACK = 'https://sellercentral.amazon.de/feedback-manager/index.html';

// Rows name orders and dates, but they are buyers' ratings, not order facts.
const FEEDBACK = `<!doctype html><html lang="de-DE"><head><meta charset="utf-8"><title>Feedback-Manager - Seller Central</title></head><body>
<div id="sc-navbar-container"></div><div id="sc-content-container"><h1>Feedback-Manager</h1>
<table class="fb-table"><thead><tr><th>Datum</th><th>Bewertung</th><th>Kommentar</th><th>Bestellnummer</th></tr></thead><tbody>
  <tr><td>03.12.2026</td><td>5</td><td>Schnelle Lieferung, danke!</td><td><a href="/orders-v3/order/302-4471920-3318265">302-4471920-3318265</a></td></tr>
  <tr><td>01.12.2026</td><td>2</td><td>Verpackung beschädigt.</td><td><a href="/orders-v3/order/302-9902817-6650143">302-9902817-6650143</a></td></tr>
</tbody></table></div></body></html>`;

let h: Harness;
beforeAll(async () => { h = await startHarness([{ url: URL_FEEDBACK, html: FEEDBACK }]); });
afterAll(async () => { await h?.close(); });

describe('a Seller Central page of a kind Claimwise does not read', () => {
  it('the popup says Claimwise does not read this page, in the page\'s language, and shows no next action', async () => {
    await h.openPage(URL_FEEDBACK);
    const popup = await h.openPopup(URL_FEEDBACK);
    await popup.waitForSelector('[data-testid="not-understood"]', { timeout: 15_000 });
    expect(await popup.textContent('[data-testid="not-understood"] h2')).toBe('Claimwise liest diese Seite nicht');
    expect(await popup.$('[data-testid="not-supported"]')).not.toBeNull();
    expect(await popup.$('[data-testid="nothing-to-do"]')).toBeNull();
    expect(await popup.$$('[data-testid="next-action"]')).toEqual([]);
    await h.screenshot(popup, 'not-supported.popup');
  });
});
