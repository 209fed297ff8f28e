import { describe, expect, it } from 'vitest';
import { countdown, dayOf, duration as durationOf, localDateTime, marketplaceTimeZone, shortDateTime, startOfDayIso } from '../../src/ui/dates.ts';
import { loadCatalog, makeI18n, type CatalogLang } from '../../src/ui/i18n.ts';

describe('startOfDayIso', () => {
  it('is the start of that day in the marketplace time zone, daylight saving included', () => {
    expect(startOfDayIso('2026-11-19', marketplaceTimeZone('US'))).toBe('2026-11-19T00:00:00-08:00');
    expect(startOfDayIso('2026-07-01', marketplaceTimeZone('US'))).toBe('2026-07-01T00:00:00-07:00');
    expect(startOfDayIso('2026-11-19', marketplaceTimeZone('JP'))).toBe('2026-11-19T00:00:00+09:00');
    expect(startOfDayIso('2026-11-19', marketplaceTimeZone('IN'))).toBe('2026-11-19T00:00:00+05:30');
    expect(startOfDayIso('2026-11-19', marketplaceTimeZone('UK'))).toBe('2026-11-19T00:00:00+00:00');
  });

  it('refuses days that do not exist', () => {
    expect(startOfDayIso('2026-02-30', 'UTC')).toBeNull();
    expect(startOfDayIso('19/11/2026', 'UTC')).toBeNull();
    expect(startOfDayIso('', 'UTC')).toBeNull();
  });

  it('round-trips with dayOf', () => {
    const zone = marketplaceTimeZone('AU');
    expect(dayOf(startOfDayIso('2026-11-19', zone)!, zone)).toBe('2026-11-19');
    expect(dayOf('2026-11-19T23:30:00Z', marketplaceTimeZone('JP'))).toBe('2026-11-20');
  });

  it('has no zone for an unknown marketplace', () => {
    expect(marketplaceTimeZone(null)).toBeUndefined();
    expect(marketplaceTimeZone('XX')).toBeUndefined();
  });
});

describe('countdown', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it('picks days, hours or minutes and says past deadlines are past', () => {
    expect(countdown(new Date('2026-11-27T13:00:00Z'), now, 'en')).toBe('in 3 days');
    expect(countdown(new Date('2026-11-25T20:00:00Z'), now, 'en')).toBe('in 32 hours');
    expect(countdown(new Date('2026-11-24T12:20:00Z'), now, 'en')).toBe('in 20 minutes');
    expect(countdown(new Date('2026-11-24T09:00:00Z'), now, 'en')).toBe('3 hours ago');
    expect(countdown(new Date('2026-11-27T13:00:00Z'), now, 'ja')).toBe('3 日後');
  });
});

describe('localDateTime', () => {
  // The end of the US ship-by day 2026-11-26 in Pacific time.
  const at = new Date('2026-11-27T07:59:00Z');
  it('shows a deadline in the marketplace zone and names the zone', () => {
    expect(localDateTime(at, 'en', marketplaceTimeZone('US'))).toBe('Nov 26, 2026, 11:59 PM PST');
    expect(localDateTime(at, 'en', marketplaceTimeZone('JP'))).toMatch(/^Nov 27, 2026, 4:59 PM GMT\+9$/);
  });
  it('names the zone even when none is given', () => {
    expect(localDateTime(at, 'en')).toMatch(/\b(UTC|GMT[+-]?\d*|[A-Z]{3,4})$/);
  });
});

describe('two-unit countdown in every UI language', () => {
  const now = new Date('2026-12-07T19:59:00Z');
  const words = (t: ReturnType<typeof makeI18n>['t']) => ({ future: (d: string) => t('time_in', d), past: (d: string) => t('time_overdue_by', d) });
  const at = (ms: number) => new Date(now.getTime() + ms);
  const H = 3_600_000;
  const M = 60_000;

  it('says the two largest units and drops a zero second unit', async () => {
    const { t, locale } = makeI18n('en', null, await loadCatalog('en'));
    expect(countdown(at(52 * H), now, locale, words(t))).toBe('in 2 days 4 hr');
    expect(countdown(at(-(3 * H + 20 * M)), now, locale, words(t))).toBe('overdue by 3 hr 20 min');
    expect(countdown(at(-26 * H), now, locale, words(t))).toBe('overdue by 1 day 2 hr');
    expect(countdown(at(24 * H), now, locale, words(t))).toBe('in 1 day');
    expect(countdown(at(5 * M), now, locale, words(t))).toBe('in 5 min');
    expect(countdown(at(10_000), now, locale, words(t))).toBe('in 1 min');
  });

  it('puts each unit in the plural form of the language', () => {
    // Intl puts narrow no-break spaces between number and unit in some locales.
    const duration = (ms: number, locale: string) => durationOf(ms, locale).replace(/[\u00a0\u202f]/g, ' ');
    expect(duration(25 * H, 'en')).toBe('1 day 1 hr');
    expect(duration(49 * H, 'de')).toBe('2 Tage, 1 Std.');
    expect(duration(25 * H, 'fr')).toBe('1 jour 1 h');
    expect(duration(49 * H, 'es')).toBe('2 días 1 h');
    expect(duration(49 * H, 'it')).toBe('2 giorni 1 h');
  });

  it('is worded in every catalog, never with an English word', async () => {
    for (const lang of ['de', 'fr', 'es', 'it', 'ja', 'zh'] as CatalogLang[]) {
      const { t, locale } = makeI18n(lang, null, await loadCatalog(lang));
      for (const ms of [52 * H, -(3 * H + 20 * M)]) {
        const text = countdown(at(ms), now, locale, words(t));
        expect(text, `${lang} ${ms}`).not.toMatch(/\b(by|ago|overdue|days?|hr)\b|^in \d/);
        expect(text, `${lang} ${ms}`).toMatch(ms > 0 ? /2/ : /20/);
      }
    }
  });

  it('names the zone on the short date too', () => {
    expect(shortDateTime(new Date('2026-12-10T07:59:00Z'), 'en', marketplaceTimeZone('US'))).toBe('Dec 9, 11:59 PM PST');
    expect(shortDateTime(new Date('2026-12-10T07:59:00Z'), 'ja', marketplaceTimeZone('JP'))).toMatch(/^12月10日 16:59 (JST|GMT\+9)$/);
  });
});

describe('plural messages', () => {
  it('choose the form the count takes in the language', async () => {
    const en = makeI18n('en', null, await loadCatalog('en'));
    expect(en.tn('whatchanged_affected', 1)).toBe('It affects 1 open order now.');
    expect(en.tn('whatchanged_affected', 0)).toBe('It affects 0 open orders now.');
    expect(en.tn('whatchanged_affected', 1200)).toBe('It affects 1,200 open orders now.');
    const fr = makeI18n('fr', null, await loadCatalog('fr'));
    // French takes the singular for 0 and 1.
    expect(fr.tn('whatchanged_affected', 0)).toBe('Concerne maintenant 0 commande en cours.');
    expect(fr.tn('whatchanged_affected', 2)).toBe('Concerne maintenant 2 commandes en cours.');
    const de = makeI18n('de', null, await loadCatalog('de'));
    expect(de.tn('whatchanged_affected', 1)).toBe('Betrifft jetzt 1 offene Bestellung.');
    const ja = makeI18n('ja', null, await loadCatalog('ja'));
    expect(ja.tn('whatchanged_affected', 1)).toBe('いま影響を受ける未完了の注文: 1 件。');
  });
});
