// Simplified Chinese advice, in the words of Seller Central's Chinese interface. Loaded only where shown, never by
// the background. Figures arrive as parameters, already counted from the policy table.
import type { Window } from '../../rules/policy.ts';
import { pct } from './en.ts';
import type { AdviceLanguage, PhraseTable } from './types.ts';
import { DIFFER, ZH_POLICY } from './zh-policy.ts';
import { notePhrases } from './policy-words.ts';
import type { PolicyRuleId } from '../../rules/policy.ts';

type PhraseParams = Readonly<Record<string, string>>;
type Phrase = (p: PhraseParams) => string;

const UNIT: Record<Window['unit'], string> = { 'hours': '小时', 'calendar-days': '天', 'business-days': '个工作日' };

/** "24 小时", "2 个工作日", "30 天", "30 分钟". */
function span(w: Window): string {
  if (w.unit === 'hours' && w.amount < 1) return `${Math.round(w.amount * 60)} 分钟`;
  return `${w.amount} ${UNIT[w.unit]}`;
}

/** A buyer's own words (claim or return reason), quoted as written. */
const quoted = (s: string | undefined) => (s ? `（“${s}”）` : '');
const amountOf = (p: PhraseParams) => (p.value ? `${p.value} ${p.currency}` : '');
const reasonAndAmount = (p: PhraseParams) => {
  const amount = amountOf(p);
  if (p.reason) return `（“${p.reason}”${amount ? `，${amount}` : ''}）`;
  return amount ? `（${amount}）` : '';
};

const ATOZ = '亚马逊商城交易保障索赔（A-to-z 索赔）';

const FACT_WORDS: Record<string, string> = {
  claimsProtected: '配送标签是否受索赔保护',
  deliverBy: '最晚送达日期',
  shipBy: '发货截止日期',
  status: '订单状态',
  firstScanAt: '承运人首次扫描日期',
  shippedAt: '发货日期',
  'claim.decidedAt': '索赔的决定日期',
  'claim.respondBy': '索赔的回复截止日期',
  'return.receivedAt': '退货送达的日期',
  'return.status': "退货的状态",
  'claim.fundedBy': '已批准索赔由谁支付',
};


/** "Look at …: it decides …" per need, keyed by its facts and rules (see confirm-facts.ts). */
const NEEDS = {
  'confirm.need.status|ORD-UNSHIPPED': () => '查看订单页面上的订单状态（未发货、已发货、已送达）：它决定包裹是否已在途中。',
  'confirm.need.deliverBy|AZ-ELIG-INR': () => '查看订单摘要中的“送达日期”（取范围中的最后一天）：它决定包裹仍在承诺送达时间内还是已经延误。',
  'confirm.need.claimsProtected|BS-CLAIMS-PROTECTED': () => '查看订单页面包裹信息中配送服务旁的购买配送标记（“索赔保护”或“延迟配送风险”；没有标记或在别处购买的标签即不受保护）：' +
    '它决定由亚马逊支付这笔索赔（不要退款），还是应由您退款或补发。',
  'confirm.need.shipBy|BS-CLAIMS-PROTECTED': () => '查看订单摘要中的“发货日期”：它决定包裹是否按时发货，这是购买配送索赔保护的前提。',
  'confirm.need.shippedAt+firstScanAt|BS-CLAIMS-PROTECTED': () => '查看包裹信息中的发货日期和追踪记录中承运人的首次扫描：它决定包裹是否按时发货，这是购买配送索赔保护的前提。',
  'confirm.need.claimsProtected+firstScanAt|BS-CLAIMS-PROTECTED': () => '查看追踪记录中承运人的首次扫描，以及购买配送是否仍显示该订单受索赔保护：' +
    '它决定在发货看起来延迟（首次扫描晚于发货截止日期）的情况下，亚马逊是否仍会支付索赔。',
  'confirm.need.status|ORD-ADDRESS+ORD-CANCEL-REQUEST': () => '查看订单页面上的订单状态（未发货、已发货、已送达）：它决定订单还能否取消（未发货），或需要请承运人拦截（已发货）。',
  'confirm.need.shipBy|ORD-LATE-SHIP+ORD-AUTO-CANCEL': () => '查看订单摘要中的“发货日期”：它决定订单必须在哪天前发货，以及亚马逊何时会自动取消订单。',
  'confirm.need.status|ORD-UNSHIPPED+ORD-PENDING': () => '查看订单页面上的订单状态（等待中、未发货、已发货、已送达、已取消）：它决定订单是必须发货、暂时不能发货，还是无需处理。',
  'confirm.need.claim.fundedBy|AZ-APPEAL-30D': () => `查看亚马逊商城交易保障索赔下该索赔的状态（“已批准/卖家承担”或“已批准/亚马逊承担”）：它决定您能否申诉（只有由您承担的索赔才能申诉）。`,
  'confirm.need.claim.decidedAt|AZ-APPEAL-30D': (p) => `查看亚马逊商城交易保障索赔 > 可申诉 中该索赔的决定日期：它决定您最晚何时可以申诉（决定后 ${p.appeal}内）。`,
  'confirm.need.claim.respondBy|AZ-SAFETY': () => "在亚马逊商城交易保障索赔中打开该索赔，记下亚马逊通知的日期或回复截止日期：提交保险证明的 7 天从通知之日起计算。",
  'confirm.need.claim.respondBy|AZ-INFO-REQUEST': () => "查看亚马逊商城交易保障索赔中该索赔的回复截止日期：它决定您在亚马逊不等您回复就作出决定之前还有多长时间。",
  'confirm.need.return.receivedAt|RET-REFUND-2D': () => "在管理退货中查看退货送达的日期：它决定退款的截止日期。",
  'confirm.need.return.status|RET-AUTHORIZE+RET-REFUND-2D': () => "在管理退货中查看退货的状态（等待您授权、已授权正在寄回、或已收到）：它决定您现在需要授权、等待退货送达，还是退款。",
} satisfies Partial<PhraseTable>;

/** The policy table's notes on where sources disagree. */
const POLICY_NOTES: Record<string, string> = {
  'AZ-ELIG-INR': '美国站当前的买家页面说明：最晚预计送达日期后 3 天，或追踪显示已送达时（以较早者为准）；旧版说明为最晚预计送达日期后 3 天或下单后 30 天（以较早者为准）。此处采用其中最早的日期。',
  'AZ-CONTACT-48H': '英国站和德国站的买家页面给卖家 2 个工作日而非 48 小时；48 小时从不会更晚，因此所有站点都按 48 小时计算。',
  'AZ-INFO-REQUEST': '亚马逊各页面说法不一：美国站和澳大利亚站为 48 小时，其他版本为 72 小时或 3 天。索赔页面未显示回复截止时间时，采用较早的截止时间（提交索赔后 48 小时）。',
  'AZ-APPEAL-30D': '申诉期间的信息请求：当前说明为 72 小时，旧版为 48 小时（此处按 48 小时）。申诉成功后，订单缺陷率的撤销最长可能需要 7 天。',
  'AZ-SAFETY': '亚马逊会支付低于 1,000 美元 / 1,000 欧元 / 1,000 英镑的有效索赔（后续说明：仅限有保险的卖家）；美国站自 2021-09-01 起、加拿大、英国和欧盟站自 2024 年 5 月起适用。',
  'BS-CLAIMS-PROTECTED': '按时发货指承运人首次扫描不晚于发货截止日期；不知道首次扫描时，以发货确认日期为准。运输途中的损坏不在保护范围内（论坛观点）。',
  'ORD-AUTO-CANCEL': '自 2020-09-30 起，亚马逊在发货截止日期后 7 个工作日取消订单；旧版说明（仍见于订单处理指南）为下单后 30 天。此处显示两者中较早的日期。',
  'RET-WINDOW-30D': '节假日有延长（例如 11 月和 12 月购买的商品可退货至次年 1 月 31 日）。',
  'SAFET-30D': '美国站的时限已于 2026-02-16 由 60 天缩短为 30 天。',
};

/** holidays.ts's names; a marketplace's own-language names are left as they are. */
const HOLIDAYS: Record<string, string> = {
  "New Year's Day": '元旦', 'Christmas Day': '圣诞节', "Boxing Day / St Stephen's Day": '节礼日', 'Independence Day': '美国独立日',
  'Canada Day': '加拿大国庆日', 'New Year holiday': '新年假期', 'Australia Day': '澳大利亚国庆日', 'Thanksgiving': '感恩节', 'Armistice': '停战纪念日',
};
const holidayNames = (list: string) => list.replace(/([^,(]+?) \((\d{4}-\d{2}-\d{2})\)/gu, (_m, name: string, date: string) =>
  `${HOLIDAYS[name.trim()] ?? name.trim()}（${date}）`).replace(/, /gu, '、');

const BUSINESS = '工作日按周一至周五计算，不跳过公共假日（未内置假日日历），因此显示的是最早可能的日期。';

function claimFiled(kind: 'atoz' | 'chargeback'): Phrase {
  return (p) => `买家提交了${kind === 'atoz' ? ATOZ : '信用卡拒付索赔'}${reasonAndAmount(p)}。`;
}

function claimAnswer(kind: 'atoz' | 'chargeback'): Phrase {
  return (p) => (kind === 'atoz' ? '请在“绩效” > “亚马逊商城交易保障索赔”中打开该索赔并选择“回复亚马逊”' : '请在“绩效” > “信用卡拒付索赔”中回复拒付请求') +
    (p.by ? `，截止时间为 ${p.by}` : '') +
    '：如果您不回复，亚马逊将依据买家的说法作出决定，未被驳回的索赔会计入您的订单缺陷率。';
}

const safetyWhy: Phrase = (p) => `买家提交了财产损失或人身伤害索赔${reasonAndAmount(p)}。` +
  `请在收到通知后 ${p.respond}内${p.by ? `（${p.by}前）` : ''}，在亚马逊商城交易保障索赔中回复您的责任保险公司、保单号和您的证据。` +
  `如果无法证明有保险，亚马逊可能先向买家赔付，再向您追回款项。您可以在 ${p.dispute}内对决定提出异议。`;

const MAIN = {
  // Shared pieces
  'reply.timeUnknown': (p) => `页面未显示买家消息的时间：请尽快回复，须在消息发出后 ${p.reply}内回复（MSG-24H）。`,
  'reply.within': (p) => `买家正在等待回复：请在其消息发出后 ${p.reply}内回复，周末也计算在内。`,
  'reply.late': (p) => `买家的消息已等待超过 ${p.reply}（回复截止时间为 ${p.due}）：请立即回复。`,
  'reply.by': (p) => `请在 ${p.due} 前回复（买家消息发出后 ${p.reply}，周末也计算在内）。`,
  'dateOnly.lastDay': (p) => `页面只显示了${p.what}，没有具体时间：期限在${p.until}的该时刻结束（页面未显示），因此当天任何时候都可能截止：请尽早提出申诉。`,
  'dateOnly': (p) => `页面只显示了${p.what}，没有具体时间：截止时间从当天开始时计算（最早可能的时间）。`,
  'dateOnly.request': () => '请求的日期',
  'dateOnly.decision': () => '决定的日期',
  'dateOnly.filing': () => '提交的日期',
  'dateOnly.notice': () => '通知的日期',
  'dateOnly.returnArrived': () => '退货送达的日期',
  'zoneUnknown': () => '所属站点未知：日期按 UTC 显示。请在该站点的卖家平台打开订单查看当地日期。',
  'refundAfterClaim': () => '该订单已有 A-to-z 索赔：您现在退款可以结束款项争议，但该索赔仍会计入您的订单缺陷率（AZ-OUTCOMES）。',
  'respondByDateOnly': () => '页面显示的回复截止日期没有具体时间：按站点时区当天结束时计算。如有可能请提前回复。',
  'tracking.both': (p) => `${p.carrier} 追踪编码 ${p.trackingId}`,
  'tracking.id': (p) => `追踪编码 ${p.trackingId}`,
  'tracking.carrier': (p) => `${p.carrier}（未读取到追踪编码：请从订单页面复制）`,
  'tracking.none': () => '订单页面上的追踪编码',
  'business': () => BUSINESS,
  'business.holidays': (p) => `${BUSINESS}${holidayNames(p.holidays ?? '')}在此期间内：如果亚马逊不将其计为工作日，实际截止时间每个假日顺延一个工作日。资料未说明。`,
  'join.sentences': () => '',
  'doNot.noTracking': () => '不要在没有有效追踪编码的情况下确认发货。',
  'doNot.offAmazon': () => '不要要求买家在亚马逊以外付款或沟通。',

  // dont-ship-pending (ORD-PENDING)
  'pending.title': () => '不要发货：订单处于“等待中”',
  'pending.why': (p) => `亚马逊尚未完成对买家付款的核验（最长可能需要 ${p.hold}）。处于“等待中”的订单即使买家要求也不能发货；准备就绪后会变为“未发货”。` +
    `买家可以在最初 ${p.cancel}内自行取消，之后需通过亚马逊客服取消；有关付款的任何问题也请让买家联系亚马逊客服。`,
  'pending.doNot.label': () => '订单处于“等待中”时，不要购买配送标签或发货。',
  'pending.doNot.pay': () => '不要要求买家以其他方式付款给您。',

  // ship-by-deadline (ORD-LATE-SHIP, AZ-AUTO-GRANT)
  'shipBy.title': (p) => `请在 ${p.by} 前发货并确认发货（附追踪编码）`,
  'shipBy.why': (p) => `请在 ${p.by}（发货截止日期）结束前发货，并使用有效的追踪编码确认发货。晚于该日期确认的发货会计入您的迟发率（须低于 ${p.rate}），` +
    '而未在发货截止日期前确认发货的订单，一旦买家提交 A-to-z 索赔，将自动批准并由您承担。',
  'shipBy.doNot.address': () => '不要发往卖家平台所示地址以外的任何地址。',

  // ship-or-cancel-late (ORD-AUTO-CANCEL)
  'late.title': (p) => `已迟发：请立即发货或取消——亚马逊将在 ${p.cancelDay} 之后取消订单`,
  'late.why': (p) => `发货截止日期（${p.shipByDay}）已过，订单仍为“未发货”。请立即使用有效的追踪编码发货；如果无法发货（如缺货），请您自行取消。` +
    `该订单已计为迟发，针对它的 A-to-z 索赔将被自动批准。如果在 ${p.cancelDay} 结束前仍未发货并确认，亚马逊将取消订单，并计入您的配送前取消率。`,
  'late.doNot.wait': () => '不要等着亚马逊自动取消。',

  // direct-to-a-to-z (BS-CLAIMS-PROTECTED)
  'atoz.title': () => '不要退款或补发：提供物流信息，由买家提交 A-to-z 索赔',
  'atoz.status.deliveredOn': (p) => `追踪显示已于 ${p.delivered} 送达，但买家说没有收到。`,
  'atoz.status.delivered': () => '追踪显示已送达，但买家说没有收到。',
  'atoz.status.late': (p) => `承诺送达日期（${p.deliverBy}）已过，追踪仍未显示送达。`,
  'atoz.why.scan': (p) => atozWhy('承运人首次扫描', p),
  'atoz.why.shipped': (p) => atozWhy('发货', p),
  'atoz.doNot.refund': () => '不要退款：您退款会使购买配送的索赔保护失效，损失将由您承担。',
  'atoz.doNot.reship': () => '不要补发：亚马逊只会通过买家的 A-to-z 索赔向您补偿。',
  'atoz.doNot.unanswered': (p) => `不要对配送问题置之不理：索赔保护要求您在 ${p.answerWithin}内回复。`,
  'atoz.note.confirmation': () => '“按时”是根据包裹信息中的发货日期判断的；亚马逊以承运人的首次扫描为准。',
  'atoz.note.fileUntil': (p) => `买家最晚可在 ${p.until}（最晚送达日期后 ${p.window}）提交 A-to-z 索赔。`,

  // refund-or-reship (AZ-CONTACT-48H, ODR-1PCT)
  'reship.title': () => '在买家提交索赔前退款或补发',
  'reship.state.deliveredOn': (p) => `追踪显示包裹已于 ${p.delivered} 送达，但买家说没有收到。`,
  'reship.state.delivered': () => '追踪显示包裹已送达，但买家说没有收到。',
  'reship.state.late': (p) => `承诺送达日期（${p.deliverBy}）已过，追踪仍未显示包裹送达。`,
  'reship.why.ownLabel': (p) => reshipWhy('配送标签不是通过购买配送购买的', p),
  'reship.why.unprotected': (p) => reshipWhy('配送标签不受索赔保护', p),
  'reship.doNot.unanswered': () => '不要不回复消息：配送问题消息未获回复后提交的索赔会被自动批准。',

  // respond-to-claim (AZ-INFO-REQUEST)
  'claim.title.atoz.by': (p) => `请在 ${p.by} 前就 A-to-z 索赔回复亚马逊`,
  'claim.title.atoz': () => '请就 A-to-z 索赔回复亚马逊',
  'claim.title.chargeback.by': (p) => `请在 ${p.by} 前就信用卡拒付索赔回复亚马逊`,
  'claim.title.chargeback': () => '请就信用卡拒付索赔回复亚马逊',
  'claim.what.protected': () => '该配送标签为购买配送“索赔保护”且已按时发货：请说明这一点并提供追踪信息；这笔索赔应由亚马逊支付。',
  'claim.what.notReceived': () => '请提供承运人、追踪编码和妥投证明（照片或签收）。',
  'claim.what.notAsDescribed': () => '请提供商品详情页信息以及您所发商品的照片。',
  'claim.what.return': () => '请说明退货何时送达、您何时退款；如果尚未退款，请立即退款。',
  'claim.what.other': () => '请针对买家的理由提供事实，并附上追踪信息和日期。',
  'claim.doNot.deadline': () => '不要拖过截止时间仍不回复。',
  'claim.doNot.refundProtected': () => '不要退款：该标签受索赔保护，这笔索赔应由亚马逊支付，您退款会使保护失效。',
  'claim.doNot.refund': () => '不要以为退款能让索赔不计入订单缺陷率：提交索赔后再退款仍会计入。',
  'claim.note.noDeadline': () => '页面未显示回复截止日期：请打开索赔查看截止时间。',

  // appeal-claim, appeal-closed (AZ-APPEAL-30D)
  'appeal.title': (p) => `如有依据，请在 ${p.until} 前对已批准的索赔提出申诉`,
  'appeal.why': (p) => appealWhy(p),
  'appeal.why.reason': (p) => appealWhy(p),
  'appeal.why.undated': (p) => `亚马逊已批准买家的索赔${quoted(p.reason)}并由您承担；它会计入您的订单缺陷率。页面未显示决定日期；申诉期限为决定后 ${p.window}，而索赔的决定晚于提交日期（${p.filed}）：` +
    `您至少可以在 ${p.until} 前在“亚马逊商城交易保障索赔” > “可申诉”中点击“对决定提出申诉”。请确认决定日期以了解确切的截止时间。`,
  'appeal.grounds.strong': () => '您有充分依据：配送标签为购买配送“索赔保护”且已按时发货，这笔索赔本应由亚马逊支付。',
  'appeal.grounds.badge': () => '请查看订单页面包裹信息中配送服务旁的购买配送标记：如果显示“索赔保护”且包裹按时发货，这笔索赔本应由亚马逊支付。',
  'appeal.grounds': () => '只有在有依据时才申诉，例如显示已送达买家地址的有效追踪信息、买家事先从未联系过您，或您早已退款。',
  'appeal.doNot.facts': () => '没有首次决定时未掌握的新事实，不要申诉。',
  'appeal.doNot.money': () => '不要以金钱为交换，要求买家撤回或更改任何内容。',
  'appealClosed.title': (p) => `申诉期已于 ${p.ended} 结束`,
  'appealClosed.why': (p) => `亚马逊已于 ${p.decided} 批准买家的索赔并由您承担。决定只能在 ${p.window}内申诉；该期限已于 ${p.ended} 结束，因此这笔索赔已无法申诉。无需再做其他处理。`,

  // provide-insurance (AZ-SAFETY)
  'safety.title.by': (p) => `请在 ${p.by} 前提交您的责任保险信息`,
  'safety.title': () => '请提交您的责任保险信息',
  'safety.doNot.fault': () => '不要承认过错，也不要自行向买家承诺赔款。',
  'safety.doNot.outside': () => '不要在亚马逊以外联系买家。',
  'safety.doNot.ignore': () => '不要忽视该通知。',
  'safety.note.noDate': () => '页面未显示通知日期：请打开索赔查看截止时间。',

  // reply-to-buyer (MSG-24H)
  'reply.title': (p) => `请在 ${p.reply}内回复买家`,
  'reply.topic.damaged': () => replyDamaged('商品送达时已损坏或无法使用'),
  'reply.topic.wrongItem': () => replyDamaged('收到的商品不是其订购的商品'),
  'reply.topic.return': (p) => `买家想要退货。请引导其在“我的订单”中提交退货请求（亚马逊的退货流程，送达后 ${p.window}内，假日季更长），并在 ${p.resolve}内解决。`,
  'reply.topic.cancelShipped': () => '买家要求取消，但订单已发货，无法再取消。请告诉买家可以拒收，或在收到后通过“我的订单”退货。',
  'reply.topic.addressDelivered': () => '买家要求更改收货地址，但订单已送达。请根据追踪信息告诉买家包裹送达的地点。',
  'reply.topic.notShipped': (p) => `买家询问配送情况，但订单尚未发货${p.shipBy ? `（发货截止日期 ${p.shipBy}）` : ''}。请告诉买家何时发货。配送问题未获回复时，A-to-z 索赔会被自动批准。`,
  'reply.topic.claimOpen': () => '买家询问配送情况，且已提交 A-to-z 索赔：请用物流信息回复买家；索赔本身需回复亚马逊（见索赔建议）。',
  'reply.topic.invoice': () => '买家索要发票。请在“管理订单”中为该订单上传发票（“上传发票”），或在买家与卖家消息的回复中附上发票：发票是允许发送的消息。即使其他步骤已回应其余内容，也请回应这一点。',
  'reply.topic.other': () => '买家发来消息，正在等待回复。请在买家与卖家消息中回复；自动回复不算。如果消息无需回复（如致谢），请选择“无需回复”，这样会计为已回复。',
  'reply.doNot.links': () => '回复中不要包含链接、电子邮件地址或电话号码。',
  'reply.doNot.auto': () => '不要依赖自动回复。',

  // keep-on-amazon (OFF-AMAZON, MSG-PROHIBITED)
  'offAmazon.title': () => '沟通和付款都留在亚马逊',
  'offAmazon.why': () => '买家要求在亚马逊以外付款或沟通（支付应用、即时通讯应用、电子邮件或电话）。请礼貌拒绝，所有沟通都在买家与卖家消息中进行：' +
    '引导买家离开亚马逊是被禁止的，可能导致您失去销售权限；在亚马逊以外付款，双方都不受 A-to-z 保障。',
  'offAmazon.doNot.contact': () => '不要发送电子邮件地址、电话号码、即时通讯账号或付款链接。',
  'offAmazon.doNot.pay': () => '不要接受亚马逊以外的付款。',

  // cancel-and-reorder, cancel-on-request, carrier-intercept (ORD-ADDRESS, ORD-CANCEL-REQUEST)
  'reorder.title': () => '更改地址：取消订单，由买家用新地址重新下单',
  'reorder.why': () => '您只能发往卖家平台中显示的地址，且现有订单的地址无法更改。该订单尚未发货，请以“买家取消”为原因取消订单，并请买家使用新地址重新下单。',
  'reorder.doNot.message': () => '不要发往消息中写的地址。',
  'reorder.doNot.label': () => '不要手动修改配送标签上的地址。',
  'reorder.note.sfp': () => '卖家自配送 Prime 订单：请让买家联系亚马逊客服。',
  'cancel.title': () => '按买家要求取消订单',
  'cancel.why': () => '买家要求取消，且订单尚未发货。请在卖家平台中以“买家取消”为原因取消订单：这不会计入您的配送前取消率。' +
    '如果只是通过消息提出的请求，您可以请买家在“我的订单”中使用“请求取消”，或由您以该原因自行取消。',
  'cancel.doNot.ship': () => '不要发货。',
  'cancel.doNot.reason': () => '不要选择“买家取消”以外的原因（其他原因会计入您的取消率）。',
  'intercept.title': () => '已发货：请联系承运人拦截或改派',
  'intercept.why': (p) => `包裹正按订单中的地址配送（${p.tracking}）。现在唯一能更改的方式是承运人拦截或改派（如果承运人提供）。如果无法改派，请告诉买家包裹会送往原地址。`,
  'intercept.doNot.promise': () => '承运人确认改派前，不要向买家承诺新地址。',
  'intercept.doNot.second': () => '不要向新地址再寄一个包裹。',

  // share-tracking (AZ-ELIG-INR)
  'share.title': () => '提供物流信息：包裹仍在承诺时间内',
  'share.why': (p) => `包裹正在途中，仍在承诺送达时间内（送达日期 ${p.deliverBy}）。请回复承运人、追踪编码（${p.tracking}）和预计送达日期。`,
  'share.why.from': (p) => `如果届时仍未送达，买家可从 ${p.from} 起提交 A-to-z“未收到商品”索赔。`,
  'share.doNot.refund': () => '包裹仍在承诺时间内时，不要退款或补发。',
  'share.doNot.link': () => '不要发送外部追踪网站的链接：请提供承运人和追踪编码。',

  // refund-return (RET-REFUND-2D), authorize-return (RET-AUTHORIZE)
  'refund.title.by': (p) => `请在 ${p.by} 前为退货商品退款`,
  'refund.title': () => '请为退货商品退款',
  'refund.why': (p) => `退货${p.received ? `已于 ${p.received} 送达` : '已送达'}，但尚未退款。请在收到后 ${p.within}内退款${p.by ? `（${p.by}前）` : ''}，` +
    '否则亚马逊可能直接向买家退款并从您的账户扣款。',
  'refund.why.sellerPays': (p) => `买家给出的原因（“${p.reason}”）属于由您承担退货运费的情形：请全额退款。`,
  'refund.doNot.wait': () => '不要等买家来催。',
  'refund.doNot.deduct': () => '商品损坏、有缺陷或发错时，不要扣除退货运费或重新入库费。',
  'refund.note.noDate': () => '页面未显示退货送达的时间：请立即退款。',
  'authorize.title.by': (p) => `请在 ${p.by} 前处理退货请求`,
  'authorize.title': () => '请处理退货请求',
  'authorize.why': (p) => `买家${p.requested ? `于 ${p.requested} ` : ''}申请退货${quoted(p.reason)}，该请求未被自动批准，正等待您处理。` +
    `请在 ${p.answer}内批准，或注明原因后关闭：退货请求在 ${p.resolve}内未解决的买家可以提交 A-to-z 索赔。`,
  'authorize.why.sellerPays': () => '该原因的退货运费由您承担：批准时请提供预付费退货标签。',
  'authorize.doNot.unanswered': () => '不要对请求置之不理。',
  'authorize.doNot.outside': () => '不要要求买家绕过亚马逊的退货流程寄回商品。',
  'authorize.note.noDate': () => '页面未显示请求的时间：请今天处理。',

  // confirm-facts
  'confirm.title': (p) => `请确认${(p.facts ?? '').split(' ').map((f) => FACT_WORDS[f] ?? f).join('和')}`,
  'confirm.join': () => '',
  'confirm.here': () => '请在此处确认，建议会随之更新。',
  'confirm.doNot.protection': () => '确认之前不要退款或补发：如果该标签受索赔保护，您退款会使保护失效。',
  'confirm.doNot.guess': () => '不要凭猜测行事。',

  // canceled, no-action
  'canceled.title': () => '无需处理：订单已取消',
  'canceled.why': () => '亚马逊显示该订单已取消。不要发货；无需其他处理。',
  'canceled.doNot': () => '不要为已取消的订单发货。',
  'canceled.note.claim': () => '该订单的索赔仍显示为未结：请在“绩效” > “亚马逊商城交易保障索赔”中查看。',
  'none.title': () => '目前无需处理',
  'none.delivered': (p) => `订单已${p.on ? `于 ${p.on} ` : ''}送达，没有需要您处理的事项。`,
  'none.overdue': (p) => `订单已发货，但追踪未显示送达，且承诺送达日期（${p.deliverBy}）已过。请关注物流追踪，并在 ${p.reply}内回复买家的任何消息。`,
  'none.claimableFrom': (p) => `买家可从 ${p.from} 起提交 A-to-z“未收到商品”索赔。`,
  'none.onItsWay': (p) => `订单正在配送途中${p.deliverBy ? `（送达日期 ${p.deliverBy}）` : ''}。`,
  'none.underReview': (p) => `亚马逊正在审核该索赔；如果亚马逊向您索取信息，请在 ${p.respond}内回复。`,
  'none.denied': () => '该索赔已被驳回：不计入您的订单缺陷率。',
  'none.withdrawn': () => '买家已撤回索赔：不计入您的订单缺陷率。',
  'none.amazonFunded': () => '亚马逊已批准该索赔并自行承担。',
  'none.appealed': () => '索赔状态显示已经提出过申诉：由亚马逊作出决定，无需再次申诉。',
  'none.returnAuthorized': (p) => `退货已批准：请等待商品退回，然后在 ${p.refund}内退款。`,
  'none.thanksOnly': () => '买家只是向您致谢，没有提出任何请求：请在买家与卖家消息中将该消息标记为“无需回复”。无需只为致谢而回复（亚马逊不希望收到仅表示感谢的消息）。',
  'none.nothing': () => 'Claimwise 目前看到的该订单信息中，没有需要立即处理的事项。',
} satisfies Partial<PhraseTable>;

function atozWhy(basis: string, p: PhraseParams): string {
  return `您通过购买配送购买了带“索赔保护”标记的配送标签，且包裹已按时发货（${basis} ${p.shippedDay}，发货截止日期 ${p.shipByDay}）。${p.status}` +
    '在这种情况下，买家的 A-to-z 索赔由亚马逊支付，且不计入您的订单缺陷率——但前提是买家提交索赔且您没有退款。' +
    `请用事实回复买家：承运人和追踪编码（${p.tracking}）、送达日期以及承运人的妥投证明（照片或签收）。如果妥投照片未显示买家地址，请如实说明。` +
    '然后告诉买家在“我的订单”中（“订单问题”）提交亚马逊商城交易保障索赔：这是买家拿回货款的途径。';
}

function reshipWhy(label: string, p: PhraseParams): string {
  return `${p.state}${label}，因此 A-to-z 索赔将由您支付，且除非被亚马逊驳回，都会计入您的订单缺陷率（必须低于 ${p.rate}）。` +
    `请回复买家，并在其消息发出后 ${p.resolve}内解决：按买家意愿提供退款或补发。`;
}

function appealWhy(p: PhraseParams): string {
  return `亚马逊已于 ${p.decided} 批准买家的索赔${quoted(p.reason)}并由您承担；它会计入您的订单缺陷率。` +
    `您可以在 ${p.until} 前（决定后 ${p.window}内）在“亚马逊商城交易保障索赔” > “可申诉”中点击“对决定提出申诉”。`;
}

function replyDamaged(what: string): string {
  return `买家说${what}。请让买家提供照片，并通过亚马逊的退货流程提供换货或退款；商品损坏、有缺陷或发错时，退货运费由您承担。购买配送的索赔保护不包括运输途中的损坏。`;
}

/** Late, lost and missed: every missed deadline says so and what can still be done. */
const MISSED = {
  'overdue.title': (p) => `已逾期（截止时间为 ${p.due}）：${p.title}`,
  'doubt.note': (p) => `Claimwise 无法确定买家的诉求（可能是：${p.maybe}）：请阅读消息，并在弹出窗口中更正“买家的诉求”；本建议将按您的选择给出。`,
  'doubt.note.plain': () => "Claimwise 无法确定买家的诉求：请阅读消息，并在弹出窗口中更正“买家的诉求”；本建议将按您的选择给出。",
  'doubt.intent.not-received': () => "未收到",
  'doubt.intent.damaged': () => "已损坏",
  'doubt.intent.wrong-item': () => "发错商品",
  'doubt.intent.return': () => "退货",
  'doubt.intent.cancel': () => "取消订单",
  'doubt.intent.address-change': () => "更改地址",
  'doubt.intent.where-is-my-order': () => "查询物流",
  'doubt.intent.off-amazon': () => "亚马逊站外联系",
  'doubt.intent.other': () => "其他",
  'doubt.title.cancel': () => "取消前请先阅读买家消息：买家可能并未要求取消",
  'doubt.title.address': () => "取消或改派前请先阅读买家消息：买家可能并未要求更改地址",
  'doubt.title.delivery': () => "退款、补发或引导至亚马逊商城交易保障索赔前请先阅读买家消息：买家可能并未反映包裹丢失",
  'doubt.why.cancel': () => "这条消息看起来像是要求取消，但并不明确。如果买家确实要求取消，请以“买家取消”为原因取消订单；否则请照常在最晚发货日期前发货。设定买家的诉求后，建议将按您的选择给出。",
  'doubt.why.address': () => "这条消息看起来像是要求更改收货地址，但并不明确。如果是：发货前请取消订单，由买家用新地址重新下单；已发货则请承运商拦截或改派。设定买家的诉求后，建议将按您的选择给出。",
  'doubt.why.delivery': () => "这条消息看起来像是反映包裹未送达，但并不明确。如果是，则适用包裹丢失的建议；如果不是，退款、补发或引导买家提交亚马逊商城交易保障索赔都是在回答买家没有提出的问题。设定买家的诉求后，建议将按您的选择给出。",
  'doubt.doNot.cancel': () => "在亲自阅读消息之前，请勿取消订单。",
  'doubt.doNot.address': () => "在亲自阅读消息之前，请勿取消、改派或发往其他地址。",
  'doubt.doNot.delivery': () => "在亲自阅读消息之前，请勿退款、补发或引导买家提交亚马逊商城交易保障索赔。",
  'doubt.title.contact': () => "在按“要求离开亚马逊”回复之前，请先阅读买家消息：它可能并非此意",
  'doubt.why.contact': () => "这条消息看起来像是要求在亚马逊之外付款或联系，但并不明确。如果确实如此，请礼貌拒绝，并将沟通和付款保留在亚马逊上；否则请回答买家真正的诉求。设定买家的诉求后，建议将按您的选择给出。",
  'doubt.doNot.contact': () => "无论消息要求什么，都不要提供联系方式或在亚马逊之外收款。",
  'doubt.shipBy': (p) => `如果买家并未提出此要求，订单仍须在${p.by}之前发货。`,
  // no-action
  'none.title.closed': (p) => `无需处理：A-to-z 索赔期限已于 ${p.closed} 结束`,
  'none.atozClosed': (p) => `A-to-z 索赔期限已于 ${p.closed} 结束（最晚送达日期后 ${p.window}）：买家已不能再就此订单提交索赔。`,
  'none.returnClosed': (p) => `退货期限已于 ${p.ended} 结束。`,
  'none.returnOpen': (p) => `买家在 ${p.until} 前可以申请退货；转到您这里的退货请求须在 ${p.answer}内处理。`,
  'none.neverDelivered': (p) => `订单已发货，但追踪始终未显示送达；最晚送达日期为 ${p.deliverBy}。`,
  'none.ifBuyerWrites': (p) => `如果买家发来消息，请在 ${p.reply}内回复。`,
  // refund-or-reship without a message
  'reship.late.title.now': () => '买家现在就可以提交 A-to-z 索赔：请今天主动提供退款或补发',
  'reship.late.title': (p) => `请在 ${p.by} 前主动提供退款或补发，赶在买家可以提交 A-to-z 索赔之前`,
  'reship.late.why.now': (p) => reshipLateWhy(p, true),
  'reship.late.why': (p) => reshipLateWhy(p, false),
  'reship.late.doNot.wait': () => '不要等买家先提交索赔：索赔一旦提交，即使您随后退款，仍会计入您的指标。',
  // ship-or-cancel-late past the automatic cancellation
  'late.title.passed': (p) => `已错过：未在 ${p.cancelDay} 前发货，亚马逊会自动取消该订单`,
  'late.why.passed': (p) => `发货截止日期（${p.shipByDay}）已过，且订单未在自动取消日期 ${p.cancelDay} 前发货并确认。亚马逊会自动取消该订单（可能已经取消）并向买家退款；` +
    '该取消会计入您的取消率。您现在还可以：刷新订单页面。如果显示“已取消”，无需发货。如果仍显示“未发货”，请立即自行取消而不要发货；买家来信时，告诉对方订单已取消且不会被扣款。',
  'late.doNot.shipPassed': () => '现在不要发货：已取消的订单不会付款。',
  // respond-to-claim after its deadline
  'claim.missed.title.chargeback': (p) => `已错过：信用卡拒付回复的截止时间为 ${p.due}`,
  'claim.missed.why.chargeback': (p) => `回复信用卡拒付请求的截止时间 ${p.due} 已过。您现在还可以：在“绩效” > “信用卡拒付索赔”中打开该请求。` +
    '如果它仍在等待您的回复，请立即提供订单、追踪和送达信息；如果已判定对您不利，它会计入您的订单缺陷率，且无法通过 A-to-z 申诉。',
  'claim.missed.title': (p) => `截止时间已过（${p.due}）：如果索赔仍在等待回复请立即回复；如果被批准并由您承担，请在 ${p.appealBy} 前申诉`,
  'claim.missed.title.late': (p) => `截止时间已过（${p.due}）：请查看索赔的决定，以及是否还能申诉`,
  'claim.missed.why': (p) => `回复买家 A-to-z 索赔的截止时间 ${p.due} 已过。没有您的回复，亚马逊会依据买家的说法作出决定，通常会批准索赔并由您承担。` +
    '您现在还可以：在“绩效” > “亚马逊商城交易保障索赔”中刷新该索赔。如果它仍在等待您的回复，请立即提供事实。',
  'claim.missed.why.appeal': (p) => `如果亚马逊已批准索赔并由您承担，请在决定后 ${p.span}内申诉（“可申诉”中的“对决定提出申诉”）：最早截止于 ${p.appealBy}，决定越晚截止越晚。`,
  'claim.missed.why.appealLate': (p) => `只能在决定后 ${p.span}内申诉：请在索赔中查看决定日期，确认申诉期限是否仍未结束。`,
  'claim.missed.doNot.ignore': () => '不要以为已经结束：由您承担的已批准索赔仍可申诉。',
  // provide-insurance after its deadline
  'safety.missed.title': (p) => `已错过：责任保险信息的截止日期为 ${p.due}，请立即提交`,
  'safety.missed.why': (p) => `该财产损失或人身伤害索赔的责任保险证明应在 ${p.due} 前提交。亚马逊可能已向买家赔付并向您追回款项。` +
    `您现在还可以：立即在亚马逊商城交易保障索赔中提交保险公司、保单号和证据；如果亚马逊作出对您不利的决定，请在决定后 ${p.dispute}内提出异议。`,
  'safety.missed.why.until': (p) => `即最早截止于 ${p.until}。`,
  'safety.missed.why.check': () => '请在索赔中查看决定日期，确认异议期限是否仍未结束。',
  // refund-return after its deadline
  'refund.title.missed': (p) => `已错过：退款截止日期为 ${p.by}，如果亚马逊尚未退款，请立即退款`,
  'refund.why.missed': () => '该期限已过：请先查看订单的退款记录（亚马逊可能已向买家退款并从您的账户扣款），如果尚未退款，请立即退款。',
  // authorize-return: outside the window, or answered late
  'authorize.outside.title.missed': (p) => `已错过：处理截止时间为 ${p.by}——退货申请晚于退货期限（${p.ended} 结束）：请立即决定仍予批准或拒绝`,
  'authorize.outside.title': (p) => `退货申请晚于退货期限（${p.ended} 结束）：请在 ${p.by} 前决定仍予批准或拒绝`,
  'authorize.title.missed': (p) => `已错过：处理截止时间为 ${p.by}，请立即处理退货请求`,
  'authorize.outside.why': (p) => `该申请提出时，退货期限已于 ${p.ended} 结束（送达后 ${p.window}，RET-WINDOW-30D），因此由您决定：以“超出退货期限”为由拒绝，或作为善意退货仍予批准。`,
  'authorize.outside.why.claim.until': (p) => `买家说商品损坏、有缺陷或发错：买家在 ${p.until} 前仍可提交 A-to-z 索赔，该索赔由您承担并计入订单缺陷率，因此批准退货可能损失更小。`,
  'authorize.outside.why.claim': () => '买家说商品损坏、有缺陷或发错：买家仍可提交 A-to-z 索赔，该索赔由您承担并计入订单缺陷率，因此批准退货可能损失更小。',
  'authorize.why.missed': (p) => `该期限已于 ${p.by} 过去：请立即处理。`,
  'authorize.outside.doNot.promise': () => '在您决定批准之前，不要告诉买家退货已获批准。',
} satisfies Partial<PhraseTable>;

function reshipLateWhy(p: PhraseParams, canFile: boolean): string {
  const label = p.label === 'own' ? '配送标签不是通过购买配送购买的' : '配送标签不受索赔保护';
  return `最晚送达日期（${p.deliverBy}）已过，追踪仍未显示包裹送达。${label}，因此 A-to-z“未收到商品”索赔将由您承担，除非亚马逊驳回，否则会计入您的订单缺陷率（须低于 ${p.rate}）。` +
    `${canFile ? '买家现在已经可以提交索赔。' : `买家从 ${p.by} 起可以提交索赔。`}请查看追踪信息（${p.tracking}）并请承运人查询包裹；然后通过买家与卖家消息服务联系买家，提供退款或补发，由买家选择。`;
}

const note = (id: string) => `${id}：${POLICY_NOTES[id] ?? DIFFER[id as PolicyRuleId] ?? ''}`;
const POLICY_PHRASES = notePhrases(note);

const phrases = {
  ...MAIN, ...MISSED, ...NEEDS, ...ZH_POLICY,
  'claim.filed.atoz': claimFiled('atoz'),
  'claim.filed.chargeback': claimFiled('chargeback'),
  'claim.answer.atoz': claimAnswer('atoz'),
  'claim.answer.chargeback': claimAnswer('chargeback'),
  'safety.why': safetyWhy,
  'unread.title': () => 'Claimwise 无法读取此页面——请保存一份隐去买家信息的页面副本，并自行核对',
  'unread.why': (p) => `此${p.kind ? `${p.kind} ` : ''}页面上有 Claimwise 无法读取的记录（${p.what}）。无法确定是否有待处理事项，也无法确定没有：请自行在页面上核对这些记录，并保存一份隐去买家信息的副本，以便改进读取。`,
  'unread.doNot': () => '不要因为 Claimwise 无法读取的页面显示“无需处理”就认为无需处理。',
  'unread.note': (p) => `未读取：${p.region}`,
} satisfies Partial<PhraseTable>;

export const ZH: AdviceLanguage = { locale: 'zh-CN', span, pct, phrases: { ...POLICY_PHRASES, ...phrases } satisfies PhraseTable };
