// Settings are declared once (src/schema/settings.ts): their languages come from the language registry, their
// defaults are what the normaliser makes of nothing, and a bad field falls back alone.
import { describe, expect, it } from 'vitest';
import {
  REPLY_LANGUAGES, SETTINGS_DEFAULTS, UI_LANGUAGES, normaliseLeadHours, normaliseSettings,
} from '../../src/schema/settings.ts';
import * as fromOptions from '../../src/options/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/model.ts';
import { BUYER_LANGS, UI_LANGS } from '../../src/words/langs.ts';

describe('settings', () => {
  it('offers every buyer language for replies and every UI language for the screens', () => {
    expect([...REPLY_LANGUAGES]).toEqual([...BUYER_LANGS]);
    expect([...UI_LANGUAGES]).toEqual(['auto', ...UI_LANGS]);
    for (const lang of BUYER_LANGS) expect(normaliseSettings({ replyLanguages: [lang] }).replyLanguages).toEqual([lang]);
    for (const lang of UI_LANGS) expect(normaliseSettings({ uiLanguage: lang }).uiLanguage).toBe(lang);
    expect(normaliseSettings({ uiLanguage: 'pt' }).uiLanguage).toBe('auto');
  });

  it('has one set of defaults, wherever it is imported from', () => {
    expect(SETTINGS_DEFAULTS).toEqual({
      signature: '', replyLanguages: [], uiLanguage: 'auto', reminders: { enabled: true, leadHours: [24, 4] }, retentionDays: 90,
    });
    expect(DEFAULT_SETTINGS).toBe(SETTINGS_DEFAULTS);
    expect(fromOptions.SETTINGS_DEFAULTS).toBe(SETTINGS_DEFAULTS);
    expect(normaliseSettings(null)).toEqual(SETTINGS_DEFAULTS);
  });

  it('keeps each valid field and replaces each bad one with its default', () => {
    const s = normaliseSettings({
      signature: 'x'.repeat(600), replyLanguages: ['ar', 'klingon', 'ar', 'sv', 7], uiLanguage: 'ja',
      reminders: { enabled: 'yes', leadHours: [4, 48, 4, 0, 1.5, 10_000] }, retentionDays: 366,
    });
    expect(s.signature).toHaveLength(500);
    expect(s.replyLanguages).toEqual(['ar', 'sv']);
    expect(s.uiLanguage).toBe('ja');
    expect(s.reminders).toEqual({ enabled: true, leadHours: [48, 4] });
    expect(s.retentionDays).toBe(90);
    expect(normaliseSettings({ reminders: 'soon', retentionDays: 30 })).toEqual({ ...SETTINGS_DEFAULTS, retentionDays: 30 });
  });

  it('gives fresh default lists, so editing one copy cannot change the defaults', () => {
    normaliseSettings({}).reminders.leadHours.push(1);
    expect(SETTINGS_DEFAULTS.reminders.leadHours).toEqual([24, 4]);
    expect(normaliseLeadHours('24')).toBeNull();
    expect(normaliseLeadHours([1, 2, 3, 4, 5, 6, 7])).toEqual([7, 6, 5, 4, 3, 2]);
  });
});
