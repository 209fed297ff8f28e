// A page of many orders (Manage Orders, a claims list) as one screen: one line per next action, most urgent first
// (the rules' order), each marked with how soon it is due (overdue, today, this week, later, no date) and the
// order to open for the details. Notes and reasons wait for the order's own view, so nothing repeats row by row.
import type { Advice, Marketplace } from '../../model.ts';
import { useI18n, type MessageKey } from '../../ui/i18n.ts';
import { Deadline } from './Deadline.tsx';
import { marketplaceTimeZone } from '../../ui/dates.ts';
import { urgencyOf, type Urgency } from '../urgency.ts';

const LABEL: Record<Urgency, MessageKey> = {
  overdue: 'list_overdue', today: 'list_today', week: 'list_week', later: 'list_later', undated: 'list_undated',
};

interface Props {
  advice: Advice[];
  now: Date;
  marketplaceOf: (orderId: string | null) => Marketplace | null;
  onSelectOrder: (orderId: string) => void;
  replyIndex: number | null;
  /** Null when at most one action has a reply: the editor shows it without a choice to make. */
  onShowReply: ((index: number) => void) | null;
}

export function CompactList({ advice, now, marketplaceOf, onSelectOrder, replyIndex, onShowReply }: Props) {
  const { t } = useI18n();
  return (
    <section class="compact-list" aria-labelledby="advice-heading" data-testid="compact-list">
      <h2 id="advice-heading" class="section-heading">{t('advice_heading')}</h2>
      <ol class="compact-list__items">
        {advice.map((a, i) => {
          const u = urgencyOf(a, now, marketplaceOf(a.orderId));
          return (
            <li key={`${a.orderId ?? ''}-${a.action}-${i}`} data-testid="next-action" data-action={a.action} data-urgency={u}
              class={`compact-row compact-row--${u} advice--${a.severity}`}>
              {a.orderId
                ? <button type="button" class="compact-row__order" title={t('order_show_one')} onClick={() => onSelectOrder(a.orderId!)}>{a.orderId}</button>
                : <span class="compact-row__order" />}
              <span class="compact-row__title"><span class="compact-row__when">{t(LABEL[u])}</span> {a.title}</span>
              <span class="compact-row__meta">
                {a.deadline && <Deadline iso={a.deadline} now={now} timeZone={marketplaceTimeZone(marketplaceOf(a.orderId))} />}
                {a.reply && onShowReply && (
                  <button type="button" class="compact-row__reply" aria-pressed={replyIndex === i} onClick={() => onShowReply(i)}>
                    {replyIndex === i ? t('reply_shown') : t('reply_show')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
