// Chinese (simplified) evidence wording for Amazon; the A-to-z Guarantee is "亚马逊商城交易保障" in Amazon's
// Chinese pages, and "索赔保护" is the Chinese UI's name for the Claims Protected badge.
import type { EvidenceWording } from './types.ts';

const versus = (shipBy: string | null, onTime: boolean | null): string => shipBy === null || onTime === null ? '。'
  : onTime ? `，未晚于最晚发货日期（${shipBy}）。` : `，晚于最晚发货日期（${shipBy}）。`;

export const zh: EvidenceWording = {
  title: (action, orderId, claimId) => {
    const claim = claimId ? `（索赔编号：${claimId}）` : '';
    switch (action) {
      case 'respond-to-claim': return `订单 ${orderId}：关于亚马逊商城交易保障索赔${claim}的回复`;
      case 'appeal-claim': return `订单 ${orderId}：对亚马逊商城交易保障索赔${claim}决定的申诉`;
      case 'provide-insurance': return `订单 ${orderId}：关于财产损失或人身伤害索赔${claim}的回复`;
    }
  },
  claimFiled: (d) => `该索赔于${d}提出。`,
  claimReason: (r) => `页面显示的索赔原因为“${r}”。`,
  claimAmount: (a) => `索赔金额为${a}。`,
  claimDecided: (d, debited) => debited ? `该索赔于${d}获批，款项已从我们的账户中扣除。` : `该索赔于${d}作出决定。`,
  appealWithin: (last, days) => `本申诉在该决定后${days}天内提出（申诉期限至${last}）。`,
  safetyWithin: (notice, days) => `本回复在${notice}的索赔通知后${days}天内发送。`,
  shipped: (d, shipBy, onTime) => `我们于${d}确认发货${versus(shipBy, onTime)}`,
  firstScan: (d, shipBy, onTime) => `承运商首次扫描时间为${d}${versus(shipBy, onTime)}`,
  buyShipping: () => '运输标签通过亚马逊“购买配送”（Buy Shipping）服务购买。',
  claimsProtected: () => '该标签带有“Claims Protected”（索赔保护）标识。',
  carrierTracking: (carrier, tracking) => carrier && tracking ? `承运商：${carrier}，追踪编号：${tracking}。`
    : carrier ? `承运商：${carrier}。` : `追踪编号：${tracking ?? ''}。`,
  deliverBy: (d) => `最晚预计送达日期为${d}。`,
  delivered: (d) => `承运商的物流追踪显示包裹已于${d}送达。`,
  deliveredNoDate: () => '该订单显示为已送达。',
  notDelivered: () => '该订单显示为已发货，尚未显示为已送达。',
  buyerWrote: (d) => `买家于${d}首次联系我们。`,
  sellerAnswered: (d, within) => `我们于${d}回复${within ? `，未超过${within}小时` : ''}。`,
  returnRequested: (d) => `买家于${d}申请退货。`,
  returnNotReceived: () => '我们尚未收到退回的商品。',
  returnTracking: (t) => `退货追踪编号：${t}。`,
  returnReceived: (d) => `我们于${d}收到退回的商品。`,
  refunded: (d, within) => within ? `我们于${d}退款，在收到退货后${within}个工作日内。` : `我们于${d}退款。`,
  protection: (basis) => `该运输标签通过亚马逊“购买配送”（Buy Shipping）服务购买并带有“Claims Protected”（索赔保护）标识，且${basis === 'scan'
    ? '承运商首次扫描' : '发货确认'}未晚于最晚发货日期。根据“购买配送”索赔保护政策，因该包裹未送达而提出的索赔应由亚马逊承担，而不应从我们的账户中扣款。`,
  request: {
    'respond-to-claim': '请亚马逊在处理此索赔时考虑上述事实。',
    'appeal-claim': '请亚马逊复核上述事实并撤销对此索赔的决定。',
    'provide-insurance': '请亚马逊在处理此索赔时考虑我们的责任保险信息。',
  },
  blank: {
    shipBy: '最晚发货日期', shippedAt: '发货确认日期', firstScan: '承运商首次扫描日期', carrier: '承运商', trackingId: '追踪编号',
    deliveredAt: '配送状态和送达日期', trackingStatus: '最新物流事件及日期', buyShipping: '是否通过亚马逊“购买配送”购买标签（是/否）',
    claimsProtected: '标签是否带有“Claims Protected”标识（是/否）', buyerFirstMessage: '买家首次联系我们的日期', sellerReply: '我们回复的日期',
    returnTracking: '退货追踪编号', returnReceived: '收到退货的日期', refundDate: '退款日期', claimDecided: '索赔获批日期',
    claimNotice: '索赔通知日期', insurer: '保险公司', policyNumber: '保单号', coverage: '保险金额', policyPeriod: '保险期间',
  },
  attach: {
    proofOfDelivery: '承运商的送达证明（送达扫描、GPS 位置或签收记录，如有照片请一并提供）',
    trackingHistory: '承运商的完整物流记录（包括首次扫描）',
    returnProof: '显示退货已送达我们的退货物流记录',
    returnPhotos: '收到的退货商品的照片',
    insuranceCertificate: '责任保险证明',
    productPhotos: '商品本身、标签及安全警示的照片',
    productCompliance: '商品安全认证或检测报告',
  },
};
