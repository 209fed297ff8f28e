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
    en: 'Remove the link. Links to outside websites are not allowed; describe the step in words or point to the order in Your Orders on Amazon.',
    de: 'Link entfernen. Links zu externen Websites sind nicht erlaubt; beschreiben Sie den Schritt in Worten oder verweisen Sie auf die Bestellung unter „Meine Bestellungen“ bei Amazon.',
    zh: '请删除链接。不允许链接到亚马逊以外的网站；请用文字说明操作步骤，或引导买家到亚马逊“我的订单”中查看。',
    ja: 'リンクを削除してください。外部サイトへのリンクは禁止です。手順を文章で説明するか、Amazonの注文履歴をご案内ください。',
  },
  'link-shortener': {
    en: 'Remove the shortened link: it hides where it leads. Only links to Amazon pages are allowed.',
    de: 'Kurzlink entfernen: Er verbirgt das Ziel. Erlaubt sind nur Links zu Amazon-Seiten.',
    zh: '请删除短链接：它隐藏了真实地址。只允许亚马逊页面的链接。',
    ja: '短縮URLを削除してください。リンク先が分からないため禁止です。AmazonのページへのリンクのみOKです。',
  },
  'link-lookalike': {
    en: 'This address imitates an Amazon domain with look-alike letters. Remove it; use a real amazon link or none.',
    de: 'Diese Adresse ahmt eine Amazon-Domain mit ähnlich aussehenden Zeichen nach. Entfernen Sie sie.',
    zh: '该网址用形似字母冒充亚马逊域名，请删除。',
    ja: 'このアドレスは似た文字でAmazonのドメインを装っています。削除してください。',
  },
  'website-mention': {
    en: 'Do not send the buyer to your website. Give the information here in the message.',
    de: 'Verweisen Sie nicht auf Ihre Website. Geben Sie die Information direkt in der Nachricht.',
    zh: '不要引导买家访问您的网站，请直接在消息中提供信息。',
    ja: '自社サイトへ誘導しないでください。必要な情報はこのメッセージに書いてください。',
  },
  'email': {
    en: 'Remove the email address. Buyer-Seller Messaging is the only channel; ask the buyer to reply here.',
    de: 'E-Mail-Adresse entfernen. Kommunizieren Sie nur über den Käufer-Verkäufer-Nachrichtenservice; bitten Sie um Antwort hier.',
    zh: '请删除邮箱地址。只能通过买家与卖家消息服务沟通，请让买家在此回复。',
    ja: 'メールアドレスを削除してください。連絡は購入者とのメッセージのみで行い、ここに返信するようお願いしてください。',
  },
  'phone': {
    en: 'Remove the phone number. Keep the conversation in Buyer-Seller Messaging.',
    de: 'Telefonnummer entfernen. Führen Sie das Gespräch im Käufer-Verkäufer-Nachrichtenservice.',
    zh: '请删除电话号码。请在买家与卖家消息服务中继续沟通。',
    ja: '電話番号を削除してください。やり取りは購入者とのメッセージで続けてください。',
  },
  'contact-outside': {
    en: 'Do not invite the buyer to contact you outside Amazon. Ask them to reply to this message.',
    de: 'Laden Sie den Käufer nicht ein, Sie außerhalb von Amazon zu kontaktieren. Bitten Sie um Antwort auf diese Nachricht.',
    zh: '不要邀请买家在亚马逊之外联系您，请让买家直接回复此消息。',
    ja: 'Amazonの外での連絡を促さないでください。このメッセージへの返信をお願いしてください。',
  },
  'messaging-app': {
    en: 'Do not move the buyer to a chat app. Ask for photos or videos as attachments here in Buyer-Seller Messaging.',
    de: 'Verlagern Sie das Gespräch nicht in eine Chat-App. Bitten Sie um Fotos oder Videos als Anhang hier im Nachrichtenservice.',
    zh: '不要引导买家使用聊天软件。请让买家在买家与卖家消息中以附件形式发送照片或视频。',
    ja: 'チャットアプリへ誘導しないでください。写真や動画はこのメッセージに添付してもらってください。',
  },
  'social': {
    en: 'Remove social media names, pages and handles. Put the help you want to give into this message.',
    de: 'Social-Media-Namen, Seiten und Handles entfernen. Schreiben Sie die Hilfe direkt in diese Nachricht.',
    zh: '请删除社交媒体名称、主页和账号，把要提供的帮助直接写在消息里。',
    ja: 'SNSの名称・ページ・アカウントを削除してください。案内はこのメッセージに直接書いてください。',
  },
  'off-amazon-payment': {
    en: 'Never take or send money outside Amazon. Refund from the order page (Refund order) or let the buyer use an Amazon return.',
    de: 'Nehmen oder senden Sie nie Geld außerhalb von Amazon. Erstatten Sie über die Bestellseite (Bestellung erstatten) oder über eine Amazon-Rücksendung.',
    zh: '切勿在亚马逊之外收款或付款。请在订单页面（退款）中退款，或让买家通过亚马逊退货。',
    ja: 'Amazon外でのお金のやり取りは禁止です。返金は注文詳細の「返金」から行うか、Amazonの返品手続きをご案内ください。',
  },
  'review-incentive': {
    en: 'Nothing may be offered for a review or feedback. Solve the problem on its own, and ask for a review (if at all) without conditions.',
    de: 'Für Bewertungen darf nichts angeboten werden. Lösen Sie das Problem ohne Gegenleistung und bitten Sie, wenn überhaupt, ohne Bedingung um eine Bewertung.',
    zh: '不得以任何好处换取评价或反馈。请单独解决问题；如需请求评价，不得附带条件。',
    ja: 'レビューや評価の見返りに何かを提供することは禁止です。問題解決とレビュー依頼は切り離し、条件を付けないでください。',
  },
  'review-change': {
    en: 'Do not ask the buyer to change or remove a review. Solve the problem and leave the review to the buyer.',
    de: 'Bitten Sie nicht darum, eine Rezension zu ändern oder zu löschen. Lösen Sie das Problem und überlassen Sie die Bewertung dem Käufer.',
    zh: '不要请求买家修改或删除评论。解决问题即可，评价由买家自己决定。',
    ja: 'レビューの変更・削除をお願いしないでください。問題を解決し、評価は購入者に任せてください。',
  },
  'feedback-change': {
    en: 'After the problem is solved you may say once that the buyer can update their feedback; no pressure, nothing in return.',
    de: 'Nach der Lösung dürfen Sie einmal erwähnen, dass der Käufer sein Feedback aktualisieren kann; ohne Druck und ohne Gegenleistung.',
    zh: '问题解决后，可以提一次买家可以更新反馈；不得施压，不得给任何好处。',
    ja: '問題解決後に一度だけ、評価を更新できることを伝えるのは可能です。催促や見返りは禁止です。',
  },
  'review-positive': {
    en: 'Ask for an honest review, not a positive one or a particular rating.',
    de: 'Bitten Sie um eine ehrliche Bewertung, nicht um eine positive oder eine bestimmte Sternezahl.',
    zh: '只能请求真实的评价，不能要求好评或特定星级。',
    ja: '率直なレビューをお願いしてください。高評価や特定の星の数を求めてはいけません。',
  },
  'review-happy-only': {
    en: 'Ask every buyer alike, whether or not they are happy; do not steer unhappy buyers away from reviewing.',
    de: 'Bitten Sie alle Käufer gleich, ob zufrieden oder nicht; halten Sie unzufriedene Käufer nicht vom Bewerten ab.',
    zh: '请对所有买家一视同仁，不要只请满意的买家评价，也不要劝阻不满意的买家评价。',
    ja: '満足度にかかわらず全員に同じようにお願いしてください。不満のある購入者のレビューを妨げてはいけません。',
  },
  'review-stars': {
    en: 'Do not mention a star rating. Ask for an honest review without naming stars.',
    de: 'Nennen Sie keine Sternezahl. Bitten Sie um eine ehrliche Bewertung ohne Sterne zu erwähnen.',
    zh: '不要提及星级，只请求真实的评价。',
    ja: '星の数に触れないでください。率直なレビューをお願いするだけにしてください。',
  },
  'marketing': {
    en: 'Remove promotions: coupons, discount codes, other products, your store or newsletter. Messages may only deal with this order.',
    de: 'Werbung entfernen: Gutscheine, Rabattcodes, andere Produkte, Ihr Shop oder Newsletter. Nachrichten dürfen nur diese Bestellung betreffen.',
    zh: '请删除营销内容：优惠券、折扣码、其他产品、店铺或订阅。消息只能涉及本订单。',
    ja: '宣伝を削除してください（クーポン、割引コード、他の商品、ストア、メルマガ）。メッセージはこの注文に関する内容だけにしてください。',
  },
  'other-marketplace': {
    en: 'Do not point the buyer to another marketplace or shop. Keep the sale on Amazon.',
    de: 'Verweisen Sie nicht auf andere Marktplätze oder Shops. Der Verkauf bleibt bei Amazon.',
    zh: '不要引导买家去其他平台或店铺购买，交易须在亚马逊完成。',
    ja: '他のモールやショップへ誘導しないでください。取引はAmazon上で行ってください。',
  },
  'attachment': {
    en: 'Only instructions, invoices or warranty documents may be attached. Leave out catalogues, photos and other files.',
    de: 'Anhängen dürfen Sie nur Anleitungen, Rechnungen oder Garantieunterlagen. Keine Kataloge, Fotos oder andere Dateien.',
    zh: '只能附加说明书、发票或保修文件，不要附加目录、图片等其他文件。',
    ja: '添付できるのは説明書・請求書・保証書のみです。カタログや写真などは添付しないでください。',
  },
  'emoji': {
    en: 'Remove emojis; Amazon may block messages that contain them.',
    de: 'Emojis entfernen; Amazon kann Nachrichten mit Emojis blockieren.',
    zh: '请删除表情符号，亚马逊可能会拦截包含表情的消息。',
    ja: '絵文字を削除してください。絵文字を含むメッセージはブロックされることがあります。',
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
