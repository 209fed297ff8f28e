// The words promotion is made of: an offer, a later purchase, something new in the range, the seller's other
// products, the buyer liking this one; and the coupon the buyer already used, which promotes nothing.
import { anyOf, cjk, words } from '../phrases/build.ts';

/** Something offered on price. */
export const OFFER = anyOf([
  words('discount\\p{L}*', 'coupons?', 'vouchers?', 'codes?', '\\d+\\s?%', '%\\s?\\d+', 'deals?', 'offers?', 'sale',
    'rabatt\\p{L}*', 'gutschein\\p{L}*', 'angebot\\p{L}*', 'réduction', 'remise', 'promo\\p{L}*', 'offre\\p{L}*', 'descuento\\p{L}*', 'cupón', 'oferta\\p{L}*',
    'sconto', 'buono', 'offert\\p{L}*', 'desconto', 'cupom', 'korting\\p{L}*', 'aanbieding\\p{L}*', 'rabat\\p{L}*', 'zniżk\\p{L}*', 'kod\\p{L}*', 'promocj\\p{L}*',
    'rabattkod\\p{L}*', 'erbjudande\\p{L}*', 'indirim\\p{L}*', 'kod\\p{L}*', 'kampanya\\p{L}*', 'fırsat\\p{L}*'),
  cjk('割引', 'クーポン', 'コード', '[%％]\\s?オフ', 'セール', '优惠', '折扣', '[一二三四五六七八九]折', '\\d+\\s?折', '立减', 'خصم', 'كود', 'عروض', 'عرض'),
]);

/** A purchase still to come. */
export const LATER_PURCHASE = anyOf([
  words('next\\s+(?:order|purchase|buy)', 'future\\s+(?:orders?|purchases?)', 'nächsten?\\s+(?:bestellung|einkauf|kauf)', 'prochaine?\\s+(?:commande|achat)',
    'próxim[oa]\\s+(?:compra|pedido|encomenda)', 'prossimo\\s+(?:ordine|acquisto)', 'volgende\\s+(?:bestelling|aankoop)', '(?:następn|kolejn)\\p{L}+\\s+(?:zamówieni|zakup)\\p{L}*',
    'nästa\\s+(?:köp|beställning)', 'sonraki\\s+(?:sipariş|alışveriş)\\p{L}*'),
  cjk('次回', '下次', '下一次', '(?:طلبك|مشترياتك|شرائك)\\s+(?:ال)?(?:قادم|قادمة|التالي)'),
]);

/** Something new in the seller's range. */
export const NEW_RANGE = anyOf([
  words('new\\s+(?:\\p{L}+\\s+){0,2}?(?:collection|range|line|arrivals?|models?)', 'neue[nm]?\\s+(?:\\p{L}+\\s+)?\\p{L}*kollektion',
    'nouvelle\\s+(?:\\p{L}+\\s+)?collection', 'nueva\\s+(?:\\p{L}+\\s+)?colección', 'nuova\\s+(?:\\p{L}+\\s+)?collezione', 'nova\\s+(?:\\p{L}+\\s+)?coleção',
    'nieuwe\\s+(?:\\p{L}+\\s+)?\\p{L}*collectie', 'now\\p{L}+\\s+(?:\\p{L}+\\s+)?kolekcj\\p{L}+', 'nya?\\s+(?:\\p{L}+\\s+)?\\p{L}*kollektion\\p{L}*',
    'yeni\\s+(?:\\p{L}+\\s+)?koleksiyon\\p{L}*'),
  // a season's collection written as one word ("Herbstkollektion", "herfstcollectie", "höstkollektion"): found by its
  // ending, without a word start to scan from
  cjk('(?:k(?<=\\p{L}k)ollektion|c(?<=\\p{L}c)ollectie)(?:en|er|s)?(?![\\p{L}])', '新品', '新作', '新款', '新系列', '(?:تشكيلت|مجموعت)\\p{L}*\\s+(?:ال)?جديدة'),
]);

/** The buyer liking this item, as a lead-in to more of the same. */
export const LIKE_THIS = anyOf([
  words('if\\s+you\\s+(?:\\p{L}+\\s+)?(?:like|love|enjoy)', 'si\\s+le\\s+gust\\p{L}+', 'si\\s+(?:\\p{L}+\\s+){0,2}vous\\s+pla\\p{L}+', 'wenn\\s+ihnen\\s+(?:\\p{L}+\\s+){0,3}gefällt',
    'se\\s+le\\s+piac\\p{L}+', 'se\\s+(?:você\\s+)?gost\\p{L}+', 'vindt\\s+u\\s+(?:\\p{L}+\\s+){0,3}mooi', 'als\\s+u\\s+(?:\\p{L}+\\s+){0,3}mooi\\s+vindt',
    'jeśli\\s+(?:\\p{L}+\\s+)?podoba\\s+się', 'gillar\\s+du', '\\p{L}+\\s+beğendiyseniz', 'beğendiyseniz'),
  cjk('إذا\\s+أعجبك', 'お気に召し', '気に入って', '如果您喜欢', '如果你喜欢'),
]);

/** More from the seller: matching items, the other products, the store. */
export const MORE_FROM_US = anyOf([
  words('matching', 'our\\s+other', 'our\\s+(?:amazon\\s+)?(?:store|shop)', 'a\\s+juego', 'nuestros\\s+otros', 'nuestra\\s+tienda', 'assorti\\p{L}*', 'nos\\s+autres', 'notre\\s+boutique',
    'passende[nm]?', 'unsere[nm]?\\s+(?:anderen|weiteren)', 'unseren?\\s+(?:shop|store)', 'abbinat\\p{L}*', '(?:altri\\s+)?nostri\\s+altri', 'altri\\s+nostri', 'nostro\\s+negozio',
    'da\\s+mesma\\s+linha', 'nossos\\s+outros', 'nossa\\s+loja', 'bijpassende', 'onze\\s+andere', 'onze\\s+winkel', 'pasując\\p{L}*', 'naszych\\s+innych', 'nasze\\s+inne', 'nasz\\p{L}*\\s+sklep\\p{L}*',
    'matchande', 'våra\\s+andra', 'vår\\s+butik', 'uyumlu', 'diğer\\s+ürünlerimiz\\p{L}*', 'mağazamız\\p{L}*'),
  cjk('المطابقة', 'منتجاتنا\\s+الأخرى', 'متجرنا', 'おそろい', '当店', '他の商品', '配套', '我们店', '店里', '本店', '其他(?:产品|商品)'),
]);

/** Following the seller or subscribing to its mail. */
export const FOLLOW = anyOf([
  words('segu(?:a|i|ite)\\s+(?:il\\s+)?nostr[oa]\\s+(?:marchio|brand|negozio|pagina)', 'seguir\\s+(?:a\\s+)?nossa\\s+marca'),
  words('lettre\\s+d[\'’]info(?:rmation)?s?', 'infolettre'),
  cjk('关注我们(?:的)?(?:品牌|店铺)', '关注(?:本|我们)?店', 'メールマガジン', 'メルマガ', '邮件简报', '订阅我们', '订阅(?:本店|店铺)'),
]);

/** The coupon the buyer already used at checkout: a fact about the order. */
export const USED = anyOf([
  words('used', 'applied', 'redeemed', 'eingelöst', 'verrechnet', 'usó', 'aplicó', 'utilisé\\p{L}*', 'appliqué\\p{L}*', 'usato', 'applicato', 'usou', 'aplicado',
    'gebruikte', 'gebruikt', 'verwerkt', 'użyty', 'naliczony', 'använde', 'drogs\\s+av', 'kullandığınız', 'uygulandı'),
  cjk('استخدمته', 'احتسابه', 'ご利用の', '適用', '使用的', '抵扣'),
]);

/** An invitation to browse or shop. */
export const SHOP_INVITE = anyOf([
  words('come\\s+(?:and\\s+)?shop', 'shop\\s+(?:with|at)\\s+us', 'browse', 'discover', 'explore', 'take\\s+a\\s+look', 'have\\s+a\\s+look', 'check\\s+out',
    'entdecken', 'stöbern', 'schauen\\s+sie', 'découvr\\p{L}*', 'jetez\\s+un\\s+(?:œil|oeil|coup\\s+d)', 'descubr\\p{L}*', 'visite', 'eche\\s+un\\s+vistazo', 'scopr\\p{L}*', 'dia\\s+un[\'’]occhiata',
    'conheça', 'confira', 'd[êáa]\\s+uma\\s+olhada', 'échal[eo]\\s+un\\s+vistazo', 'échele\\s+un\\s+vistazo', 'neem\\s+(?:gerust\\s+|even\\s+)?een\\s+kijkje', 'zapraszamy', 'bir\\s+göz\\s+atın', 'ontdek', 'bekijk', 'kijk', 'zapraszamy\\s+do\\s+zakupów', 'odkryj', 'zobacz', 'zajrzyj\\p{L}*', 'zajrze\\p{L}*', 'odwiedź', 'odwiedzi\\p{L}*', 'wpadnij\\p{L}*', 'upptäck', 'kika', 'titta',
    // a visit in person: "kom gerust eens langs in onze winkel", "drop by our shop", "schauen Sie bei uns vorbei"
    'drop\\s+by', 'stop\\s+by', 'pop\\s+(?:in|by)', 'come\\s+(?:and\\s+)?(?:visit|see)', 'vorbei(?:kommen|schauen)?', 'passez', 'venez', 'pásate', 'pasaos', 'venga\\s+a', 'passi\\s+a\\s+trovarci', 'venga\\s+a\\s+trovarci',
    'venha', 'passe\\s+(?:na|em|lá)', 'kom\\s+(?:\\p{L}+\\s+){0,3}?langs', 'loop\\s+(?:\\p{L}+\\s+){0,2}?binnen', 'kom\\s+(?:gärna\\s+)?förbi', 'titta\\s+in', 'uğrayın', 'ziyaret\\s+edin',
    'göz\\s+at\\p{L}*', 'keşfedin', 'alışveriş'),
  cjk('(?<![\\p{L}])(?:تصفح|اكتشف|تسوّ?ق)(?![\\p{L}])', 'ご覧', 'お買い求め', '看看', '逛逛', '选购'),
]);

/** The seller's own store or range (not Amazon's pages). */
export const OUR_RANGE = anyOf([
  words('our\\s+(?:\\p{L}+\\s+)?(?:store|shop|range|products|collection)', 'new\\s+products', 'unsere[nm]?\\s+(?:\\p{L}+\\s+)?(?:shop|store|sortiment|produkte)', 'neue\\s+produkte',
    'not(?:re|s)\\s+(?:boutique|gamme|produits)', 'nouveaux\\s+produits', 'nuestr[oa]s?\\s+(?:tienda|productos|gama)', 'nuevos\\s+productos', "(?:il\\s+)?nostr[oi]\\s+(?:negozio|prodotti|catalogo)", 'nuovi\\s+prodotti',
    'noss[oa]s?\\s+(?:loja|produtos|linha)', 'novos\\s+produtos', 'onze\\s+(?:winkel|producten|webshop|collectie)', 'nieuwe\\s+producten', 'nasz\\p{L}*\\s+(?:sklep\\p{L}*|produkt\\p{L}*|ofert\\p{L}*)', 'now\\p{L}+\\s+produkt\\p{L}*',
    'vår\\s+butik', 'våra\\s+produkter', 'nya\\s+produkter', 'mağazamız\\p{L}*', 'ürünlerimiz\\p{L}*', 'yeni\\s+ürün\\p{L}*'),
  cjk('متجرنا', 'منتجاتنا', 'منتجات\\s+جديدة', '当店', '当ショップ', '新商品', '我们的?店', '本店', '店里', '我们的(?:其他)?(?:产品|商品)', '新品'),
]);

/** Something newly in the range, or more of it: "we also sell", "gibt es jetzt", "新発売", "back in stock". */
export const LAUNCH = anyOf([
  words('also\\s+(?:sell|make|carry|stock)', 'just\\s+(?:launched|released|dropped)', '(?:we[\'’]re|we\\s+are)\\s+launching', 'acabamos\\s+de\\s+(?:sacar|lanzar|estrenar|lançar)', 'lançamos', 'lanzamos',
    'gelanceerd', 'wprowadzil\\p{L}*', 'lanserat', 'piyasaya\\s+sürdük', '(?:appena\\s+)?lanciato', 'venons\\s+de\\s+(?:sortir|lancer)', 'brand[-\\s]new', 'back\\s+in\\s+stock',
    'gibt\\s+es\\s+(?:jetzt|ab\\s+sofort|neu)', '(?:verkaufen|haben|führen)\\s+wir\\s+(?:\\p{L}+\\s+)?auch', 'neuheit\\p{L}*', '(?:neu\\s+)?eingeführt', 'neu\\s+im\\s+sortiment', 'wieder\\s+(?:auf\\s+lager|verfügbar|da)',
    'nouveauté\\p{L}*', 'vendons\\s+aussi', 'de\\s+retour\\s+en\\s+stock', 'también\\s+vendemos', 'vendemos\\s+también', 'novedad\\p{L}*', 'de\\s+nuevo\\s+(?:en\\s+stock|disponible)',
    'vendiamo\\s+anche', 'novità', 'appena\\s+(?:aperto|lanciato|uscit\\p{L}*|arrivat\\p{L}*)', 'di\\s+nuovo\\s+disponibil\\p{L}*', 'também\\s+vendemos', 'novidade\\p{L}*', 'de\\s+novo\\s+em\\s+estoque',
    'verkopen\\s+(?:we\\s+)?ook', 'weer\\s+op\\s+voorraad', 'mamy\\s+(?:też|także|również)\\s+now\\p{L}*', 'sprzedajemy\\s+(?:też|także|również)', 'nowoś\\p{L}*', '(?:znów|ponownie)\\s+dostępn\\p{L}*',
    'säljer\\s+(?:vi\\s+)?(?:även|också)', 'nyhet\\p{L}*', 'tillbaka\\s+i\\s+lager', 'yeni\\s+çıkan', 'yeni\\s+ürün\\p{L}*', 'tekrar\\s+stok\\p{L}*'),
  cjk('新出', '推出', '新発売', '新上', '上新', '新登場', '新发布', '再入荷', '到货', '(?:تشكيلة|مجموعة)\\s+(?:\\p{L}+\\s+)?(?:ال)?جديدة', 'وصل\\p{L}*\\s+حديث\\p{L}*'),
]);

/** Urging the buyer to buy or look: "polecamy!", "欢迎选购", "ご検討ください", "passa på", "half price". */
export const PUSH = anyOf([
  words('polecamy', 'göz\\s+at\\p{L}*', 'schauen\\s+sie\\s+(?:\\p{L}+\\s+){0,2}?rein', 'reinschauen', 'check\\s+(?:it|them)\\s+out', 'worth\\s+a\\s+look',
    'don[\'’]t\\s+miss', 'before\\s+(?:it|they)\\s+(?:sells?|runs?)\\s+out', 'passa\\s+på', 'tar\\s+slut', 'solange\\s+der\\s+vorrat', 'hasta\\s+agotar', 'esaurimento', 'le\\s+consiglio', 'consiglio\\s+anche',
    'vi\\s+rekommenderar', 'tavsiye\\s+ederiz', 'unutmayın'),
  cjk('ご検討', '欢迎选购', '欢迎购买', '欢迎下单', 'おすすめ', '推荐'),
]);

/** A price cut or a members' price: "zum halben Preis", "in promozione", "vente privée". */
export const PRICE_PUSH = anyOf([
  words('on\\s+sale', 'half\\s+price', 'halben\\s+preis', 'moitié\\s+prix', 'vente\\s+privée', 'mitad\\s+de\\s+precio', 'in\\s+promozione', 'in\\s+offerta', 'metà\\s+prezzo', 'prezzo\\s+riservato',
    'pela\\s+metade', 'metade\\s+do\\s+preço', 'halve\\s+prijs', 'pół\\s+ceny', 'halva\\s+priset', 'yarı\\s+fiyat\\p{L}*', 'precio\\s+(?:exclusivo|especial)', 'prix\\s+(?:réservé|spécial)'),
  cjk('半价', '半額', '特价', 'نصف\\s+السعر'),
]);

/** The seller's own: "our", "unserer", "il nostro", "nasz". */
export const OURS = anyOf([
  words('our', 'unser\\p{L}*', 'not(?:re|s)', 'nuestr\\p{L}+', '(?:il\\s+)?nostr\\p{L}+', 'noss\\p{L}+', 'onze', 'nasz\\p{L}*', 'vår\\p{L}*', 'bizim'),
  cjk('我们', '当店', '弊社', 'متجرنا', 'لدينا'),
]);

/** A price cut named loosely: only with a postscript or the buyers addressed as a group (see CUSTOMERS_PS). */
export const PRICE_CUT = anyOf([
  words('\\d+\\s?%', 'bundle', 'deals?', 'prime\\s+day', 'günstiger', 'reduziert', 'in\\s+meno', 'scontat\\p{L}*', 'con\\s+descuento', 'rebajad\\p{L}*', 'en\\s+promotion', 'em\\s+promoção',
    'in\\s+de\\s+aanbieding', 'w\\s+promocji', 'taniej', 'på\\s+rea', 'billigare', 'indirimde', 'indirimli',
    // a price of its own named loosely: "at a special price", "zum Vorzugspreis", "más barata", "goedkoper"
    '(?:special|reduced|discounted|lower|preferential)\\s+price', 'cheaper', 'vorzugspreis\\p{L}*', 'sonderpreis\\p{L}*', 'prix\\s+(?:préférentiel|spécial|réduit)', 'moins\\s+cher',
    'precio\\s+(?:especial|reducido|preferente)', 'más\\s+barat[oa]s?', 'prezzo\\s+(?:speciale|ridotto|agevolato)', 'preço\\s+(?:especial|reduzido)', 'mais\\s+barat[oa]s?', 'goedkoper', 'speciale\\s+prijs',
    'tańsz\\p{L}*', 'specialpris\\p{L}*', 'özel\\s+fiyat\\p{L}*', 'daha\\s+ucuz'),
  // (the Arabic percent sign after a number: "٪" itself, so that the list is not tried at every digit of a draft)
  cjk('%\\s?\\d+', '(?<=\\d\\s?)٪', '(?<=[一二三四五六七八九\\d]\\s?)折', '割引', 'セール', '优惠', '打折', 'خصم', 'تخفيض', '特价', '便宜', 'أرخص', 'سعر\\s+خاص'),
]);

/** A postscript ("PS:", "P.S.", "PD:") or the buyers addressed as a group of regulars: the line is a promotion. */
export const CUSTOMERS_PS = anyOf([
  words('p\\.?\\s?s\\.?(?=\\s*[:—–-])', 'psst', 'pd(?=\\s*[:—–-])', '(?:past|returning|loyal|regular)\\s+customers', 'stammkund\\p{L}*', 'clienti\\s+(?:abituali|fedeli)', 'para\\s+(?:nuestros\\s+)?clientes',
    '(?:pour\\s+)?nos\\s+clients', 'clientes\\s+(?:fiéis|antigos)', 'vaste\\s+klanten', 'stał\\p{L}+\\s+klient\\p{L}*', 'stamkund\\p{L}*', 'sadık\\s+müşteri\\p{L}*',
    // the buyer addressed as one of the regulars or existing customers: "als Bestandskunde", "as a returning customer",
    // "en tant que cliente fidèle", "como ya es cliente", "per chi ha già acquistato da noi", "som befintlig kund"
    '(?:existing|returning|loyal|regular|valued|repeat)\\s+customers?', 'customers?\\s+like\\s+you', 'bestandskund\\p{L}*', 'treue[nr]?\\s+kund\\p{L}*',
    'en\\s+tant\\s+que\\s+client\\p{L}*', 'client(?:e|s|es)?\\s+fidèles?', 'como\\s+(?:ya\\s+es\\s+)?cliente', 'clientes\\s+(?:habituales|fieles|como\\s+usted)', 'ya\\s+es\\s+cliente',
    'clienti\\s+affezionati', 'chi\\s+ha\\s+già\\s+acquistato', 'già\\s+client\\p{L}*', 'clientes\\s+fieis', 'bestaande\\s+klant(?:en)?', 'trouwe\\s+klant(?:en)?', 'als\\s+(?:vaste|trouwe)\\s+klant',
    '(?:dotychczasow|obecn)\\p{L}+\\s+klient\\p{L}*', 'befintlig\\p{L}*\\s+kund\\p{L}*', 'trogna\\s+kunder', 'mevcut\\s+müşteri\\p{L}*',
    // the price cut given for the buyer's loyalty: "als Dankeschön für Ihre Treue", "pour votre fidélité"
    '(?:for|thank\\s+you\\s+for)\\s+your\\s+loyalty', 'ihre[rn]?\\s+treue', 'votre\\s+fidélité', 'su\\s+fidelidad', 'sua\\s+fedeltà', '(?:sua|tua)\\s+fidelidade', 'uw\\s+trouw',
    '(?:lojalnoś|wiernoś)\\p{L}*', '(?:din|er)\\s+lojalitet', 'sadakatiniz\\p{L}*'),
  cjk('常连', '老客户', '老顾客', '回头客', '老买家', 'リピーター', '既存のお客様', 'お得意様', 'عملائنا\\s+الدائمين', 'عملائنا\\s+الحاليين', 'عملاؤنا\\s+(?:الحاليون|الدائمون|الكرام)', 'العملاء\\s+(?:الحاليين|الحاليون|الدائمين)', 'بصفتك\\s+عميل\\p{L}*', 'كعميل\\p{L}*', 'لولائك', 'ご愛顧'),
]);
