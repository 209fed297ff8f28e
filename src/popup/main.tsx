/// <reference types="vite/client" />
// Popup entry: read the settings (UI language, signature) and which tab to show, then render.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings, SETTINGS_DEFAULTS, type Settings } from '../options/settings.ts';
import { I18nContext, i18nFor } from './i18n.ts';
import { App } from './App.tsx';
import { tabFromSearch } from './tab-param.ts';
import './popup.css';

async function start(): Promise<void> {
  let settings: Settings;
  try {
    settings = await loadSettings(browser.storage.local);
  } catch {
    settings = SETTINGS_DEFAULTS;
  }
  const i18n = await i18nFor(settings.uiLanguage, browser.i18n);
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t('app_name');
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <I18nContext.Provider value={i18n}>
      <App tabId={tabFromSearch(location.search)} settings={settings} />
    </I18nContext.Provider>,
    root,
  );
}

void start();
