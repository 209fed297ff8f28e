/// <reference types="vite/client" />
// Options entry: read the stored settings, then render the form.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { bootPage } from '../ui/boot.ts';
import { OptionsApp } from './OptionsApp.tsx';
import { getWhatChanged } from './what-changed-api.ts';
import { readClock } from '../clock.ts';
import './options.css';

async function start(): Promise<void> {
  const [{ settings, i18n, root }, clock] = await Promise.all([bootPage('options_title'), readClock(browser.storage.local)]);
  if (!root) return;
  render(<OptionsApp initial={settings} storage={browser.storage.local} browserI18n={browser.i18n} i18n={i18n}
    clockFixedAt={clock.fixedAt} loadChanges={getWhatChanged} />, root);
}

void start();
