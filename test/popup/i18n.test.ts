// UI strings: three catalogs with the same keys and placeholders, browser.i18n's substitution rules, and the
// override that works without browser.i18n.
import { describe, expect, it, vi } from 'vitest';
import en from '../../src/public/_locales/en/messages.json';
import ja from '../../src/public/_locales/ja/messages.json';
import zh from '../../src/public/_locales/zh_CN/messages.json';
import { catalogFor, formatEntry, i18nFor, loadCatalog, makeI18n } from '../../src/popup/i18n.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogs: Record<string, Catalog> = { en, ja, zh_CN: zh };

describe('catalogs', () => {
  it('have the same keys, each with a message, and the same placeholders', () => {
    const keys = Object.keys(en).sort();
    expect(keys).toContain('extName');
    expect(keys).toContain('extDescription');
    for (const [name, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), name).toEqual(keys);
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.message.trim(), `${name}.${key}`).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}), `${name}.${key}`).toEqual(Object.keys((en as Catalog)[key]!.placeholders ?? {}));
        for (const p of Object.keys(entry.placeholders ?? {})) expect(entry.message, `${name}.${key}`).toContain(`$${p.toUpperCase()}$`);
      }
    }
  });

  it('use only keys Chrome accepts', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('hold every key the popup and options code asks for', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name)) for (const m of readFileSync(p, 'utf8').matchAll(/\bt\('([a-z0-9_]+)'/g)) used.add(m[1]!);
      }
    };
    walk('src/popup');
    walk('src/options');
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(Object.keys(en), key).toContain(key);
  });
});

describe('formatEntry', () => {
  it('fills named placeholders, direct $n and $$ like browser.i18n', () => {
    expect(formatEntry({ message: 'Move $LANG$ up', placeholders: { lang: { content: '$1' } } }, ['German'])).toBe('Move German up');
    expect(formatEntry({ message: '$1 of $2 cost $$5' }, ['one', 'two'])).toBe('one of two cost $5');
    // A value that itself looks like a placeholder is not substituted again.
    expect(formatEntry({ message: 'Rule $R$', placeholders: { r: { content: '$1' } } }, ['$1'])).toBe('Rule $1');
  });
});

describe('makeI18n and i18nFor', () => {
  it('uses browser.i18n when the language is "auto" and the chosen catalog otherwise, without browser.i18n', async () => {
    const getMessage = vi.fn((key: string, subs?: string[]) => (key === 'view_page' ? 'From the browser' : `${key}:${(subs ?? []).join()}`));
    const browserI18n = { getMessage, getUILanguage: () => 'ja-JP' };
    const auto = await i18nFor('auto', browserI18n);
    expect(auto.t('view_page')).toBe('From the browser');
    expect(auto.t('missing_count', 3)).toBe('missing_count:3');
    expect(auto.lang).toBe('ja');
    expect(auto.locale).toBe('ja');

    const chosen = await i18nFor('zh', browserI18n);
    getMessage.mockClear();
    expect(chosen.t('missing_count', 3)).toBe('页面上未找到的信息：3 项');
    expect(chosen.locale).toBe('zh-CN');
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('falls back to the catalog when browser.i18n has no answer, and shows the key as a last resort', async () => {
    const silent = { getMessage: () => '', getUILanguage: () => 'zh-CN' };
    expect(makeI18n('auto', silent, await loadCatalog('zh')).t('view_deadlines')).toBe('截止时间');
    expect((await i18nFor('auto', null)).t('view_deadlines')).toBe('Deadlines');
    expect(makeI18n('auto', silent, null).t('view_deadlines')).toBe('view_deadlines');
  });

  it('maps browser languages to catalogs', () => {
    expect(catalogFor('zh-TW')).toBe('zh');
    expect(catalogFor('ja')).toBe('ja');
    expect(catalogFor('de-DE')).toBe('en');
  });
});
