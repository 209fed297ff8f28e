// One next action: what to do, by when, why, what not to do, the rules it rests on and where sources disagree.
import type { Advice, Marketplace } from '../../model.ts';
import { useI18n, type MessageKey } from '../../ui/i18n.ts';
import { Deadline } from './Deadline.tsx';
import { marketplaceTimeZone } from '../../ui/dates.ts';
import { RuleLinks } from './RuleLinks.tsx';
import type { WordedAdvice } from '../../words/advice/word.ts';

const SEVERITY_KEY: Record<Advice['severity'], MessageKey> = {
  critical: 'severity_critical', warning: 'severity_warning', info: 'severity_info',
};

// A note's Amazon help pages become links; other addresses stay text (the extension links to nothing outside Amazon).
const AMAZON_PAGE = /(https:\/\/(?:sellercentral|www)\.amazon\.[a-z.]+\/[^\s;；（）()]*[^\s;；（）().,，。])/u;

function NoteText({ text }: { text: string }) {
  return <>{text.split(AMAZON_PAGE).map((part, i) => (i % 2 === 1
    ? <a key={i} href={part} target="_blank" rel="noopener noreferrer">{part}</a> : part))}</>;
}

interface Props {
  advice: Advice | WordedAdvice;
  now: Date;
  marketplace: Marketplace | null;
  /** Several orders on the page: say which one this is about, and offer to show just that order. */
  onSelectOrder: ((orderId: string) => void) | null;
  /** This advice's reply wording is the one in the reply editor. */
  replySelected: boolean;
  onShowReply: (() => void) | null;
}

export function AdviceItem({ advice: a, now, marketplace, onSelectOrder, replySelected, onShowReply }: Props) {
  const { t } = useI18n();
  // Advice that rests on an unsure reading of the buyer's message says so first, before what to do.
  const doubt = 'doubt' in a ? a.doubt : undefined;
  const notes = doubt ? a.notes?.filter((n) => n !== doubt.note) : a.notes;
  return (
    <li data-testid="next-action" data-action={a.action} data-unsure={doubt ? 'true' : undefined} class={`advice advice--${a.severity}`}>
      <p class="advice__top">
        <span class="advice__severity">{t(SEVERITY_KEY[a.severity])}</span>
        {onSelectOrder && a.orderId && (
          <button type="button" class="advice__order" title={t('order_show_one')} onClick={() => onSelectOrder(a.orderId!)}>
            {a.orderId}
          </button>
        )}
      </p>
      <h3 class="advice__title">{a.title}</h3>
      {doubt?.note && (
        <p class="advice__doubt" role="note" data-testid="advice-doubt" data-runner-up={doubt.runnerUp ?? undefined}>{doubt.note}</p>
      )}
      {a.deadline && <Deadline iso={a.deadline} now={now} timeZone={marketplaceTimeZone(marketplace)} />}
      <p class="advice__why">{a.why}</p>
      {a.doNot.length > 0 && (
        <div class="advice__donot">
          <h4>{t('do_not_heading')}</h4>
          <ul>{a.doNot.map((d) => <li key={d}>{d}</li>)}</ul>
        </div>
      )}
      {notes && notes.length > 0 && (
        <div class="advice__notes" role="note">
          <h4>{t('notes_heading')}</h4>
          <ul>{notes.map((n) => <li key={n}><NoteText text={n} /></li>)}</ul>
        </div>
      )}
      <RuleLinks rules={a.rules} marketplace={marketplace} />
      {onShowReply && (
        <button type="button" class="button button--small" aria-pressed={replySelected} onClick={onShowReply}>
          {replySelected ? t('reply_shown') : t('reply_show')}
        </button>
      )}
    </li>
  );
}
