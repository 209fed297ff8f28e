// The seller corrects what a buyer message asks, in Chromium: on the German thread (an address change on an unshipped
// order) the popup says what the buyer asks with the words that carried it; tapping "cancel" re-advises at once as
// the rules do for a cancellation, the choice is kept by message key without the buyer's words, survives a new
// popup, and "forget everything" removes it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { advise, joinReadings } from '../../src/rules/index.ts';
import { messageKey, withIntentOverrides } from '../../src/rules/storable.ts';
import '../../src/rules/intent/load-model.ts';
import { startHarness, FIXED_NOW, type Harness } from './harness.ts';
import { forgetEverything, popupItems, referencePage, settledPopup } from './pages-helpers.ts';

const THREAD = referencePage('messages-thread-de');
const reading = readPage(loadPage(readFileSync(THREAD.file, 'utf8'), THREAD.url), THREAD.url);
const cases = joinReadings([reading], {});
const buyer = cases[0]!.messages.find((m) => m.from === 'buyer')!;
const KEY = messageKey(cases[0]!.orderId, buyer);
// What the rules give for the page as read, and for the same page with the seller's "cancel".
const before = advise(cases, FIXED_NOW).map((a) => a.action);
const after = advise(withIntentOverrides(cases, { [KEY]: ['cancel'] }), FIXED_NOW).map((a) => a.action);

let h: Harness;
let popup: Page;

const asks = (p: Page) => p.getAttribute('[data-testid="buyer-asks"]', 'data-intents');
const pressed = (p: Page) => p.$$eval('[data-testid="buyer-asks"] [data-testid="intent-chip"][aria-pressed="true"]',
  (els) => els.map((e) => e.getAttribute('data-intent')));
const stored = async () => JSON.parse(await h.storageDump()) as { intentOverrides?: Record<string, string[]> };

beforeAll(async () => {
  h = await startHarness([{ url: THREAD.url, file: THREAD.file }]);
  await forgetEverything(h);
  await h.worker.evaluate(async () => { await chrome.storage.local.remove('intentOverrides'); });
  await h.openPage(THREAD.url);
  popup = await h.openPopup(THREAD.url);
  await settledPopup(popup);
}, 120_000);

afterAll(async () => { await h?.close(); });

describe('the buyer asks: one tap to correct it', () => {
  it('the rules read the thread as an address change, and a cancellation advises otherwise', () => {
    expect(buyer.intents).toEqual(['address-change']);
    expect(before).toEqual(['cancel-and-reorder']);
    expect(after).toContain('cancel-on-request');
    expect(after).not.toContain('cancel-and-reorder');
  });

  it('the popup says what the buyer asks, with the words that carried it marked', async () => {
    expect(await asks(popup)).toBe('address-change');
    expect(await pressed(popup)).toEqual(['address-change']);
    await popup.waitForSelector('[data-testid="buyer-asks-evidence"] mark', { timeout: 15_000 });
    const marked = await popup.$$eval('[data-testid="buyer-asks-evidence"] mark', (els) => els.map((e) => e.textContent ?? ''));
    expect(marked.length).toBeGreaterThan(0);
    for (const words of marked) expect(buyer.text).toContain(words);
    expect((await popupItems(popup)).map((i) => i.action)).toEqual(before);
    await h.screenshot(popup, 'intent-chips.before');
  });

  it('tapping "cancel" re-advises as the rules do for a cancellation', async () => {
    await popup.click('[data-testid="buyer-asks"] [data-testid="intent-chip"][data-intent="cancel"]');
    await popup.waitForSelector('[data-testid="buyer-asks"][data-intents="cancel"]', { timeout: 15_000 });
    await popup.waitForSelector('[data-testid="next-action"][data-action="cancel-on-request"]', { timeout: 15_000 });
    expect(await pressed(popup)).toEqual(['cancel']);
    expect((await popupItems(popup)).map((i) => i.action)).toEqual(after);
    await h.screenshot(popup, 'intent-chips.after');
  });

  it('keeps the choice by message key, without the buyer\'s words', async () => {
    const s = await stored();
    expect(s.intentOverrides).toEqual({ [KEY]: ['cancel'] });
    const dump = await h.storageDump();
    for (const word of buyer.text.split(/\s+/).filter((w) => w.length >= 8)) expect(dump).not.toContain(word);
  });

  it('a new popup for the same thread shows the seller\'s choice and its advice', async () => {
    const again = await h.openPopup(THREAD.url);
    await settledPopup(again);
    expect(await asks(again)).toBe('cancel');
    expect((await popupItems(again)).map((i) => i.action)).toEqual(after);
    await again.close();
  });

  it('"forget everything" removes the choice, and the advice is the page\'s own again', async () => {
    const answer = await popup.evaluate<{ ok?: boolean }>(() => chrome.runtime.sendMessage({ type: 'forget-everything' }));
    expect(answer.ok).toBe(true);
    expect((await stored()).intentOverrides).toBeUndefined();
    const again = await h.openPopup(THREAD.url);
    await settledPopup(again);
    expect(await asks(again)).toBe('address-change');
    expect((await popupItems(again)).map((i) => i.action)).toEqual(before);
    await again.close();
  });
});
