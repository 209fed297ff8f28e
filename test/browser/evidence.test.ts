// Evidence for Amazon in Chromium with the built extension: the seller has seen the order page and the buyer's
// message, opens the A-to-z claim, opens the popup (click 1) and clicks "Insert into response box" (click 2); the
// claim page's response box then holds a complete, compliant response built from the facts of all three pages.
// Also the property damage claim's insurance evidence. The extension never submits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, REFERENCE, type Harness } from './harness.ts';
import { check } from '../../src/check/index.ts';

const CLAIMS = new URL('../fixtures/claims/', import.meta.url).pathname;
const INR_CLAIM = {
  url: 'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=7742069315',
  file: `${CLAIMS}claim-detail-us-inr.html`,
};
const ref = (name: string) => {
  const p = REFERENCE.find((r) => r.name === name);
  if (!p) throw new Error(`no reference page ${name}`);
  return p;
};
const ORDER = ref('order-details-us-buyshipping-delivered');
const THREAD = ref('messages-thread-us');
const SAFETY = ref('claim-detail-us-safety');

const SECTION = (action: string) => `[data-testid="evidence"][data-action="${action}"]`;

/** The response box value as the page itself holds it (the real <textarea> in the kat-textarea's shadow root). */
function responseBox(page: Page): Promise<{ value: string; feedback: string; url: string }> {
  return page.evaluate(() => ({
    value: document.querySelector('#claim-response')?.shadowRoot?.querySelector('textarea')?.value ?? '<none>',
    feedback: document.querySelector<HTMLTextAreaElement>('#hmd2-feedback-text')?.value ?? '<none>',
    url: location.href,
  }));
}

async function evidenceShown(popup: Page, action: string) {
  const section = SECTION(action);
  return {
    text: await popup.inputValue(`${section} [data-testid="evidence-text"]`),
    statements: await popup.$$eval(`${section} [data-testid="evidence-statement"]`, (els) => els.map((e) => e.getAttribute('data-fact') ?? '')),
    statementTexts: await popup.$$eval(`${section} [data-testid="evidence-statement"]`, (els) => els.map((e) => e.firstChild?.textContent?.trim() ?? '')),
    blanks: await popup.$$eval(`${section} [data-testid="evidence-blank"]`, (els) => els.map((e) => e.textContent?.trim() ?? '')),
    attach: await popup.$$eval(`${section} [data-testid="evidence-attach"]`, (els) => els.map((e) => e.textContent?.trim() ?? '')),
    rules: await popup.$$eval(`${section} [data-rule]`, (els) => els.map((e) => e.getAttribute('data-rule') ?? '')),
    findings: await popup.$$eval(`${section} [data-testid="finding"]`, (els) => els.map((e) => e.getAttribute('data-kind') ?? '')),
  };
}

describe('an item-not-received A-to-z claim on a protected, on-time order', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness([ORDER, THREAD, INR_CLAIM]); });
  afterAll(async () => { await h?.close(); });

  it('takes two clicks from the claim page to a complete, compliant, fact-backed response in its response box', async () => {
    // What the seller saw before: the order page (Buy Shipping, Claims Protected, delivered) and the buyer's message.
    await h.openPage(ORDER.url);
    await h.openPage(THREAD.url);
    const claim = await h.openPage(INR_CLAIM.url);
    expect((await responseBox(claim)).value).toBe('');

    const clicks: string[] = [];
    // Click 1: open the popup on the claim page.
    clicks.push('open popup');
    const popup = await h.openPopup(INR_CLAIM.url);
    const insert = popup.locator(`${SECTION('respond-to-claim')} [data-testid="evidence-insert"]`);
    // The pack and the checker load lazily; Insert turns on once the text has been checked.
    await popup.waitForSelector(`${SECTION('respond-to-claim')} [data-testid="evidence-insert"]:not([disabled])`, { timeout: 15_000 });

    const shown = await evidenceShown(popup, 'respond-to-claim');
    expect(await popup.textContent('[data-testid="order-id"]')).toContain('113-4829137-5520614');
    // Fact-backed: every sentence names where it comes from, and all three pages contributed.
    expect(shown.statements.length).toBeGreaterThan(8);
    expect(shown.statements.every((f) => f.length > 0)).toBe(true);
    expect(shown.statements.some((f) => f.startsWith('claims['))).toBe(true);
    expect(shown.statements.some((f) => f.startsWith('messages['))).toBe(true);
    expect(shown.statements.some((f) => f.includes('order.claimsProtected'))).toBe(true);
    for (const s of shown.statementTexts) expect(shown.text).toContain(s);
    expect(shown.text).toContain('Order 113-4829137-5520614: our response to A-to-z Guarantee claim 7742069315');
    expect(shown.text).toContain('The claim reason shown is "Item not received".');
    expect(shown.text).toContain('The claim amount is $42.99.');
    expect(shown.text).toContain('The shipping label was bought through Amazon Buy Shipping.');
    expect(shown.text).toContain('The label carries the "Claims Protected" badge.');
    expect(shown.text).toContain('Carrier: UPS, tracking ID 1Z4A87V20398215649.');
    expect(shown.text).toContain('Carrier tracking shows the package delivered on November 19, 2026.');
    expect(shown.text).toMatch(/on or before the ship-by date of November 17, 2026/);
    expect(shown.text).toContain('Under Buy Shipping claims protection, a claim that this package did not arrive');
    // Rule ids are for the seller, beside the text; the letter to Amazon names none.
    expect(shown.text).not.toMatch(/\b(?:AZ|BS|RET|MSG|ORD)-[A-Z0-9-]+/);
    expect(shown.rules).toEqual(expect.arrayContaining(['AZ-INFO-REQUEST', 'BS-CLAIMS-PROTECTED']));
    // The one fact no page showed: the seller never answered the buyer.
    expect(shown.blanks).toEqual(['[date we answered: ____]']);
    expect(shown.attach.some((a) => /proof of delivery/i.test(a))).toBe(true);
    // Compliant: the popup's live check and the checker itself find nothing.
    expect(shown.findings).toEqual([]);
    expect(await popup.textContent(`${SECTION('respond-to-claim')} .reply__check`)).toBe('Checked: nothing Amazon prohibits.');
    await h.screenshot(popup, 'evidence-inr.popup');

    // Click 2: Insert into response box.
    clicks.push('insert');
    await insert.click();
    await popup.waitForSelector(`${SECTION('respond-to-claim')} .reply__status:has-text("Inserted")`, { timeout: 10_000 });
    expect(clicks).toEqual(['open popup', 'insert']);

    const box = await responseBox(claim);
    expect(box.value).toBe(shown.text);
    expect(check(box.value).filter((f) => f.severity === 'block')).toEqual([]);
    // Only the response box: not the help widget's feedback box; nothing submitted (the page did not navigate).
    expect(box.feedback).toBe('');
    expect(box.url).toBe(INR_CLAIM.url);
    expect(await popup.textContent(`${SECTION('respond-to-claim')} .reply__status`))
      .toBe('Inserted. Before you submit, fill in the blanks still in the response box (1).');
    await claim.bringToFront();
    await h.screenshot(claim, 'evidence-inr.claim-page-after-insert');
  });
});

describe('a property damage claim (AZ-SAFETY)', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness([SAFETY]); });
  afterAll(async () => { await h?.close(); });

  it('shows the insurance evidence, and says the page has no response box open yet', async () => {
    const claim = await h.openPage(SAFETY.url);
    const popup = await h.openPopup(SAFETY.url);
    await popup.waitForSelector(`${SECTION('provide-insurance')} [data-testid="evidence-insert"]:not([disabled])`, { timeout: 15_000 });
    const shown = await evidenceShown(popup, 'provide-insurance');
    expect(shown.text).toContain('Order 113-2207749-8815063: our response to property damage or personal injury claim 7731550926');
    expect(shown.text).toContain('The claim reason shown is "Product caused property damage (overheating)".');
    expect(shown.text).toContain('The claim amount is $1,850.00.');
    expect(shown.text).toContain('This response is sent within 7 days of the claim notice of November 20, 2026.');
    expect(shown.text).not.toContain('AZ-SAFETY');
    for (const s of shown.statementTexts) expect(shown.text).toContain(s);
    expect(shown.blanks).toEqual(expect.arrayContaining(['[insurer: ____]', '[policy number: ____]', '[coverage amount: ____]', '[policy period: ____]']));
    expect(shown.attach).toContain('Certificate of liability insurance');
    expect(shown.rules).toContain('AZ-SAFETY');
    expect(shown.findings).toEqual([]);
    await h.screenshot(popup, 'evidence-safety.popup');

    // The insurance form has inputs and a "Respond to Amazon" button, but no response box: nothing is filled in.
    await popup.click(`${SECTION('provide-insurance')} [data-testid="evidence-insert"]`);
    await popup.waitForSelector(`${SECTION('provide-insurance')} .reply__status--error`, { timeout: 10_000 });
    expect(await popup.textContent(`${SECTION('provide-insurance')} .reply__status`)).toMatch(/^No response box is open on the page/);
    expect(await claim.evaluate(() => [...document.querySelectorAll('kat-input')].map((k) => k.getAttribute('value')))).toEqual(['', '', '']);
  });
});
