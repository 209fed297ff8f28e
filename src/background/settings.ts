// The seller's settings as the background needs them, read defensively: storage may hold anything.
import type browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type SellerSettings } from '../model.ts';

export interface BackgroundSettings extends SellerSettings {
  reminders: { enabled: boolean; leadHours: number[] };
  retentionDays: number;
}

export const BACKGROUND_DEFAULTS: BackgroundSettings = {
  ...DEFAULT_SETTINGS, reminders: { enabled: true, leadHours: [24, 4] }, retentionDays: 90,
};

export async function loadSettings(area: browser.Storage.StorageArea): Promise<BackgroundSettings> {
  const { settings } = (await area.get('settings')) as { settings?: Partial<BackgroundSettings> };
  const s = typeof settings === 'object' && settings !== null ? settings : {};
  const leadHours = Array.isArray(s.reminders?.leadHours) ? s.reminders.leadHours.filter((h) => typeof h === 'number' && h > 0 && h < 24 * 30) : BACKGROUND_DEFAULTS.reminders.leadHours;
  return {
    signature: typeof s.signature === 'string' ? s.signature.slice(0, 500) : '',
    replyLanguages: Array.isArray(s.replyLanguages) ? s.replyLanguages.filter((l) => typeof l === 'string').slice(0, 10) : [],
    reminders: { enabled: s.reminders?.enabled !== false, leadHours },
    retentionDays: typeof s.retentionDays === 'number' && s.retentionDays >= 1 && s.retentionDays <= 3650 ? s.retentionDays : 90,
  };
}
