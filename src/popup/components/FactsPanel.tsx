// Facts the seller confirms or corrects when the page did not show them (or showed them wrong). A confirmed fact
// wins over every reading and the advice is recomputed at once by the background.
import { useEffect, useState } from 'preact/hooks';
import { ORDER_STATUSES, type ConfirmedFacts, type OrderCase } from '../../model.ts';
import { useI18n, type MessageKey } from '../../ui/i18n.ts';
import { CONFIRMABLE, type ConfirmKey } from '../facts-to-ask.ts';
import { dayOf, localDate, marketplaceTimeZone, startOfDayIso } from '../../ui/dates.ts';

const QUESTION: Record<ConfirmKey, MessageKey> = {
  claimsProtected: 'fact_claims_protected', boughtThroughAmazon: 'fact_bought_through_amazon', status: 'fact_status',
  deliveredAt: 'fact_delivered_at', shippedAt: 'fact_shipped_at', firstScanAt: 'fact_first_scan_at',
  shipBy: 'fact_ship_by', deliverBy: 'fact_deliver_by',
};

const STATUS_KEY: Record<(typeof ORDER_STATUSES)[number], MessageKey> = {
  pending: 'status_pending', unshipped: 'status_unshipped', shipped: 'status_shipped',
  delivered: 'status_delivered', canceled: 'status_canceled',
};

/** Labels of the needed facts the popup cannot take (read on the page): every fact the advice can ask for is
 * confirmable or has one here. */
export const ELSEWHERE: Partial<Record<string, MessageKey>> = {
  'claim.decidedAt': 'fact_claim_decided_at', 'claim.fundedBy': 'fact_claim_funded_by',
  'claim.respondBy': 'fact_claim_respond_by', 'return.receivedAt': 'fact_return_received_at', 'return.status': 'fact_return_status',
};

interface Props {
  c: OrderCase;
  ask: ConfirmKey[];
  /** Needed facts the popup cannot take: named so the seller knows to read them on the page. */
  elsewhere: string[];
  busy: boolean;
  onConfirm: (facts: ConfirmedFacts) => void;
}

export function FactsPanel({ c, ask, elsewhere, busy, onConfirm }: Props) {
  const { t } = useI18n();
  const rest = CONFIRMABLE.filter((k) => !ask.includes(k));
  const field = (k: ConfirmKey) => <FactField key={`${c.orderId}-${k}`} c={c} k={k} busy={busy} onConfirm={onConfirm} />;
  return (
    <section class="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading" class="section-heading">{ask.length + elsewhere.length > 0 ? t('facts_heading_ask') : t('facts_heading')}</h2>
      {ask.length > 0 && <p class="facts__intro">{t('facts_intro')}</p>}
      {ask.map(field)}
      {elsewhere.length > 0 && (
        <p class="facts__elsewhere" data-testid="facts-elsewhere">
          {t('facts_elsewhere', elsewhere.map((k) => { const key = ELSEWHERE[k]; return key ? t(key) : k; }).join(', '))}
        </p>
      )}
      <details class="facts__more">
        <summary>{t('facts_correct')}</summary>
        {rest.map(field)}
      </details>
    </section>
  );
}

function FactField({ c, k, busy, onConfirm }: { c: OrderCase; k: ConfirmKey; busy: boolean; onConfirm: Props['onConfirm'] }) {
  const { t } = useI18n();
  const confirmedMark = c.confirmed[k] !== undefined
    ? <span class="fact__confirmed"> {t('fact_confirmed_mark')}</span> : null;
  const id = `fact-${k}`;
  if (k === 'claimsProtected' || k === 'boughtThroughAmazon') {
    const value = c.order[k];
    return (
      <fieldset class="fact" data-fact={k} disabled={busy}>
        <legend>{t(QUESTION[k])}{confirmedMark}</legend>
        {([true, false] as const).map((choice) => (
          <label key={String(choice)} class="fact__choice">
            <input type="radio" name={id} checked={value === choice} onChange={() => onConfirm({ [k]: choice })} />
            {' '}{choice ? t('value_yes') : t('value_no')}
          </label>
        ))}
        {value === null && <span class="fact__unknown"> {t('fact_not_on_page')}</span>}
      </fieldset>
    );
  }
  if (k === 'status') return <StatusField c={c} id={id} busy={busy} onConfirm={onConfirm} mark={confirmedMark} />;
  return <DayField c={c} k={k} id={id} busy={busy} onConfirm={onConfirm} mark={confirmedMark} />;
}

interface FieldProps { c: OrderCase; id: string; busy: boolean; onConfirm: Props['onConfirm']; mark: preact.ComponentChild }

function StatusField({ c, id, busy, onConfirm, mark }: FieldProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(c.order.status ?? '');
  useEffect(() => setValue(c.order.status ?? ''), [c.order.status]);
  return (
    <form class="fact" data-fact="status" onSubmit={(e) => {
      e.preventDefault();
      const s = ORDER_STATUSES.find((x) => x === value);
      if (s) onConfirm({ status: s });
    }}>
      <label for={id}>{t('fact_status')}{mark}</label>
      <span class="fact__row">
        <select id={id} value={value} disabled={busy} onChange={(e) => setValue(e.currentTarget.value)}>
          <option value="" disabled>{t('value_unknown')}</option>
          {ORDER_STATUSES.map((s) => <option key={s} value={s}>{t(STATUS_KEY[s])}</option>)}
        </select>
        <button type="submit" class="button button--small" disabled={busy || !value || value === c.order.status}>{t('fact_save')}</button>
      </span>
    </form>
  );
}

function DayField({ c, k, id, busy, onConfirm, mark }: FieldProps & { k: Exclude<ConfirmKey, 'status' | 'claimsProtected' | 'boughtThroughAmazon'> }) {
  const { t, locale } = useI18n();
  const zone = marketplaceTimeZone(c.marketplace);
  const current = c.order[k] ?? null;
  const [value, setValue] = useState(current ? dayOf(current, zone) : '');
  useEffect(() => setValue(current ? dayOf(current, zone) : ''), [current, zone]);
  const hintId = `${id}-hint`;
  return (
    <form class="fact" data-fact={k} onSubmit={(e) => {
      e.preventDefault();
      const iso = startOfDayIso(value, zone);
      if (iso) onConfirm({ [k]: iso });
    }}>
      <label for={id}>{t(QUESTION[k])}{mark}</label>
      <span class="fact__row">
        <input id={id} type="date" value={value} disabled={busy} aria-describedby={hintId}
          onInput={(e) => setValue(e.currentTarget.value)} />
        <button type="submit" class="button button--small" disabled={busy || !startOfDayIso(value, zone) || (current !== null && value === dayOf(current, zone))}>
          {t('fact_save')}
        </button>
      </span>
      <span id={hintId} class="fact__hint">
        {current ? t('fact_current', localDate(current, locale, zone)) : t('fact_not_on_page')}
        {' '}{zone ? t('fact_zone_marketplace', c.marketplace ?? '') : t('fact_zone_local')}
      </span>
    </form>
  );
}
