// Where the seller's settings live: one key of storage.local. What they are (schema, defaults, normaliser) is
// declared once in src/schema/settings.ts; every read and write here goes through its normaliser.
import type browser from 'webextension-polyfill';
import { normaliseSettings, type Settings } from '../schema/settings.ts';

export {
  LEAD_HOURS_MAX, REPLY_LANGUAGES, RETENTION_MAX, RETENTION_MIN, SETTINGS_DEFAULTS, SIGNATURE_MAX, UI_LANGUAGES,
  normaliseLeadHours, normaliseSettings,
  type ReminderSettings, type ReplyLanguage, type Settings, type UiLanguage,
} from '../schema/settings.ts';

export const SETTINGS_KEY = 'settings';

export type Area = Pick<browser.Storage.StorageArea, 'get' | 'set'>;

export async function loadSettings(area: Area): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return normaliseSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(area: Area, settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings);
  await area.set({ [SETTINGS_KEY]: clean });
  return clean;
}
