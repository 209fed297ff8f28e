// A claim's status and reason are the strings the page displays, in its UI language. The rules need what they
// mean: still open, granted (and who paid), denied, withdrawn; and whether the claim is about property damage or
// injury (AZ-SAFETY). Word lists cover the UI languages Seller Central offers most; unknown text stays "unknown".
import type { ClaimFacts } from '../model.ts';

export type ClaimState = 'action-required' | 'under-review' | 'open' | 'granted' | 'denied' | 'withdrawn' |
  'refunded' | 'closed';

const anyOf = (words: readonly string[]) => new RegExp(words.join('|'), 'iu');

const WITHDRAWN = anyOf(['withdrawn', 'zurückgezogen', 'retiré', 'retirad', 'ritirat', '取り下げ', '撤回', '已撤销']);
const DENIED = anyOf(['denied', 'abgelehnt', 'refusé', 'rechazad', 'denegad', 'respint', '却下', '拒否', '拒绝', '被拒']);
const GRANTED = anyOf(['granted', 'gewährt', 'genehmigt', 'stattgegeben', 'accordé', 'concedid', 'aprobad', 'concess',
  'accolt', '承認', '認められ', '批准', '已授予']);
const SELLER_FUNDED = anyOf(['seller funded', 'seller-funded', 'vom verkäufer', 'verkäufer finanziert', 'par le vendeur',
  'por el vendedor', 'dal venditore', '出品者負担', '卖家承担', '卖家出资', '由卖家']);
const AMAZON_FUNDED = anyOf(['amazon funded', 'amazon-funded', 'von amazon', 'par amazon', 'por amazon', 'da amazon',
  'amazon負担', 'amazon 負担', '亚马逊承担', '由亚马逊', 'amazon承担']);
const REFUNDED = anyOf(['refunded', 'erstattet', 'remboursé', 'reembolsad', 'rimborsat', '返金済', '已退款']);
const ACTION_REQUIRED = anyOf(['action required', 'aktion erforderlich', 'maßnahme erforderlich', 'handlungsbedarf',
  'action requise', 'acción requerida', 'se requiere acción', 'azione richiesta', '要対応', '対応が必要', '需要采取措施',
  '需要操作', '需要处理', '待处理']);
const UNDER_REVIEW = anyOf(['under review', 'in prüfung', 'wird geprüft', "en cours d'examen", 'en revisión',
  'in revisione', 'in esame', '審査中', '调查中', '审核中']);
const CLOSED = anyOf(['closed', 'geschlossen', 'fermé', 'clôturé', 'cerrad', 'chius', '終了', 'クローズ', '已关闭']);

// An appeal the seller has already made, pending or decided ("Appeal submitted", "appeal under review", "Appeal
// denied", "Widerspruch eingelegt", "recurso en revisión", "appel en cours", "ricorso presentato", "異議申し立て中",
// "申诉中"): a granted claim is then not to be appealed again. The tab "Option to Appeal" and "appeal available" say
// only that an appeal can be made.
const APPEALED = anyOf(['appeal', 'widerspruch', 'einspruch', 'recurso', 'apelaci', 'appel', 'ricorso', '異議', '申诉', '申訴']);
const APPEAL_OFFERED = anyOf(['option to appeal', 'appeal available', 'appealable', 'can be appealed', 'eligible for appeal',
  'widerspruch möglich', 'option de faire appel', 'possibilité de faire appel', 'opción de recurso', 'opzione di ricorso',
  '異議申し立てのオプション', '異議申し立てが可能', '可申诉', '可以申诉']);

const SAFETY_REASON = anyOf(['property damage', 'personal injury', 'injur', 'caused damage', 'sachschaden',
  'personenschaden', 'verletz', 'dommages matériels', 'blessure', 'daños materiales', 'lesión', 'danni materiali',
  'lesion', '物的損害', '人身傷害', 'けが', '财产损失', '人身伤害', '受伤']);

export interface ClaimMeaning {
  state: ClaimState;
  fundedBy: 'seller' | 'amazon' | null;
  /** Property damage or personal injury (AZ-SAFETY), by type or by the displayed reason. */
  safety: boolean;
  /** Still waiting on the seller or on Amazon: no decision yet. */
  open: boolean;
  /** The status, or a notice on the claim's page, shows an appeal already made (pending or decided). */
  appealed: boolean;
}

function stateOf(status: string, decided: boolean, funded: boolean): ClaimState {
  if (WITHDRAWN.test(status)) return 'withdrawn';
  if (DENIED.test(status)) return 'denied';
  if (GRANTED.test(status) || funded) return 'granted';
  if (REFUNDED.test(status)) return 'refunded';
  if (ACTION_REQUIRED.test(status)) return 'action-required';
  if (UNDER_REVIEW.test(status)) return 'under-review';
  if (CLOSED.test(status) || decided) return 'closed';
  return 'open';
}

export function claimMeaning(claim: ClaimFacts): ClaimMeaning {
  const status = claim.status ?? '';
  const fundedBy = claim.fundedBy ?? (SELLER_FUNDED.test(status) ? 'seller' : AMAZON_FUNDED.test(status) ? 'amazon' : null);
  const state = stateOf(status, claim.decidedAt !== null, fundedBy !== null);
  return {
    state, fundedBy,
    safety: claim.claimType === 'safety' || (claim.reason !== null && SAFETY_REASON.test(claim.reason)),
    open: state === 'action-required' || state === 'under-review' || state === 'open',
    appealed: claim.appealMade === true || (APPEALED.test(status) && !APPEAL_OFFERED.test(status)),
  };
}
