// @vitest-environment jsdom
// The evidence pack for Amazon in the popup, against a fake browser whose background answers with TabStates built
// by the real cores from real fixture pages (read, joined and advised as the extension does): the claim response,
// its blanks, attachments, rules and live check, Copy and Insert, the language picker, the appeal window.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).browser }));

import { answer, browser } from './fake-browser.ts';
import { all, click, mount, settle, typeInto, type Rendered } from './render.ts';
import { NOW, TAB, order } from './fixtures.ts';
import { App } from '../../src/popup/App.tsx';
import { I18nContext, i18nFor } from '../../src/ui/i18n.ts';
import { countdown, localDateTime, marketplaceTimeZone } from '../../src/ui/dates.ts';

const US_ZONE = marketplaceTimeZone('US');
import { remainingBlanks } from '../../src/popup/components/EvidencePanel.tsx';
import { evidenceRules, sourcesOf } from '../../src/popup/evidence-sources.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { loadPage } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/read/index.ts';
import { joinReadings } from '../../src/rules/join.ts';
import { decideCases } from '../../src/rules/engine.ts';
import { POLICY } from '../../src/rules/policy.ts';
import { EN } from '../../src/words/advice/en.ts';
import { wordText } from '../../src/words/advice/word.ts';
import { evidenceFor } from '../../src/replies/evidence.ts';
import type { TabState } from '../../src/messaging.ts';
import type { ClaimFacts, OrderCase, OrderId, PageReading } from '../../src/model.ts';

const ORDER_ID = '113-4829137-5520614';
const ORDER_URL = `https://sellercentral.amazon.com/orders-v3/order/${ORDER_ID}`;
const THREAD_URL = `https://sellercentral.amazon.com/messaging/inbox-v3?fi=NEEDS_RESPONSE&ss=${ORDER_ID}`;
const CLAIM_URL = 'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=7742069315';
const SAFETY_URL = 'https://sellercentral.amazon.com/gp/guarantee-claims/claim-details.html?claimId=7731550926';

function read(path: string, url: string): PageReading {
  return readPage(loadPage(readFileSync(`test/fixtures/${path}`, 'utf8'), url), url);
}

/** What the background answers for the tab showing `shown`, having seen `seen` before (oldest first). */
function tabFor(shown: PageReading, seen: PageReading[] = [], url = CLAIM_URL): TabState {
  const ids = new Set([...shown.orders, ...shown.claims].map((x) => x.orderId));
  const cases = joinReadings([...seen, shown]).filter((c) => ids.has(c.orderId));
  return { tabId: TAB, url, reading: shown, cases, advice: decideCases(cases, NOW, SETTINGS_DEFAULTS), warnings: [] };
}

const orderPage = () => read('reference/order-details-us-buyshipping-delivered.html', ORDER_URL);
const thread = () => read('reference/messages-thread-us.html', THREAD_URL);
const claimPage = () => read('claims/claim-detail-us-inr.html', CLAIM_URL);
/** The protected, on-time order, its buyer's message and the A-to-z claim on it, as seen in that order. */
const protectedClaimTab = () => tabFor(claimPage(), [orderPage(), thread()]);

function claimReading(claim: Partial<ClaimFacts>, marketplace: PageReading['marketplace'] = 'US'): PageReading {
  return {
    kind: 'claim', marketplace, uiLanguage: 'en', orders: [], messages: [], returns: [], missing: [],
    claims: [{ orderId: ORDER_ID as OrderId, claimType: 'a-to-z', reason: 'Item not received', status: 'Action required',
      amount: { value: 42.99, currency: 'USD' }, filedAt: '2026-11-23T16:18:00-08:00', respondBy: '2026-11-25T16:18:00-08:00',
      decidedAt: null, fundedBy: null, ...claim }],
  };
}

const writeText = vi.fn((_text: string) => Promise.resolve());
let view: Rendered | null = null;

async function openPopup(clock: () => Date = () => NOW, lang: 'en' | 'zh' | 'ja' = 'en'): Promise<HTMLElement> {
  const i18n = await i18nFor(lang, null);
  view = await mount(
    <I18nContext.Provider value={i18n}>
      <App tabId={TAB} settings={SETTINGS_DEFAULTS} clock={clock} />
    </I18nContext.Provider>,
  );
  // The pack and the checker load lazily after first paint.
  await settle();
  return view.container;
}

beforeEach(() => {
  writeText.mockClear();
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { clipboard: { writeText } }));
});

afterEach(() => {
  view?.unmount();
  view = null;
  vi.unstubAllGlobals();
});

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const evidence = (root: HTMLElement, action: string) => root.querySelector<HTMLElement>(`[data-testid="evidence"][data-action="${action}"]`);
const textarea = (section: Element) => section.querySelector<HTMLTextAreaElement>('[data-testid="evidence-text"]')!;
const button = (section: Element, id: 'evidence-copy' | 'evidence-insert') => section.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;
const only = (cases: OrderCase[]) => { expect(cases).toHaveLength(1); return cases[0]!; };

describe('a protected, on-time order with an A-to-z claim', () => {
  it('shows one evidence section with the Buy Shipping and Claims Protected statements and BS-CLAIMS-PROTECTED', async () => {
    const state = protectedClaimTab();
    const c = only(state.cases);
    const advice = state.advice.find((a) => a.action === 'respond-to-claim');
    expect(advice?.rules).toContain('BS-CLAIMS-PROTECTED');
    answer(() => state);
    const root = await openPopup();

    expect(all(root, '[data-testid="evidence"]')).toHaveLength(state.advice.filter((a) => a.action === 'respond-to-claim').length);
    const section = evidence(root, 'respond-to-claim')!;
    expect(section).not.toBeNull();
    const pack = evidenceFor('respond-to-claim', c, 'en', NOW);
    expect(textarea(section).value).toBe(pack.text);
    expect(textarea(section).lang).toBe('en');
    expect(pack.text).toContain('The shipping label was bought through Amazon Buy Shipping.');
    expect(pack.text).toContain('The label carries the "Claims Protected" badge.');
    expect(pack.text).toContain('Under Buy Shipping claims protection, a claim that this package did not arrive should be funded by Amazon');
    expect(pack.text).not.toContain('BS-CLAIMS-PROTECTED');
    expect(pack.text).toContain('Carrier: UPS, tracking ID 1Z4A87V20398215649.');

    // Each sentence with where it comes from.
    const statements = all(section, '[data-testid="evidence-statement"]');
    expect(statements.map((s) => s.getAttribute('data-fact'))).toEqual(pack.statements.map((s) => s.fact ?? ''));
    const protection = statements.find((s) => text(s).startsWith('The label carries the "Claims Protected" badge.'));
    expect(text(protection)).toMatch(/\(order details\)$/);
    expect(text(statements.find((s) => text(s).startsWith('The buyer first wrote')))).toMatch(/\(buyer messages\)$/);
    expect(text(statements.find((s) => text(s).startsWith('The claim amount')))).toMatch(/\(the claim\)$/);
    // The rule a sentence argues from is named to the seller beside it, never in the text for Amazon.
    const argued = statements.find((s) => s.getAttribute('data-statement-rule') === 'BS-CLAIMS-PROTECTED');
    expect(text(argued)).toMatch(/should be funded by Amazon and not debited to us\. \(order details, BS-CLAIMS-PROTECTED\)$/);
    expect(textarea(section).value).not.toContain('BS-CLAIMS-PROTECTED');

    // The rules it rests on, linked like the advice's.
    const rules = all(section, '.advice__rules [data-rule]').map((r) => r.getAttribute('data-rule'));
    expect(rules).toEqual(evidenceRules(advice!.rules, pack.rules));
    expect(rules).toContain('BS-CLAIMS-PROTECTED');
    expect(rules).toContain('AZ-INFO-REQUEST');
    const info = section.querySelector<HTMLAnchorElement>('[data-rule="AZ-INFO-REQUEST"] a');
    expect(info?.href).toMatch(/^https:\/\/sellercentral\.amazon\.com\//);

    // What to attach, and a clean check.
    expect(all(section, '[data-testid="evidence-attach"]').map(text)).toEqual(pack.attach);
    expect(pack.attach.some((a) => /proof of delivery/i.test(a))).toBe(true);
    expect(text(section.querySelector('.reply__check'))).toBe('Checked: nothing Amazon prohibits.');
    expect(all(section, '[data-testid="finding"]')).toHaveLength(0);
    // On the claim page it comes before the buyer reply wording.
    const reply = root.querySelector('.reply');
    if (reply) expect(section.compareDocumentPosition(reply) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lists the fact the pages did not show (our answer to the buyer) as a blank, and drops it once filled in', async () => {
    const state = protectedClaimTab();
    const pack = evidenceFor('respond-to-claim', only(state.cases), 'en', NOW);
    expect(pack.blanks).toEqual(['[date we answered: ____]']);
    answer(() => state);
    const root = await openPopup();
    const section = evidence(root, 'respond-to-claim')!;

    const blanks = all(section, '[data-testid="evidence-blank"]');
    expect(blanks.map(text)).toEqual(['[date we answered: ____]']);
    expect(text(section.querySelector('.evidence__blanks h3'))).toBe('Fill these in before sending (1)');

    // Clicking the blank selects it in the text, ready to type over.
    const box = textarea(section);
    await click(blanks[0]!.querySelector('button'));
    const at = box.value.indexOf('[date we answered: ____]');
    expect(at).toBeGreaterThan(0);
    expect([box.selectionStart, box.selectionEnd]).toEqual([at, at + '[date we answered: ____]'.length]);

    await typeInto(box, box.value.replace('[date we answered: ____]', 'We answered on November 22, 2026.'));
    expect(all(section, '[data-testid="evidence-blank"]')).toHaveLength(0);
    expect(text(section.querySelector('[data-testid="evidence-no-blanks"]'))).toBe('No blanks: every sentence rests on a fact from the pages.');
  });

  it('copies the text, and inserts it into the claim response box (never the buyer reply box)', async () => {
    const state = protectedClaimTab();
    const pack = evidenceFor('respond-to-claim', only(state.cases), 'en', NOW);
    const page = vi.fn((_tabId: number, _msg: unknown): unknown => ({ ok: true }));
    answer(() => state, page);
    const root = await openPopup();
    const section = evidence(root, 'respond-to-claim')!;

    await click(button(section, 'evidence-copy'));
    expect(writeText).toHaveBeenCalledWith(pack.text);
    expect(text(section.querySelector('.reply__status'))).toBe('Copied.');

    const insert = button(section, 'evidence-insert');
    expect(insert.disabled).toBe(false);
    expect(text(insert)).toBe('Insert into response box');
    await click(insert);
    expect(page).toHaveBeenCalledTimes(1);
    expect(page).toHaveBeenCalledWith(TAB, { type: 'insert-reply', text: pack.text, target: 'claim-response' });
    expect(text(section.querySelector('.reply__status'))).toBe('Inserted. Before you submit, fill in the blanks still in the response box (1).');

    // The seller's edits are what goes in.
    await typeInto(textarea(section), `${pack.text}\nExtra fact.`);
    await click(insert);
    expect(page).toHaveBeenLastCalledWith(TAB, { type: 'insert-reply', text: `${pack.text}\nExtra fact.`, target: 'claim-response' });
  });

  it('says what to do when the page has no response box, or the tab left the claim', async () => {
    const state = protectedClaimTab();
    let reason = 'no-response-box';
    answer(() => state, () => ({ ok: false, reason }));
    const root = await openPopup();
    const section = evidence(root, 'respond-to-claim')!;
    await click(button(section, 'evidence-insert'));
    expect(text(section.querySelector('.reply__status--error'))).toMatch(/^No response box is open on the page\. Open it on the claim \(“Respond to Amazon” or “Appeal decision”\)/);
    reason = 'wrong-page';
    await click(button(section, 'evidence-insert'));
    expect(text(section.querySelector('.reply__status--error'))).toMatch(/^This tab no longer shows a claim/);
    reason = 'several-response-boxes';
    await click(button(section, 'evidence-insert'));
    expect(text(section.querySelector('.reply__status--error'))).toMatch(/none says it is the response to Amazon/);
  });

  it('blocks Insert while the text has something check() blocks, and shows the finding', async () => {
    answer(() => protectedClaimTab(), () => ({ ok: true }));
    const root = await openPopup();
    const section = evidence(root, 'respond-to-claim')!;
    await typeInto(textarea(section), `${textarea(section).value}\nSee https://www.northwindgoods-help.com/lost-package for details.`);
    expect(all(section, '[data-testid="finding"]').map((f) => f.getAttribute('data-kind'))).toContain('link');
    expect(button(section, 'evidence-insert').disabled).toBe(true);
    expect(text(section.querySelector('.reply__help'))).toBe('Insert is off until the prohibited parts are removed.');
  });

  it('offers the languages of the pack, rebuilds it in the one picked and keeps edits per language', async () => {
    const state = protectedClaimTab();
    const c = only(state.cases);
    answer(() => state);
    const root = await openPopup();
    const section = evidence(root, 'respond-to-claim')!;
    const picker = section.querySelector<HTMLSelectElement>('[data-testid="evidence-lang"]')!;
    expect([...picker.options].map((o) => o.value)).toEqual(['en', 'de', 'fr', 'es', 'it', 'ja', 'zh']);
    expect(picker.value).toBe('en');

    await typeInto(textarea(section), `${textarea(section).value}\nEdited.`);
    await typeInto(picker, 'de');
    expect(textarea(section).value).toBe(evidenceFor('respond-to-claim', c, 'de', NOW).text);
    expect(textarea(section).lang).toBe('de');
    expect(all(section, '[data-testid="evidence-blank"]').map(text)).toEqual(['[Datum unserer Antwort: ____]']);
    await typeInto(picker, 'en');
    expect(textarea(section).value).toBe(`${evidenceFor('respond-to-claim', c, 'en', NOW).text}\nEdited.`);
  });

  it('is copy-only away from a claim page (the order page has no response box)', async () => {
    const state = tabFor(orderPage(), [thread(), claimPage()], ORDER_URL);
    const page = vi.fn(() => ({ ok: true }));
    answer(() => state, page);
    const root = await openPopup();
    const section = evidence(root, 'respond-to-claim')!;
    expect(section).not.toBeNull();
    expect(button(section, 'evidence-insert').disabled).toBe(true);
    expect(text(section.querySelector('.reply__help'))).toMatch(/^To insert it, open this claim in Seller Central/);
    expect(button(section, 'evidence-copy').disabled).toBe(false);
    expect(page).not.toHaveBeenCalled();
  });

  it('speaks the popup language around a pack written in the marketplace language', async () => {
    const state = protectedClaimTab();
    answer(() => state);
    const root = await openPopup(() => NOW, 'zh');
    const section = evidence(root, 'respond-to-claim')!;
    expect(text(section.querySelector('h2'))).toBe('给亚马逊的证据');
    expect(textarea(section).lang).toBe('en');
    expect(textarea(section).value).toBe(evidenceFor('respond-to-claim', only(state.cases), 'en', NOW).text);
    expect(text(button(section, 'evidence-insert'))).toBe('插入回复框');
  });
});

describe('the language of the pack', () => {
  it('follows the marketplace (amazon.de: German), not the popup', async () => {
    const reading = claimReading({ amount: { value: 42.99, currency: 'EUR' } }, 'DE');
    const state = tabFor(reading, [], 'https://sellercentral.amazon.de/gp/guarantee-claims/claim-details.html?claimId=1');
    answer(() => state);
    const root = await openPopup();
    const section = evidence(root, 'respond-to-claim')!;
    expect(section.querySelector<HTMLSelectElement>('[data-testid="evidence-lang"]')!.value).toBe('de');
    expect(textarea(section).value).toBe(evidenceFor('respond-to-claim', only(state.cases), 'de', NOW).text);
  });
});

describe('a claim whose order was never opened', () => {
  it('shows every fact the argument needs and no page showed as a blank item', async () => {
    const state = tabFor(claimReading({}));
    const pack = evidenceFor('respond-to-claim', only(state.cases), 'en', NOW);
    expect(pack.blanks.length).toBeGreaterThan(4);
    expect(pack.blanks).toContain('[label bought through Amazon Buy Shipping (yes/no): ____]');
    answer(() => state);
    const root = await openPopup();
    const section = evidence(root, 'respond-to-claim')!;
    expect(all(section, '[data-testid="evidence-blank"]').map(text)).toEqual(pack.blanks);
    // Nothing about Buy Shipping protection is claimed without the facts.
    expect(textarea(section).value).not.toContain('BS-CLAIMS-PROTECTED');
    expect(all(section, '[data-rule="BS-CLAIMS-PROTECTED"]')).toHaveLength(0);
  });
});

describe('appeal timing (AZ-APPEAL-30D)', () => {
  const granted = (decidedAt: string) => claimReading({
    status: 'Granted/Seller Funded', fundedBy: 'seller', decidedAt, respondBy: null, filedAt: '2026-11-05T10:00:00-08:00',
  });
  const withOrder = (claim: PageReading) => tabFor(claim, [{
    kind: 'order-details', marketplace: 'US', uiLanguage: 'en', claims: [], messages: [], returns: [], missing: [],
    orders: [order(ORDER_ID, { status: 'delivered', shipBy: '2026-11-03T00:00:00-08:00', shippedAt: '2026-11-02T00:00:00-08:00',
      deliverBy: '2026-11-09T00:00:00-08:00', boughtThroughAmazon: true, claimsProtected: true, carrier: 'UPS', trackingId: '1Z999AA10123456784' })],
  }]);

  it('counts down to the end of the 30-day window while it is open', async () => {
    const state = withOrder(granted('2026-11-12T10:00:00-08:00'));
    const appeal = state.advice.find((a) => a.action === 'appeal-claim');
    expect(appeal?.deadline).toBeTruthy();
    answer(() => state, () => ({ ok: true }));
    const root = await openPopup();
    const section = evidence(root, 'appeal-claim')!;
    const windowEl = section.querySelector('[data-testid="appeal-window"]')!;
    expect(windowEl.getAttribute('data-state')).toBe('open');
    const time = windowEl.querySelector('time[data-testid="appeal-countdown"]')!;
    expect(time.getAttribute('datetime')).toBe(appeal!.deadline);
    const end = new Date(appeal!.deadline!);
    expect(text(time)).toBe(`${localDateTime(end, 'en', US_ZONE)} — in ${countdown(end, NOW, 'en', { future: (d) => d, past: (d) => d })}`);
    expect(text(time)).toMatch(/PST — in 1[78] days( \d+ hr)?$/u);
    expect(text(windowEl)).toContain('Amazon accepts an appeal only within 30 days of the decision.');
    expect(textarea(section).value).toBe(evidenceFor('appeal-claim', only(state.cases), 'en', NOW).text);
    expect(textarea(section).value).not.toContain('AZ-APPEAL-30D');
    expect(all(section, '.advice__rules [data-rule]').map((r) => r.getAttribute('data-rule'))).toContain('AZ-APPEAL-30D');
    expect(button(section, 'evidence-insert').disabled).toBe(false);
  });

  it('says plainly that the window has closed when the countdown runs out while the popup is open', async () => {
    const state = withOrder(granted('2026-11-12T10:00:00-08:00'));
    const deadline = new Date(state.advice.find((a) => a.action === 'appeal-claim')!.deadline!);
    answer(() => state, () => ({ ok: true }));
    const later = new Date(deadline.getTime() + 60_000);
    const root = await openPopup(() => later);
    const section = evidence(root, 'appeal-claim')!;
    const windowEl = section.querySelector('[data-testid="appeal-window"]')!;
    expect(windowEl.getAttribute('data-state')).toBe('closed');
    expect(text(windowEl)).toBe(`The appeal window closed on ${localDateTime(deadline, 'en', US_ZONE)}. This claim can no longer be appealed: do not send this appeal.`);
    expect(button(section, 'evidence-insert').disabled).toBe(true);
    expect(text(section.querySelector('.reply__help'))).toBe('The appeal window has closed: there is nothing to insert.');
  });

  it('shows no appeal evidence once the rules say the window has closed, and says so', async () => {
    const state = withOrder(granted('2026-10-01T10:00:00-07:00'));
    expect(state.advice.some((a) => a.action === 'appeal-claim')).toBe(false);
    const closed = state.advice.find((a) => a.action === 'no-action' && a.rules.includes('AZ-APPEAL-30D'));
    expect(closed).toBeDefined();
    answer(() => state);
    const root = await openPopup();
    expect(evidence(root, 'appeal-claim')).toBeNull();
    const notice = root.querySelector('[data-testid="appeal-closed"]')!;
    expect(notice).not.toBeNull();
    expect(text(notice.querySelector('[data-testid="appeal-window"]'))).toBe(
      `${wordText(closed!.title, EN)}. Amazon accepts an appeal only within 30 days of the decision, and that time has passed. ` +
      'This claim can no longer be appealed, so there is no evidence to send.');
    expect(notice.querySelector('[data-rule="AZ-APPEAL-30D"]')).not.toBeNull();
  });
});

describe('a property damage claim (AZ-SAFETY)', () => {
  it('shows the insurance evidence with the insurer blanks and the certificate to attach', async () => {
    const state = tabFor(read('reference/claim-detail-us-safety.html', SAFETY_URL), [], SAFETY_URL);
    const advice = state.advice.find((a) => a.action === 'provide-insurance');
    expect(advice).toBeDefined();
    const pack = evidenceFor('provide-insurance', only(state.cases), 'en', NOW);
    answer(() => state, () => ({ ok: false, reason: 'no-response-box' }));
    const root = await openPopup();
    const section = evidence(root, 'provide-insurance')!;
    expect(textarea(section).value).toBe(pack.text);
    expect(textarea(section).value).toContain(`This response is sent within ${POLICY['AZ-SAFETY'].values.respondWithin.amount} days of the claim notice of November 20, 2026.`);
    expect(textarea(section).value).not.toContain('AZ-SAFETY');
    expect(all(section, '[data-testid="evidence-blank"]').map(text)).toEqual(
      expect.arrayContaining(['[insurer: ____]', '[policy number: ____]', '[coverage amount: ____]', '[policy period: ____]']));
    expect(all(section, '[data-testid="evidence-attach"]').map(text)).toContain('Certificate of liability insurance');
    expect(all(section, '[data-rule]').map((r) => r.getAttribute('data-rule'))).toContain('AZ-SAFETY');
    await click(button(section, 'evidence-insert'));
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(TAB, { type: 'insert-reply', text: pack.text, target: 'claim-response' });
    expect(text(section.querySelector('.reply__status--error'))).toMatch(/^No response box is open on the page/);
  });
});

describe('helpers', () => {
  it('finds the blanks left in edited text, with their offsets', () => {
    const t = 'A.\n[insurer: ____]\nB [policy number: ____] and [x: done]';
    expect(remainingBlanks(t)).toEqual([
      { text: '[insurer: ____]', start: 3, end: 18 },
      { text: '[policy number: ____]', start: 21, end: 42 },
    ]);
    expect(remainingBlanks('no blanks here')).toEqual([]);
  });

  it('names where a statement comes from, and adds only rule ids of the policy table the pack names', () => {
    expect(sourcesOf('order.shippedAt, order.shipBy')).toEqual(['order']);
    expect(sourcesOf('confirmed.claimsProtected, order.firstScanAt, claims[0].filedAt')).toEqual(['confirmed', 'order', 'claim']);
    expect(sourcesOf('messages[1].sentAt, returns[0].receivedAt')).toEqual(['messages', 'returns']);
    expect(sourcesOf(null)).toEqual([]);
    expect(evidenceRules(['AZ-INFO-REQUEST'], ['BS-CLAIMS-PROTECTED', 'UPS-GROUND', 'AZ-INFO-REQUEST', 'RET-REFUND-2D']))
      .toEqual(['AZ-INFO-REQUEST', 'BS-CLAIMS-PROTECTED', 'RET-REFUND-2D']);
  });
});
