// What both extension pages (popup, options) do before rendering: read the settings — falling back to the
// defaults if storage cannot be read — and set up the UI language, the page's lang and its title.
import browser from 'webextension-polyfill';
import { loadSettings, SETTINGS_DEFAULTS, type Settings } from '../options/settings.ts';
import { i18nFor, type MessageKey } from './i18n.ts';

export async function bootPage(titleKey: MessageKey): Promise<{ settings: Settings; i18n: Awaited<ReturnType<typeof i18nFor>>; root: HTMLElement | null }> {
  let settings: Settings;
  try {
    settings = await loadSettings(browser.storage.local);
  } catch {
    settings = SETTINGS_DEFAULTS;
  }
  const i18n = await i18nFor(settings.uiLanguage, browser.i18n);
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t(titleKey);
  return { settings, i18n, root: document.getElementById('app') };
}
