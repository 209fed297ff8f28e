// Chinese wording of the dated rules (2026 changes): the version used near a change, "sources differ" lines and
// the advice these rules add. Merged into zh.ts's table; figures and dates arrive as parameters.
import { differPhrases, sourceUrls } from './policy-words.ts';
import type { PolicyRuleId } from '../../rules/policy.ts';

import type { PhraseTable } from './types.ts';

const differ = (id: PolicyRuleId) => `来源不一致（${id}）：${DIFFER[id] ?? ''} 来源：${sourceUrls(id, '；')}。`;

/** What each uncertain rule's sources say and the safer choice taken; the links follow as given. */
export const DIFFER: Partial<Record<PolicyRuleId, string>> = {
  'US-REFUND-4D': '有关亚马逊通知的报道称，自 2026-01-26 起为 4 天；亚马逊存档的帮助页面仍写 2 个工作日。此处采用两者中较早的日期，两种说法都能满足。',
  'US-SAFET-30D': '有关亚马逊通知的报道称，自 2026-02-16 起为 30 天；亚马逊存档的“首次扫描即退款”页面仍写 60 天。此处采用 30 天。',
  'US-SAFET-AUTOREFUND': '尚未找到亚马逊自己的页面，此处依据有关亚马逊通知的报道。',
  'US-APRL-ALL': '尚未找到亚马逊自己的页面，此处依据有关亚马逊通知的报道。',
  'US-HOLIDAY-RET-2025': '尚未找到亚马逊自己的页面，此处依据有关亚马逊通知的报道。',
  'AZ-NR-NO-CONTACT': '亚马逊“关于亚马逊商城交易保障”页面说买家提交“未收到”索赔前无须先联系卖家，并给卖家 3 天陈述；“亚马逊商城交易保障索赔”页面仍说买家须先联系卖家，卖家有 48 小时。此处按可能没有事先消息处理，并在 48 小时内（较早者）回复亚马逊的请求。',
};

export const ZH_POLICY = {
  ...differPhrases(differ),

  'version.event.returnArrived': () => '退货送达',
  'version.event.returnRequested': () => '退货申请提出',
  'version.after': (p) => `${p.event}于 ${p.day}，在 ${p.date}（${p.newer} 在该站点取代 ${p.older} 之日）当天或之后：适用 ${p.used}。`,
  'version.before': (p) => `${p.event}于 ${p.day}，早于 ${p.date}（${p.newer} 在该站点取代 ${p.older} 之日）：仍适用 ${p.used}。`,
  'authorize.why.aprl': () => '在美国站，所有卖家自配送的退货都须使用亚马逊预付费退货标签，与商品价值无关（品类豁免仍然有效）：请使用亚马逊的预付费标签批准退货，不要使用您自己的标签。',
  'start.after': (p) => `${p.event}于 ${p.day}，在 ${p.date}（${p.id} 在该站点生效之日）当天或之后：适用该规则。`,
  'start.before': (p) => `${p.event}于 ${p.day}，早于 ${p.date}（${p.id} 在该站点生效之日）：尚不适用。`,
  'version.event.refunded': () => '亚马逊向买家退款',
  'safet.title.missed': (p) => `已错过：该退货的 SAFE-T 索赔截止日期为 ${p.by}`,
  'safet.title': (p) => `如果退货未按原样寄回，请在 ${p.by} 前提交 SAFE-T 索赔`,
  'safet.why': (p) => `亚马逊已于 ${p.refunded} 在退货送达您之前向买家退款。如果退货未送达，或送达时已损坏、已使用或并非您寄出的商品，请在 ${p.span}内（${p.by}前）提交 SAFE-T 索赔。` +
    `这 ${p.span}从退货送达您和退款两者中较晚的日期起算；在运输途中丢失的退货，从承运人最后一次扫描起算，可能更早：请查看退货追踪信息。`,
  'safet.why.missed': () => '该日期已过：亚马逊不再受理针对这笔退款的 SAFE-T 索赔。',
  'safet.doNot.refund': () => '不要再次向买家退款：亚马逊已经退过款。',
  'safet.doNot.discard': () => '索赔有结果之前，不要丢弃退回的商品或包装：请为两者拍照。',
  'reship.note.noContact': (p) => `在美国站，买家提交“未收到商品”索赔前无须先联系您，一旦允许即可提交：不要指望还有 ${p.resolve}可以解决，请立即处理。如果亚马逊就索赔向您询问，请在 ${p.info}内回复（亚马逊的 A-to-z 页面给出 ${p.represent}；此处采用较早者）。`,
  'refund.why.auto': (p) => `退货${p.received ? `已于 ${p.received} 送达` : '已送达'}，但尚未退款。请在收到后 ${p.within}与 ${p.days}中较早者之前退款，或在引导式退款流程中为商品评级` +
    `${p.by ? `（${p.by}前）` : ''}：逾期亚马逊会自动向买家退款，您将无法再就该退款提交 SAFE-T 索赔。`,
} satisfies Partial<PhraseTable>;
