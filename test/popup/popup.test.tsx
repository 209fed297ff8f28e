// @vitest-environment jsdom
// The popup as the seller uses it, against a fake browser whose background answers with TabStates built by the
// real cores. Asserts the CONTRACT.md §5 hooks (data-testid, data-action, datetime).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrderCase } from '../../src/model.ts';
import type { Decision } from '../../src/rules/decision.ts';
import { t, tDynamic } from '../../src/rules/text.ts';
import { EN } from '../../src/words/advice/en.ts';
import { ZH } from '../../src/words/advice/zh.ts';
import { wordText } from '../../src/words/advice/word.ts';
import { BUYER_LANGS } from '../../src/words/langs.ts';
import type { TabState } from '../../src/messaging.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).browser }));

import { answer, browser } from './fake-browser.ts';
import { all, click, mount, settle, submit, typeInto, type Rendered } from './render.ts';
import { NOW, TAB, fakeBackground, order, orderPage, tabState } from './fixtures.ts';
import { App } from '../../src/popup/App.tsx';
import { I18nContext, i18nFor } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS } from '../../src/options/settings.ts';
import { replyFor } from '../../src/replies/index.ts';
import { check } from '../../src/check/index.ts';
import { helpUrlFor } from '../../src/rules/policy-sources.ts';

const clock = () => NOW;
let view: Rendered | null = null;

async function openPopup(tabId: number | null = TAB, lang: 'en' | 'zh' | 'ja' = 'en'): Promise<HTMLElement> {
  const i18n = await i18nFor(lang, null);
  view = await mount(
    <I18nContext.Provider value={i18n}>
      <App tabId={tabId} settings={SETTINGS_DEFAULTS} clock={clock} />
    </I18nContext.Provider>,
  );
  return view.container;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const actions = (root: HTMLElement) => all(root, '[data-testid="next-action"]').map((el) => el.getAttribute('data-action'));

/** A TabState whose advice is written by hand: for rendering paths the rules may not produce for a given fixture. */
function withAdvice(base: TabState, advice: Decision[]): TabState {
  return { ...base, advice };
}

function advice(c: OrderCase, extra: Partial<Decision>): Decision {
  return {
    orderId: c.orderId, action: 'share-tracking', severity: 'warning', deadline: null, rules: ['MSG-24H'],
    title: t('share.title'), why: t('reply.topic.other'), doNot: [], replyLang: 'en', ...extra,
  };
}

const writeText = vi.fn((_text: string) => Promise.resolve());

beforeEach(() => {
  writeText.mockClear();
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { clipboard: { writeText } }));
});

afterEach(() => {
  view?.unmount();
  view = null;
  vi.unstubAllGlobals();
});

describe('which tab the popup shows', () => {
  it('asks for the given tab with ?tab, and for the active tab without it', async () => {
    const bg = fakeBackground(orderPage(order('114-2291847-6603925', { status: 'pending' })));
    answer(bg.handler);
    await openPopup(TAB);
    expect(bg.received[0]).toEqual({ type: 'get-tab-state', tabId: TAB });
    view?.unmount();
    await openPopup(null);
    expect(bg.received.at(-1)).toEqual({ type: 'get-active-tab-state' });
    expect(text(view!.container.querySelector('[data-testid="order-id"]'))).toBe('114-2291847-6603925');
  });
});

describe('order and advice', () => {
  it('shows the order id, its status chips and one next-action per advice in the order the rules gave', async () => {
    const reading = orderPage(order('114-2291847-6603925', {
      status: 'pending', purchaseDate: '2026-11-23T09:12:00-08:00', fulfillment: 'MFN',
    }));
    const expected = tabState(reading);
    expect(expected.advice.length).toBeGreaterThan(0);
    answer(fakeBackground(reading).handler);
    const root = await openPopup();

    expect(text(root.querySelector('[data-testid="order-id"]'))).toBe('114-2291847-6603925');
    const chips = all(root, '.chip').map(text);
    expect(chips).toContain('Status: Pending');
    expect(chips).toContain('Marketplace: US');
    expect(chips).toContain('Buy Shipping: unknown');
    expect(chips).toContain('Claims Protected: unknown');
    expect(chips).toContain('Fulfillment: by seller');
    expect(actions(root)).toEqual(expected.advice.map((a) => a.action));
    expect(actions(root)).toContain('dont-ship-pending');
    const items = all(root, '[data-testid="next-action"]');
    expected.advice.forEach((a, i) => {
      expect(text(items[i]!.querySelector('.advice__title'))).toBe(wordText(a.title, EN));
      const time = items[i]!.querySelector('time[data-testid="deadline"]');
      if (a.deadline) expect(time?.getAttribute('datetime')).toBe(a.deadline);
      else expect(time).toBeNull();
    });
  });

  it('renders deadlines as a countdown and local time in <time datetime>, why, do-nots, notes and rule links', async () => {
    const reading = orderPage(order('203-5518402-7719346', { status: 'shipped' }), { marketplace: 'UK' });
    const base = tabState(reading);
    const c = base.cases[0]!;
    const due = '2026-11-26T20:00:00+00:00';
    const overdue = '2026-11-24T15:00:00+00:00';
    answer(() => withAdvice(base, [
      advice(c, { action: 'respond-to-claim', severity: 'critical', deadline: overdue, rules: ['AZ-INFO-REQUEST'],
        doNot: [t('claim.doNot.refund')], notes: [tDynamic('policy.AZ-INFO-REQUEST')] }),
      advice(c, { action: 'reply-to-buyer', severity: 'warning', deadline: due, rules: ['MSG-24H', 'NOT-A-RULE'] }),
    ]));
    const root = await openPopup();

    expect(actions(root)).toEqual(['respond-to-claim', 'reply-to-buyer']);
    const times = all(root, 'time[data-testid="deadline"]');
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual([overdue, due]);
    // The date in the marketplace's zone, named, then the countdown from the same clock, in two units.
    expect(text(times[0]!.closest('.deadline'))).toBe('Missed Nov 24, 3:00 PM GMT — overdue by 3 hr');
    expect(text(times[1]!.closest('.deadline'))).toBe('Due Nov 26, 8:00 PM GMT — in 2 days 2 hr');
    const first = all(root, '[data-testid="next-action"]')[0]!;
    expect(text(first.querySelector('.advice__donot'))).toContain('Do not refund expecting the claim');
    expect(text(first.querySelector('.advice__notes'))).toContain('72 hours');
    // Rule ids link to their help page (the policy table's), on the seller's own Seller Central host.
    expect(helpUrlFor('AZ-INFO-REQUEST')).toMatch(/^https:\/\/sellercentral\.amazon\.com\//);
    const link = first.querySelector<HTMLAnchorElement>('.advice__rules a');
    expect(link?.textContent).toBe('AZ-INFO-REQUEST');
    expect(link?.href).toBe(helpUrlFor('AZ-INFO-REQUEST')!.replace('sellercentral.amazon.com', 'sellercentral.amazon.co.uk'));
    expect(link?.rel).toContain('noopener');
    const second = all(root, '[data-testid="next-action"]')[1]!;
    expect(text(second.querySelector('.advice__rules code'))).toBe('NOT-A-RULE');
  });
});

describe('a page with several orders', () => {
  it('shows the advice of all orders, and one order with its facts when picked', async () => {
    const pending = order('114-2291847-6603925', { status: 'pending' });
    const unshipped = order('112-7730914-2068351', { status: 'unshipped', shipBy: '2026-11-26T00:00:00-08:00' });
    const reading = { ...orderPage(pending), kind: 'order-list' as const, orders: [pending, unshipped] };
    const state = tabState(reading);
    expect(state.cases).toHaveLength(2);
    answer(() => state);
    const root = await openPopup();

    const picker = root.querySelector<HTMLSelectElement>('#order-picker')!;
    expect([...picker.options].map((o) => o.value)).toEqual(['', '114-2291847-6603925', '112-7730914-2068351']);
    expect(actions(root)).toEqual(state.advice.map((a) => a.action));
    expect(root.querySelector('[data-testid="order-id"]')).toBeNull();
    // Many orders: one compact line per action, details (why, do-nots, notes) only once an order is picked.
    expect(root.querySelector('[data-testid="compact-list"]')).not.toBeNull();
    expect(root.querySelector('.advice__why')).toBeNull();
    expect(all(root, '[data-testid="next-action"]').every((el) => el.getAttribute('data-urgency'))).toBe(true);

    const pendingAdvice = all(root, '[data-testid="next-action"]').find((el) => el.getAttribute('data-action') === 'dont-ship-pending')!;
    await click(pendingAdvice.querySelector('button.compact-row__order'));
    expect(text(root.querySelector('[data-testid="order-id"]'))).toBe('114-2291847-6603925');
    expect(actions(root)).toEqual(state.advice.filter((a) => a.orderId === '114-2291847-6603925' || a.orderId === null).map((a) => a.action));
    expect(root.querySelector('button.compact-row__order')).toBeNull();
    expect(root.querySelector('.advice__why')).not.toBeNull();

    await typeInto(picker, '112-7730914-2068351');
    expect(text(root.querySelector('[data-testid="order-id"]'))).toBe('112-7730914-2068351');
    expect(actions(root)).not.toContain('dont-ship-pending');
  });
});

describe('facts the seller confirms', () => {
  const delivered = () => orderPage(order('113-4829137-5520614', {
    status: 'delivered', shipBy: '2026-11-17T00:00:00-08:00', deliverBy: '2026-11-23T00:00:00-08:00',
    shippedAt: '2026-11-16T00:00:00-08:00', boughtThroughAmazon: true, fulfillment: 'MFN', carrier: 'UPS',
  }));

  it('asks whether the label is Claims Protected, sends the answer and re-renders with the new state', async () => {
    const reading = delivered();
    const bg = fakeBackground(reading);
    answer(bg.handler);
    const root = await openPopup();
    const asked = root.querySelector('.facts > fieldset[data-fact="claimsProtected"]');
    expect(asked).not.toBeNull();
    expect(all(root, '.chip').map(text)).toContain('Claims Protected: unknown');

    const yes = all(asked!, 'label').find((l) => text(l) === 'yes')?.querySelector('input');
    await click(yes);

    expect(bg.received).toContainEqual({ type: 'confirm-facts', orderId: '113-4829137-5520614', facts: { claimsProtected: true }, tabId: TAB });
    expect(all(root, '.chip').map(text)).toContain('Claims Protected: yes');
    // Answered: no longer asked, still correctable under "Correct a fact".
    expect(root.querySelector('.facts > fieldset[data-fact="claimsProtected"]')).toBeNull();
    expect(root.querySelector('.facts__more fieldset[data-fact="claimsProtected"]')).not.toBeNull();
    expect(text(root.querySelector('.facts__more fieldset[data-fact="claimsProtected"] legend'))).toContain('(confirmed by you)');
    expect(actions(root)).toEqual(tabState(reading, bg.confirmed).advice.map((a) => a.action));
  });

  it('sends a delivery date as the start of that day in the marketplace time zone', async () => {
    const bg = fakeBackground(delivered());
    answer(bg.handler);
    const root = await openPopup();
    const form = root.querySelector('.facts > form[data-fact="deliveredAt"]');
    expect(form).not.toBeNull();
    await typeInto(form!.querySelector('input[type="date"]'), '2026-11-19');
    await submit(form);
    expect(bg.received).toContainEqual({
      type: 'confirm-facts', orderId: '113-4829137-5520614', facts: { deliveredAt: '2026-11-19T00:00:00-08:00' }, tabId: TAB,
    });
    expect(root.querySelector('.facts > form[data-fact="deliveredAt"]')).toBeNull();
    expect(text(root.querySelector('.facts__more form[data-fact="deliveredAt"] .fact__hint'))).toContain('Nov 19, 2026');
  });

  it('asks for what a confirm-facts advice names and points to the page for claim facts', async () => {
    const base = tabState(orderPage(order('113-4829137-5520614', { status: 'unshipped', shipBy: '2026-11-26T00:00:00-08:00' })));
    const c = base.cases[0]!;
    answer(() => withAdvice(base, [advice(c, { action: 'confirm-facts', confirm: ['firstScanAt', 'claim.fundedBy'] })]));
    const root = await openPopup();
    expect(root.querySelector('.facts > form[data-fact="firstScanAt"] input[type="date"]')).not.toBeNull();
    expect(text(root.querySelector('[data-testid="facts-elsewhere"]'))).toBe(
      'Also needed, from the page (it cannot be entered here): who paid the granted claim.');
  });

  it('says so when the background cannot save the fact', async () => {
    const reading = delivered();
    answer((msg) => {
      if ((msg as { type: string }).type === 'confirm-facts') throw new Error('storage full');
      return tabState(reading);
    });
    const root = await openPopup();
    await click(all(root, '.facts > fieldset[data-fact="claimsProtected"] input')[0]);
    expect(text(root.querySelector('[role="alert"]'))).toBe('Could not save that fact. Try again.');
  });
});

describe('reply wording', () => {
  function replyState() {
    const reading = orderPage(order('113-4829137-5520614', {
      status: 'shipped', shippedAt: '2026-11-20T00:00:00-08:00', deliverBy: '2026-11-27T00:00:00-08:00',
      carrier: 'UPS', trackingId: '1Z4A87V20398215649', boughtThroughAmazon: true, claimsProtected: true,
    }));
    const base = tabState(reading);
    const c = base.cases[0]!;
    const reply = replyFor('share-tracking', c, 'en', SETTINGS_DEFAULTS);
    expect(reply?.lang).toBe('en');
    return { c, reply: reply!, state: withAdvice(base, [advice(c, { action: 'share-tracking' })]) };
  }

  it('shows the reply, flags a typed link as a finding, and keeps Insert off until it is gone', async () => {
    const { reply, state } = replyState();
    const page = vi.fn((_tabId: number, _msg: unknown) => ({ ok: true }));
    answer(() => state, page);
    const root = await openPopup();
    const box = root.querySelector<HTMLTextAreaElement>('[data-testid="reply-text"]');
    expect(box?.value).toBe(reply.text);
    expect(check(reply.text)).toEqual([]);
    expect(all(root, '.reply [data-testid="finding"]')).toHaveLength(0);

    await typeInto(box, `${reply.text}\nDetails: https://www.northwindgoods-help.com/lost-package`);
    const findings = all(root, '.reply [data-testid="finding"]');
    expect(findings.map((f) => f.getAttribute('data-kind'))).toContain('link');
    expect(text(findings[0])).toContain('northwindgoods-help.com');
    const insert = all(root, '.reply__actions button').find((b) => text(b) === 'Insert into reply box') as HTMLButtonElement;
    expect(insert.disabled).toBe(true);

    await typeInto(box, `${reply.text}\nThank you.`);
    expect(all(root, '.reply [data-testid="finding"]')).toHaveLength(0);
    expect(insert.disabled).toBe(false);
    await click(insert);
    expect(page).toHaveBeenCalledWith(TAB, { type: 'insert-reply', text: `${reply.text}\nThank you.` });
    expect(text(root.querySelector('.reply__status'))).toBe('Inserted. Review it on the page, then send it yourself.');
  });

  it('explains a failed insert and copies to the clipboard', async () => {
    const { reply, state } = replyState();
    answer(() => state, () => ({ ok: false, reason: 'no-reply-box' }));
    const root = await openPopup();
    const buttons = all(root, '.reply__actions button') as HTMLButtonElement[];
    await click(buttons.find((b) => text(b) === 'Insert into reply box'));
    expect(text(root.querySelector('.reply__status'))).toBe('No open reply box on the page. Open the reply form, then try again.');
    await click(buttons.find((b) => text(b) === 'Copy'));
    expect(writeText).toHaveBeenCalledWith(reply.text);
    expect(text(root.querySelector('.reply__status'))).toBe('Copied.');
  });

  it('keeps reply edits while the seller looks at the deadlines view', async () => {
    const { reply, state } = replyState();
    answer((msg) => ((msg as { type: string }).type === 'get-deadlines' ? [] : state));
    const root = await openPopup();
    await typeInto(root.querySelector('[data-testid="reply-text"]'), `${reply.text}\nKept.`);
    const tabs = all(root, '[role="tab"]');
    await click(tabs[1]);
    expect(root.querySelector<HTMLElement>('#panel-page')!.hidden).toBe(true);
    expect(root.querySelector('[data-testid="no-deadlines"]')).not.toBeNull();
    await click(tabs[0]);
    expect(root.querySelector<HTMLElement>('#panel-deadlines')!.hidden).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('[data-testid="reply-text"]')!.value).toBe(`${reply.text}\nKept.`);
  });

  it('recomputes the reply in the picked language and keeps edits per language', async () => {
    const { c, reply, state } = replyState();
    answer(() => state);
    const root = await openPopup();
    const picker = root.querySelector<HTMLSelectElement>('[data-testid="reply-lang"]');
    expect([...picker!.options].map((o) => o.value)).toEqual([...BUYER_LANGS]);
    const box = () => root.querySelector<HTMLTextAreaElement>('[data-testid="reply-text"]')!;

    await typeInto(box(), `${reply.text}\nEdited.`);
    await typeInto(picker, 'de');
    const german = replyFor('share-tracking', c, 'de', SETTINGS_DEFAULTS);
    expect(german?.lang).toBe('de');
    expect(box().value).toBe(german!.text);
    expect(box().value).not.toBe(reply.text);
    expect(box().getAttribute('lang')).toBe('de');

    await typeInto(picker, 'ja');
    expect(box().value).toBe(replyFor('share-tracking', c, 'ja', SETTINGS_DEFAULTS)!.text);

    await typeInto(picker, 'en');
    expect(box().value).toBe(`${reply.text}\nEdited.`);
  });
});

describe('page draft and empty states', () => {
  it('shows check findings on the draft typed into the page', async () => {
    const reading = orderPage(order('113-4829137-5520614', { status: 'delivered' }), {
      kind: 'messages', draft: 'Please see https://www.northwindgoods-help.com/lost-package for help',
    });
    const state = tabState(reading);
    expect(state.warnings.length).toBeGreaterThan(0);
    answer(() => state);
    const root = await openPopup();
    const shown = all(root, '.draft-warnings [data-testid="finding"]');
    expect(shown.map((f) => f.getAttribute('data-kind'))).toEqual(state.warnings.map((w) => w.kind));
    expect(shown.map((f) => f.getAttribute('data-kind'))).toContain('link');
  });

  it('says when the tab is not a Seller Central page', async () => {
    answer(() => null);
    const root = await openPopup();
    expect(root.querySelector('[data-testid="not-seller-central"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="next-action"]')).toBeNull();
  });

  it('says when the page was not understood, with how many facts were missing', async () => {
    const reading = { ...orderPage(order('1', {})), kind: 'unknown' as const, orders: [], missing: ['kind', 'orders[0].orderId', 'marketplace'] };
    answer(() => ({ tabId: TAB, url: 'https://sellercentral.amazon.com/home', reading, cases: [], advice: [], warnings: [] }));
    const root = await openPopup();
    expect(root.querySelector('[data-testid="not-understood"]')).not.toBeNull();
    expect(text(root.querySelector('[data-testid="missing-count"]'))).toBe('Facts not found on the page: 3');
  });

  it('says when there is nothing to do', async () => {
    const base = tabState(orderPage(order('112-7730914-2068351', { status: 'canceled' })));
    answer(() => withAdvice(base, []));
    const root = await openPopup();
    expect(root.querySelector('[data-testid="nothing-to-do"]')).not.toBeNull();
    expect(text(root.querySelector('[data-testid="order-id"]'))).toBe('112-7730914-2068351');
  });

  it('says when the background does not answer', async () => {
    answer(() => { throw new Error('Could not establish connection'); });
    const root = await openPopup();
    expect(root.querySelector('[data-testid="error"]')).not.toBeNull();
  });
});

describe('deadlines view', () => {
  it('lists remembered deadlines soonest first, each opening its order page', async () => {
    const items = [
      { orderId: '305-8841206-3370156', action: 'reply-to-buyer', severity: 'warning', deadline: '2026-11-25T10:00:00+01:00', title: t('reply.title', { reply: { span: { amount: 24, unit: 'hours' } } }), marketplace: 'DE' },
      { orderId: '112-7730914-2068351', action: 'ship-by-deadline', severity: 'critical', deadline: '2026-11-25T23:59:00-08:00', title: t('shipBy.title', { by: { day: Date.parse('2026-11-25T23:59:00-08:00'), tz: 'America/Los_Angeles' } }), marketplace: 'US' },
    ];
    const bg = fakeBackground(orderPage(order('112-7730914-2068351', { status: 'unshipped' })));
    answer((msg) => ((msg as { type: string }).type === 'get-deadlines' ? items : bg.handler(msg)));
    const root = await openPopup();
    const tab = all(root, '[role="tab"]').find((t) => text(t) === 'Deadlines');
    await click(tab);
    expect(tab?.getAttribute('aria-selected')).toBe('true');
    const rows = all(root, '[data-testid="deadline-item"]');
    expect(rows.map((r) => text(r.querySelector('a')))).toEqual(['305-8841206-3370156', '112-7730914-2068351']);
    expect(rows.map((r) => r.querySelector('time')?.getAttribute('datetime'))).toEqual([items[0]!.deadline, items[1]!.deadline]);
    await click(rows[0]!.querySelector('a'));
    expect(browser.tabs.create).toHaveBeenCalledWith({ url: 'https://sellercentral.amazon.de/orders-v3/order/305-8841206-3370156' });
  });

  it("names each deadline's action in the Chinese UI", async () => {
    const items = [
      { orderId: '112-7730914-2068351', action: 'ship-by-deadline', severity: 'critical', deadline: '2026-11-25T23:59:00-08:00', title: t('shipBy.title', { by: { day: Date.parse('2026-11-25T23:59:00-08:00'), tz: 'America/Los_Angeles' } }), marketplace: 'US' },
      { orderId: '114-6172093-4458106', action: 'appeal-claim', severity: 'info', deadline: '2026-12-12T23:59:00-08:00', title: t('appeal.title', { until: { day: Date.parse('2026-12-12T23:59:00-08:00'), tz: 'America/Los_Angeles' } }), marketplace: 'US' },
    ];
    const bg = fakeBackground(orderPage(order('112-7730914-2068351', { status: 'unshipped' })));
    answer((msg) => ((msg as { type: string }).type === 'get-deadlines' ? items : bg.handler(msg)));
    const root = await openPopup(TAB, 'zh');
    await click(all(root, '[role="tab"]').find((t) => text(t) === '截止时间'));
    const titles = all(root, '[data-testid="deadline-item"] .deadline-item__title').map(text);
    expect(titles).toEqual(items.map((i) => wordText(i.title, ZH)));
    expect(titles.every((x) => /\p{Script=Han}/u.test(x))).toBe(true);
  });

  it('moves between views with the arrow keys', async () => {
    answer(fakeBackground(orderPage(order('112-7730914-2068351', { status: 'unshipped' }))).handler);
    const root = await openPopup();
    const first = root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle();
    expect(text(root.querySelector('[role="tab"][aria-selected="true"]'))).toBe('Deadlines');
    expect(document.activeElement?.textContent).toBe('Deadlines');
  });
});

describe('save page for a bug report', () => {
  it('downloads the snapshot the page returns, and says so when the page cannot answer', async () => {
    const reading = orderPage(order('112-7730914-2068351', { status: 'unshipped' }));
    const bg = fakeBackground(reading);
    const createObjectURL = vi.fn(() => 'blob:snapshot');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    let pageAnswers = false;
    const page = vi.fn((_id: number, msg: unknown) => {
      if (!pageAnswers) throw new Error('Receiving end does not exist');
      return (msg as { type: string }).type === 'save-page-snapshot'
        ? { ok: true, filename: 'claimwise-page-order-details.html', html: '<html></html>', redactions: 2 } : undefined;
    });
    answer(bg.handler, page);
    const root = await openPopup();
    const button = all(root, 'footer button').find((b) => text(b) === 'Save page for bug report');
    await click(button);
    expect(page).toHaveBeenCalledWith(TAB, { type: 'save-page-snapshot' });
    expect(text(root.querySelector('footer [role="status"]'))).toBe('Could not save this page. Reload the tab and try again.');
    pageAnswers = true;
    await click(button);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(text(root.querySelector('footer [role="status"]'))).toBe('Page saved to your downloads.');
  });
});

describe('UI language', () => {
  it('uses the chosen catalog without browser.i18n', async () => {
    answer(fakeBackground(orderPage(order('114-2291847-6603925', { status: 'pending' }))).handler);
    const root = await openPopup(TAB, 'zh');
    expect(all(root, '[role="tab"]').map(text)).toEqual(['当前页面', '截止时间']);
    expect(all(root, '.chip').map(text)).toContain('状态： 等待中');
    view?.unmount();
    const ja = await openPopup(TAB, 'ja');
    expect(all(ja, '[role="tab"]').map(text)).toEqual(['このページ', '期限一覧']);
  });
});
