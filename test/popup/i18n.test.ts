// UI strings: seven catalogs with the same keys and placeholders and nothing left in English, browser.i18n's
// substitution rules, the override that works without browser.i18n, and "auto" following the page's language.
import { describe, expect, it, vi } from 'vitest';
import en from '../../src/public/_locales/en/messages.json';
import de from '../../src/public/_locales/de/messages.json';
import fr from '../../src/public/_locales/fr/messages.json';
import es from '../../src/public/_locales/es/messages.json';
import it_ from '../../src/public/_locales/it/messages.json';
import ja from '../../src/public/_locales/ja/messages.json';
import zh from '../../src/public/_locales/zh_CN/messages.json';
import { catalogFor, catalogOf, formatEntry, i18nFor, loadCatalog, makeI18n, type CatalogLang } from '../../src/ui/i18n.ts';
import { UI_LANGUAGES } from '../../src/options/settings.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
/** Folder name under _locales -> catalog. */
const catalogs: Record<string, Catalog> = { en, de, fr, es, it: it_, ja, zh_CN: zh };
const folderOf: Record<CatalogLang, string> = { en: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', ja: 'ja', zh: 'zh_CN' };

/** Values that are the same in every language: the product's name and each language's own name for itself. */
const SAME_EVERYWHERE = /^(app_name|ui_lang_[a-z]+)$/;
/** Values a catalog keeps as in English on purpose, with the reason. */
const SAME_AS_EN: Record<string, string[]> = {
  // Amazon's programme names, kept in English in the Japanese UI; "OK" is ordinary Japanese.
  ja: ['chip_buy_shipping', 'chip_claims_protected', 'memory_notice_dismiss'],
  // The words Seller Central itself uses in that language, or the same word in both.
  de: ['chip_marketplace', 'chip_status'],
  fr: ['options_signature', 'severity_critical'],
  es: ['value_no'],
  it: ['chip_marketplace', 'value_no'],
  zh_CN: [],
};
/** Words that only English uses: one of them in another catalog is English left behind. */
const ENGLISH_WORDS = /\b(the|and|you|your|order|orders|with|not|this|before|again|buyer|claim|reply|deadline|refund|ship|could)\b/i;

describe('catalogs', () => {
  it('are exactly the catalogs under _locales, one per UI language', () => {
    expect(readdirSync('src/public/_locales').sort()).toEqual(Object.keys(catalogs).sort());
    expect(UI_LANGUAGES.filter((l) => l !== 'auto').map((l) => folderOf[l]).sort()).toEqual(Object.keys(catalogs).sort());
  });

  it('have the same keys, each with a message, and the same placeholders', () => {
    const keys = Object.keys(en).sort();
    expect(keys).toContain('extName');
    expect(keys).toContain('extDescription');
    for (const [name, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), name).toEqual(keys);
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.message.trim(), `${name}.${key}`).not.toBe('');
        const placeholders = Object.keys((en as Catalog)[key]!.placeholders ?? {});
        expect(Object.keys(entry.placeholders ?? {}), `${name}.${key}`).toEqual(placeholders);
        expect(entry.placeholders ?? {}, `${name}.${key}`).toEqual((en as Catalog)[key]!.placeholders ?? {});
        for (const p of placeholders) expect(entry.message, `${name}.${key}`).toContain(`$${p.toUpperCase()}$`);
        // Every $NAME$ in the text is a declared placeholder: a misspelt one would show up raw.
        for (const m of entry.message.matchAll(/\$([A-Za-z_]+)\$/g)) expect(placeholders, `${name}.${key}`).toContain(m[1]!.toLowerCase());
      }
    }
  });

  it('leave nothing in English where the English text is not a name', () => {
    for (const [name, catalog] of Object.entries(catalogs)) {
      if (name === 'en') continue;
      const allowed = SAME_AS_EN[name]!;
      for (const [key, entry] of Object.entries(catalog)) {
        if (SAME_EVERYWHERE.test(key)) continue;
        const english = (en as Catalog)[key]!.message;
        if (!allowed.includes(key)) expect(entry.message, `${name}.${key} is still English`).not.toBe(english);
        expect(entry.message.replace(/\$[A-Za-z_]+\$/g, ''), `${name}.${key} has English words`).not.toMatch(ENGLISH_WORDS);
      }
      // An allowance that no longer applies is stale: it would hide a future untranslated string.
      for (const key of allowed) expect(catalog[key]!.message, `${name}.${key}`).toBe((en as Catalog)[key]!.message);
    }
  });

  it('name each language in that language, the same in every catalog', () => {
    for (const l of UI_LANGUAGES) {
      const key = `ui_lang_${l}`;
      const values = new Set(Object.values(catalogs).map((c) => c[key]?.message));
      if (l === 'auto') expect(values.size).toBe(Object.keys(catalogs).length);
      else expect([...values], key).toHaveLength(1);
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

  it('load on demand, each language its own catalog', async () => {
    for (const [lang, folder] of Object.entries(folderOf) as [CatalogLang, string][]) {
      expect(await loadCatalog(lang), lang).toEqual(catalogs[folder]);
    }
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

const browserIn = (uiLanguage: string) => ({
  getMessage: vi.fn((key: string, subs?: string[]) => `browser:${key}:${(subs ?? []).join()}`),
  getUILanguage: () => uiLanguage,
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

  it('serves every chosen language from its catalog, with its placeholders filled and an Intl locale', async () => {
    const expected: Record<CatalogLang, string> = {
      en: 'Facts not found on the page: 3', de: 'Auf der Seite nicht gefundene Angaben: 3',
      fr: 'Informations introuvables sur la page\u00a0: 3', es: 'Datos no encontrados en la página: 3',
      it: 'Dati non trovati nella pagina: 3', ja: (ja as Catalog).missing_count!.message.replace('$COUNT$', '3'),
      zh: '页面上未找到的信息：3 项',
    };
    for (const lang of Object.keys(expected) as CatalogLang[]) {
      const i18n = await i18nFor(lang, browserIn('en-US'));
      expect(i18n.lang).toBe(lang);
      expect(i18n.t('missing_count', 3), lang).toBe(expected[lang]);
      expect(Intl.DateTimeFormat.supportedLocalesOf([i18n.locale]), lang).toHaveLength(1);
    }
  });

  it('falls back to the catalog when browser.i18n has no answer, and shows the key as a last resort', async () => {
    const silent = { getMessage: () => '', getUILanguage: () => 'zh-CN' };
    expect(makeI18n('auto', silent, await loadCatalog('zh')).t('view_deadlines')).toBe('截止时间');
    expect((await i18nFor('auto', null)).t('view_deadlines')).toBe('Deadlines');
    expect(makeI18n('auto', silent, null).t('view_deadlines')).toBe('view_deadlines');
  });

  it('maps language tags to catalogs', () => {
    expect(catalogFor('zh-TW')).toBe('zh');
    expect(catalogFor('ja')).toBe('ja');
    expect(catalogFor('de-DE')).toBe('de');
    expect(catalogFor('fr_CA')).toBe('fr');
    expect(catalogFor('es-MX')).toBe('es');
    expect(catalogFor('IT')).toBe('it');
    expect(catalogFor('pt-BR')).toBe('en');
    expect(catalogOf('pt-BR')).toBeNull();
    expect(catalogOf(null)).toBeNull();
    expect(catalogOf('')).toBeNull();
  });
});

describe('"auto" and the page\'s Seller Central UI language', () => {
  it('speaks the page\'s language from its catalog when the browser is in another', async () => {
    const browserI18n = browserIn('en-US');
    const i18n = await i18nFor('auto', browserI18n, 'ja');
    expect(i18n.lang).toBe('ja');
    expect(i18n.t('view_deadlines')).toBe((ja as Catalog).view_deadlines!.message);
    expect(browserI18n.getMessage).not.toHaveBeenCalled();
    const german = await i18nFor('auto', browserI18n, 'de-DE');
    expect([german.lang, german.locale, german.t('view_deadlines')]).toEqual(['de', 'de', 'Fristen']);
  });

  it('lets browser.i18n answer when the page is in the browser\'s language', async () => {
    const browserI18n = browserIn('fr-FR');
    const i18n = await i18nFor('auto', browserI18n, 'fr');
    expect(i18n.lang).toBe('fr');
    expect(i18n.t('view_deadlines')).toBe('browser:view_deadlines:');
  });

  it('falls back to the browser\'s language when the page\'s is unknown or has no catalog', async () => {
    for (const page of [null, 'pt', 'nl-NL']) {
      const i18n = await i18nFor('auto', browserIn('es-ES'), page);
      expect(i18n.lang, String(page)).toBe('es');
    }
    expect((await i18nFor('auto', null, 'pl')).t('view_deadlines')).toBe('Deadlines');
    expect((await i18nFor('auto', null, 'it')).t('view_deadlines')).toBe('Scadenze');
  });

  it('never overrides a language the seller chose', async () => {
    const i18n = await i18nFor('zh', browserIn('en-US'), 'de');
    expect(i18n.lang).toBe('zh');
    expect(i18n.t('view_deadlines')).toBe('截止时间');
  });
});
