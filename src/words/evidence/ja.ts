// Japanese evidence wording for Amazon (amazon.co.jp support answers in Japanese; the A-to-z Guarantee is
// "Amazonマーケットプレイス保証" there).
import type { EvidenceWording } from './types.ts';

export const ja: EvidenceWording = {
  title: (action, orderId, claimId) => {
    const claim = claimId ? `（申請番号：${claimId}）` : '';
    switch (action) {
      case 'respond-to-claim': return `注文番号${orderId}：Amazonマーケットプレイス保証の申請${claim}に対する回答`;
      case 'appeal-claim': return `注文番号${orderId}：Amazonマーケットプレイス保証の申請${claim}の決定に対する異議申し立て`;
      case 'provide-insurance': return `注文番号${orderId}：物的損害・人身傷害の申請${claim}に対する回答`;
    }
  },
  claimFiled: (d) => `申請日は${d}です。`,
  claimReason: (r) => `表示されている申請理由は「${r}」です。`,
  claimAmount: (a) => `申請金額は${a}です。`,
  claimDecided: (d, debited) => debited ? `本申請は${d}に認められ、当店のアカウントから差し引かれました。` : `本申請は${d}に決定されました。`,
  appealWithin: (last, days) => `本異議申し立ては、決定から${days}日以内（${last}まで）に行っています。`,
  safetyWithin: (notice, days) => `本回答は、${notice}付の申請通知から${days}日以内に送付しています。`,
  shipped: (d, shipBy, onTime) => shipBy === null || onTime === null ? `${d}に出荷を通知しました。`
    : onTime ? `${d}に出荷を通知しており、出荷予定日（${shipBy}）までに出荷しています。`
      : `${d}に出荷を通知しており、出荷予定日（${shipBy}）より後の出荷です。`,
  firstScan: (d, shipBy, onTime) => shipBy === null || onTime === null ? `配送業者による最初のスキャンは${d}です。`
    : onTime ? `配送業者による最初のスキャンは${d}で、出荷予定日（${shipBy}）までに行われています。`
      : `配送業者による最初のスキャンは${d}で、出荷予定日（${shipBy}）より後です。`,
  buyShipping: () => '配送ラベルはAmazonの配送ラベル購入サービス（Buy Shipping）で購入しました。',
  claimsProtected: () => 'ラベルには「Claims Protected」バッジが表示されています。',
  carrierTracking: (carrier, tracking) => carrier && tracking ? `配送業者：${carrier}、追跡番号：${tracking}。`
    : carrier ? `配送業者：${carrier}。` : `追跡番号：${tracking ?? ''}。`,
  deliverBy: (d) => `お届け予定日の最終日は${d}でした。`,
  delivered: (d) => `配送業者の追跡情報では、${d}に配達済みとなっています。`,
  deliveredNoDate: () => '本注文は配達済みと表示されています。',
  notDelivered: () => '本注文は発送済みと表示されており、まだ配達済みにはなっていません。',
  buyerWrote: (d) => `購入者から最初の連絡があったのは${d}です。`,
  sellerAnswered: (d, within) => within ? `当店は${d}に返信しており、${within}時間以内の返信です。` : `当店は${d}に返信しました。`,
  returnRequested: (d) => `購入者は${d}に返品をリクエストしました。`,
  returnNotReceived: () => '返品商品はまだ当店に届いていません。',
  returnTracking: (t) => `返品の追跡番号：${t}。`,
  returnReceived: (d) => `当店は${d}に返品商品を受け取りました。`,
  refunded: (d, within) => within ? `当店は${d}に返金しました。返品の受領から${within}営業日以内です。` : `当店は${d}に返金しました。`,
  protection: (basis) => `配送ラベルは「Claims Protected」バッジ付きでAmazonの配送ラベル購入サービス（Buy Shipping）から購入しており、${basis === 'scan'
    ? '配送業者による最初のスキャン' : '出荷通知'}は出荷予定日までに行われています。Buy Shippingの申請保護により、この荷物の未着を理由とする申請はAmazonの負担となり、当店のアカウントから差し引かれるべきではありません。`,
  request: {
    'respond-to-claim': '本申請の判断にあたり、上記の事実をご考慮いただきますようお願いいたします。',
    'appeal-claim': '上記の事実をご確認のうえ、本申請の決定を取り消していただきますようお願いいたします。',
    'provide-insurance': '本申請について、当店の賠償責任保険の情報をご考慮いただきますようお願いいたします。',
  },
  blank: {
    shipBy: '出荷予定日', shippedAt: '出荷通知日', firstScan: '配送業者による最初のスキャン日', carrier: '配送業者', trackingId: '追跡番号',
    deliveredAt: '配達状況と配達日', trackingStatus: '最新の追跡情報とその日付', buyShipping: 'Buy Shippingでのラベル購入（はい/いいえ）',
    claimsProtected: 'ラベルの「Claims Protected」バッジ（あり/なし）', buyerFirstMessage: '購入者からの最初の連絡日', sellerReply: '当店の返信日',
    returnTracking: '返品の追跡番号', returnReceived: '返品の受領日', refundDate: '返金日', claimDecided: '申請が認められた日',
    claimNotice: '申請通知の日付', insurer: '保険会社', policyNumber: '保険証券番号', coverage: '補償額', policyPeriod: '保険期間',
  },
  attach: {
    proofOfDelivery: '配送業者の配達証明（配達スキャン、GPS位置情報または受領サイン、あれば写真）',
    trackingHistory: '最初のスキャンを含む、配送業者の追跡履歴の全体',
    returnProof: '返品が当店に配達されたことを示す返品の追跡情報',
    returnPhotos: '受け取った状態の返品商品の写真',
    insuranceCertificate: '賠償責任保険の証明書',
    productPhotos: '商品本体、ラベル表示、安全上の注意表示の写真',
    productCompliance: '商品の安全性に関する認証書または試験報告書',
  },
};
