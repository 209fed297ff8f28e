// Guard wording in the seller's Seller Central UI language. Rule ids are policy/RULES.md ids.
import type { Guard } from '../../messaging.ts';

type Lang = 'en' | 'zh' | 'ja' | 'de';
type Text = { body: Record<Guard['kind'], string>; dismiss: string; brand: string };

const TEXT: Record<Lang, Text> = {
  en: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': 'Do not ship a Pending order. Amazon has not confirmed the payment yet: wait until the order shows Unshipped.',
      'protected-no-refund': 'Refunding this order yourself voids Buy Shipping protection. Amazon pays when the buyer files an A-to-z claim.',
      'keep-on-amazon': 'The buyer asked to move off Amazon. Keep the conversation and the payment on Amazon: the Claimwise popup has a compliant reply.',
    },
    dismiss: 'Dismiss for this order',
  },
  zh: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': '不要发货：订单仍为"等待中"。亚马逊尚未确认付款，请等到订单显示"未发货"。',
      'protected-no-refund': '自行退款会使"购买配送"的索赔保护失效。买家提交 A-to-z 索赔后由亚马逊赔付。',
      'keep-on-amazon': '买家要求在亚马逊之外联系或付款。请把沟通和付款都留在亚马逊；Claimwise 弹窗中有合规回复。',
    },
    dismiss: '此订单不再提示',
  },
  ja: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': '保留中の注文は出荷しないでください。Amazon が支払いを確認していません。「未出荷」になるまで待ってください。',
      'protected-no-refund': 'ご自身で返金すると、購入配送ラベルの申請保護が無効になります。購入者がマーケットプレイス保証を申請すれば Amazon が補償します。',
      'keep-on-amazon': '購入者が Amazon 外での連絡や支払いを求めています。やり取りと支払いは Amazon 上で行ってください。規約に沿った返信は Claimwise のポップアップにあります。',
    },
    dismiss: 'この注文では表示しない',
  },
  de: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': 'Eine ausstehende Bestellung nicht versenden. Amazon hat die Zahlung noch nicht bestätigt: warten Sie, bis sie als „Nicht versandt" erscheint.',
      'protected-no-refund': 'Eine eigene Erstattung hebt den Schutz von „Versand über Amazon" auf. Amazon zahlt, wenn der Käufer einen A-bis-z-Antrag stellt.',
      'keep-on-amazon': 'Der Käufer möchte außerhalb von Amazon kommunizieren oder zahlen. Bleiben Sie mit Nachricht und Zahlung bei Amazon: eine konforme Antwort steht im Claimwise-Popup.',
    },
    dismiss: 'Für diese Bestellung ausblenden',
  },
};

export function guardText(uiLanguage: string | null): Text {
  const lang = (uiLanguage ?? 'en').slice(0, 2) as Lang;
  return TEXT[lang] ?? TEXT.en;
}
