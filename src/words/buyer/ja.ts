// Japanese buyer replies (です/ます, customer-service register). Same facts and limits as the English wording:
// nothing invented, no refund or reship promised for a protected order (BS-CLAIMS-PROTECTED), nothing outside
// Amazon (MSG-PROHIBITED, OFF-AMAZON). The A-to-z Guarantee is "Amazonマーケットプレイス保証" on amazon.co.jp.
import type { BuyerFacts, BuyerWording } from './types.ts';
import { sentences, settled } from './types.ts';

const s = (...p: (string | null | undefined | false)[]): string | null => sentences('', ...p);
const ORDERS = 'Amazonの「注文履歴」';

function order(f: BuyerFacts): string {
  return `ご注文（注文番号：${f.orderId}）`;
}

function thanks(f: BuyerFacts): string {
  return `${order(f)}についてご連絡いただき、ありがとうございます。`;
}

const by = (f: BuyerFacts): string => (f.carrier ? `${f.carrier}にて` : '');
const trackingNo = (f: BuyerFacts): string | null => f.trackingId && `追跡番号は${f.trackingId}です。`;
const arrival = (f: BuyerFacts): string | null => f.deliverBy && `${f.deliverBy}までにお届けの予定です。`;

function whereItIs(f: BuyerFacts): string | null {
  if (f.status === 'canceled') return 'このご注文はキャンセル済みです。';
  if (f.status === 'delivered' || f.deliveredAt) {
    return f.deliveredAt ? `配送状況によると、ご注文の商品は${f.deliveredAt}に配達済みとなっております。`
      : '配送状況によると、ご注文の商品は配達済みとなっております。';
  }
  if (f.shippedAt) return s(`ご注文の商品は${f.shippedAt}に${by(f)}発送いたしました。`, trackingNo(f), arrival(f));
  if (f.status === 'shipped' || f.carrier || f.trackingId) return s(`ご注文の商品は${by(f)}発送済みです。`, trackingNo(f), arrival(f));
  if (f.status === 'unshipped' && f.shipBy) return `ご注文の商品は${f.shipBy}までに発送いたします。`;
  return null;
}

export const ja: BuyerWording = {
  greeting: 'この度は当店をご利用いただき、誠にありがとうございます。',
  signOff: (sig) => (sig ? `何卒よろしくお願いいたします。\n${sig}` : '何卒よろしくお願いいたします。'),
  templates: {
    'dont-ship-pending': (f) => [
      `${order(f)}は、現在Amazonにて確認中です。Amazonによる確認が完了するまで、当店から発送することができません。確認が完了しましたら、すぐに発送の準備をいたします。`,
      'この件はAmazonでのみ確認・対応が可能なため、確認手続きやお支払いについてご不明な点がございましたら、Amazonカスタマーサービスへお問い合わせくださいますようお願いいたします。',
    ],
    'ship-by-deadline': (f) => [
      thanks(f),
      s(f.shipBy ? `ご注文の商品は${f.shipBy}までに発送いたします。` : 'ご注文の商品は、Amazonに表示されている出荷作業日数内に発送いたします。', arrival(f)),
      `発送後は、${ORDERS}から配送状況をご確認いただけます。`,
    ],
    'ship-or-cancel-late': (f) => f.autoCanceled ? [
      `${order(f)}を期限内に発送できず、誠に申し訳ございません。`,
      'このためご注文はキャンセルとなり、代金は請求されません。',
      'ご不便をおかけしましたことを深くお詫び申し上げます。',
    ] : [
      s(`${order(f)}の発送が遅れており、誠に申し訳ございません。`, f.shipBy && `本来は${f.shipBy}までに発送すべきところでした。`),
      `現在発送に向けて対応しており、発送後は${ORDERS}から配送状況をご確認いただけます。`,
      'お待ちいただくのが難しい場合は、「注文履歴」からキャンセルをリクエストいただくか、本メッセージにご返信ください。ご注文をキャンセルいたします。',
    ],
    'cancel-on-request': (f) => f.status === 'canceled'
      ? [thanks(f), `ご依頼のとおり、ご注文をキャンセルいたしました。キャンセルの状況は${ORDERS}からご確認いただけます。`]
      : [thanks(f), `キャンセルをご希望の場合は、${ORDERS}から該当のご注文を開き、キャンセルをリクエストしてください。リクエストを確認次第、ご注文をキャンセルいたします。`],
    'cancel-and-reorder': (f) => [
      `${order(f)}のお届け先変更についてご連絡いただき、ありがとうございます。`,
      '当店では、Amazonのご注文に登録されている住所にのみ発送が可能で、当店側で住所を変更することはできません。',
      `新しい住所へのお届けをご希望の場合は、お手数ですが${ORDERS}からこのご注文のキャンセルをリクエストいただき、新しい住所で改めてご注文ください。リクエストを確認次第、このご注文をキャンセルいたします。`,
    ],
    'carrier-intercept': (f) => [
      `${order(f)}のお届け先変更についてご連絡いただき、ありがとうございます。`,
      s(`ご注文の商品はすでに${by(f)}発送済みのため、ご注文の住所を変更することはできません。`, trackingNo(f)),
      `${f.carrier ?? '配送業者'}に新しい住所への転送が可能かどうか問い合わせ、結果をご連絡いたします。なお、転送できるかどうかはお約束できませんので、あらかじめご了承ください。`,
    ],
    'share-tracking': (f) => [
      thanks(f),
      whereItIs(f),
      !settled(f) && `配送状況は、${ORDERS}からいつでもご確認いただけます。`,
    ],
    'direct-to-a-to-z': (f) => [
      `${order(f)}の商品がお手元に届いていないとのこと、ご心配をおかけして申し訳ございません。`,
      f.status === 'delivered' || f.deliveredAt
        ? `${f.carrier ? `${f.carrier}の` : ''}配送状況${f.trackingId ? `（追跡番号：${f.trackingId}）` : ''}では、${f.deliveredAt ? `${f.deliveredAt}に` : ''}配達済みとなっております。`
        : f.shippedAt ? s(`ご注文の商品は${f.shippedAt}に${by(f)}発送しておりますが、配送状況ではまだ配達済みとなっておりません。`, trackingNo(f))
          : trackingNo(f),
      'お手数ですが、郵便受けや玄関先、宅配ボックスなどご自宅の周辺をご確認いただくとともに、ご近所の方やご家族など、代わりに受け取った方がいらっしゃらないかご確認ください。',
      `それでも見つからない場合は、${ORDERS}の該当するご注文から、Amazonマーケットプレイス保証の申請を行ってください。Amazonが状況を確認し、対応いたします。`,
    ],
    'refund-or-reship': (f) => [
      `${order(f)}の商品が${f.deliverBy ? `お届け予定日（${f.deliverBy}）までに` : 'まだ'}お手元に届いておらず、誠に申し訳ございません。`,
      '代替品の再送、またはご注文金額の全額返金のいずれかで対応させていただきます。',
      'ご希望の方法を、本メッセージへのご返信でお知らせください。',
    ],
    'authorize-return': (f) => f.returnWindowEnded ? [
      `${order(f)}の返品リクエストをいただき、ありがとうございます。`,
      `この注文の返品受付期間は${f.returnWindowEnded}に終了しております。ご依頼の内容を確認のうえ、対応について改めてご連絡いたします。`,
    ] : [
      `${order(f)}の返品リクエストをいただき、ありがとうございます。`,
      `返品を承認いたしました。${ORDERS}に表示される返品手順に沿ってご返送ください。`,
      '商品の到着を確認次第、速やかに返金の手続きをいたします。',
    ],
    'refund-return': (f) => [
      f.returnReceivedAt ? `${order(f)}の返品商品を${f.returnReceivedAt}に受け取りました。` : `${order(f)}の返品商品を受け取りました。`,
      s(f.refundedAt ? `返金は${f.refundedAt}に手続きいたしました。` : 'ただいま返金の手続きを進めております。',
        'お支払い方法によっては、返金が反映されるまで数日かかる場合がございます。'),
    ],
    'reply-to-buyer': (f) => [
      thanks(f),
      whereItIs(f),
      'お問い合わせの内容を確認しておりますので、追ってご連絡いたします。',
    ],
    'keep-on-amazon': (f) => [
      thanks(f),
      'Amazonの規約により、お客様とのやり取りおよびお支払いはAmazonを通じてのみ行うこととなっており、それ以外の方法はご利用いただけません。',
      'ご注文に関するご質問は、引き続きこちらのAmazonのメッセージにて承ります。',
    ],
  },
};
