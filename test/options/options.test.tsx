// @vitest-environment jsdom
// The options page as the seller uses it: edits persist to storage.local under "settings"; "Forget everything"
// asks first and only then tells the background.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/fake-browser.ts')).browser }));

import { answer, browser, resetStorage, storedValue } from '../popup/fake-browser.ts';
import { all, click, mount, settle, settleUntil, submit, typeInto, type Rendered } from '../popup/render.ts';
import { OptionsApp } from '../../src/options/OptionsApp.tsx';
import { check } from '../../src/check/index.ts';
import { i18nFor } from '../../src/ui/i18n.ts';
import { SETTINGS_DEFAULTS, SETTINGS_KEY, loadSettings, type Settings } from '../../src/options/settings.ts';

let view: Rendered | null = null;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function openOptions(initial: Settings = SETTINGS_DEFAULTS): Promise<HTMLElement> {
  const i18n = await i18nFor(initial.uiLanguage, null);
  view = await mount(<OptionsApp initial={initial} storage={browser.storage.local} browserI18n={null} i18n={i18n} />);
  return view.container;
}

const byText = (root: ParentNode, selector: string, label: string) =>
  all(root, selector).find((el) => text(el) === label || el.getAttribute('aria-label') === label) as HTMLElement | undefined;

beforeEach(() => {
  resetStorage();
  answer((msg) => ((msg as { type: string }).type === 'forget-everything' ? { ok: true } : undefined));
});

afterEach(() => {
  view?.unmount();
  view = null;
});

describe('settings', () => {
  it('saves every field to storage.local and applies the UI language at once', async () => {
    const root = await openOptions();
    await typeInto(root.querySelector('#signature'), 'Harbour Lane Home');
    const addSelect = () => root.querySelector<HTMLSelectElement>('#add-lang')!;
    await typeInto(addSelect(), 'de');
    await click(byText(root, 'button', 'Add'));
    await typeInto(addSelect(), 'en');
    await click(byText(root, 'button', 'Add'));
    expect(all(root, '[data-testid="reply-languages"] li').map((li) => li.getAttribute('data-lang'))).toEqual(['de', 'en']);
    await click(byText(root, 'button', 'Move English up'));
    expect(all(root, '[data-testid="reply-languages"] li').map((li) => li.getAttribute('data-lang'))).toEqual(['en', 'de']);
    await typeInto(root.querySelector('#ui-language'), 'ja');
    await click(root.querySelector('#reminders-enabled'));
    await click(root.querySelector('#reminders-enabled'));
    await typeInto(root.querySelector('#lead-hours'), '2, 48');
    await typeInto(root.querySelector('#retention'), '30');
    expect(storedValue(SETTINGS_KEY)).toBeUndefined();

    await submit(root.querySelector('form'));

    const expected: Settings = {
      signature: 'Harbour Lane Home', replyLanguages: ['en', 'de'], uiLanguage: 'ja',
      reminders: { enabled: true, leadHours: [48, 2] }, retentionDays: 30,
    };
    expect(storedValue(SETTINGS_KEY)).toEqual(expected);
    expect(await loadSettings(browser.storage.local)).toEqual(expected);
    // Labels are Japanese now (the catalog loads on demand), the saved state says so too.
    await settleUntil(() => text(root.querySelector('h1')) !== 'Claimwise settings');
    expect(text(root.querySelector('h1'))).toBe('Claimwise の設定');
    expect(text(root.querySelector('.options__form [role="status"]'))).toBe('保存しました。');
    expect(root.querySelector<HTMLInputElement>('#lead-hours')!.value).toBe('48, 2');
  });

  it('saves reminders switched off', async () => {
    const root = await openOptions();
    await click(root.querySelector('#reminders-enabled'));
    expect(root.querySelector<HTMLInputElement>('#lead-hours')!.disabled).toBe(true);
    await submit(root.querySelector('form'));
    expect((storedValue(SETTINGS_KEY) as Settings).reminders).toEqual({ enabled: false, leadHours: [24, 4] });
  });

  it('refuses to save invalid lead times or retention and marks the field', async () => {
    const root = await openOptions();
    await typeInto(root.querySelector('#lead-hours'), '24, soon');
    expect(root.querySelector('#lead-hours')!.getAttribute('aria-invalid')).toBe('true');
    await submit(root.querySelector('form'));
    expect(storedValue(SETTINGS_KEY)).toBeUndefined();
    expect(text(root.querySelector('.options__form [role="status"]'))).toBe('Fix the highlighted fields first.');

    await typeInto(root.querySelector('#lead-hours'), '24');
    await typeInto(root.querySelector('#retention'), '0');
    expect(root.querySelector('#retention')!.getAttribute('aria-invalid')).toBe('true');
    await submit(root.querySelector('form'));
    expect(storedValue(SETTINGS_KEY)).toBeUndefined();
  });

  it('runs the checker on the signature', async () => {
    const root = await openOptions();
    const signature = 'Jo, Northwind Goods — https://www.northwindgoods-help.com/shop';
    expect(all(root, '[data-testid="finding"]')).toHaveLength(0);
    await typeInto(root.querySelector('#signature'), signature);
    const kinds = all(root, '[data-testid="finding"]').map((f) => f.getAttribute('data-kind'));
    expect(kinds).toEqual(check(signature).map((f) => f.kind));
    expect(kinds).toContain('link');
  });

  it('starts from what is stored', async () => {
    const stored: Settings = { ...SETTINGS_DEFAULTS, signature: 'Sam', replyLanguages: ['fr'], retentionDays: 14 };
    const root = await openOptions(stored);
    expect(root.querySelector<HTMLTextAreaElement>('#signature')!.value).toBe('Sam');
    expect(all(root, '[data-testid="reply-languages"] li').map((li) => li.getAttribute('data-lang'))).toEqual(['fr']);
    expect(root.querySelector<HTMLInputElement>('#retention')!.value).toBe('14');
  });
});

describe('forget everything', () => {
  it('asks for confirmation first; Cancel and Escape send nothing', async () => {
    const root = await openOptions();
    const button = root.querySelector<HTMLElement>('[data-testid="forget-everything"]')!;
    await click(button);
    const dialog = root.querySelector('[role="alertdialog"]');
    expect(dialog).not.toBeNull();
    expect(dialog!.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(browser.runtime.sendMessage).not.toHaveBeenCalled();

    await click(byText(dialog!, 'button', 'Cancel'));
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(button);

    await click(button);
    root.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(browser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('sends forget-everything once confirmed and says it is done', async () => {
    const root = await openOptions();
    await click(root.querySelector('[data-testid="forget-everything"]'));
    await click(byText(root.querySelector('[role="alertdialog"]')!, 'button', 'Forget everything'));
    expect(browser.runtime.sendMessage).toHaveBeenCalledTimes(1);
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'forget-everything' });
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(text(root.querySelector('.options__danger [role="status"]'))).toBe('Everything is forgotten.');
  });

  it('says so when the background does not confirm', async () => {
    answer(() => undefined);
    const root = await openOptions();
    await click(root.querySelector('[data-testid="forget-everything"]'));
    await click(byText(root.querySelector('[role="alertdialog"]')!, 'button', 'Forget everything'));
    expect(text(root.querySelector('.options__danger [role="status"]'))).toBe('Could not delete the data. Try again.');
  });
});
