// The analysis of one Seller Central tab: the order, facts to confirm, the advice, the reply wording and what the
// checker found in the draft already typed into the page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ShownTab as TabState } from '../../messaging.ts';
import type { Advice, ConfirmedFacts } from '../../model.ts';
import type { Settings } from '../../options/settings.ts';
import { useI18n } from '../../ui/i18n.ts';
import { factsElsewhere, factsToAsk } from '../facts-to-ask.ts';
import { OrderCard } from './OrderCard.tsx';
import { FactsPanel } from './FactsPanel.tsx';
import { AdviceList } from './AdviceList.tsx';
import { CompactList } from './CompactList.tsx';
import { ReplyEditor } from './ReplyEditor.tsx';
import { Findings } from '../../ui/Findings.tsx';
import { EmptyState, NotUnderstood } from './EmptyState.tsx';
import { UnreadNotice, unreadOf } from './UnreadNotice.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { BuyerAsks } from './BuyerAsks.tsx';
import { AppealClosedNotice } from './AppealWindow.tsx';
import { hasEvidence, isClosedAppeal } from '../evidence-loader.ts';

const ALL = '';

interface Props {
  tab: TabState;
  now: Date;
  settings: Settings;
  busy: boolean;
  confirmError: boolean;
  onConfirm: (orderId: string, facts: ConfirmedFacts) => void;
  onRefresh: () => void;
}

export function PageView({ tab, now, settings, busy, confirmError, onConfirm, onRefresh }: Props) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<string>(ALL);
  const cases = tab.cases;
  const selectedId = cases.length === 1 ? cases[0]!.orderId : cases.some((c) => c.orderId === picked) ? picked : ALL;
  const selected = cases.find((c) => c.orderId === selectedId) ?? null;
  const advice = useMemo(
    () => (selected ? tab.advice.filter((a) => a.orderId === selected.orderId || a.orderId === null) : tab.advice),
    [tab.advice, selected],
  );
  const firstReply = advice.findIndex((a) => a.reply);
  // The reply the seller chose, by what it is (order + action), so a refreshed tab state — after an insert, a
  // confirmed fact — keeps it on screen; choosing another order starts again from its most urgent reply.
  const [chosenReply, setChosenReply] = useState<string | null>(null);
  useEffect(() => setChosenReply(null), [selectedId]);
  const chosenIndex = chosenReply === null ? -1 : advice.findIndex((a) => adviceKey(a) === chosenReply && a.reply);
  // Many orders at once: no reply is put in front of the seller until they pick one (a row's reply button).
  const compact = !selected && cases.length > 1;
  const shownReply = chosenIndex >= 0 ? chosenIndex : firstReply >= 0 && !compact ? firstReply : null;
  const setReplyIndex = (i: number) => { const a = advice[i]; if (a) setChosenReply(adviceKey(a)); };
  const replyAdvice = shownReply !== null ? advice[shownReply] : undefined;

  const reading = tab.reading;
  if (!reading) {
    return (
      <EmptyState testid="not-read" title={t('not_read_title')}>
        <p>{t('not_read_body')}</p>
        <button type="button" class="button" onClick={onRefresh}>{t('refresh')}</button>
      </EmptyState>
    );
  }
  const understood = reading.kind !== 'unknown' && (cases.length > 0 || tab.advice.length > 0);
  const missing = reading.missing;
  const missingDetails = missing.length > 0 && (
    <details class="missing">
      <summary>{t('missing_summary', missing.length)}</summary>
      <p>{t('missing_explain')}</p>
      <ul>{missing.map((m) => <li key={m}><code>{m}</code></li>)}</ul>
    </details>
  );
  const marketplaceOf = (orderId: string | null) =>
    cases.find((c) => c.orderId === orderId)?.marketplace ?? reading.marketplace;
  const replyCount = advice.filter((a) => a.reply).length;
  const caseOf = (orderId: string | null) => cases.find((c) => c.orderId === orderId) ?? null;
  // On a claim page the answer to Amazon is the task at hand: its evidence comes before any buyer reply.
  const claimPage = reading.kind === 'claim' || reading.kind === 'claim-list';
  const replyEditor = replyAdvice && hasReply(replyAdvice) && (
    // Keyed by advice: switching to another advice's wording starts a fresh editor, never one frame of the old text.
    <ReplyEditor key={adviceKey(replyAdvice)} advice={replyAdvice} c={caseOf(replyAdvice.orderId) ?? selected}
      settings={settings} tabId={tab.tabId} onInserted={onRefresh} now={now} />
  );

  return (
    <>
      {tab.warnings.length > 0 && (
        <section class="draft-warnings" aria-labelledby="draft-heading">
          <h2 id="draft-heading" class="section-heading">{t('draft_heading')}</h2>
          <p>{t('draft_explain')}</p>
          <Findings findings={tab.warnings} />
        </section>
      )}
      <UnreadNotice missing={missing} />
      {!understood && unreadOf(missing).length > 0 && missingDetails}
      {!understood && unreadOf(missing).length === 0 && (
        <NotUnderstood kindUnknown={reading.kind === 'unknown'}>
          <p data-testid="missing-count">{t('missing_count', missing.length)}</p>
          {missingDetails}
        </NotUnderstood>
      )}
      {cases.length > 1 && (
        <div class="order-picker">
          <label for="order-picker">{t('order_picker')}</label>
          <select id="order-picker" value={selectedId} onChange={(e) => setPicked(e.currentTarget.value)}>
            <option value={ALL}>{t('order_picker_all', cases.length)}</option>
            {cases.map((c) => <option key={c.orderId} value={c.orderId}>{c.orderId}</option>)}
          </select>
        </div>
      )}
      {selected && <OrderCard c={selected} />}
      {understood && missingDetails}
      {selected && (
        <FactsPanel c={selected} ask={factsToAsk(selected, tab.advice)} elsewhere={factsElsewhere(selected, tab.advice)} busy={busy}
          onConfirm={(facts) => onConfirm(selected.orderId, facts)} />
      )}
      {confirmError && <p class="error" role="alert">{t('confirm_failed')}</p>}
      <BuyerAsks cases={selected ? [selected] : cases} tabId={tab.tabId} onChanged={onRefresh} />
      {understood && advice.length === 0 && unreadOf(missing).length === 0 && (
        <EmptyState testid="nothing-to-do" title={t('nothing_title')}><p>{t('nothing_body')}</p></EmptyState>
      )}
      {advice.length > 0 && compact && (
        <CompactList advice={advice} now={now} marketplaceOf={marketplaceOf} onSelectOrder={setPicked}
          replyIndex={shownReply} onShowReply={replyCount > 0 ? setReplyIndex : null} />
      )}
      {advice.length > 0 && !compact && (
        <AdviceList advice={advice} now={now} marketplaceOf={marketplaceOf} onSelectOrder={selected ? null : setPicked}
          replyIndex={replyCount > 1 ? shownReply : null} onShowReply={replyCount > 1 ? setReplyIndex : null} />
      )}
      {!claimPage && replyEditor}
      {advice.map((a, i) => {
        const key = `${a.orderId ?? ''}-${a.action}-${i}`;
        if (hasEvidence(a)) {
          return <EvidencePanel key={key} idBase={`evidence-${i}`} advice={a} c={caseOf(a.orderId)} now={now}
            marketplace={marketplaceOf(a.orderId)} tabId={tab.tabId} onClaimPage={claimPage} />;
        }
        return isClosedAppeal(a) ? <AppealClosedNotice key={key} title={a.title} marketplace={marketplaceOf(a.orderId)} /> : null;
      })}
      {claimPage && replyEditor}
    </>
  );
}

function adviceKey(a: Advice): string {
  return `${a.orderId ?? ''}|${a.action}`;
}

function hasReply(a: Advice): a is Advice & { reply: NonNullable<Advice['reply']> } {
  return a.reply !== null;
}
