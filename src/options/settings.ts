// The seller's settings: what the options page edits and the popup and background read. Stored in
// storage.local under one key. Storage may hold anything (an older version, a hand edit), so every read is
// normalised field by field and falls back to the default rather than trusting the shape.
import type browser from 'webextension-polyfill';
import type { Lang, SellerSettings } from '../model.ts';

export const SETTINGS_KEY = 'settings';

export const UI_LANGUAGES = ['auto', 'en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Languages the reply wording is offered in, in the picker's order. */
export const REPLY_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const satisfies readonly Lang[];
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export interface ReminderSettings {
  enabled: boolean;
  /** Hours before a deadline at which to remind, largest first. */
  leadHours: number[];
}

export interface Settings extends SellerSettings {
  uiLanguage: UiLanguage;
  reminders: ReminderSettings;
  /** Remembered orders not seen for this many days are forgotten. */
  retentionDays: number;
}

export const SIGNATURE_MAX = 500;
export const LEAD_HOURS_MAX = 24 * 14;
export const RETENTION_MIN = 1;
export const RETENTION_MAX = 365;

export const SETTINGS_DEFAULTS: Settings = {
  signature: '',
  replyLanguages: [],
  uiLanguage: 'auto',
  reminders: { enabled: true, leadHours: [24, 4] },
  retentionDays: 90,
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whole hours in 1..LEAD_HOURS_MAX, no repeats, largest first (the order reminders fire in). */
export function normaliseLeadHours(raw: unknown): number[] | null {
  if (!Array.isArray(raw)) return null;
  const hours = raw.filter((h): h is number => typeof h === 'number' && Number.isInteger(h) && h >= 1 && h <= LEAD_HOURS_MAX);
  return [...new Set(hours)].sort((a, b) => b - a).slice(0, 6);
}

export function normaliseSettings(raw: unknown): Settings {
  const s = isRecord(raw) ? raw : {};
  const reminders = isRecord(s.reminders) ? s.reminders : {};
  const langs = Array.isArray(s.replyLanguages)
    ? s.replyLanguages.filter((l): l is ReplyLanguage => (REPLY_LANGUAGES as readonly unknown[]).includes(l))
    : [];
  const retention = s.retentionDays;
  return {
    signature: typeof s.signature === 'string' ? s.signature.slice(0, SIGNATURE_MAX) : SETTINGS_DEFAULTS.signature,
    replyLanguages: [...new Set(langs)],
    uiLanguage: (UI_LANGUAGES as readonly unknown[]).includes(s.uiLanguage) ? (s.uiLanguage as UiLanguage) : SETTINGS_DEFAULTS.uiLanguage,
    reminders: {
      enabled: typeof reminders.enabled === 'boolean' ? reminders.enabled : SETTINGS_DEFAULTS.reminders.enabled,
      leadHours: normaliseLeadHours(reminders.leadHours) ?? SETTINGS_DEFAULTS.reminders.leadHours,
    },
    retentionDays: typeof retention === 'number' && Number.isInteger(retention) && retention >= RETENTION_MIN && retention <= RETENTION_MAX
      ? retention : SETTINGS_DEFAULTS.retentionDays,
  };
}

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
