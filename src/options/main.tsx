/// <reference types="vite/client" />
// Options entry: read the stored settings, then render the form.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings, SETTINGS_DEFAULTS, type Settings } from './settings.ts';
import { OptionsApp } from './OptionsApp.tsx';
import { i18nFor } from '../popup/i18n.ts';
import './options.css';

async function start(): Promise<void> {
  let settings: Settings;
  try {
    settings = await loadSettings(browser.storage.local);
  } catch {
    settings = SETTINGS_DEFAULTS;
  }
  const i18n = await i18nFor(settings.uiLanguage, browser.i18n);
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t('options_title');
  const root = document.getElementById('app');
  if (!root) return;
  render(<OptionsApp initial={settings} storage={browser.storage.local} browserI18n={browser.i18n} i18n={i18n} />, root);
}

void start();
