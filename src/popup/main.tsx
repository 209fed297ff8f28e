/// <reference types="vite/client" />
// Popup entry: read the settings (UI language, signature) and which tab to show, then render.
import { render } from 'preact';
import { bootPage } from '../options/boot.ts';
import { I18nContext } from './i18n.ts';
import { App } from './App.tsx';
import { tabFromSearch } from './tab-param.ts';
import browser from 'webextension-polyfill';
import { readClock } from '../clock.ts';
import './popup.css';

async function start(): Promise<void> {
  const [{ settings, i18n, root }, clock] = await Promise.all([bootPage('app_name'), readClock(browser.storage.local)]);
  if (!root) return;
  render(
    <I18nContext.Provider value={i18n}>
      <App tabId={tabFromSearch(location.search)} settings={settings} clock={clock.now} clockFixedAt={clock.fixedAt} />
    </I18nContext.Provider>,
    root,
  );
}

void start();
