// The order at a glance: its id and the facts that decide what to do (status, marketplace, Buy Shipping, Claims
// Protected, fulfilment). Unknown is shown as unknown, never as "no" (BS-CLAIMS-PROTECTED needs a real "yes").
import type { OrderCase } from '../../model.ts';
import { useI18n, type MessageKey } from '../../ui/i18n.ts';

type Tone = 'good' | 'bad' | 'neutral' | 'unknown';

function Chip({ label, value, tone }: { label: string; value: string; tone: Tone }) {
  return (
    <li class={`chip chip--${tone}`}>
      <span class="chip__label">{label}</span> <span class="chip__value">{value}</span>
    </li>
  );
}

const STATUS_KEY: Record<string, MessageKey> = {
  pending: 'status_pending', unshipped: 'status_unshipped', shipped: 'status_shipped',
  delivered: 'status_delivered', canceled: 'status_canceled',
};

export function OrderCard({ c }: { c: OrderCase }) {
  const { t } = useI18n();
  const o = c.order;
  const yesNo = (v: boolean | null, yesTone: Tone, noTone: Tone): [string, Tone] =>
    v === null ? [t('value_unknown'), 'unknown'] : v ? [t('value_yes'), yesTone] : [t('value_no'), noTone];
  const [bought, boughtTone] = yesNo(o.boughtThroughAmazon, 'good', 'neutral');
  const [protectedText, protectedTone] = yesNo(o.claimsProtected, 'good', 'bad');
  const fulfillment = o.fulfillment === 'MFN' ? t('fulfillment_mfn') : o.fulfillment === 'AFN' ? t('fulfillment_afn') : t('value_unknown');
  const statusKey = o.status ? STATUS_KEY[o.status] : undefined;
  return (
    <section class="order" aria-labelledby="order-heading">
      <h2 id="order-heading" class="order__heading">
        {t('order_label')} <span data-testid="order-id" class="order__id">{c.orderId}</span>
      </h2>
      <ul class="chips" aria-label={t('order_facts_label')}>
        <Chip label={t('chip_status')} value={statusKey ? t(statusKey) : t('value_unknown')} tone={o.status ? 'neutral' : 'unknown'} />
        <Chip label={t('chip_marketplace')} value={c.marketplace ?? t('value_unknown')} tone={c.marketplace ? 'neutral' : 'unknown'} />
        <Chip label={t('chip_buy_shipping')} value={bought} tone={boughtTone} />
        <Chip label={t('chip_claims_protected')} value={protectedText} tone={protectedTone} />
        <Chip label={t('chip_fulfillment')} value={fulfillment} tone={o.fulfillment ? 'neutral' : 'unknown'} />
      </ul>
    </section>
  );
}
