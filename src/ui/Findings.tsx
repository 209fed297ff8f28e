// check() findings, one per line, with what to write instead where the checker knows (MSG-PROHIBITED, OFF-AMAZON).
import type { Finding } from '../model.ts';
import { useI18n, type MessageKey } from './i18n.ts';

const KIND_KEY: Record<Finding['kind'], MessageKey> = {
  link: 'finding_link', email: 'finding_email', phone: 'finding_phone', 'messaging-app': 'finding_messaging_app',
  social: 'finding_social', 'off-amazon-payment': 'finding_off_amazon_payment',
  'review-manipulation': 'finding_review_manipulation', marketing: 'finding_marketing',
  attachment: 'finding_attachment', other: 'finding_other',
};

export function Findings({ findings, id }: { findings: Finding[]; id?: string }) {
  const { t } = useI18n();
  if (findings.length === 0) return null;
  return (
    <ul class="findings" id={id}>
      {findings.map((f) => (
        <li key={`${f.start}-${f.end}-${f.kind}`} data-testid="finding" data-kind={f.kind} class={`finding finding--${f.severity}`}>
          <span class="finding__severity">{f.severity === 'block' ? t('finding_block') : t('finding_warn')}</span>{' '}
          <span class="finding__kind">{t(KIND_KEY[f.kind] ?? 'finding_other')}</span>{' '}
          <q class="finding__text">{f.text}</q>
          {f.hint && <span class="finding__hint"> {f.hint}</span>}
          <span class="finding__rule"> ({f.rule})</span>
        </li>
      ))}
    </ul>
  );
}
