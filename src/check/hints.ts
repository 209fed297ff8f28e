// What to write instead, in the seller's UI language. One place for the checker's wording.
import type { FindingKind } from '../model.ts';

export const HINT_LANGS = ['en', 'de', 'zh', 'ja'] as const;
export type HintLang = (typeof HINT_LANGS)[number];

export type HintKey =
  | 'link' | 'link-shortener' | 'link-lookalike' | 'website-mention'
  | 'email' | 'phone' | 'contact-outside' | 'messaging-app' | 'social'
  | 'off-amazon-payment'
  | 'review-incentive' | 'review-change' | 'feedback-change' | 'review-positive' | 'review-happy-only' | 'review-stars'
  | 'marketing' | 'other-marketplace'
  | 'attachment' | 'emoji';

type Wording = Record<HintLang, string>;

export const HINTS: Record<HintKey, Wording> = {
  'link': {
    en: 'Remove the link; describe the step in words or point to Your Orders on Amazon.',
    de: 'Link entfernen; den Schritt in Worten beschreiben oder auf „Meine Bestellungen“ verweisen.',
    zh: '删除链接；用文字说明步骤，或引导买家到亚马逊“我的订单”。',
    ja: 'リンクを削除し、手順を文章で説明するかAmazonの注文履歴をご案内ください。',
  },
  'link-shortener': {
    en: 'Remove the short link: it hides where it leads. Only Amazon links are allowed.',
    de: 'Kurzlink entfernen: Er verbirgt das Ziel. Erlaubt sind nur Amazon-Links.',
    zh: '删除短链接：它隐藏了真实地址。只允许亚马逊链接。',
    ja: '短縮URLを削除してください。Amazonのリンクのみ使えます。',
  },
  'link-lookalike': {
    en: 'This address imitates Amazon with look-alike letters. Remove it.',
    de: 'Diese Adresse ahmt Amazon mit ähnlichen Zeichen nach. Entfernen.',
    zh: '该网址用形似字母冒充亚马逊，请删除。',
    ja: '似た文字でAmazonを装ったアドレスです。削除してください。',
  },
  'website-mention': {
    en: 'Do not send the buyer to your website; give the information here.',
    de: 'Nicht auf Ihre Website verweisen; die Information hier geben.',
    zh: '不要引导买家访问您的网站，请直接在消息中说明。',
    ja: '自社サイトへ誘導せず、必要な情報をここに書いてください。',
  },
  'email': {
    en: 'Remove the email address; ask the buyer to reply here.',
    de: 'E-Mail-Adresse entfernen; um Antwort hier bitten.',
    zh: '删除邮箱地址，请买家在此回复。',
    ja: 'メールアドレスを削除し、ここへの返信をお願いしてください。',
  },
  'phone': {
    en: 'Remove the phone number; keep the conversation in Buyer-Seller Messaging.',
    de: 'Telefonnummer entfernen; im Nachrichtenservice bleiben.',
    zh: '删除电话号码，在买家与卖家消息中继续沟通。',
    ja: '電話番号を削除し、購入者とのメッセージで続けてください。',
  },
  'contact-outside': {
    en: 'Do not invite contact outside Amazon; ask the buyer to reply to this message.',
    de: 'Nicht zu Kontakt außerhalb von Amazon einladen; um Antwort auf diese Nachricht bitten.',
    zh: '不要邀请买家站外联系，请买家直接回复此消息。',
    ja: 'Amazon外での連絡を促さず、このメッセージへの返信をお願いしてください。',
  },
  'messaging-app': {
    en: 'Do not move to a chat app; ask for photos or videos as attachments here.',
    de: 'Nicht in eine Chat-App wechseln; Fotos oder Videos als Anhang hier erbitten.',
    zh: '不要引导买家使用聊天软件，请买家在此以附件发送照片或视频。',
    ja: 'チャットアプリへ誘導せず、写真や動画はここに添付してもらってください。',
  },
  'social': {
    en: 'Remove social media names, pages and handles.',
    de: 'Social-Media-Namen, Seiten und Handles entfernen.',
    zh: '删除社交媒体名称、主页和账号。',
    ja: 'SNSの名称・ページ・アカウントを削除してください。',
  },
  'off-amazon-payment': {
    en: 'No money outside Amazon: refund from the order page or through an Amazon return.',
    de: 'Kein Geld außerhalb von Amazon: über die Bestellseite oder eine Amazon-Rücksendung erstatten.',
    zh: '不得站外收付款：请在订单页面退款或通过亚马逊退货。',
    ja: 'Amazon外でのお金のやり取りは禁止です。注文詳細の「返金」かAmazonの返品をご利用ください。',
  },
  'review-incentive': {
    en: 'Offer nothing for a review; solve the problem on its own.',
    de: 'Für Bewertungen nichts anbieten; das Problem für sich lösen.',
    zh: '不得以任何好处换取评价，请单独解决问题。',
    ja: 'レビューの見返りは禁止です。問題解決とは切り離してください。',
  },
  'review-change': {
    en: 'Do not ask to change or remove a review.',
    de: 'Nicht um Änderung oder Löschung einer Rezension bitten.',
    zh: '不要请求买家修改或删除评论。',
    ja: 'レビューの変更・削除をお願いしないでください。',
  },
  'feedback-change': {
    en: 'Once solved, you may say once that feedback can be updated; no pressure, nothing in return.',
    de: 'Nach der Lösung einmal erwähnen, dass Feedback änderbar ist; ohne Druck und Gegenleistung.',
    zh: '问题解决后可提一次反馈可以更新；不得施压或给好处。',
    ja: '解決後に一度だけ評価の更新が可能と伝えるのは可。催促や見返りは禁止です。',
  },
  'review-positive': {
    en: 'Ask for an honest review, not a positive one.',
    de: 'Um eine ehrliche, nicht um eine positive Bewertung bitten.',
    zh: '只能请求真实评价，不能要求好评。',
    ja: '高評価ではなく率直なレビューをお願いしてください。',
  },
  'review-happy-only': {
    en: 'Ask every buyer alike; do not steer unhappy buyers away from reviewing.',
    de: 'Alle Käufer gleich bitten; Unzufriedene nicht vom Bewerten abhalten.',
    zh: '对所有买家一视同仁，不要劝阻不满意的买家评价。',
    ja: '満足度にかかわらず同じようにお願いし、不満のある方のレビューを妨げないでください。',
  },
  'review-stars': {
    en: 'Do not mention a star rating.',
    de: 'Keine Sternezahl nennen.',
    zh: '不要提及星级。',
    ja: '星の数に触れないでください。',
  },
  'marketing': {
    en: 'Remove promotions (coupons, codes, other products, your store); write only about this order.',
    de: 'Werbung entfernen (Gutscheine, Codes, andere Produkte, Shop); nur über diese Bestellung schreiben.',
    zh: '删除营销内容（优惠券、折扣码、其他产品、店铺），只谈本订单。',
    ja: '宣伝（クーポン、コード、他の商品、ストア）を削除し、この注文のことだけ書いてください。',
  },
  'other-marketplace': {
    en: 'Do not point the buyer to another marketplace or shop.',
    de: 'Nicht auf andere Marktplätze oder Shops verweisen.',
    zh: '不要引导买家去其他平台或店铺。',
    ja: '他のモールやショップへ誘導しないでください。',
  },
  'attachment': {
    en: 'Attach only instructions, invoices or warranty documents.',
    de: 'Nur Anleitungen, Rechnungen oder Garantieunterlagen anhängen.',
    zh: '只能附加说明书、发票或保修文件。',
    ja: '添付できるのは説明書・請求書・保証書のみです。',
  },
  'emoji': {
    en: 'Remove emojis; messages with emojis may be blocked.',
    de: 'Emojis entfernen; solche Nachrichten können blockiert werden.',
    zh: '删除表情符号，否则消息可能被拦截。',
    ja: '絵文字を削除してください。ブロックされることがあります。',
  },
};

/** Short names of the finding kinds, for the inline warning and the popup. */
export const KIND_LABELS: Record<FindingKind, Wording> = {
  'link': { en: 'Outside link', de: 'Externer Link', zh: '外部链接', ja: '外部リンク' },
  'email': { en: 'Email address', de: 'E-Mail-Adresse', zh: '邮箱地址', ja: 'メールアドレス' },
  'phone': { en: 'Phone number', de: 'Telefonnummer', zh: '电话号码', ja: '電話番号' },
  'messaging-app': { en: 'Chat app', de: 'Chat-App', zh: '聊天软件', ja: 'チャットアプリ' },
  'social': { en: 'Social media', de: 'Social Media', zh: '社交媒体', ja: 'SNS' },
  'off-amazon-payment': { en: 'Payment outside Amazon', de: 'Zahlung außerhalb von Amazon', zh: '站外付款', ja: 'Amazon外での支払い' },
  'review-manipulation': { en: 'Review request not allowed', de: 'Unzulässige Bewertungsbitte', zh: '违规索评', ja: '禁止されたレビュー依頼' },
  'marketing': { en: 'Promotion', de: 'Werbung', zh: '营销内容', ja: '宣伝' },
  'attachment': { en: 'Attachment', de: 'Anhang', zh: '附件', ja: '添付ファイル' },
  'other': { en: 'Not allowed in messages', de: 'In Nachrichten nicht erlaubt', zh: '消息中不允许', ja: 'メッセージで禁止' },
};

export function hintFor(key: HintKey, lang: HintLang = 'en'): string {
  // A language the checker has no wording for (a caller passing the page's "fr") falls back to English.
  return HINTS[key][lang] ?? HINTS[key].en;
}
