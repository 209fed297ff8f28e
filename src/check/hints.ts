// What to write instead, in the seller's UI language. One place for the checker's wording. Every UI language of
// the registry has every text: a language added there makes this file fail to compile until it is worded here.
// Amazon's own names are used where the seller meets them (« Vos commandes », «Mis pedidos», «I miei ordini»).
import type { FindingKind } from '../model.ts';
import type { UiLang } from '../words/langs.ts';

/** The languages the checker words its findings in: the UI languages. */
export type HintLang = UiLang;

export type HintKey =
  | 'link' | 'link-shortener' | 'link-lookalike' | 'website-mention'
  | 'email' | 'phone' | 'contact-outside' | 'messaging-app' | 'social'
  | 'off-amazon-payment'
  | 'review-incentive' | 'review-change' | 'feedback-change' | 'review-positive' | 'review-happy-only' | 'review-stars'
  | 'marketing' | 'other-marketplace'
  | 'attachment' | 'emoji';

type Wording = Readonly<Record<UiLang, string>>;

export const HINTS: Record<HintKey, Wording> = {
  'link': {
    en: 'Remove the link; describe the step in words or point to Your Orders on Amazon.',
    de: 'Link entfernen; den Schritt in Worten beschreiben oder auf „Meine Bestellungen“ verweisen.',
    fr: 'Supprimez le lien ; décrivez l’étape par écrit ou renvoyez vers « Vos commandes » sur Amazon.',
    es: 'Elimine el enlace; describa el paso por escrito o remita a «Mis pedidos» en Amazon.',
    it: 'Rimuovi il link; descrivi il passaggio per iscritto o rimanda a «I miei ordini» su Amazon.',
    zh: '删除链接；用文字说明步骤，或引导买家到亚马逊“我的订单”。',
    ja: 'リンクを削除し、手順を文章で説明するかAmazonの注文履歴をご案内ください。',
  },
  'link-shortener': {
    en: 'Remove the short link: it hides where it leads. Only Amazon links are allowed.',
    de: 'Kurzlink entfernen: Er verbirgt das Ziel. Erlaubt sind nur Amazon-Links.',
    fr: 'Supprimez le lien raccourci : il masque sa destination. Seuls les liens Amazon sont autorisés.',
    es: 'Elimine el enlace acortado: oculta adónde lleva. Solo se permiten enlaces de Amazon.',
    it: 'Rimuovi il link abbreviato: nasconde la destinazione. Sono consentiti solo link Amazon.',
    zh: '删除短链接：它隐藏了真实地址。只允许亚马逊链接。',
    ja: '短縮URLを削除してください。Amazonのリンクのみ使えます。',
  },
  'link-lookalike': {
    en: 'This address imitates Amazon with look-alike letters. Remove it.',
    de: 'Diese Adresse ahmt Amazon mit ähnlichen Zeichen nach. Entfernen.',
    fr: 'Cette adresse imite Amazon avec des caractères ressemblants. Supprimez-la.',
    es: 'Esta dirección imita a Amazon con caracteres parecidos. Elimínela.',
    it: 'Questo indirizzo imita Amazon con caratteri simili. Rimuovilo.',
    zh: '该网址用形似字母冒充亚马逊，请删除。',
    ja: '似た文字でAmazonを装ったアドレスです。削除してください。',
  },
  'website-mention': {
    en: 'Do not send the buyer to your website; give the information here.',
    de: 'Nicht auf Ihre Website verweisen; die Information hier geben.',
    fr: 'Ne renvoyez pas l’acheteur vers votre site web ; donnez l’information ici.',
    es: 'No remita al comprador a su sitio web; dé la información aquí.',
    it: 'Non indirizzare l’acquirente al tuo sito web; fornisci qui l’informazione.',
    zh: '不要引导买家访问您的网站，请直接在消息中说明。',
    ja: '自社サイトへ誘導せず、必要な情報をここに書いてください。',
  },
  'email': {
    en: 'Remove the email address; ask the buyer to reply here.',
    de: 'E-Mail-Adresse entfernen; um Antwort hier bitten.',
    fr: 'Supprimez l’adresse e-mail ; demandez à l’acheteur de répondre ici.',
    es: 'Elimine la dirección de correo electrónico; pida al comprador que responda aquí.',
    it: 'Rimuovi l’indirizzo e-mail; chiedi all’acquirente di rispondere qui.',
    zh: '删除邮箱地址，请买家在此回复。',
    ja: 'メールアドレスを削除し、ここへの返信をお願いしてください。',
  },
  'phone': {
    en: 'Remove the phone number; keep the conversation in Buyer-Seller Messaging.',
    de: 'Telefonnummer entfernen; im Nachrichtenservice bleiben.',
    fr: 'Supprimez le numéro de téléphone ; restez dans la messagerie acheteur-vendeur.',
    es: 'Elimine el número de teléfono; siga en la mensajería entre compradores y vendedores.',
    it: 'Rimuovi il numero di telefono; resta nei messaggi tra acquirente e venditore.',
    zh: '删除电话号码，在买家与卖家消息中继续沟通。',
    ja: '電話番号を削除し、購入者とのメッセージで続けてください。',
  },
  'contact-outside': {
    en: 'Do not invite contact outside Amazon; ask the buyer to reply to this message.',
    de: 'Nicht zu Kontakt außerhalb von Amazon einladen; um Antwort auf diese Nachricht bitten.',
    fr: 'N’invitez pas à un contact hors d’Amazon ; demandez à l’acheteur de répondre à ce message.',
    es: 'No invite a contactar fuera de Amazon; pida al comprador que responda a este mensaje.',
    it: 'Non invitare a contatti fuori da Amazon; chiedi all’acquirente di rispondere a questo messaggio.',
    zh: '不要邀请买家站外联系，请买家直接回复此消息。',
    ja: 'Amazon外での連絡を促さず、このメッセージへの返信をお願いしてください。',
  },
  'messaging-app': {
    en: 'Do not move to a chat app; ask for photos or videos as attachments here.',
    de: 'Nicht in eine Chat-App wechseln; Fotos oder Videos als Anhang hier erbitten.',
    fr: 'Ne passez pas à une application de messagerie ; demandez les photos ou vidéos en pièce jointe ici.',
    es: 'No pase a una aplicación de mensajería; pida las fotos o vídeos como archivos adjuntos aquí.',
    it: 'Non passare a un’app di messaggistica; chiedi foto o video come allegati qui.',
    zh: '不要引导买家使用聊天软件，请买家在此以附件发送照片或视频。',
    ja: 'チャットアプリへ誘導せず、写真や動画はここに添付してもらってください。',
  },
  'social': {
    en: 'Remove social media names, pages and handles.',
    de: 'Social-Media-Namen, Seiten und Handles entfernen.',
    fr: 'Supprimez les noms, pages et identifiants de réseaux sociaux.',
    es: 'Elimine nombres, páginas y perfiles de redes sociales.',
    it: 'Rimuovi nomi, pagine e profili dei social network.',
    zh: '删除社交媒体名称、主页和账号。',
    ja: 'SNSの名称・ページ・アカウントを削除してください。',
  },
  'off-amazon-payment': {
    en: 'No money outside Amazon: refund from the order page or through an Amazon return.',
    de: 'Kein Geld außerhalb von Amazon: über die Bestellseite oder eine Amazon-Rücksendung erstatten.',
    fr: 'Pas d’argent hors d’Amazon : remboursez depuis la page de la commande ou par un retour Amazon.',
    es: 'Nada de dinero fuera de Amazon: reembolse desde la página del pedido o con una devolución de Amazon.',
    it: 'Niente denaro fuori da Amazon: rimborsa dalla pagina dell’ordine o con un reso Amazon.',
    zh: '不得站外收付款：请在订单页面退款或通过亚马逊退货。',
    ja: 'Amazon外でのお金のやり取りは禁止です。注文詳細の「返金」かAmazonの返品をご利用ください。',
  },
  'review-incentive': {
    en: 'Offer nothing for a review; solve the problem on its own.',
    de: 'Für Bewertungen nichts anbieten; das Problem für sich lösen.',
    fr: 'N’offrez rien en échange d’un avis ; résolvez le problème indépendamment.',
    es: 'No ofrezca nada a cambio de una opinión; resuelva el problema por separado.',
    it: 'Non offrire nulla in cambio di una recensione; risolvi il problema a prescindere.',
    zh: '不得以任何好处换取评价，请单独解决问题。',
    ja: 'レビューの見返りは禁止です。問題解決とは切り離してください。',
  },
  'review-change': {
    en: 'Do not ask to change or remove a review.',
    de: 'Nicht um Änderung oder Löschung einer Rezension bitten.',
    fr: 'Ne demandez pas de modifier ou de supprimer un avis.',
    es: 'No pida que se modifique o elimine una opinión.',
    it: 'Non chiedere di modificare o rimuovere una recensione.',
    zh: '不要请求买家修改或删除评论。',
    ja: 'レビューの変更・削除をお願いしないでください。',
  },
  'feedback-change': {
    en: 'Once solved, you may say once that feedback can be updated; no pressure, nothing in return.',
    de: 'Nach der Lösung einmal erwähnen, dass Feedback änderbar ist; ohne Druck und Gegenleistung.',
    fr: 'Une fois résolu, vous pouvez dire une seule fois que l’évaluation peut être modifiée ; sans pression ni contrepartie.',
    es: 'Una vez resuelto, puede decir una sola vez que la valoración se puede cambiar; sin presión ni nada a cambio.',
    it: 'Una volta risolto, puoi dire una sola volta che il feedback si può aggiornare; senza pressioni né contropartite.',
    zh: '问题解决后可提一次反馈可以更新；不得施压或给好处。',
    ja: '解決後に一度だけ評価の更新が可能と伝えるのは可。催促や見返りは禁止です。',
  },
  'review-positive': {
    en: 'Ask for an honest review, not a positive one.',
    de: 'Um eine ehrliche, nicht um eine positive Bewertung bitten.',
    fr: 'Demandez un avis sincère, pas un avis positif.',
    es: 'Pida una opinión sincera, no una positiva.',
    it: 'Chiedi una recensione sincera, non una positiva.',
    zh: '只能请求真实评价，不能要求好评。',
    ja: '高評価ではなく率直なレビューをお願いしてください。',
  },
  'review-happy-only': {
    en: 'Ask every buyer alike; do not steer unhappy buyers away from reviewing.',
    de: 'Alle Käufer gleich bitten; Unzufriedene nicht vom Bewerten abhalten.',
    fr: 'Sollicitez tous les acheteurs de la même façon ; ne dissuadez pas les mécontents de laisser un avis.',
    es: 'Pida lo mismo a todos los compradores; no disuada a los insatisfechos de dejar una opinión.',
    it: 'Chiedi allo stesso modo a tutti gli acquirenti; non scoraggiare gli insoddisfatti dal lasciare una recensione.',
    zh: '对所有买家一视同仁，不要劝阻不满意的买家评价。',
    ja: '満足度にかかわらず同じようにお願いし、不満のある方のレビューを妨げないでください。',
  },
  'review-stars': {
    en: 'Do not mention a star rating.',
    de: 'Keine Sternezahl nennen.',
    fr: 'Ne mentionnez pas de nombre d’étoiles.',
    es: 'No mencione una valoración en estrellas.',
    it: 'Non menzionare un numero di stelle.',
    zh: '不要提及星级。',
    ja: '星の数に触れないでください。',
  },
  'marketing': {
    en: 'Remove promotions (coupons, codes, other products, your store); write only about this order.',
    de: 'Werbung entfernen (Gutscheine, Codes, andere Produkte, Shop); nur über diese Bestellung schreiben.',
    fr: 'Supprimez la promotion (coupons, codes, autres produits, votre boutique) ; ne parlez que de cette commande.',
    es: 'Elimine la promoción (cupones, códigos, otros productos, su tienda); escriba solo sobre este pedido.',
    it: 'Rimuovi la promozione (coupon, codici, altri prodotti, il tuo negozio); scrivi solo di questo ordine.',
    zh: '删除营销内容（优惠券、折扣码、其他产品、店铺），只谈本订单。',
    ja: '宣伝（クーポン、コード、他の商品、ストア）を削除し、この注文のことだけ書いてください。',
  },
  'other-marketplace': {
    en: 'Do not point the buyer to another marketplace or shop.',
    de: 'Nicht auf andere Marktplätze oder Shops verweisen.',
    fr: 'Ne renvoyez pas l’acheteur vers une autre place de marché ou boutique.',
    es: 'No remita al comprador a otro marketplace o tienda.',
    it: 'Non indirizzare l’acquirente verso un altro marketplace o negozio.',
    zh: '不要引导买家去其他平台或店铺。',
    ja: '他のモールやショップへ誘導しないでください。',
  },
  'attachment': {
    en: 'Attach only instructions, invoices or warranty documents.',
    de: 'Nur Anleitungen, Rechnungen oder Garantieunterlagen anhängen.',
    fr: 'Ne joignez que des instructions, des factures ou des documents de garantie.',
    es: 'Adjunte solo instrucciones, facturas o documentos de garantía.',
    it: 'Allega solo istruzioni, fatture o documenti di garanzia.',
    zh: '只能附加说明书、发票或保修文件。',
    ja: '添付できるのは説明書・請求書・保証書のみです。',
  },
  'emoji': {
    en: 'Remove emojis; messages with emojis may be blocked.',
    de: 'Emojis entfernen; solche Nachrichten können blockiert werden.',
    fr: 'Supprimez les emojis ; un message qui en contient peut être bloqué.',
    es: 'Elimine los emojis; los mensajes con emojis pueden bloquearse.',
    it: 'Rimuovi le emoji; i messaggi con emoji possono essere bloccati.',
    zh: '删除表情符号，否则消息可能被拦截。',
    ja: '絵文字を削除してください。ブロックされることがあります。',
  },
};

/** Short names of the finding kinds, for the inline warning and the popup. */
export const KIND_LABELS: Record<FindingKind, Wording> = {
  'link': {
    en: 'Outside link', de: 'Externer Link', fr: 'Lien externe',
    es: 'Enlace externo', it: 'Link esterno', ja: '外部リンク', zh: '外部链接',
  },
  'email': {
    en: 'Email address', de: 'E-Mail-Adresse', fr: 'Adresse e-mail',
    es: 'Correo electrónico', it: 'Indirizzo e-mail', ja: 'メールアドレス', zh: '邮箱地址',
  },
  'phone': {
    en: 'Phone number', de: 'Telefonnummer', fr: 'Numéro de téléphone',
    es: 'Número de teléfono', it: 'Numero di telefono', ja: '電話番号', zh: '电话号码',
  },
  'messaging-app': {
    en: 'Chat app', de: 'Chat-App', fr: 'Application de messagerie',
    es: 'Aplicación de mensajería', it: 'App di messaggistica', ja: 'チャットアプリ', zh: '聊天软件',
  },
  'social': {
    en: 'Social media', de: 'Social Media', fr: 'Réseaux sociaux',
    es: 'Redes sociales', it: 'Social network', ja: 'SNS', zh: '社交媒体',
  },
  'off-amazon-payment': {
    en: 'Payment outside Amazon', de: 'Zahlung außerhalb von Amazon', fr: 'Paiement hors d’Amazon',
    es: 'Pago fuera de Amazon', it: 'Pagamento fuori da Amazon', ja: 'Amazon外での支払い', zh: '站外付款',
  },
  'review-manipulation': {
    en: 'Review request not allowed', de: 'Unzulässige Bewertungsbitte', fr: 'Demande d’avis non autorisée',
    es: 'Solicitud de opinión no permitida', it: 'Richiesta di recensione non consentita', ja: '禁止されたレビュー依頼', zh: '违规索评',
  },
  'marketing': {
    en: 'Promotion', de: 'Werbung', fr: 'Contenu promotionnel',
    es: 'Promoción', it: 'Promozione', ja: '宣伝', zh: '营销内容',
  },
  'attachment': {
    en: 'Attachment', de: 'Anhang', fr: 'Pièce jointe',
    es: 'Archivo adjunto', it: 'Allegato', ja: '添付ファイル', zh: '附件',
  },
  'other': {
    en: 'Not allowed in messages', de: 'In Nachrichten nicht erlaubt', fr: 'Interdit dans les messages',
    es: 'No permitido en los mensajes', it: 'Non consentito nei messaggi', ja: 'メッセージで禁止', zh: '消息中不允许',
  },
};

export function hintFor(key: HintKey, lang: UiLang = 'en'): string {
  // Callers outside the type checker (a page's "pt-BR" passed through) still get a hint: English.
  return HINTS[key][lang] ?? HINTS[key].en;
}
