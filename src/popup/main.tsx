/// <reference types="vite/client" />
// Popup entry: read the settings (UI language, signature) and which tab to show, then render.
import { render } from 'preact';
import { bootPage } from '../ui/boot.ts';
import { I18nContext, i18nFor } from '../ui/i18n.ts';
import { App } from './App.tsx';
import { tabFromSearch } from './tab-param.ts';
import { getTabState } from '../ui/api.ts';
import type { TabState } from '../messaging.ts';
import browser from 'webextension-polyfill';
import { readClock } from '../clock.ts';
import './popup.css';

/** The Seller Central UI language the readers found on the tab; null when the tab is not read or not answering. */
async function pageLanguage(state: Promise<TabState | null>): Promise<string | null> {
  try {
    return (await state)?.reading?.uiLanguage ?? null;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const tabId = tabFromSearch(location.search);
  // Asked alongside the settings: the popup opens in the page's language instead of switching once the tab is
  // read, and the App shows this same answer rather than asking the background a second time.
  const firstState = getTabState(tabId);
  const [boot, clock, pageLang] = await Promise.all([bootPage('app_name'), readClock(browser.storage.local), pageLanguage(firstState)]);
  const { settings, root } = boot;
  if (!root) return;
  const i18n = settings.uiLanguage === 'auto' && pageLang ? await i18nFor('auto', browser.i18n, pageLang) : boot.i18n;
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t('app_name');
  render(
    <I18nContext.Provider value={i18n}>
      <App tabId={tabId} settings={settings} clock={clock.now} clockFixedAt={clock.fixedAt} firstState={firstState} />
    </I18nContext.Provider>,
    root,
  );
}

void start();
