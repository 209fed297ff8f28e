// Settings read back from storage are always a whole, valid Settings, whatever storage held.
import { describe, expect, it } from 'vitest';
import { SETTINGS_DEFAULTS, SETTINGS_KEY, loadSettings, normaliseSettings, saveSettings } from '../../src/options/settings.ts';
import { parseLeadHours } from '../../src/options/lead-hours-input.ts';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    get: (key?: string | string[] | Record<string, unknown> | null) =>
      Promise.resolve(typeof key === 'string' && key in data ? { [key]: data[key] } : {}),
    set: (items: Record<string, unknown>) => { Object.assign(data, items); return Promise.resolve(); },
  };
}

describe('normaliseSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(normaliseSettings(undefined)).toEqual(SETTINGS_DEFAULTS);
    expect(normaliseSettings('settings')).toEqual(SETTINGS_DEFAULTS);
    expect(normaliseSettings([1, 2])).toEqual(SETTINGS_DEFAULTS);
    expect(SETTINGS_DEFAULTS).toEqual({
      signature: '', replyLanguages: [], uiLanguage: 'auto', reminders: { enabled: true, leadHours: [24, 4] }, retentionDays: 90,
    });
  });

  it('keeps valid fields and replaces invalid ones one by one', () => {
    expect(normaliseSettings({
      signature: 'x'.repeat(600), replyLanguages: ['de', 'xx', 'de', 7, 'ja'], uiLanguage: 'xx',
      reminders: { enabled: false, leadHours: [4, 4, 0, 2.5, 24, 1000] }, retentionDays: 0,
    })).toEqual({
      signature: 'x'.repeat(500), replyLanguages: ['de', 'ja'], uiLanguage: 'auto',
      reminders: { enabled: false, leadHours: [24, 4] }, retentionDays: 90,
    });
    expect(normaliseSettings({ uiLanguage: 'zh', retentionDays: 365, reminders: { leadHours: 'soon' } })).toMatchObject({
      uiLanguage: 'zh', retentionDays: 365, reminders: { enabled: true, leadHours: [24, 4] },
    });
  });
});

describe('storage', () => {
  it('saves under "settings" and reads the same back', async () => {
    const area = memoryArea();
    const saved = await saveSettings(area, { ...SETTINGS_DEFAULTS, signature: 'Sam', replyLanguages: ['it'] });
    expect(area.data[SETTINGS_KEY]).toEqual(saved);
    expect(await loadSettings(area)).toEqual(saved);
    expect(saved.signature).toBe('Sam');
  });

  it('reads defaults when storage holds a broken value', async () => {
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: 42 }))).toEqual(SETTINGS_DEFAULTS);
  });
});

describe('parseLeadHours', () => {
  it('reads whole hours separated by commas or spaces, largest first, no repeats', () => {
    expect(parseLeadHours('24, 4')).toEqual([24, 4]);
    expect(parseLeadHours(' 2 48，2 ')).toEqual([48, 2]);
    expect(parseLeadHours('')).toEqual([]);
  });

  it('refuses anything else', () => {
    expect(parseLeadHours('24, soon')).toBeNull();
    expect(parseLeadHours('0')).toBeNull();
    expect(parseLeadHours('1.5')).toBeNull();
    expect(parseLeadHours('337')).toBeNull();
  });
});
