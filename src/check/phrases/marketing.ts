// Promotion (MSG-PROHIBITED: marketing, coupons, other products) and pointers away from Amazon: other
// marketplaces, the seller's website, "call us", "email us" (OFF-AMAZON).
import { anyOf, cjk, words, type PhraseRule } from './build.ts';
import { usedAtCheckout } from '../frames/used-coupon.ts';
import { amazonsDeal, amazonsEvent, amazonStoreForPart } from './amazons-own.ts';

// A coupon offered ("a coupon", "coupon code"), not one the buyer saw on Amazon ("the coupon you saw")
// but not one the buyer used already ("a coupon you applied at checkout"). It begins with the commonest words of
// English, so the list runs with it only over a draft that names a coupon or a voucher at all (PROMOTION_BUT_COUPON
// otherwise: the same list without it, which finds the same there).
const OFFERED_COUPON = words('(?:a|an|our|this|free|exclusive|special)\\s+(?:(?!amazon)\\w+\\s+){0,2}?(?:coupons?|vouchers?)(?!\\s+(?:that\\s+|which\\s+)?you\\s+(?:applied|used|redeemed|clipped|saw|had|found))');

const PROMOTION_LISTS = [
  // en
  words('(?<!\\d)\\d{1,3}\\s?%\\s+(?:discount|code|coupon|voucher)s?', '(?:codes?|coupons?|vouchers?)\\s+(?:for|on)\\s+your\\s+next\\s+(?:order|purchase)', 'coupons?\\s+(?:codes?|for)',
    'vouchers?\\s+(?:codes?|for)', 'promo(?:tional)?\\s+codes?',
    '(?:use|with|enter|apply)\\s+(?:our\\s+)?code', 'codes?\\s+at\\s+checkout', 'skip\\s+amazon',
    '(?:order|buy|purchase)\\s+(?:it\\s+|them\\s+)?directly\\s+(?:from|with|through)\\s+us', 'discount\\s+codes?', 'gift\\s+codes?',
    '(?<!\\d)\\d{1,3}\\s?%\\s+off', 'off\\s+your\\s+next\\s+(?:order|purchase)', '(?:discount|savings?|credit)\\s+(?:on|for)\\s+your\\s+next',
    'visit\\s+our\\s+(?:amazon\\s+)?(?:store|shop|storefront|brand\\s+store)',
    'check\\s+out\\s+our\\s+(?:\\p{L}+\\s+){0,2}?(?:products|items|store|shop|collection|range|listings)',
    'our\\s+other\\s+(?:products|items|listings)', 'new\\s+arrivals', '(?:subscribe|sign\\s+up)\\s+(?:to|for)\\s+our',
    'newsletters?', 'follow\\s+our\\s+(?:store|shop|brand)', 'special\\s+offers?', 'exclusive\\s+(?:deal|offer|discount)s?',
    'limited[-\\s]time\\s+(?:offer|deal)s?', 'buy\\s+(?:one|1)\\s*,?\\s+get', 'storefront'),
  // de
  words('gutschein(?:code)?s?', 'rabatt(?:code|gutschein)s?', 'aktionscodes?', 'promo(?:tions)?codes?',
    'besuchen\\s+sie\\s+(?:doch\\s+)?(?:auch\\s+)?unseren?\\s+(?:amazon[-\\s]?)?(?:shop|store|laden|markenshop|webshop)',
    'unsere[nm]?\\s+(?:anderen|weiteren)\\s+(?:produkte|artikel)', 'unsere\\s+neuheiten', 'sonderangebot\\w*',
    '(?:bei|auf|für)\\s+ihre[nr]?\\s+nächsten?\\s+(?:bestellung|einkauf|kauf)', '(?<!\\d)\\d{1,3}\\s?%\\s+rabatt',
    '(?:stöbern|schauen)\\s+sie\\s+(?:\\p{L}+\\s+)?in\\s+unsere[nm]?\\s+(?:amazon[-\\s]?)?(?:shop|store)', 'mit\\s+dem\\s+code', 'direkt\\s+bei\\s+uns\\s+(?:bestellen|kaufen)'),
  // fr
  words('codes?\\s+promo', 'codes?\\s+(?:de\\s+)?réduction', 'bons?\\s+de\\s+réduction', 'bons?\\s+d[\'’]achat',
    'visitez\\s+notre\\s+(?:boutique|magasin)', 'découvrez\\s+nos\\s+(?:autres\\s+)?(?:produits|articles|nouveautés)',
    'nos\\s+autres\\s+(?:produits|articles)', 'offres?\\s+spéciales?', '(?:sur|pour)\\s+votre\\s+prochaine\\s+commande',
    '(?<!\\d)\\d{1,3}\\s?%\\s+de\\s+(?:réduction|remise)', 'inscrivez[-\\s]vous\\s+à\\s+notre', '(?:visitez|découvrez)\\s+notre\\s+boutique',
    'avec\\s+le\\s+code', 'commandez\\s+directement'),
  // es
  words('cupón', 'cupones', 'cupon', 'códigos?\\s+(?:de\\s+)?descuento', 'códigos?\\s+promocional(?:es)?',
    'visite\\s+nuestra\\s+tienda', 'nuestros\\s+otros\\s+productos', 'boletín', 'ofertas?\\s+especial(?:es)?',
    '(?:en|para)\\s+su\\s+próxim[oa]\\s+(?:compra|pedido)', '(?<!\\d)\\d{1,3}\\s?%\\s+de\\s+descuento', 'suscríbase\\s+a\\s+nuestr[oa]',
    '(?:visite|visita|descubra|descubre|eche\\s+un\\s+vistazo\\s+a|echa\\s+un\\s+vistazo\\s+a)\\s+nuestra\\s+tienda', 'con\\s+el\\s+código', 'compre\\s+directamente'),
  // it
  words('codice\\s+(?:sconto|promozionale)', 'codici\\s+sconto', 'buono\\s+sconto', 'buoni\\s+sconto',
    'visit[ai]\\s+il\\s+nostro\\s+negozio', '(?:gli\\s+)?altri\\s+nostri\\s+prodotti', 'nostri\\s+altri\\s+prodotti',
    'offerta\\s+speciale', '(?:sul|per\\s+il)\\s+prossimo\\s+(?:ordine|acquisto)', '(?<!\\d)\\d{1,3}\\s?%\\s+di\\s+sconto',
    'iscriviti\\s+alla\\s+nostra', '(?:visit[ai]|scopr[ai])\\s+(?:il\\s+)?nostro\\s+negozio', 'nostro\\s+negozio\\s+(?:online|amazon)', 'con\\s+il\\s+codice', 'acquist[ai]\\s+direttamente'),
  // a new collection, seasonal sales, multi-buy offers, in every language
  words('new\\s+(?:collection|range|line|arrivals?|releases?)', 'black\\s+friday', 'cyber\\s+monday', 'prime\\s+day\\s+deals?',
    'deals?\\s+(?:\\w+\\s+){0,3}in\\s+our\\s+(?:store|shop)', 'vip\\s+(?:club|program(?:me)?|group|members?|list)', 'join\\s+our\\s+(?:club|community|group|program(?:me)?|mailing\\s+list)',
    // a draw among buyers: "losujemy komplet ręczników", "we're running a giveaway", "抽奖"
    'giveaways?', 'raffle', 'prize\\s+draw', 'verlos(?:en|ung)\\p{L}*', 'gewinnspiel\\p{L}*', 'tirage\\s+au\\s+sort', 'sorteamos', 'sorteo', 'sorteggi\\p{L}*', 'sorteio', 'verlot\\p{L}*', 'winactie',
    'losujemy', 'losowani\\p{L}*', 'lottar\\s+ut', 'utlottning\\p{L}*', 'çekiliş\\p{L}*',
    'scan\\s+the\\s+qr', '(?:our|the|my)\\s+(?:customer\\s+)?(?:mailing|e-?mail)\\s+list', '(?:add|put|sign)\\s+you\\s+(?:up\\s+)?(?:to|on|for)\\s+(?:our|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:list|club|group)', 'early[-\\s]access', 'first\\s+dibs',
    // told of what is new before others: "be the first to hear", "als Erste erfahren", "antes que nadie", "herkesten önce"
    'be\\s+(?:the\\s+)?(?:first|among\\s+the\\s+first)\\s+to\\s+(?:hear|know|see|find\\s+out|get)', '(?:hear|know|find\\s+out|learn)\\s+(?:about\\s+)?(?:[\\p{L}-]+\\s+){0,4}?before\\s+(?:anyone|everyone)\\s+else',
    'als\\s+erste[rn]?\\s+(?:\\p{L}+\\s+){0,2}?(?:erfahren|wissen|informiert)', 'vor\\s+allen\\s+anderen\\s+(?:\\p{L}+\\s+){0,2}?(?:erfahren|informiert)', 'en\\s+avant[-\\s]première',
    '(?:soyez|être)\\s+(?:le|la|les|parmi\\s+les)\\s+premi\\p{L}+\\s+(?:à|informé\\p{L}*)', 'avant\\s+tout\\s+le\\s+monde', 'antes\\s+que\\s+nadie', 'sé\\s+(?:el|la)\\s+primer[oa]\\s+en',
    'prima\\s+di\\s+tutti', 'in\\s+anteprima', 'antes\\s+de\\s+todo\\s+mundo', 'em\\s+primeira\\s+mão', 'als\\s+eerste\\s+(?:\\p{L}+\\s+){0,2}?(?:horen|weten|hoogte)',
    'jako\\s+pierwsz\\p{L}+\\s+(?:\\p{L}+\\s+)?(?:dowie|otrzyma|pozna)\\p{L}*', 'först\\s+av\\s+alla', 'före\\s+alla\\s+andra', 'herkesten\\s+önce',
    'subscribers?\\s+(?:get|receive|enjoy)', 'verteiler', 'mailingliste', 'liste\\s+de\\s+diffusion', 'lista\\s+de\\s+(?:correo|distribución|e-?mails?)', 'mailing\\s+list', 'lista\\s+(?:di\\s+)?(?:distribuzione|contatti\\s+vip)',
    'mailinglijst', 'lista\\s+mailingow\\p{L}*', 'utskickslista\\p{L}*', 'e-?posta\\s+listesi\\p{L}*', 'acceso\\s+anticipado', 'accès\\s+anticipé', 'accesso\\s+anticipato', 'acesso\\s+antecipado', 'vroege\\s+toegang', 'wcześniejszy\\s+dostęp', 'förtur', 'erken\\s+erişim', 'loyalty\\s+(?:program(?:me)?|club|card)', 'treueprogramm', 'programme\\s+de\\s+fidélité', 'club\\s+vip', 'buy\\s+(?:\\d+|one|two)\\s*,?\\s+get\\s+(?:\\d+|one)', 'don[\'’]t\\s+miss\\s+(?:our|out)',
    'neue[nm]?\\s+kollektion', 'neuheiten', 'nouvelle\\s+collection', 'nouveautés', 'nueva\\s+colección',
    'nuova\\s+collezione', 'nova\\s+coleção', 'now\\p{L}+\\s+kolekcj\\p{L}+', 'nowości', 'ny\\p{L}*\\s+kollektion\\p{L}*',
    'yeni\\s+koleksiyon\\p{L}*', 'yeni\\s+ürünlerimiz\\p{L}*', 'nieuwe\\s+producten'),
  cjk('(?:ب)?زيارة\\s+متجرنا', 'مجموعتنا\\s+الجديدة', 'منتجاتنا\\s+الجديدة', 'تشكيلتنا\\s+الجديدة', 'الجمعة\\s+البيضاء', 'تخفيضات', 'قبل\\s+الجميع', 'أول\\s+من\\s+(?:يعرف|يعلم)', '誰よりも早く', '抢先(?:了解|知道|体验|获得)', '抽奖', '抽選', '新作(?:コレクション|アイテム|商品)', '新作', 'セール開催', 'ブラックフライデー'),
  // "follow our brand / shop" in every language: the buyer is asked to keep watching the seller's promotions
  words('follow\\s+(?:our|my)\\s+(?:\\p{L}+\\s+)?(?:brand|store|shop|page)', 'folgen\\s+sie\\s+(?:unserer|unserem)\\s+(?:marke|shop|store|seite)',
    'suivez\\s+notre\\s+(?:marque|boutique|page)', 'sig(?:a|an)\\s+(?:a\\s+)?nuestr[ao]\\s+(?:marca|tienda|página)',
    'segui(?:te)?\\s+il\\s+nostro\\s+(?:marchio|brand|negozio)', 'sig(?:a|am)\\s+(?:a\\s+)?nossa\\s+(?:marca|loja|página)',
    'volg\\s+(?:ons|onze)\\s+(?:merk|winkel|shop|pagina)', 'obserw\\p{L}*\\s+(?:nasz\\p{L}*\\s+)(?:mark\\p{L}*|sklep\\p{L}*|stron\\p{L}*)',
    'följ\\s+(?:vårt|vår|våra)\\s+(?:varumärke|märke|butik|sida)',
    // the infinitive and the polite forms: "pensez à suivre notre marque", "não esquece de seguir a nossa marca",
    // "onze merkpagina te volgen", "polubić naszą markę", "följ gärna vårt varumärke", "abonnez-vous à la marque"
    '(?:suivre|abonnez-vous\\s+à)\\s+(?:notre|la)\\s+(?:marque|boutique)', '(?:seguir|segue)\\s+(?:a\\s+)?nossa\\s+(?:marca|loja)',
    'seguire\\s+il\\s+nostro\\s+(?:marchio|brand|negozio)', 'seguir\\s+(?:a\\s+)?nuestr[ao]\\s+(?:marca|tienda)',
    'merkpagina\\s+(?:te\\s+)?volg\\p{L}*', 'volg\\p{L}*\\s+(?:onze\\s+)?merkpagina', '(?:polubi\\p{L}*|obserwowa\\p{L}*)\\s+nasz\\p{L}*\\s+(?:mark\\p{L}*|sklep\\p{L}*|stron\\p{L}*)',
    'följ\\p{L}*\\s+(?:gärna\\s+)?(?:vårt|vår|våra)\\s+(?:varumärke|märke|butik|sida)', 'unserer\\s+marke\\s+folgen', '(?:markamızı|mağazamızı|sayfamızı)\\s+(?:\\p{L}+[\'’]?\\p{L}*\\s+){0,2}takip\\s+e[dt]\\p{L}*'),
  cjk('تابع(?:وا|ي)?\\s+(?:علامتنا|متجرنا|صفحتنا)', 'ブランドをフォロー', '「フォローする」', '关注(?:我们的)?(?:品牌|店铺)'),
  // "follow us" in every language
  words('follow\\s+us', 'folgen\\s+sie\\s+uns', 'suivez[-\\s]nous', 'síganos', 'seguici', 'seguiteci', 'siga[-\\s]nos', 'sigam[-\\s]nos',
    'me\\s+segue', 'volg\\s+ons', 'obserwuj\\s+nas', 'följ\\s+oss', 'bizi\\s+takip\\s+ed\\p{L}*'),
  // pt
  words('cupom', 'cupons', 'cupão', 'código\\s+(?:de\\s+)?(?:desconto|promocional)', 'vale[-\\s]desconto', '(?:visite|conheça|confira)\\s+(?:a\\s+)?nossa\\s+loja',
    '(?:nossos|os\\s+nossos)\\s+outros\\s+produtos', 'outros\\s+produtos\\s+(?:da\\s+nossa|nossos)', 'newsletter', 'ofertas?\\s+especia(?:l|is)',
    '(?:na|para\\s+a)\\s+(?:sua\\s+)?próxima\\s+(?:compra|encomenda)', '(?<!\\d)\\d{1,3}\\s?%\\s+de\\s+desconto', 'lançamentos', 'compre\\s+diretamente',
    'inscreva[-\\s]se'),
  // nl
  words('kortingscode\\p{L}*', 'kortingsbon\\p{L}*', 'couponcode\\p{L}*', 'nieuwsbrief', '(?:onze|ook\\s+onze)\\s+andere\\s+producten',
    '(?:bezoek|bekijk)\\s+(?:ook\\s+)?onze\\s+(?:winkel|shop|webshop|store)', '(?:bij|op)\\s+(?:uw|je)\\s+volgende\\s+(?:bestelling|aankoop)',
    '(?<!\\d)\\d{1,3}\\s?%\\s+korting', 'nieuwe\\s+collectie', 'speciale\\s+aanbieding\\p{L}*', 'schrijf\\s+(?:u|je)\\s+in', 'rechtstreeks\\s+bij\\s+ons'),
  // pl
  words('kod\\p{L}{0,2}\\s+rabatow\\p{L}*', 'kod\\p{L}{0,2}\\s+promocyjn\\p{L}*', 'kupon\\p{L}{0,3}', 'newsletter\\p{L}{0,3}', 'nasze\\s+inne\\s+produkty',
    'naszych\\s+innych\\s+produkt\\p{L}*', '(?:odwiedź|zajrzyj\\s+do)\\s+(?:nasz\\p{L}*\\s+)?sklep\\p{L}*', '(?:przy|na)\\s+następn\\p{L}+\\s+(?:zamówieni|zakup)\\p{L}*',
    '(?<!\\d)\\d{1,3}\\s?%\\s+(?:zniżki|rabatu|taniej)', 'zniżk\\p{L}+\\s+na\\s+(?:kolejne|następne)', 'kupuj\\s+bezpośrednio', 'zapisz\\s+się'),
  // sv
  words('rabattkod\\p{L}*', 'kupong\\p{L}*', 'nyhetsbrev\\p{L}*', 'våra\\s+andra\\s+produkter', '(?:besök|kolla\\s+in)\\s+(?:gärna\\s+)?vår\\s+(?:butik|webbutik|shop)',
    '(?:på|vid)\\s+(?:ditt|nästa)\\s+(?:nästa\\s+)?(?:köp|beställning)', '(?<!\\d)\\d{1,3}\\s?%\\s+rabatt', 'erbjudande\\p{L}*\\s+(?:till|för)\\s+dig',
    'prenumerera', 'handla\\s+direkt'),
  // tr
  words('indirim\\s+kod\\p{L}*', 'kupon\\p{L}*', 'promosyon\\s+kod\\p{L}*', 'bülten\\p{L}*', 'diğer\\s+ürünlerimiz\\p{L}*', 'mağazamızı\\s+ziyaret',
    'bir\\s+sonraki\\s+(?:sipariş|alışveriş)\\p{L}*', '(?<!\\d)%\\s?\\d{1,3}\\s+indirim(?:li)?', 'yeni\\s+ürünlerimiz\\p{L}*', 'abone\\s+ol\\p{L}*',
    'doğrudan\\s+bizden'),
  // ar
  cjk('كود\\s+(?:ال)?خصم', 'كوبون', 'قسيمة', 'كود\\s+الخصم', 'منتجاتنا\\s+الأخرى', 'منتجاتنا\\s+الاخرى', 'زوروا\\s+متجرنا', 'زر\\s+متجرنا',
    'طلبك\\s+القادم', 'مشترياتك\\s+القادمة', 'النشرة\\s+البريدية', 'اشترك\\s+في', 'عروض\\s+خاصة', 'خصم\\s+\\d{1,3}\\s?%', 'اشتر\\s+مباشرة'),
  // ja
  cjk('クーポン', '割引コード', 'プロモーションコード', 'キャンペーンコード', 'メルマガ', 'ニュースレター',
    '(?:ストア|ショップ|店舗)(?:ページ)?(?:を|も)(?:ぜひ)?(?:ご覧|チェック|フォロー)', '(?:当店|弊社|弊店)の(?:他の|ほかの)?(?:商品|製品)',
    '他の商品も', '(?<!更)新商品', '(?<!更)新製品', 'コード(?:を)?(?:入力|ご利用)', '次回(?:ご)?購入', '(?<!\\d)\\d{1,3}\\s?%\\s?(?:OFF|off|オフ)'),
  // zh
  cjk('优惠券', '優惠券', '优惠码', '折扣码', '促销', '(?:关注|收藏)(?:我们的?)?(?:店铺|店)', '(?:我们|本)的?店铺', '进店',
    '我们的其他(?:产品|商品)', '新品上市', '新品推荐', '上新', '新款上市', '下次购买', '下次下单', '立减', '[一二三四五六七八九]折',
    '打折', '输入(?:优惠)?码'),
];
// "You'll surely also like our Christmas candles": the buyer told to like more of the seller's range
const CROSS_SELL = words('you(?:[\'’]ll|\\s+will|\\s+(?:might|may|would|should)(?:\\s+also)?)\\s+(?:\\p{L}+\\s+)?(?:also\\s+)?(?:like|love|enjoy|adore)\\s+our',
  '(?:gefallen|gefällt)\\s+ihnen\\s+(?:\\p{L}+\\s+){0,2}?(?:auch|ebenfalls)\\s+unser\\p{L}*', 'mögen\\s+sie\\s+(?:\\p{L}+\\s+){0,2}?auch\\s+unser\\p{L}*',
  'vous\\s+(?:aimerez|adorerez|apprécierez|plairont)\\s+(?:\\p{L}+\\s+){0,2}?(?:aussi|également)\\s+(?:nos|notre)', 'vous\\s+plairont\\s+(?:\\p{L}+\\s+)?(?:aussi|également)',
  '(?:también|seguro\\s+que)\\s+le\\s+(?:gustar\\p{L}+|encantar\\p{L}+)\\s+(?:\\p{L}+\\s+)?nuestr\\p{L}+', 'le\\s+(?:gustar|encantar)\\p{L}+\\s+también\\s+nuestr\\p{L}+',
  '(?:le|ti)\\s+piaceranno\\s+(?:\\p{L}+\\s+){0,2}?anche\\s+(?:i|le|gli)\\s+nostr\\p{L}+', 'apprezzerà\\s+anche\\s+(?:i|le|gli)\\s+nostr\\p{L}+',
  '(?:também\\s+)?(?:vai|irá)\\s+(?:\\p{L}+\\s+)?(?:gostar|adorar)\\s+(?:também\\s+)?d(?:os|as)\\s+noss\\p{L}+',
  '(?:zult|zal)\\s+(?:u|je)\\s+(?:\\p{L}+\\s+)?ook\\s+onze', '(?:vindt|vind)\\s+(?:u|je)\\s+(?:\\p{L}+\\s+)?ook\\s+onze',
  'spodoba(?:ją|)\\s+(?:się\\s+)?(?:\\p{L}+\\s+)?(?:też|także|również)\\s+nasz\\p{L}+', 'gilla\\s+(?:\\p{L}+\\s+)?(?:även|också)\\s+våra',
  '(?:diğer\\s+)?ürünlerimizi\\s+de\\s+(?:\\p{L}+\\s+)?(?:beğen|sev)\\p{L}*');
// A code of letters and digits handed over with "with the code" in the languages the lists above leave out: "z kodem
// SWIETA15", "YILBASI15 koduyla", "met de code KERST15", "med koden JUL15", "com o código NATAL15" (each begins with a
// letter, so the list is tried only where such words start).
const CODE_TOKEN = '(?=[\\p{L}\\d]*\\p{L})(?=[\\p{L}\\d]*\\d)[\\p{L}\\d]{4,}';
const CODE_HANDED = anyOf([
  words(`z\\s+kodem\\s+${CODE_TOKEN}`, `kodem\\s+${CODE_TOKEN}`, `met\\s+(?:de\\s+)?(?:kortings)?code\\s+${CODE_TOKEN}`, `med\\s+(?:rabatt)?koden\\s+${CODE_TOKEN}`,
    `com\\s+o\\s+(?:código|cupom)\\s+${CODE_TOKEN}`, '(?<=\\d\\s)kodu(?:yla|nu|ile)'),
  cjk(`(?:باستخدام|استخدم|بكود)\\s*(?:ال)?(?:كود\\s+)?[A-Za-z]+\\d+`, `クーポンコード\\s*[A-Za-z]+\\d+`, `(?:用|输入)(?:优惠)?码\\s*[A-Za-z]+\\d+`),
]);
// "volgen kan via de trackingpagina van DHL met code JVGL05550123456": the code is the parcel's, named with its carrier
// or its tracking page in the same sentence.
const TRACKED = /track|trace|volg|zending|pakket|sendung|verfolg|suivi|colis|seguimiento|envío|tracciamento|spedizione|rastre|encomenda|śledz|przesyłk|paczk|spårning|försändelse|kolli|takip|kargo|gönderi|追跡|追踪|跟踪|物流|快递|التتبع|تتبع|الشحنة|(?:^|[^\p{L}])(?:dhl|ups|usps|fedex|dpd|gls|postnl|bpost|hermes|inpost|postnord|budbee|ctt|correos|seur|mrw|brt|sda|aramex|smsa|yurtiçi|aras|mng|ptt)(?![\p{L}])/iu;
function trackingCode(text: string, start: number): boolean {
  let a = start;
  while (a > 0 && start - a < 120 && !/[.!?。！？\n]/u.test(text[a - 1]!)) a--;
  return TRACKED.test(text.slice(a, start));
}
// The seller's next product launched: "notre nouvelle lampe en rotin sort lundi", "our new lamp comes out Friday". Its
// own list: it starts at "our", "unser", "nuestro" ..., words a long draft is full of, where only it is tried.
const LAUNCH = anyOf([words('(?:our|notre|unser\\p{L}*|nuestr[oa]s?|nostr[oa]|nosso|nossa|onze|nasz\\p{L}*|vår|vårt|våra)\\s+(?:new|nouvel(?:le)?s?|nouveaux?|neue[nrs]?|nuev[oa]s?|nuov[oa]|nov[oa]s?|nieuwe|now\\p{L}+|ny[ae]?|nytt)\\s+' +
      '(?:[\\p{L}-]+\\s+){1,4}?(?:is\\s+out|launch\\p{L}*|comes\\s+out|goes\\s+on\\s+sale|sort(?:ira)?|est\\s+sorti\\p{L}*|erscheint|ist\\s+(?:jetzt\\s+)?erhältlich|sale\\s+a\\s+la\\s+venta|esce|è\\s+uscit\\p{L}|sai\\s+(?:na|no|em)|komt\\s+uit|is\\s+uit|wchodzi\\s+do\\s+sprzedaży|ma\\s+premierę|släpps)')]);
const PROMOTION = anyOf([OFFERED_COUPON, ...PROMOTION_LISTS, CROSS_SELL]);
const PROMOTION_BUT_COUPON = anyOf([...PROMOTION_LISTS, CROSS_SELL]);


const OTHER_MARKETPLACES = anyOf([
  words('ebay', 'etsy', 'aliexpress', 'temu', 'shein', 'walmart', 'shopify', 'rakuten', 'cdiscount', '(?:na|w|z|przez|on|auf|su)\\s+allegro\\p{L}{0,3}', 'allegro\\.pl',
    'mercado\\s+libre', 'mercado\\s+livre', 'kaufland', 'otto\\.de', 'bol\\.com', 'fnac', 'zalando', 'tiktok\\s+shop', 'marktplaats',
    'olx', 'shopee', '(?:bij|op|via)\\s+bol', 'kleinanzeigen', 'ebay-kleinanzeigen', 'leboncoin', 'wallapop', 'milanuncios', '(?:su|on|da)\\s+subito(?:\\.it)?(?![\\p{L}])(?!\\s+(?:dopo|prima))', 'subito\\.it',
    'catawiki', 'depop', 'gumtree', 'craigslist', 'sahibinden', 'dolap', 'çiçeksepeti', 'gittigidiyor', 'enjoei', 'americanas', 'mercari', 'dubizzle', 'opensooq', '2dehands', 'tweedehands', 'mercadolivre', 'magalu', 'trendyol', 'hepsiburada', 'n11', 'noon\\.com', 'blocket', 'tradera', 'vinted', 'empik', 'ceneo', 'wildberries'),
  cjk('(?:على|في|عبر)\\s+نون', '楽天(?!ペイ)', 'メルカリ', 'ヤフオク', 'Yahoo!?\\s*ショッピング', 'ヤフーショッピング', '淘宝', '天猫', '京东(?!物流|快递|配送)', '拼多多', '闲鱼', '独立站'),
]);

// Polish "temu" is "ago" and "to that" ("tydzień temu", "dzięki temu", "Temu klientowi …"): the marketplace is Temu
// only in capitals mid-sentence ("auf Temu", "Temu ist billiger") or named after a preposition of place ("na temu").
const TEMU_PLACE_BEFORE = /(?:^|[^\p{L}])(?:on|at|from|via|auf|bei|von|sur|chez|en|su|da|na|w|z|op|på|från|de)\s+$/iu;
const TEMU_POLISH_AFTER = /^\s+(?:\p{Ll}+(?:owi|emu|anu)|nie|się|co|jak|już|to)(?![\p{L}])/u;

function temuIsPolish(text: string, start: number, end: number): boolean {
  if (!/^temu$/i.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (TEMU_PLACE_BEFORE.test(before)) return false;
  if (text.charAt(start) === 't') return true;
  // a capital at the start of a sentence is Polish when a Polish word follows ("Temu klientowi", "Temu nie …")
  return /(?:^|[.!?;:]\s*|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start)) && TEMU_POLISH_AFTER.test(text.slice(end, end + 24));
}

// "淘宝和拼多多上用我们店名的都不是我们，请不要在那边下单", "Shops on eBay using our name are not us": another marketplace named
// only to warn that the shops there are not the seller's, or not to order there.
const NOT_OURS_AFTER = /^[^.!?。！？\n]{0,120}?(?:(?:are|is)\s+not\s+(?:us|ours|our\s+shops?)|(?:sind|ist)\s+nicht\s+(?:wir|von\s+uns|unser\p{L}*)|ne\s+sont\s+pas\s+(?:nous|les\s+nôtres|à\s+nous)|no\s+(?:son|somos)\s+(?:nuestr\p{L}+|nosotros)|non\s+(?:sono|siamo)\s+(?:noi|nostr\p{L}+)|não\s+(?:são|somos)\s+(?:nós|noss\p{L}+)|(?:zijn|is)\s+niet\s+(?:van\s+)?(?:ons|wij)|nie\s+(?:są|jest)\s+(?:nasz\p{L}*|nami)|är\s+inte\s+(?:vi|våra|vår)|bize\s+ait\s+değil|biz\s+değil\p{L}*|ليس(?:ت)?\s+(?:لنا|نحن|تابع\p{L}*)|不是我们|並非我們|当店ではありません|当店とは(?:一切)?関係|弊社ではありません|(?:do\s+not|don['’]t)\s+(?:order|buy)\s+there|bestellen\s+sie\s+dort\s+nicht|n['’]y\s+commandez\s+pas|no\s+compre\s+allí|不要在那(?:边|里|儿)(?:下单|买|购买))/iu;

function warnedAway(text: string, _start: number, end: number): boolean {
  return NOT_OURS_AFTER.test(text.slice(end, end + 200));
}

// "Bei Ihrer nächsten Bestellung finden Sie die neue Größentabelle im Angebot": a next order named with nothing offered
// on it (no amount, no percentage, no code, no gift in its sentence) promotes nothing.
const NEXT_ORDER = /next|nächste|prochaine|próxim|prossim|volgende|następn|nästa|sonraki|القادم|次回|下次/iu;
const OFFER_IN_SENTENCE = /\d\s?[%％٪]|[%％٪]\s?\d|[€$£¥₺]|\d\s?(?:euro|eur|zł|kr|tl|lira|reais|ريال|درهم|円|元)|rabat|gutschein|code|kod|spar|günstiger|gratis|kostenlos|free|discount|off(?![\p{L}])|sav(?:e|ing)|réduction|remise|offert|descuent|sconto|descont|korting|zniżk|indirim|ücretsiz|خصم|مجان|割引|クーポン|無料|优惠|折|免费|geschenk|gift|cadeau|regal|present|prezent|gåv|hediye|هدي|プレゼント|礼|bonus|punkte|points|punti|pontos|punten|punkty|poäng|puan|ポイント|积分|on\s+us|auf\s+uns|pour\s+nous|nuestra\s+cuenta|offriamo|nossa\s+conta|van\s+ons|på\s+oss|bizden|shipping|versand|livraison|envío|spedizion|frete|verzend|wysyłk|frakt|kargo|شحن|送料|运费|包邮|surprise|überrasch|sorpres|surpres|verrass|niespodzian|överrask|sürpriz|مفاجأ|サプライズ|惊喜/iu;
const SENTENCE_EDGE = /[.!?。！？\n]/u;

/** Where the sentence around [start, end) begins and ends: the nearest SENTENCE_EDGE on each side, at most `limit`
 * units away. */
function sentenceStart(text: string, start: number, limit: number): number {
  let a = start;
  while (a > 0 && start - a < limit && !SENTENCE_EDGE.test(text[a - 1]!)) a--;
  return a;
}
function sentenceEnd(text: string, end: number, limit: number): number {
  let b = end;
  while (b < text.length && b - end < limit && !SENTENCE_EDGE.test(text[b]!)) b++;
  return b;
}

function nothingOffered(text: string, start: number, end: number): boolean {
  if (!NEXT_ORDER.test(text.slice(start, end))) return false;
  return !OFFER_IN_SENTENCE.test(text.slice(sentenceStart(text, start, 300), sentenceEnd(text, end, 300)));
}

// Amazon's rule stated: "卖家不得向买家提供…站外联系方式", "sellers may not give buyers … contact details outside Amazon",
// "dürfen Verkäufer Käufern keine … außerhalb von Amazon geben": what follows in the sentence is what the rule forbids.
const SELLER = '(?:sellers?|verkäufer\\p{L}*|vendeurs?|vendedores?|venditori|verkopers|sprzedaw\\p{L}*|säljare|satıcı\\p{L}*|البائع\\p{L}*|卖家|賣家|商家|出品者|セラー|販売者)';
const MAY_NOT = '(?:may\\s+not|must\\s+not|cannot|can[\'’]t|are\\s+not\\s+(?:allowed|permitted)|dürfen\\s+(?:\\p{L}+\\s+){0,3}?(?:kein\\p{L}*|nicht)|ne\\s+(?:peuvent|doivent)\\s+pas|n[\'’]ont\\s+pas\\s+le\\s+droit|no\\s+(?:pueden|deben)|non\\s+(?:possono|devono)|não\\s+(?:podem|devem)|mogen\\s+(?:\\p{L}+\\s+){0,3}?(?:geen|niet)|nie\\s+mogą|får\\s+inte|veremez|paylaşamaz|yasak\\p{L}*|لا\\s+(?:يجوز|يحق|يسمح)|不得|不能|不允许|禁止|できません|禁止されて|認められて(?:い|お)りません)';
const RULE_STATED = new RegExp(`${SELLER}[^.!?。！？\\n]{0,40}?${MAY_NOT}|(?:dürfen|darf)\\s+${SELLER}\\s+(?:\\p{L}+\\s+){0,6}?(?:kein\\p{L}*|nicht)|${MAY_NOT}[^.!?。！？\\n]{0,10}?${SELLER}`, 'iu');

function ruleStated(text: string, start: number): boolean {
  return RULE_STATED.test(text.slice(sentenceStart(text, start, 200), start));
}

// "bei Zahlung mit Amazon-Gutschein zurück auf Ihr Gutscheinkonto", "an Amazon gift card balance": Amazon's own gift card,
// the way Amazon pays back, not a voucher from the seller.
const AMAZON_BEFORE = /(?:amazon|アマゾン|亚马逊|أمازون)[-\s]*$/iu;
const AMAZON_AFTER = /^[-\s]*(?:(?:de|d['’]|di|da|van|från|od)\s+)?(?:amazon|アマゾン|亚马逊|أمازون)|^\p{L}*[-\s]*(?:konto|guthaben|balance|saldo|solde|tegoed)/iu;

const GIFT_CARD = /gutschein|voucher|gift|cadeau|regalo|buono|vale|bon(?![\p{L}])|tegoed|presentkort|podarunk|hediye|قسيمة|ギフト|礼品/iu;

// Only as the way money goes back ("zurück auf Ihr Gutscheinkonto", "refunded to your Amazon gift card"): an Amazon gift
// card handed over "als Dank für Ihre Bewertung" is the seller's gift all the same.
const PAID_BACK = /zurück|erstatt|refund|rembours|reembols|rimbors|estorn|terugbetaal|teruggestort|terugstort|zwrot|återbetal|iade|退款|返金|استرداد|balance|konto|guthaben|saldo|solde|tegoed/iu;

function amazonsGiftCard(text: string, start: number, end: number): boolean {
  if (!GIFT_CARD.test(text.slice(start, end))) return false;
  if (!AMAZON_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !AMAZON_AFTER.test(text.slice(end, end + 24))) return false;
  return PAID_BACK.test(text.slice(sentenceStart(text, start, 200), sentenceEnd(text, end, 200)));
}

const WEBSITE = anyOf([
  words('(?:our|my)\\s+(?:own\\s+|official\\s+)?(?:web\\s?site|web\\s?shop|online\\s+(?:shop|store)|homepage)',
    'visit\\s+our\\s+(?:web\\s?)?site', 'official\\s+(?:web\\s?)?site',
    '(?:unsere[rnm]?|meine[rnm]?)\\s+(?:eigenen?\\s+)?(?:webseite|website|homepage|internetseite|online-?shop|webshop)',
    'notre\\s+site(?:\\s+(?:web|internet|officiel))?', 'site\\s+internet',
    'nuestr[ao]\\s+(?:página\\s+web|web|sitio(?:\\s+web)?|tienda\\s+(?:online|en\\s+línea))', 'página\\s+web',
    '(?:il\\s+)?nostro\\s+sito(?:\\s+(?:web|internet|ufficiale))?', 'sito\\s+web',
    '(?:nosso|no\\s+nosso)\\s+site', 'nossa\\s+(?:página|loja\\s+(?:online|virtual))', '(?:onze|op\\s+onze)\\s+(?:website|site|webshop|webwinkel)',
    'nasz\\p{L}*\\s+(?:stron\\p{L}+|sklep\\p{L}*\\s+internetow\\p{L}+)', 'vår\\s+(?:webbplats|hemsida|webbutik|webbshop)', 'vår\\s+sajt',
    'web\\s+sitemiz\\p{L}*', 'sitemiz\\p{L}*', 'internet\\s+sitemiz\\p{L}*'),
  cjk('(?:弊社|当社|当店|弊店|公式)(?:の)?(?:ホームページ|ウェブサイト|サイト|HP)', '官网', '官方网站', '我们的网站', '我们网站', '本店网站',
    'موقعنا', 'موقعنا\\s+الإلكتروني', 'متجرنا\\s+الإلكتروني', 'متجرنا\\s+الالكتروني'),
]);

// "顺丰官网", "the official site of DHL", "página web de Correos", "ヤマト運輸の公式サイト", "the carrier's website": a
// site that is the carrier's or Amazon's, named so the buyer can follow a parcel there, is not the seller's site.
const CARRIER = '(?:dhl|ups|fedex|usps|dpd|gls|hermes|evri|royal\\s+mail|parcelforce|la\\s+poste|colissimo|chronopost|mondial\\s+relay|correos(?:\\s+express)?|seur|mrw|nacex|brt|bartolini|sda|poste\\s+italiane|poste|ctt|correios|jadlog|postnl|bpost|inpost|poczta\\s+polska|postnord|budbee|instabox|bring|yurtiçi(?:\\s+kargo)?|aras(?:\\s+kargo)?|mng(?:\\s+kargo)?|ptt|sürat(?:\\s+kargo)?|aramex|smsa|naqel|spl|ems|amazon|carrier|courier|transporteur|zusteller\\p{L}*|paketdienst\\p{L}*|versanddienstleister\\p{L}*|corriere|transportista|transportadora|vervoerder|bezorger|przewoźnik\\p{L}*|kurier\\p{L}*|transportör\\p{L}*|fraktbolag\\p{L}*|kargo\\s+firmas\\p{L}*|kargo)';
const CARRIER_BEFORE = new RegExp(`(?:(?<![\\p{L}])${CARRIER}(?:['’]s|-)?\\s*|(?:顺丰|中通|圆通|韵达|申通|京东物流|京东|邮政|EMS|快递公司|物流公司|承运商|亚马逊|ヤマト運輸|ヤマト|佐川急便|佐川|日本郵便|郵便局|配送業者|運送会社|アマゾン|Amazon)(?:的|の)?\\s*)$`, 'iu');
const CARRIER_AFTER = new RegExp(`^\\s*(?:of|de|di|del|della|dello|des|du|da|do|von|vom|der|van|dla|för|för\\s+att)?\\s*(?:the|la|le|l['’]|el|il|lo|a|o|het|de)?\\s*${CARRIER}(?![\\p{L}])`, 'iu');

function carriersSite(text: string, start: number, end: number): boolean {
  return CARRIER_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || CARRIER_AFTER.test(text.slice(end, end + 40));
}

const CALL_US = anyOf([
  words('call\\s+(?:me|us)', 'give\\s+(?:me|us)\\s+a\\s+(?:call|ring)', 'text\\s+(?:me|us)', '(?:text|sms)\\s+\\S+\\s+to\\s+\\d{4,8}',
    'rufen\\s+sie\\s+(?:mich|uns)', 'appelez[-\\s](?:moi|nous)', 'llámenos', 'llámeme', 'llámanos', 'llámame',
    'ci\\s+chiami', 'mi\\s+chiami', 'chiamaci', 'chiamami',
    'ligue[-\\s](?:para\\s+)?(?:nós|me|nos)', 'me\\s+liga', 'nos\\s+ligue', 'me\\s+chama', 'bel\\s+(?:ons|me|mij)', 'zadzwoń\\s+do\\s+(?:nas|mnie)',
    'ring\\s+(?:oss|mig)', 'bizi\\s+arayın', 'beni\\s+arayın', 'bizi\\s+arayabilirsiniz'),
  cjk('اتصل\\s+(?:بنا|بي)', 'اتصلوا\\s+بنا', 'كلمني', 'كلمنا', 'اتصل\\s+على'),
  cjk('お電話(?:ください|下さい|いただ)', '打我电话', '给我(?:们)?打电话'),
]);

const EMAIL_US = anyOf([
  words('e-?mail\\s+(?:me|us)', 'send\\s+(?:me|us)\\s+an?\\s+e-?mail', 'write\\s+(?:me|us)\\s+an?\\s+e-?mail',
    'schreiben\\s+sie\\s+(?:mir|uns)\\s+(?:eine\\s+)?(?:e-?mail|mail)', 'envoyez[-\\s](?:moi|nous)\\s+un\\s+(?:e-?mail|mail|courriel)',
    'escríbanos\\s+(?:un\\s+)?(?:correo|e-?mail)', 'ci\\s+scriva\\s+(?:una\\s+)?(?:e-?mail|mail)',
    '(?:me|nos)\\s+(?:mande|envie)\\s+(?:um\\s+)?e-?mail', 'mail\\s+ons', 'mail\\s+me\\s+(?:op|even|via)', 'stuur\\s+(?:ons|me)\\s+een\\s+(?:e-?mail|mail)',
    'napisz\\s+(?:do\\s+nas\\s+|do\\s+mnie\\s+)?(?:maila|e-?maila)', 'na\\s+(?:maila|e-?maila|adres\\s+e-?mail)', '(?:mejla|maila)\\s+(?:oss|mig)',
    'bize\\s+(?:e-?posta|mail)', 'e-?posta\\s+(?:atın|gönderin)'),
  cjk('راسلنا\\s+(?:على|عبر)\\s+(?:الإيميل|الايميل|البريد)', 'ارسل\\s+(?:لنا|لي)\\s+(?:ايميل|إيميل)', 'على\\s+الإيميل', 'على\\s+الايميل'),
  cjk('メールで(?:ご連絡|お問い合わせ|お知らせ)', '发邮件', '发送邮件至', '邮件联系'),
]);

const CONTACT_OUTSIDE = anyOf([
  words('contact\\s+(?:me|us)\\s+(?:directly|privately|outside)', 'reach\\s+(?:me|us)\\s+(?:directly|privately)',
    'kontaktieren\\s+sie\\s+(?:mich|uns)\\s+direkt', 'contactez[-\\s](?:moi|nous)\\s+directement',
    'contáctenos\\s+directamente', 'ci\\s+contatti\\s+direttamente',
    '(?:fale|entre\\s+em\\s+contato)\\s+(?:diretamente\\s+)?comigo\\s+(?:por\\s+fora|diretamente)', 'por\\s+fora\\s+da\\s+amazon',
    'buiten\\s+amazon\\s+om', 'poza\\s+amazon\\p{L}*', 'utanför\\s+amazon', 'amazon\\s+dışında', 'fuera\\s+de\\s+amazon', 'außerhalb\\s+von\\s+amazon',
    'en\\s+dehors\\s+d[\'’]amazon', 'al\\s+di\\s+fuori\\s+di\\s+amazon', 'fora\\s+da\\s+amazon', 'outside\\s+(?:of\\s+)?amazon'),
  cjk('خارج\\s+أمازون', 'خارج\\s+امازون', 'تواصل\\s+(?:معي|معنا)\\s+(?:على|عبر)(?!\\s*(?:ال)?(?:رسائل|أمازون|امازون|منصة))', '站外', 'Amazon外', 'アマゾン外'),
  cjk('私下联系', '直接联系我', '加我(?!们的店)', '直接(?:ご)?連絡', '私聊', '私信我', '私下沟通'),
]);

// Asking for the buyer's own number or address: the conversation is about to leave Amazon. A chat account asked for
// ("su WhatsApp", "your WeChat") is left to the app names, so that it is reported as the app it is.
const ASK_CONTACT = anyOf([
  words('(?:send|give|tell)\\s+(?:me|us)\\s+your\\s+(?:phone|mobile|cell|number|e-?mail)', 'what[\'’]?s\\s+your\\s+(?:phone|mobile|number|e-?mail)',
    '(?:ihre|deine)\\s+(?:handynummer|telefonnummer|e-mail-adresse|mailadresse)', 'votre\\s+(?:numéro\\s+de\\s+(?:téléphone|portable)|adresse\\s+e-?mail)',
    '(?:su|tu)\\s+número\\s+de\\s+(?:teléfono|móvil)', '(?:seu|teu)\\s+(?:número\\s+de\\s+(?:telefone|celular)|telefone|celular)',
    '(?:il\\s+suo|il\\s+tuo)\\s+(?:numero\\s+di\\s+(?:telefono|cellulare)|cellulare)', 'uw\\s+(?:telefoonnummer|mobiele\\s+nummer)',
    '(?:swój|pana|pani)\\s+numer\\s+telefonu', 'ditt\\s+(?:telefonnummer|mobilnummer)',
    '(?:telefon|cep)\\s+numaranızı',
    // an email address asked for: only with a verb of giving, "check your email" is not a request
    '(?:envíe|envíenos|mande|mándenos|déme|denos|pase|páseme|indíque(?:me|nos))\\s+(?:su|tu)\\s+(?:correo|e-?mail)',
    '(?:me|nos)\\s+(?:passe|mande|envie|informe)\\s+(?:o\\s+)?(?:seu|teu)\\s+e-?mail', '(?:mi|ci)\\s+(?:mandi|invii|dia|scriva)\\s+la\\s+sua\\s+(?:e-?mail|mail)',
    '(?:stuur|geef)\\s+(?:ons|me|mij)\\s+uw\\s+e-?mailadres', '(?:podać|proszę\\s+o)\\s+(?:adres\\s+)?e-?mail', '(?:skicka|ge)\\s+(?:oss|mig)\\s+din\\s+(?:e-?post|mejl)',
    'e-?posta\\s+adresinizi\\s+(?:gönderin|yazın|paylaşın|iletin)'),
  cjk('رقم\\s+(?:جوالك|هاتفك|واتسابك|الواتس\\s+حقك)', 'ايميلك', 'إيميلك', 'بريدك\\s+الإلكتروني', 'お電話番号を(?:教え|お知らせ)', 'メールアドレスを(?:教え|お知らせ)',
    '(?:你的|您的)(?:电话|手机|微信|邮箱)'),
]);

export const MARKETING_RULES: readonly PhraseRule[] = [
  { re: PROMOTION, kind: 'marketing', hint: 'marketing', unlessRefused: true,
    unless: (text, start, end) => usedAtCheckout(text, start) || amazonsEvent(text, start, end) || amazonStoreForPart(text, start, end) || amazonsDeal(text, start) ||
      nothingOffered(text, start, end) || amazonsGiftCard(text, start, end),
    otherwise: { needs: /coupon|voucher/i, re: PROMOTION_BUT_COUPON } },
  { re: LAUNCH, kind: 'marketing', hint: 'marketing', unlessRefused: true },
  { re: CODE_HANDED, kind: 'marketing', hint: 'marketing', unlessRefused: true,
    unless: (text, start, end) => usedAtCheckout(text, start) || amazonsEvent(text, start, end) || amazonsDeal(text, start) || trackingCode(text, start) },
  { re: OTHER_MARKETPLACES, kind: 'marketing', hint: 'other-marketplace', rule: 'OFF-AMAZON', unlessRefused: true,
    unless: (text, start, end) => temuIsPolish(text, start, end) || warnedAway(text, start, end) },
  { re: WEBSITE, kind: 'link', hint: 'website-mention', rule: 'OFF-AMAZON', unlessRefused: true, unless: carriersSite },
  { re: CALL_US, kind: 'phone', hint: 'contact-outside', rule: 'OFF-AMAZON' },
  { re: EMAIL_US, kind: 'email', hint: 'contact-outside', rule: 'OFF-AMAZON' },
  { re: CONTACT_OUTSIDE, kind: 'other', hint: 'contact-outside', rule: 'OFF-AMAZON', unlessRefused: true, unless: (text, start) => ruleStated(text, start) },
  { re: ASK_CONTACT, kind: 'phone', hint: 'contact-outside', rule: 'OFF-AMAZON', unlessRefused: true },
];
