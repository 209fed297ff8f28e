// Guard wording in the seller's Seller Central UI language, with Amazon's own names for statuses and programmes in
// that language, so the warning reads like the page it sits in. Rule ids are policy/RULES.md ids.
import type { Guard } from '../../messaging.ts';
import { UI_LANGS, uiLang, type UiLang } from '../../words/langs.ts';

/** The guards speak every UI language (src/words/langs.ts); a language added there must be worded here. */
export const GUARD_LANGS = UI_LANGS;
export type GuardLang = UiLang;
export type GuardText = { body: Record<Guard['kind'], string>; dismiss: string; brand: string };

export const GUARD_TEXT: Record<GuardLang, GuardText> = {
  en: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': 'Do not ship a Pending order. Amazon has not confirmed the payment yet: wait until the order shows Unshipped.',
      'protected-no-refund': 'Refunding this order yourself voids Buy Shipping protection. Amazon pays when the buyer files an A-to-z claim.',
      'keep-on-amazon': 'The buyer asked to move off Amazon. Keep the conversation and the payment on Amazon: the Claimwise popup has a compliant reply.',
    },
    dismiss: 'Dismiss for this order',
  },
  de: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': 'Eine ausstehende Bestellung nicht versenden. Amazon hat die Zahlung noch nicht bestätigt: warten Sie, bis sie als „Nicht versandt“ erscheint.',
      'protected-no-refund': 'Eine eigene Erstattung hebt den Schutz von „Versand über Amazon“ auf. Amazon zahlt, wenn der Käufer einen Antrag auf A-bis-z-Garantie stellt.',
      'keep-on-amazon': 'Der Käufer möchte außerhalb von Amazon kommunizieren oder zahlen. Bleiben Sie mit Nachricht und Zahlung bei Amazon: eine regelkonforme Antwort steht im Claimwise-Popup.',
    },
    dismiss: 'Für diese Bestellung ausblenden',
  },
  fr: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': 'N’expédiez pas une commande En attente. Amazon n’a pas encore confirmé le paiement : attendez qu’elle apparaisse comme Non expédiée.',
      'protected-no-refund': 'Rembourser vous-même cette commande annule la protection de l’Achat d’étiquettes d’expédition. Amazon paie quand l’acheteur dépose une réclamation au titre de la Garantie A à Z.',
      'keep-on-amazon': 'L’acheteur veut échanger ou payer en dehors d’Amazon. Gardez la conversation et le paiement sur Amazon : la fenêtre Claimwise propose une réponse conforme.',
    },
    dismiss: 'Masquer pour cette commande',
  },
  es: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': 'No envíe un pedido Pendiente. Amazon aún no ha confirmado el pago: espere a que el pedido aparezca como Sin enviar.',
      'protected-no-refund': 'Si reembolsa este pedido usted mismo, pierde la protección de Comprar envío. Amazon paga cuando el comprador presenta una reclamación de la Garantía de la A a la Z.',
      'keep-on-amazon': 'El comprador quiere comunicarse o pagar fuera de Amazon. Mantenga la conversación y el pago en Amazon: la ventana de Claimwise tiene una respuesta conforme.',
    },
    dismiss: 'Ocultar para este pedido',
  },
  it: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': 'Non spedire un ordine In sospeso. Amazon non ha ancora confermato il pagamento: attendi che l’ordine risulti Non spedito.',
      'protected-no-refund': 'Se rimborsi tu questo ordine perdi la protezione di Acquista spedizione. Amazon paga quando l’acquirente presenta un reclamo nell’ambito della Garanzia dalla A alla Z.',
      'keep-on-amazon': 'L’acquirente vuole comunicare o pagare al di fuori di Amazon. Mantieni conversazione e pagamento su Amazon: la finestra di Claimwise ha una risposta conforme.',
    },
    dismiss: 'Nascondi per questo ordine',
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
  zh: {
    brand: 'Claimwise',
    body: {
      'pending-no-ship': '不要发货：订单仍为"等待中"。亚马逊尚未确认付款，请等到订单显示"未发货"。',
      'protected-no-refund': '自行退款会使"购买配送"的索赔保护失效。买家提交 A-to-z 索赔后由亚马逊赔付。',
      'keep-on-amazon': '买家要求在亚马逊之外联系或付款。请把沟通和付款都留在亚马逊；Claimwise 弹窗中有合规回复。',
    },
    dismiss: '此订单不再提示',
  },
};

/** The language for a page's UI language tag ("de", "zh-CN", null when the readers found none); English otherwise. */
export function guardLang(uiLanguage: string | null): GuardLang {
  return uiLang(uiLanguage) ?? 'en';
}

export function guardText(uiLanguage: string | null): GuardText {
  return GUARD_TEXT[guardLang(uiLanguage)];
}
