// The seller's settings: the schema, the defaults and the normaliser, in one place. Storage may hold anything
// (an older version, a hand edit), so every field falls back to its default on its own rather than the whole
// record being thrown away. Languages come from the one language registry (src/words/langs.ts).
import * as v from 'valibot';
import type { Lang } from '../model.ts';
import { BUYER_LANGS, UI_LANGS, type BuyerLang } from '../words/langs.ts';

/** The options page's language choices: follow the browser, or one of the UI languages. */
export const UI_LANGUAGES = ['auto', ...UI_LANGS] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Languages a reply may be asked for, in the picker's order: every buyer language. */
export const REPLY_LANGUAGES = BUYER_LANGS;
export type ReplyLanguage = BuyerLang;

export const SIGNATURE_MAX = 500;
export const LEAD_HOURS_MAX = 24 * 14;
export const LEAD_HOURS_COUNT = 6;
export const RETENTION_MIN = 1;
export const RETENTION_MAX = 365;

const DEFAULT_LEAD_HOURS = [24, 4];

const isIn = <T extends string>(values: readonly T[]) => (x: unknown): x is T => (values as readonly unknown[]).includes(x);

/** Whole hours in 1..LEAD_HOURS_MAX, no repeats, largest first (the order reminders fire in). */
const LeadHoursSchema = v.pipe(
  v.array(v.unknown()),
  v.transform((raw) => [...new Set(raw.filter((h): h is number => typeof h === 'number' && Number.isInteger(h) && h >= 1 && h <= LEAD_HOURS_MAX))]
    .sort((a, b) => b - a).slice(0, LEAD_HOURS_COUNT)),
);

export const SettingsSchema = v.object({
  signature: v.fallback(v.pipe(v.string(), v.transform((s) => s.slice(0, SIGNATURE_MAX))), ''),
  /** Preferred reply languages, first wins when the buyer's is unknown. Unknown codes are dropped, not the list. */
  replyLanguages: v.fallback(v.pipe(v.array(v.unknown()), v.transform((raw): Lang[] => [...new Set(raw.filter(isIn(REPLY_LANGUAGES)))])), []),
  uiLanguage: v.fallback(v.picklist(UI_LANGUAGES), 'auto'),
  reminders: v.fallback(v.object({
    enabled: v.fallback(v.boolean(), true),
    /** Hours before a deadline at which to remind, largest first. */
    leadHours: v.fallback(LeadHoursSchema, () => [...DEFAULT_LEAD_HOURS]),
  }), () => ({ enabled: true, leadHours: [...DEFAULT_LEAD_HOURS] })),
  /** Remembered orders not seen for this many days are forgotten. */
  retentionDays: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(RETENTION_MIN), v.maxValue(RETENTION_MAX)), 90),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type ReminderSettings = Settings['reminders'];
/** What the reply wording needs of the settings. */
export type SellerSettings = Pick<Settings, 'signature' | 'replyLanguages'>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Any stored value as settings: each field valid or its default. Never throws. */
export function normaliseSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, isRecord(raw) ? raw : {});
}

export const SETTINGS_DEFAULTS: Settings = /* @__PURE__ */ normaliseSettings({});

/** Whole hours in 1..LEAD_HOURS_MAX, no repeats, largest first; null when `raw` is not a list at all. */
export function normaliseLeadHours(raw: unknown): number[] | null {
  const r = v.safeParse(LeadHoursSchema, raw);
  return r.success ? r.output : null;
}
