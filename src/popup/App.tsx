// The popup: this tab's analysis or every remembered deadline, plus the tools around them.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ShownTab, TabState } from '../messaging.ts';
import type { ConfirmedFacts } from '../model.ts';
import type { Settings } from '../options/settings.ts';
import { useI18n } from '../ui/i18n.ts';
import { confirmFacts, getTabState, openOptions, savePageSnapshot } from '../ui/api.ts';
import { completeTabState } from './complete-state.ts';
import { PageView } from './components/PageView.tsx';
import { DeadlinesView } from './components/DeadlinesView.tsx';
import { EmptyState } from './components/EmptyState.tsx';
import { ClockBanner } from '../ui/ClockBanner.tsx';
import { wallClock } from '../clock.ts';
import { offerDownload } from './download.ts';

export interface AppProps {
  /** From popup.html?tab=<id>; null means the active tab of the current window. */
  tabId: number | null;
  settings: Settings;
  clock?: () => Date;
  /** Set when the clock is fixed by `clockOverride`: the popup says so. */
  clockFixedAt?: Date | null;
  /** The tab's state, already asked for while the popup chose its language: the first load uses it, once. */
  firstState?: Promise<TabState | null>;
}

type Load = { state: 'loading' } | { state: 'error' } | { state: 'ready'; tab: ShownTab | null };
type View = 'page' | 'deadlines';
const VIEWS: View[] = ['page', 'deadlines'];
const systemClock = wallClock.now;

/** When the background analysed the tab (so a rerun in another language decides exactly as it did). */
function analysisTime(tab: Pick<TabState, 'analyzedAt'> | null, clock: () => Date): Date {
  const at = tab?.analyzedAt ? Date.parse(tab.analyzedAt) : NaN;
  return Number.isNaN(at) ? clock() : new Date(at);
}

export function App({ tabId, settings, clock = systemClock, clockFixedAt = null, firstState }: AppProps) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<View>('page');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState(false);
  const [snapshot, setSnapshot] = useState<'saved' | 'failed' | null>(null);
  const [now, setNow] = useState(clock);
  // Tests pass a new clock function on every render; the analysis must not rerun for that.
  const clockRef = useRef(clock);
  clockRef.current = clock;
  const tabRefs = useRef<Record<View, HTMLButtonElement | null>>({ page: null, deadlines: null });
  const prefetched = useRef(firstState);

  // Countdowns stay true while the popup stays open.
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), 30_000);
    return () => clearInterval(timer);
  }, [clock]);

  const refresh = useCallback(async () => {
    try {
      const pending = prefetched.current;
      prefetched.current = undefined;
      const state = await (pending ?? getTabState(tabId));
      setLoad({ state: 'ready', tab: state && await completeTabState(state, settings, lang, analysisTime(state, clockRef.current)) });
    } catch {
      setLoad({ state: 'error' });
    }
  }, [tabId, settings, lang]);
  useEffect(() => { void refresh(); }, [refresh]);

  const tab = load.state === 'ready' ? load.tab : null;

  const onConfirm = async (orderId: string, facts: ConfirmedFacts) => {
    if (!tab) return;
    setBusy(true);
    setConfirmError(false);
    try {
      const next = await confirmFacts(orderId, facts, tab.tabId);
      if (next) setLoad({ state: 'ready', tab: await completeTabState(next, settings, lang, analysisTime(next, clockRef.current)) }); else setConfirmError(true);
    } catch {
      setConfirmError(true);
    } finally {
      setBusy(false);
    }
  };

  const onSnapshot = async () => {
    if (!tab) return;
    const result = await savePageSnapshot(tab.tabId);
    if (!result.ok) { setSnapshot('failed'); return; }
    try {
      offerDownload(document, result.snapshot.filename, result.snapshot.html, 'text/html');
      setSnapshot('saved');
    } catch {
      setSnapshot('failed');
    }
  };

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const i = VIEWS.indexOf(view);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1
      : (i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length;
    const v = VIEWS[next]!;
    setView(v);
    tabRefs.current[v]?.focus();
  };

  const viewLabel: Record<View, string> = { page: t('view_page'), deadlines: t('view_deadlines') };

  const pagePanel = () => {
    if (load.state === 'loading') return <p class="loading" role="status">{t('loading')}</p>;
    if (load.state === 'error') {
      return (
        <EmptyState testid="error" title={t('error_title')}>
          <p>{t('error_background')}</p>
          <button type="button" class="button" onClick={() => void refresh()}>{t('refresh')}</button>
        </EmptyState>
      );
    }
    if (!tab) {
      return <EmptyState testid="not-seller-central" title={t('not_sc_title')}><p>{t('not_sc_body')}</p></EmptyState>;
    }
    return <PageView tab={tab} now={now} settings={settings} busy={busy} confirmError={confirmError}
      onConfirm={(id, facts) => void onConfirm(id, facts)} onRefresh={() => void refresh()} />;
  };

  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="popup__title">{t('app_name')}</h1>
        <div role="tablist" aria-label={t('views_label')} class="tabs" onKeyDown={onTabKey}>
          {VIEWS.map((v) => (
            <button key={v} type="button" role="tab" id={`tab-${v}`} aria-controls={`panel-${v}`}
              aria-selected={view === v} tabIndex={view === v ? 0 : -1} class="tabs__tab"
              ref={(el) => { tabRefs.current[v] = el; }} onClick={() => setView(v)}>
              {viewLabel[v]}
            </button>
          ))}
        </div>
        <button type="button" class="button button--small button--quiet" onClick={() => void openOptions()}>{t('open_options')}</button>
      </header>
      <ClockBanner fixedAt={clockFixedAt} />
      <main class="popup__main">
        <div role="tabpanel" id="panel-page" aria-labelledby="tab-page" class="popup__panel" hidden={view !== 'page'}>
          {pagePanel()}
        </div>
        <div role="tabpanel" id="panel-deadlines" aria-labelledby="tab-deadlines" class="popup__panel" hidden={view !== 'deadlines'}>
          {view === 'deadlines' && <DeadlinesView now={now} />}
        </div>
      </main>
      {tab && (
        <footer class="popup__footer">
          <button type="button" class="button button--small button--quiet" onClick={() => void onSnapshot()}>{t('snapshot')}</button>
          <span role="status" aria-live="polite" class={snapshot === 'failed' ? 'footer__status footer__status--error' : 'footer__status'}>
            {snapshot === 'saved' ? t('snapshot_saved') : snapshot === 'failed' ? t('snapshot_failed') : ''}
          </span>
        </footer>
      )}
    </div>
  );
}
