// @vitest-environment jsdom
// The options page's "What changed": every rule change of the last twelve months the background reports, each with
// its date, marketplaces, how sure the sources are and the open orders it affects; a broken answer is said, not hidden.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/fake-browser.ts')).browser }));

import { answer, browser, resetStorage } from '../popup/fake-browser.ts';
import { all, mount, settle, type Rendered } from '../popup/render.ts';
import { OptionsApp } from '../../src/options/OptionsApp.tsx';
import { getWhatChanged } from '../../src/options/what-changed-api.ts';
import { i18nFor } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS, type Settings } from '../../src/options/settings.ts';
import { recentChanges, whatChanged } from '../../src/rules/what-changed.ts';
import { caseOf } from '../rules/builders.ts';

const NOW = new Date('2026-12-06T18:00:00Z');
const received = (id: string, at: string) =>
  caseOf({ returns: [{ status: 'received', receivedAt: at, reason: 'Bought by mistake' }] }, id);
const CASES = [
  received('111-0000000-0000001', '2026-12-04T10:00:00-08:00'),
  received('111-0000000-0000002', '2026-12-05T10:00:00-08:00'),
  received('111-0000000-0000003', '2026-12-03T10:00:00-08:00'),
];

let view: Rendered | null = null;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function open(reply: unknown, settings: Settings = SETTINGS_DEFAULTS, shownAt: Date = NOW): Promise<HTMLElement> {
  answer((msg) => ((msg as { type: string }).type === 'get-what-changed' ? reply : undefined));
  const i18n = await i18nFor(settings.uiLanguage, null);
  view = await mount(<OptionsApp initial={settings} storage={browser.storage.local} browserI18n={null} i18n={i18n}
    loadChanges={getWhatChanged} clockFixedAt={shownAt} />);
  await settle();
  return view.container;
}

beforeEach(() => { resetStorage(); });
afterEach(() => { view?.unmount(); view = null; });

describe('what changed', () => {
  it('lists each change with its date, marketplaces, confidence, affected orders and soonest deadline', async () => {
    const root = await open(whatChanged(CASES, NOW, SETTINGS_DEFAULTS));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'get-what-changed' });
    const items = all(root, '[data-testid="change"]');
    expect(items.map((i) => i.getAttribute('data-rule'))).toEqual(recentChanges(NOW));
    const refund = root.querySelector('[data-rule="US-REFUND-4D"]');
    expect(text(refund?.querySelector('h3'))).toBe('US: refund a received return sooner, or Amazon refunds the buyer for you');
    expect(text(refund)).toContain('within 4 calendar days');
    expect(text(refund?.querySelector('[data-testid="change-effective"]'))).toBe('In force from Jan 26, 2026');
    expect(text(refund?.querySelector('[data-testid="change-marketplaces"]'))).toBe('Marketplaces: US');
    expect(refund?.querySelector('[data-testid="change-confidence"]')?.getAttribute('data-confidence')).toBe('reported');
    expect(text(refund?.querySelector('[data-testid="change-confidence"]'))).toMatch(/^Reported by third parties/);
    expect(text(refund?.querySelector('[data-testid="change-affected"]'))).toMatch(/^It affects 3 open orders now\./);
    // The soonest is the Thursday receipt, shown in the US marketplace's own zone.
    const soonest = refund?.querySelector('time[data-testid="change-soonest"]');
    expect(soonest?.getAttribute('datetime')).toBe('2026-12-07T10:00:00-08:00');
    expect(text(soonest)).toBe('Soonest deadline: Dec 7, 2026, 10:00 AM PST — in 1 day.');
  });

  it('a soonest deadline already behind the clock reads as passed', async () => {
    const root = await open(whatChanged(CASES, NOW, SETTINGS_DEFAULTS), SETTINGS_DEFAULTS, new Date('2026-12-08T00:00:00Z'));
    const soonest = root.querySelector('[data-rule="US-REFUND-4D"] time[data-testid="change-soonest"]');
    expect(soonest?.getAttribute('data-passed')).toBe('true');
    expect(text(soonest)).toBe('Soonest deadline: Dec 7, 2026, 10:00 AM PST — overdue by 6 hr, already passed: act now.');
  });

  it('a change with no open order says so and shows no deadline', async () => {
    const root = await open(whatChanged([], NOW, SETTINGS_DEFAULTS));
    const items = all(root, '[data-testid="change"]');
    expect(items.length).toBe(recentChanges(NOW).length);
    for (const item of items) {
      expect(text(item.querySelector('[data-testid="change-affected"]'))).toBe('No open order in memory is affected now.');
      expect(item.querySelector('[data-testid="change-soonest"]')).toBeNull();
    }
  });

  it('speaks the chosen UI language, with the rule\'s own wording kept beside it in English', async () => {
    const root = await open(whatChanged(CASES, NOW, SETTINGS_DEFAULTS), { ...SETTINGS_DEFAULTS, uiLanguage: 'de' });
    const refund = root.querySelector('[data-rule="US-REFUND-4D"]');
    expect(text(root.querySelector('#what-changed-heading'))).toBe('Was sich in den letzten 12 Monaten geändert hat');
    expect(text(refund?.querySelector('[data-testid="change-affected"]'))).toMatch(/^Betrifft jetzt 3 offene Bestellungen\./);
    expect(refund?.querySelector('p[lang="en"]')?.textContent).toContain('within 4 calendar days');
  });

  it('no usable answer from the background is an error, never "nothing changed"', async () => {
    const root = await open(undefined);
    expect(root.querySelector('[data-testid="what-changed-error"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="what-changed-empty"]')).toBeNull();
    expect(all(root, '[data-testid="change"]')).toEqual([]);
  });

  it('drops malformed entries and keeps the rest', async () => {
    const good = whatChanged(CASES, NOW, SETTINGS_DEFAULTS);
    const root = await open([...good, { id: 'X', effective: '2026-01-01', summary: 's', openOrders: 'many', confidence: 'reported', marketplaces: null, soonest: null }]);
    expect(all(root, '[data-testid="change"]').map((i) => i.getAttribute('data-rule'))).toEqual(good.map((c) => c.id));
  });
});
