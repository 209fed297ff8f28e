// "What changed": Amazon's rule changes of the last twelve months in plain words, each with how sure our sources
// are and the open orders in memory it affects right now, so a seller trained on the old rules sees what to redo.
import { useEffect, useState } from 'preact/hooks';
import type { WhatChangedItem } from '../messaging.ts';
import { POLICY_SOURCES } from '../rules/policy-sources.ts';
import { useI18n, type MessageKey } from '../ui/i18n.ts';
import { countdown, localDate, localDateTime, marketplaceTimeZone } from '../ui/dates.ts';

/** Where the changes come from: the background in the extension, a stand-in in tests. Null: no usable answer. */
export type ChangesLoader = () => Promise<WhatChangedItem[] | null>;

/** The translated headline of each dated rule; a rule without one shows its English summary only. */
const TITLE: Partial<Record<string, MessageKey>> = {
  'US-REFUND-4D': 'change_us_refund_sooner',
  'US-SAFET-AUTOREFUND': 'change_us_safet_autorefund',
  'US-SAFET-30D': 'change_us_safet_window',
  'US-APRL-ALL': 'change_us_prepaid_labels',
  'US-HOLIDAY-RET-2025': 'change_us_holiday_returns',
};

const CONFIDENCE: Record<WhatChangedItem['confidence'], MessageKey> = {
  'amazon-page': 'whatchanged_confidence_amazon_page',
  reported: 'whatchanged_confidence_reported',
  'single-source': 'whatchanged_confidence_single_source',
};

type Load = { state: 'loading' } | { state: 'error' } | { state: 'ready'; items: WhatChangedItem[] };

/** `now`: the instant the page shows deadlines against (the fixed clock when set), so a passed one reads as passed. */
export function WhatChanged({ load: loader, now }: { load: ChangesLoader; now: Date }) {
  const { t, tn, locale } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // The date in its zone and how far it is from the page's `now`, as the popup shows a deadline.
  const soonest = (iso: string, zone: string | undefined) => {
    const at = new Date(iso);
    const left = countdown(at, now, locale, { future: (d) => t('time_in', d), past: (d) => t('time_overdue_by', d) });
    return `${localDateTime(at, locale, zone)} — ${left}`;
  };
  useEffect(() => {
    let live = true;
    loader().then(
      (items) => { if (live) setLoad(items ? { state: 'ready', items } : { state: 'error' }); },
      () => { if (live) setLoad({ state: 'error' }); },
    );
    return () => { live = false; };
  }, [loader]);

  return (
    <section class="options__section what-changed" aria-labelledby="what-changed-heading" data-testid="what-changed">
      <h2 id="what-changed-heading" class="options__label">{t('whatchanged_heading')}</h2>
      <p class="options__help">{t('whatchanged_help')}</p>
      {load.state === 'loading' && <p role="status">{t('loading')}</p>}
      {load.state === 'error' && <p class="error" data-testid="what-changed-error">{t('whatchanged_error')}</p>}
      {load.state === 'ready' && load.items.length === 0 && <p class="options__empty" data-testid="what-changed-empty">{t('whatchanged_empty')}</p>}
      {load.state === 'ready' && load.items.length > 0 && (
        <ol class="what-changed__items">
          {load.items.map((c) => {
            const title = TITLE[c.id];
            const summary = POLICY_SOURCES[c.id].summary;
            // One marketplace: its own zone, as the deadlines view shows deadlines; several: the seller's.
            const zone = marketplaceTimeZone(c.marketplaces?.length === 1 ? c.marketplaces[0]! : null);
            return (
              <li key={c.id} class="what-changed__item" data-testid="change" data-rule={c.id} data-open-orders={c.openOrders}>
                <h3 class="what-changed__title">{title ? t(title) : summary}</h3>
                {/* The rule's own wording (English, with its figures) stays beside the translated headline. */}
                {title && <p class="options__help" lang="en">{summary}</p>}
                <p class="what-changed__meta">
                  <span data-testid="change-effective">{t('whatchanged_effective', localDate(`${c.effective}T12:00:00Z`, locale, 'UTC'))}</span>
                  {' · '}
                  <span data-testid="change-marketplaces">{c.marketplaces ? t('whatchanged_marketplaces', c.marketplaces.join(', ')) : t('whatchanged_all_marketplaces')}</span>
                  {' · '}
                  <span data-testid="change-confidence" data-confidence={c.confidence}>{t(CONFIDENCE[c.confidence])}</span>
                </p>
                <p class="what-changed__affected" data-testid="change-affected">
                  {c.openOrders === 0 ? t('whatchanged_none_affected') : tn('whatchanged_affected', c.openOrders)}
                  {c.soonest && (
                    <>{' '}<time dateTime={c.soonest} data-testid="change-soonest" data-passed={Date.parse(c.soonest) <= now.getTime()}>
                      {t(Date.parse(c.soonest) <= now.getTime() ? 'whatchanged_soonest_passed' : 'whatchanged_soonest', soonest(c.soonest, zone))}
                    </time></>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
