// Rule ids from policy/RULES.md, each linked to the help page it rests on where there is one.
import type { Marketplace, RuleId } from '../../model.ts';
import { useI18n } from '../../ui/i18n.ts';
import { ruleHelpUrl } from '../rule-links.ts';

export function RuleLinks({ rules, marketplace }: { rules: readonly RuleId[]; marketplace: Marketplace | null }) {
  const { t } = useI18n();
  if (rules.length === 0) return null;
  return (
    <p class="advice__rules">
      {t('rules_label')}{' '}
      {rules.map((id, i) => {
        const url = ruleHelpUrl(id, marketplace);
        return (
          <span key={id} data-rule={id}>
            {i > 0 && ', '}
            {url ? <a href={url} target="_blank" rel="noopener noreferrer" title={t('rule_link_title', id)}>{id}</a> : <code>{id}</code>}
          </span>
        );
      })}
    </p>
  );
}
