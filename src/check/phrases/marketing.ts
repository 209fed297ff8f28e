// Promotion (MSG-PROHIBITED: marketing, coupons, other products) and pointers away from Amazon: other
// marketplaces, the seller's website, "call us", "email us" (OFF-AMAZON).
import { anyOf, cjk, words, type PhraseRule } from './build.ts';

const PROMOTION = anyOf([
  // en
  // A coupon offered ("a coupon", "coupon code"), not one the buyer saw on Amazon ("the coupon you saw")
  words('(?:a|an|our|this|free|exclusive|special)\\s+(?:\\w+\\s+){0,2}?(?:coupons?|vouchers?)', 'coupons?\\s+(?:codes?|for)',
    'vouchers?\\s+(?:codes?|for)', 'promo(?:tional)?\\s+codes?',
    '(?:use|with|enter|apply)\\s+(?:our\\s+)?code', 'codes?\\s+at\\s+checkout', 'skip\\s+amazon',
    '(?:order|buy|purchase)\\s+(?:it\\s+|them\\s+)?directly\\s+(?:from|with|through)\\s+us', 'discount\\s+codes?', 'gift\\s+codes?',
    '\\d+\\s?%\\s+off', 'off\\s+your\\s+next\\s+(?:order|purchase)', '(?:discount|savings?|credit)\\s+(?:on|for)\\s+your\\s+next',
    'visit\\s+our\\s+(?:amazon\\s+)?(?:store|shop|storefront|brand\\s+store)',
    'check\\s+out\\s+our\\s+(?:other\\s+|new\\s+|latest\\s+|amazon\\s+)?(?:products|items|store|shop|collection|range|listings)',
    'our\\s+other\\s+(?:products|items|listings)', 'new\\s+arrivals', '(?:subscribe|sign\\s+up)\\s+(?:to|for)\\s+our',
    'newsletters?', 'follow\\s+our\\s+(?:store|shop|brand)', 'special\\s+offers?', 'exclusive\\s+(?:deal|offer|discount)s?',
    'limited[-\\s]time\\s+(?:offer|deal)s?', 'buy\\s+(?:one|1)\\s*,?\\s+get', 'storefront'),
  // de
  words('gutschein(?:code)?s?', 'rabatt(?:code|gutschein)s?', 'aktionscodes?', 'promo(?:tions)?codes?',
    'besuchen\\s+sie\\s+(?:doch\\s+)?(?:auch\\s+)?unseren?\\s+(?:amazon[-\\s]?)?(?:shop|store|laden|markenshop|webshop)',
    'unsere[nm]?\\s+(?:anderen|weiteren)\\s+(?:produkte|artikel)', 'unsere\\s+neuheiten', 'sonderangebot\\w*',
    '(?:bei|auf|für)\\s+ihre[nr]?\\s+nächsten?\\s+(?:bestellung|einkauf|kauf)', '\\d+\\s?%\\s+rabatt',
    '(?:in\\s+)?unsere[nm]?\\s+(?:amazon[-\\s]?)?(?:shop|store)', 'mit\\s+dem\\s+code', 'direkt\\s+bei\\s+uns\\s+(?:bestellen|kaufen)'),
  // fr
  words('codes?\\s+promo', 'codes?\\s+(?:de\\s+)?réduction', 'bons?\\s+de\\s+réduction', 'bons?\\s+d[\'’]achat',
    'visitez\\s+notre\\s+(?:boutique|magasin)', 'découvrez\\s+nos\\s+(?:autres\\s+)?(?:produits|articles|nouveautés)',
    'nos\\s+autres\\s+(?:produits|articles)', 'offres?\\s+spéciales?', '(?:sur|pour)\\s+votre\\s+prochaine\\s+commande',
    '\\d+\\s?%\\s+de\\s+(?:réduction|remise)', 'inscrivez[-\\s]vous\\s+à\\s+notre', 'notre\\s+boutique',
    'avec\\s+le\\s+code', 'commandez\\s+directement'),
  // es
  words('cupón', 'cupones', 'cupon', 'códigos?\\s+(?:de\\s+)?descuento', 'códigos?\\s+promocional(?:es)?',
    'visite\\s+nuestra\\s+tienda', 'nuestros\\s+otros\\s+productos', 'boletín', 'ofertas?\\s+especial(?:es)?',
    '(?:en|para)\\s+su\\s+próxim[oa]\\s+(?:compra|pedido)', '\\d+\\s?%\\s+de\\s+descuento', 'suscríbase\\s+a\\s+nuestr[oa]',
    'nuestra\\s+tienda', 'con\\s+el\\s+código', 'compre\\s+directamente'),
  // it
  words('codice\\s+(?:sconto|promozionale)', 'codici\\s+sconto', 'buono\\s+sconto', 'buoni\\s+sconto',
    'visit[ai]\\s+il\\s+nostro\\s+negozio', '(?:gli\\s+)?altri\\s+nostri\\s+prodotti', 'nostri\\s+altri\\s+prodotti',
    'offerta\\s+speciale', '(?:sul|per\\s+il)\\s+prossimo\\s+(?:ordine|acquisto)', '\\d+\\s?%\\s+di\\s+sconto',
    'iscriviti\\s+alla\\s+nostra', 'nostro\\s+negozio', 'con\\s+il\\s+codice', 'acquist[ai]\\s+direttamente'),
  // ja
  cjk('クーポン', '割引コード', 'プロモーションコード', 'キャンペーンコード', 'メルマガ', 'ニュースレター',
    '(?:ストア|ショップ|店舗)(?:ページ)?(?:を|も)(?:ぜひ)?(?:ご覧|チェック|フォロー)', '(?:当店|弊社|弊店)の(?:他の|ほかの)?(?:商品|製品)',
    '他の商品も', '(?<!更)新商品', '(?<!更)新製品', 'コード(?:を)?(?:入力|ご利用)', '次回(?:ご)?購入', '\\d+\\s?%\\s?(?:OFF|off|オフ)'),
  // zh
  cjk('优惠券', '優惠券', '优惠码', '折扣码', '促销', '(?:关注|收藏)(?:我们的?)?(?:店铺|店)', '(?:我们|本)的?店铺', '进店',
    '我们的其他(?:产品|商品)', '新品上市', '新品推荐', '上新', '新款上市', '下次购买', '下次下单', '立减', '[一二三四五六七八九]折',
    '打折', '输入(?:优惠)?码'),
]);

const OTHER_MARKETPLACES = anyOf([
  words('ebay', 'etsy', 'aliexpress', 'temu', 'shein', 'walmart', 'shopify', 'rakuten', 'cdiscount', 'allegro',
    'mercado\\s+libre', 'kaufland', 'otto\\.de', 'bol\\.com', 'fnac', 'zalando', 'tiktok\\s+shop'),
  cjk('楽天(?!ペイ)', 'メルカリ', 'ヤフオク', 'Yahoo!?\\s*ショッピング', 'ヤフーショッピング', '淘宝', '天猫', '京东', '拼多多', '闲鱼', '独立站'),
]);

const WEBSITE = anyOf([
  words('(?:our|my)\\s+(?:own\\s+|official\\s+)?(?:web\\s?site|web\\s?shop|online\\s+(?:shop|store)|homepage)',
    'visit\\s+our\\s+(?:web\\s?)?site', 'official\\s+(?:web\\s?)?site',
    '(?:unsere[rnm]?|meine[rnm]?)\\s+(?:eigenen?\\s+)?(?:webseite|website|homepage|internetseite|online-?shop|webshop)',
    'notre\\s+site(?:\\s+(?:web|internet|officiel))?', 'site\\s+internet',
    'nuestr[ao]\\s+(?:página\\s+web|web|sitio(?:\\s+web)?|tienda\\s+(?:online|en\\s+línea))', 'página\\s+web',
    '(?:il\\s+)?nostro\\s+sito(?:\\s+(?:web|internet|ufficiale))?', 'sito\\s+web'),
  cjk('(?:弊社|当社|当店|弊店|公式)(?:の)?(?:ホームページ|ウェブサイト|サイト|HP)', '官网', '官方网站', '我们的网站', '我们网站', '本店网站'),
]);

const CALL_US = anyOf([
  words('call\\s+(?:me|us)', 'give\\s+(?:me|us)\\s+a\\s+(?:call|ring)', 'text\\s+(?:me|us)', '(?:text|sms)\\s+\\S+\\s+to\\s+\\d{4,8}',
    'rufen\\s+sie\\s+(?:mich|uns)', 'appelez[-\\s](?:moi|nous)', 'llámenos', 'llámeme', 'llámanos', 'llámame',
    'ci\\s+chiami', 'mi\\s+chiami', 'chiamaci', 'chiamami'),
  cjk('お電話(?:ください|下さい|いただ)', '打我电话', '给我(?:们)?打电话'),
]);

const EMAIL_US = anyOf([
  words('e-?mail\\s+(?:me|us)', 'send\\s+(?:me|us)\\s+an?\\s+e-?mail', 'write\\s+(?:me|us)\\s+an?\\s+e-?mail',
    'schreiben\\s+sie\\s+(?:mir|uns)\\s+(?:eine\\s+)?(?:e-?mail|mail)', 'envoyez[-\\s](?:moi|nous)\\s+un\\s+(?:e-?mail|mail|courriel)',
    'escríbanos\\s+(?:un\\s+)?(?:correo|e-?mail)', 'ci\\s+scriva\\s+(?:una\\s+)?(?:e-?mail|mail)'),
  cjk('メールで(?:ご連絡|お問い合わせ|お知らせ)', '发邮件', '发送邮件至', '邮件联系'),
]);

const CONTACT_OUTSIDE = anyOf([
  words('contact\\s+(?:me|us)\\s+(?:directly|privately|outside)', 'reach\\s+(?:me|us)\\s+(?:directly|privately)',
    'kontaktieren\\s+sie\\s+(?:mich|uns)\\s+direkt', 'contactez[-\\s](?:moi|nous)\\s+directement',
    'contáctenos\\s+directamente', 'ci\\s+contatti\\s+direttamente'),
  cjk('私下联系', '直接联系我', '加我(?!们的店)', '直接(?:ご)?連絡', '私聊', '私信我', '私下沟通'),
]);

export const MARKETING_RULES: readonly PhraseRule[] = [
  { re: PROMOTION, kind: 'marketing', hint: 'marketing', unlessRefused: true },
  { re: OTHER_MARKETPLACES, kind: 'marketing', hint: 'other-marketplace', rule: 'OFF-AMAZON' },
  { re: WEBSITE, kind: 'link', hint: 'website-mention', rule: 'OFF-AMAZON' },
  { re: CALL_US, kind: 'phone', hint: 'contact-outside', rule: 'OFF-AMAZON' },
  { re: EMAIL_US, kind: 'email', hint: 'contact-outside', rule: 'OFF-AMAZON' },
  { re: CONTACT_OUTSIDE, kind: 'other', hint: 'contact-outside', rule: 'OFF-AMAZON' },
];
