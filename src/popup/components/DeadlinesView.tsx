// Every open deadline the extension remembers, soonest first, each opening its order in Seller Central.
import { useEffect, useState } from 'preact/hooks';
import type { DeadlineItem } from '../../messaging.ts';
import { useI18n } from '../../ui/i18n.ts';
import { loadAdviceLanguage } from '../../words/advice/load.ts';
import { wordText } from '../../words/advice/word.ts';
import { getDeadlines, openTab } from '../../ui/api.ts';
import { orderPageUrl } from '../seller-central-urls.ts';
import { Deadline } from './Deadline.tsx';
import { marketplaceTimeZone } from '../../ui/dates.ts';
import { EmptyState } from './EmptyState.tsx';

type Shown = Omit<DeadlineItem, 'title'> & { title: string };
type Load = { state: 'loading' } | { state: 'error' } | { state: 'ready'; items: Shown[] };

export function DeadlinesView({ now }: { now: Date }) {
  const { t, lang } = useI18n();
  const titleOf = (d: Shown) => d.title;
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    // The background decides in no language; the titles are worded here, in the popup's.
    Promise.all([getDeadlines(), loadAdviceLanguage(lang)]).then(
      ([items, words]) => {
        if (live) setLoad({ state: 'ready', items: items.map((d) => ({ ...d, title: wordText(d.title, words) })).sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline)) });
      },
      () => { if (live) setLoad({ state: 'error' }); },
    );
    return () => { live = false; };
  }, [lang]);

  if (load.state === 'loading') return <p class="loading" role="status">{t('loading')}</p>;
  if (load.state === 'error') return <EmptyState testid="deadlines-error" title={t('error_title')}><p>{t('error_background')}</p></EmptyState>;
  if (load.items.length === 0) {
    return <EmptyState testid="no-deadlines" title={t('deadlines_empty_title')}><p>{t('deadlines_empty')}</p></EmptyState>;
  }
  return (
    <section class="deadlines" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading" class="section-heading">{t('deadlines_heading')}</h2>
      <ol class="deadlines__items">
        {load.items.map((d) => {
          const url = orderPageUrl(d.orderId, d.marketplace);
          return (
            <li key={`${d.orderId}-${d.action}-${d.deadline}`} class={`deadline-item deadline-item--${d.severity}`}
              data-testid="deadline-item" data-action={d.action}>
              <a href={url} class="deadline-item__order" onClick={(e) => { e.preventDefault(); void openTab(url); }}>
                {d.orderId}
              </a>
              {d.marketplace && <span class="deadline-item__mp"> · {d.marketplace}</span>}
              <p class="deadline-item__title">{titleOf(d)}</p>
              <Deadline iso={d.deadline} now={now} timeZone={marketplaceTimeZone(d.marketplace)} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
