// The advice in the order the rules engine gave it: most urgent first (CONTRACT.md §3).
import type { Advice, Marketplace } from '../../model.ts';
import { useI18n } from '../../ui/i18n.ts';
import { AdviceItem } from './AdviceItem.tsx';

interface Props {
  advice: Advice[];
  now: Date;
  marketplaceOf: (orderId: string | null) => Marketplace | null;
  onSelectOrder: ((orderId: string) => void) | null;
  replyIndex: number | null;
  /** Null when at most one advice has a reply: the editor shows it without a choice to make. */
  onShowReply: ((index: number) => void) | null;
}

export function AdviceList({ advice, now, marketplaceOf, onSelectOrder, replyIndex, onShowReply }: Props) {
  const { t } = useI18n();
  return (
    <section class="advice-list" aria-labelledby="advice-heading">
      <h2 id="advice-heading" class="section-heading">{t('advice_heading')}</h2>
      <ol class="advice-list__items">
        {advice.map((a, i) => (
          <AdviceItem
            key={`${a.orderId ?? ''}-${a.action}-${i}`}
            advice={a}
            now={now}
            marketplace={marketplaceOf(a.orderId)}
            onSelectOrder={onSelectOrder}
            replySelected={replyIndex === i}
            onShowReply={a.reply && onShowReply ? () => onShowReply(i) : null}
          />
        ))}
      </ol>
    </section>
  );
}
