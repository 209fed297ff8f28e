// The words the review frames are made of, in the 13 marketplace languages. Each list names one part of a meaning
// ("a review or rating", "something given", "change it", "only if satisfied", "talk to us first"); the frames
// (review-frames.ts) ask which parts meet in one sentence, so a new wording of a known meaning is still caught.
import { anyOf, cjk, words } from '../phrases/build.ts';

// Telling others on Amazon is a review however it is worded: "tell us on Amazon how it went", "conta lá na Amazon",
// "erzählen Sie es auf Amazon". Bounded: the verb, at most five words, then "on Amazon".
const TELL = '(?:tell|share|write|post|say|erzähl|schreib|teil|racont|écri|partag|dites|cuent|cuént|cont[aeé]|escrib|compart|raccont|scriv|condivid|dic|escrev|compartilh|vertel|schrijf|deel|opowi|napisz|podziel|berätta|skriv|dela|anlat|yaz|paylaş)\\p{L}*';
const SAID_ON_AMAZON = `${TELL}(?:\\s+[^\\s.!?]+){0,7}?\\s+(?:on|auf|bei|sur|en|su|na|no|op|på|w)\\s+amazon\\p{L}{0,3}`;
// "auf Amazon zu erzählen", "su Amazon raccontare": the place first.
const AMAZON_THEN_TELL = `(?:on|auf|bei|sur|en|su|na|no|op|på|w)\\s+amazon\\p{L}{0,3}\\s+(?:\\p{L}+\\s+){0,2}?${TELL}`;
// "Two lines on Amazon", "due righe su Amazon", "Amazon'da iki satır": a few words written where buyers read them.
const FEW = '(?:two|a\\s+few|a\\s+couple\\s+of|zwei|ein\\s+paar|deux|quelques|dos|unas|due|qualche|duas|algumas|twee|een\\s+paar|dwa|dwie|kilka|två|några|iki|birkaç)';
const LINES = '(?:lines|words|zeilen|worte|lignes|mots|líneas|palabras|palabritas|palavrinhas|righe|parole|linhas|palavras|regels|woorden|zdania|słów|słowa|rader|ord|satır|kelime)';
const FEW_LINES_ON_AMAZON = `${FEW}\\s+${LINES}(?:\\s+\\p{L}+){0,4}?\\s+(?:on|auf|bei|sur|en|su|na|no|op|på|w)\\s+amazon\\p{L}{0,3}|amazon['’]?\\p{L}{0,3}(?:\\s+[^\\s.!?]+){0,4}?\\s+${FEW}\\s+${LINES}`;

// Telling the other buyers is a review however it is worded: "tell other shoppers how happy you are", "dites-le aux
// autres acheteurs", "cuénteselo a otros compradores", "conte para outros clientes". Bounded: the verb (with a
// pronoun glued to it), at most four words, then the other buyers.
const OTHER_BUYERS = '(?:other|fellow|future)\\s+(?:shoppers|buyers|customers|people)|anderen?\\s+(?:käufer\\p{L}*|kund\\p{L}*|interessent\\p{L}*)|(?:aux|les)\\s+autres\\s+(?:acheteu\\p{L}+|client\\p{L}*)|(?:a\\s+)?otros\\s+(?:compradores|clientes|usuarios)|(?:agli\\s+)?altri\\s+(?:acquirenti|clienti)|(?:para\\s+|aos\\s+)?(?:outros|os\\s+outros)\\s+(?:clientes|compradores)|andere\\s+(?:kopers|klanten)|innym\\s+(?:kupującym|klientom)|z\\s+innymi\\s+(?:kupującymi|klientami)|(?:för\\s+)?andra\\s+(?:köpare|kunder)|diğer\\s+(?:alıcı|müşteri)\\p{L}*';
// (Turkish puts the verb after the buyers: "diğer alıcılara anlatın"; only its own words open that order, so the list
// is not tried at every "a" and "les" of a long draft)
const TELL_OTHERS = `${TELL}(?:[-'’]\\p{L}+)?(?:\\s+[^\\s.!?]+){0,4}?\\s+(?:${OTHER_BUYERS})|let\\s+(?:${OTHER_BUYERS})\\s+know|diğer\\s+(?:alıcı|müşteri)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:anlat|söyle|paylaş)\\p{L}*`;

// "Once your thoughts are up on Amazon", "Ihre Meinung bei Amazon": what the buyer thinks, put where buyers read it.
const THOUGHTS_ON_AMAZON = `(?:thoughts|impressions|meinung|eindrücke|ressenti|impresiones|impressioni|impressões|mening|indrukken|wrażenia|intryck|izlenimleriniz|düşünceleriniz)(?:\\s+[^\\s.!?]+){0,3}?\\s+(?:on|auf|bei|sur|en|su|na|no|op|på|w)\\s+amazon\\p{L}{0,3}`;

/** A review, a rating, stars, or telling others about the purchase. */
export const REVIEWISH = anyOf([
  words('reviews?', 'reviewers?', 'reviewing(?<=(?:on|from|with)\\s+reviewing)', 'write-?ups?', 'feedback', 'ratings?', 'rat(?:e|es|ed|ing)\\s+(?:us|it|the\\s+\\p{L}+|your\\s+\\p{L}+|our\\s+\\p{L}+)', 'stars?', 'one[-\\s]star',
    'share\\s+(?:your|their|his|her)\\s+(?:thoughts|experience|opinion|views|impressions)', TELL_OTHERS, 'tell\\s+(?:everyone|everybody|others|the\\s+world)', 'what\\s+you\\s+wrote',
    'voto',
    'bewert\\p{L}*', 'rezension\\p{L}*', 'sterne?n?', 'ein-stern\\p{L}*', 'kommentar\\p{L}*', 'ihre\\s+erfahrung(?:en)?', '(?:produkt|kunden|artikel|sterne|shop)bewertung\\p{L}*', 'erzählen\\s+sie\\s+es\\s+allen',
    'avis', '(?:votre|une|la|sa|nous)\\s+not(?:e|ez|ent)', 'not(?:er|ez)\\s+(?:le|la|les|notre|nos|ce|cet|cette)', 'évaluer', 'not(?:ez|er)[-\\s]nous', 'étoiles?', 'commentaires?', 'évaluation\\p{L}*', 'votre\\s+expérience', 'dites[-\\s]le\\s+à\\s+tout',
    'reseñas?', 'opini(?:ón|ones|ão|ões)', 'valor(?:a|e|an|en|ación|aciones|ar)', 'calificaci\\p{L}+', 'calific(?:a|e|ar)', 'estrellas?', 'comentarios?', 'su\\s+experiencia', 'cuént\\p{L}+\\s+a\\s+todos',
    'recension[ei]', 'valut(?:a|i|azione|azioni|arci|are)', 'stell(?:a|e|ina|ine)', 'recensi(?:r|t)\\p{L}*', 'opinions?', 'comment[oi]', 'sua\\s+esperienza', 'lo\\s+dica\\s+a\\s+tutti',
    'avali\\p{L}*', 'nota', 'estrelas?', 'comentários?', 'sua\\s+experiência', 'conte\\s+para\\s+todo',
    'recensie\\p{L}*', 'beoordee?l\\p{L}*', 'reviews?', 'sterr?en?', 'reactie\\p{L}*', 'uw\\s+ervaring', 'vertel\\s+het\\s+iedereen',
    'opini\\p{L}*', 'recenzj\\p{L}*', 'ocen\\p{L}*', 'gwiazd\\p{L}*', 'komentarz\\p{L}*', 'wrażenia\\p{L}*',
    'omdöme\\p{L}*', 'recension\\p{L}*', 'recenser\\p{L}*', 'betyg\\p{L}*', 'stjärn\\p{L}*', 'kommentar\\p{L}*', 'din\\s+upplevelse', 'berätta\\s+det\\s+för\\s+alla',
    'yorum\\p{L}*', 'değerlendirme\\p{L}*', 'puan\\p{L}*', 'yıldız\\p{L}*', 'deneyimin\\p{L}*', 'herkese\\s+anlat\\p{L}*'),
  cjk('レビュー', '評価', '口コミ', '感想', '星の数', '星\\d', '星[1-5１-５一二三四五]つ', 'コメント',
    '评价', '評價', '评论', '留评', '再评', '评分', '点评', '好评', '差评', '打分', '打个分', '星级', '一星', '五星', '您的体验', '告诉大家', '使用感受', '分享(?:一下)?(?:您的)?(?:感受|心得|体验)', '心得', '告诉其他(?:买家|顾客|人)',
    'تقييم\\p{L}*', 'يقي?ّ?م\\p{L}*', 'قي?ّ?منا', 'مراجعت\\p{L}*', 'مراجعة', 'تعليق\\p{L}*', 'النجوم', 'نجمة', 'نجوم', 'تجربتك', 'رأيك', 'أخبر\\s+الجميع', 'بكلمتين', 'كلمتين', '几句'),
]);

/** Telling others on Amazon ("tell us on Amazon how it went", "due righe su Amazon"): looked for only in a draft that
 *  names Amazon. */
export const REVIEW_ON_AMAZON = anyOf([words(SAID_ON_AMAZON, AMAZON_THEN_TELL, FEW_LINES_ON_AMAZON, THOUGHTS_ON_AMAZON)]);

/** Something of value: a gift, money back, a discount, a free item. */
export const GIVEN = anyOf([
  words('(?<!feel\\s)free(?!\\s+to(?![\\p{L}]))', 'gifts?', '(?<!at\\s)presents?', 'gift\\s+cards?', 'vouchers?', 'coupons?', 'discount\\p{L}*', 'bonus', 'rewards?', 'cash\\s?back',
    'money(?:\\s+back)?', 'pay\\s+(?:you\\s+)?back',
    // a treat kept vague or a draw to win one: "a small surprise", "iets leuks", "il sorteo", "dorzucimy"
    // on the house: "la prochaine housse serait pour nous", "geht auf uns", "corre por nuestra cuenta"
    '(?:serait|sera|est|c[\'’]est)\\s+pour\\s+nous', 'geht\\s+auf\\s+uns', 'corre\\s+(?:de|por)\\s+nuestra\\s+cuenta', 'offriamo\\s+noi', 'fica\\s+por\\s+nossa\\s+conta', 'is\\s+van\\s+ons', 'på\\s+oss', 'bizden',
    // a thank-you promised but kept vague: "we will know how to thank you properly", "wissen wir uns erkenntlich zu zeigen"
    'know\\s+how\\s+to\\s+thank', 'thank\\s+you\\s+properly', 'erkenntlich\\s+zu\\s+zeigen', 'saur(?:ons|ons\\s+bien)\\s+vous\\s+remercier', 'sabremos\\s+agradec\\p{L}*', 'sapremo\\s+ringraziar\\p{L}*',
    'saberemos\\s+agradecer', '(?:passend|goed)\\s+te\\s+bedanken', 'będziemy\\s+wiedzieć,?\\s+jak\\s+podziękować', 'vet\\s+vi\\s+hur\\s+vi\\s+ska\\s+tacka', 'nasıl\\s+teşekkür\\s+edeceğimizi',
    'surprises?', 'little\\s+something', 'store\\s+credit', 'credit', 'verlos\\p{L}*', 'sortea\\p{L}*', 'sorteia\\p{L}*', 'sorteamos', 'estraiamo', 'estrarre\\p{L}*', 'ti(?:rons|rer|rage)\\s+au\\s+sort', 'verlot\\p{L}*', 'losuj\\p{L}*', 'lottar\\s+(?:vi\\s+)?ut', 'çekiliş\\p{L}*', 'something\\s+(?:special|nice|extra)', 'treats?', 'raffle', 'giveaway', 'prize\\s+draw', 'throw\\s+in', 'in\\s+your\\s+next\\s+(?:parcel|package|order|delivery|shipment|box)',
    // points in a loyalty club and a longer warranty: "Treuepunkte für jede Bewertung", "an extra year of warranty"
    '(?:loyalty|reward|rewards|bonus|club)\\s+points', '(?:treue|bonus|prämien)punkte\\p{L}*', 'points\\s+(?:de\\s+fidélité|bonus|cadeaux?)', 'puntos\\s+(?:de\\s+fidelidad|extra|de\\s+regalo)',
    'punti\\s+(?:fedeltà|bonus|premio)', 'pontos\\s+(?:de\\s+fidelidade|extra|b[oô]nus)', '(?:spaar|bonus|loyaliteits)punten', 'punkty\\s+(?:lojalnościow|bonusow)\\p{L}*', 'bonuspoäng', 'sadakat\\s+puan\\p{L}*', 'bonus\\s+puan\\p{L}*',
    'extend\\p{L}*\\s+(?:your\\s+|the\\s+)?warranty', 'verlänger\\p{L}*\\s+(?:\\p{L}+\\s+)?garantie', 'prolong\\p{L}*\\s+(?:votre\\s+|la\\s+)?garantie', 'ampli\\p{L}*\\s+(?:su\\s+|la\\s+)?garantía',
    'estend\\p{L}*\\s+(?:la\\s+|a\\s+sua\\s+|a\\s+)?garanzia', 'estend\\p{L}*\\s+(?:a\\s+sua\\s+|a\\s+)?garantia', 'verleng\\p{L}*\\s+(?:\\p{L}+\\s+)?garantie', 'przedłuż\\p{L}*\\s+(?:\\p{L}+\\s+)?gwarancj\\p{L}*', 'förläng\\p{L}*\\s+(?:\\p{L}+\\s+)?garanti\\p{L}*', 'garanti\\p{L}*\\s+uzat\\p{L}*',
    'extended\\s+warranty', 'extra\\s+(?:years?|months?)\\s+(?:of\\s+)?warranty', 'garantieverlängerung\\p{L}*', 'extension\\s+de\\s+garantie', 'garantía\\s+(?:extendida|ampliada)', 'garanzia\\s+(?:estesa|estensione)', 'garantia\\s+estendida',
    'garantieverlenging', 'przedłużon\\p{L}+\\s+gwarancj\\p{L}*', 'förlängd\\s+garanti', 'uzatılmış\\s+garanti',
    'kleine[nmr]?\\s+aufmerksamkeit', 'überraschung\\p{L}*', 'kleinigkeit', 'verlosung', 'gewinnspiel', 'beileg\\p{L}*', 'legen\\s+wir', 'surprise', 'petit\\s+(?:cadeau|geste|quelque\\s+chose)', 'tirage\\s+au\\s+sort', 'concours',
    'sorpresa', 'detall\\p{L}+', 'sorteo', 'pensier\\p{L}*', 'estrazione', 'surpresa', 'sorteio', 'iets\\s+leuks', 'attentie\\p{L}*', 'verrassing\\p{L}*', 'winactie', 'loting', 'verloting',
    'niespodzian\\p{L}*', 'drobiazg\\p{L}*', 'losowani\\p{L}*', 'dorzuc\\p{L}*', 'dołącz\\p{L}*\\s+gratis', 'överraskning\\p{L}*', 'utlottning\\p{L}*', 'sürpriz\\p{L}*', 'çekiliş\\p{L}*', 'full\\s+(?:amount|price)', 'refund\\p{L}*', 'überweisen', 'importe', 'valor\\s+total', 'bedrag', 'kwot\\p{L}*', 'belopp\\p{L}*', 'ücret\\p{L}*', 'reimburs\\p{L}*', 'compensat\\p{L}*', 'half\\s+(?:the|of)', 'on\\s+us', 'freebie', '\\d+\\s?%\\s+off',
    'gratis', 'kostenlos\\p{L}*', 'geschenk\\p{L}*', 'gutschein\\p{L}*', 'rabatt\\p{L}*', '(?:preis)?nachlass', '\\d+\\s?%', 'kortingscode\\p{L}*', 'rabattcode\\p{L}*', 'code\\s+promo', 'código\\s+de\\s+descuento', 'codice\\s+sconto', 'kod\\s+rabatow\\p{L}*', 'rabattkod\\p{L}*', 'indirim\\s+kod\\p{L}*', 'frete\\s+grátis', 'free\\s+shipping', 'erstatt\\p{L}*', 'rückerstatt\\p{L}*', 'geld\\s+(?:\\p{L}+\\s+){0,3}zurück', 'hälfte', 'dankeschön',
    'cadeau\\p{L}*', 'carte\\s+cadeau', 'rembours\\p{L}*', 'réduction', 'remise', 'l[\'’]argent', 'moitié', 'offert\\p{L}*',
    'regalo\\p{L}*', 'cheque\\s+regalo', 'reembols\\p{L}*', 'descuento', 'cupón', 'el\\s+dinero', 'la\\s+mitad', 'devolvemos',
    'omaggio', 'buono\\s+regalo', 'rimbors\\p{L}*', 'sconto', 'i\\s+soldi', 'metà', 'restituiamo',
    'mimo', 'brinde\\p{L}*', 'vale[-\\s]presente', 'presente', 'desconto', 'cupom', 'o\\s+dinheiro', 'metade', 'devolvemos', 'estorno',
    'cadeaubon\\p{L}*', 'cadeautje', 'korting', 'terugbetal\\p{L}*', 'geld\\s+terug', 'helft', 'vergoeding',
    'prezent\\p{L}*', 'upomin\\p{L}*', 'karta?\\s+podarunkow\\p{L}*', 'kart\\p{L}+\\s+podarunkow\\p{L}*', 'rabat\\p{L}*', 'zniżk\\p{L}*', 'zwrot\\p{L}*', 'zwróc\\p{L}*', 'oddamy', 'pieniądze', 'połow\\p{L}+',
    'present\\p{L}*', 'presentkort\\p{L}*', 'gåv\\p{L}+', 'rabatt\\p{L}*', 'återbetal\\p{L}*', 'pengarna', 'halva', 'betalar\\s+tillbaka',
    'hediye\\p{L}*', 'hediye\\s+çeki', 'indirim\\p{L}*', 'iade\\p{L}*', 'paranızı', 'yarısı\\p{L}*', 'ücretsiz', 'bedava',
    '(?:r\\$|us\\$|[€$£¥₺])\\s?\\d+', '\\d+(?:[.,]\\d+)?\\s?(?:€|euro|eur|zł|kr|tl|reais|dollars?|\\$|£)', '\\d+\\s?٪'),
  cjk('おまけ', 'お礼をさせて', 'しっかりお礼', '好好感谢', '好好谢谢', 'هدي(?:ة|ت)\\p{L}*', '全额', '全額', 'سنعيد', '無料', 'プレゼント', 'ギフト', '返金', 'お返し', '割引', 'クーポン', '半額', '特典', '謝礼', '\\d+\\s?[%％]\\s?オフ',
    '礼物', '礼品', '赠品', '退您', '退款', '退钱', '把钱退', '一半', '返现', '红包', '优惠', '折扣', '[一二三四五六七八九]折', '免费',
    'サプライズ', '抽選', '惊喜', '小礼物', '心意', 'ポイント', '延長保証', '积分', '延保', 'نقاط\\s+(?:ولاء|مكافأة|إضافية)', 'ضمان\\s+ممتد', '抽奖', 'مفاجأة', 'سحب\\s+على', 'هدية', 'هدايا', 'بطاقة\\s+هدية', 'خصم', 'استرداد', 'نعيد\\s+لك', 'أموالك', 'المبلغ', 'نصف', 'مجان\\p{L}*', '\\d+\\s*(?:ريال|درهم|جنيه|دولار)'),
]);

/** What ties the thing given to the review: a condition, a time after it, who gets it, a thank-you. */
export const TIED = anyOf([
  // proof of the review asked for: "send us a screenshot of your review"
  // a condition told by the verb first: "Lämnar du en recension med bild betalar vi tillbaka halva priset"
  words('(?:lämnar|skriver|ger|recenserar|betygsätter)\\s+(?:du|ni)', '(?:laat|schrijft|plaatst|geeft)\\s+(?:u|je)'),
  words('screen\\s?shots?', 'bildschirmfoto\\p{L}*', 'captur\\p{L}*', 'capture\\s+d[\'’]écran', 'print', 'zrzut\\p{L}*', 'skärmdump\\p{L}*', 'ekran\\s+görüntü\\p{L}*'),
  cjk('لقطة\\s+شاشة', 'スクリーンショット', 'スクショ', '截图', '截屏'),
  words('if', 'once', 'after', 'when', 'as\\s+soon\\s+as', 'until', 'unless', 'bis', 'finché', 'hasta\\s+que', 'tant\\s+que', 'zolang', 'dopóki', 'förrän', 'kadar', 'in\\s+(?:exchange|return)', 'for\\s+(?:a|an|your|every|each)', 'as\\s+a\\s+thank', 'thank[-\\s]you', 'and\\s+(?:get|receive|earn)', 'and\\s+we(?:[\'’]ll|\\s+will)',
    '(?:every|each|all|any)\\s+(?:\\p{L}+\\s+)?(?:customers?|buyers?|reviewers?|ones?)', 'who', 'next\\s+(?:parcel|package|order|delivery|shipment)',
    'pour\\s+vous\\s+remercier', 'per\\s+ringraziarl\\p{L}*', 'para\\s+agradecer\\p{L}*', 'um\\s+(?:uns\\s+)?(?:\\p{L}+\\s+)?zu\\s+bedanken', 'als\\s+bedankje', 'w\\s+podzięc\\p{L}*', 'som\\s+tack',
    'unter\\s+allen', 'entre\\s+(?:quienes|todos|los\\s+que|quem|os\\s+que)', 'tra\\s+(?:chi|tutti|coloro)', 'parmi\\s+(?:les|ceux|tous)', 'onder\\s+(?:iedereen|alle)', 'wśród', 'bland\\s+(?:alla|dem)', 'arasında',
    'wer', 'wie\\s+(?:een|ons|je|u)', 'quien(?:es)?', 'chi', 'quem', 'kto', 'ci\\s+dedica', '(?:mensen|klanten|iedereen|kopers)\\s+die', 'voor\\s+(?:wie|iedereen)', 'nächsten?\\s+(?:lieferung|paket|bestellung)',
    'each\\s+of\\s+you', 'jede[rm]?\\s+von\\s+(?:ihnen|euch)', 'chacun\\p{L}*', 'a\\s+todos', 'y\\s+les\\s+(?:devolvemos|reembolsamos|damos|regalamos|enviamos)', 'a\\s+ognun[oa]', 'ognun[oa]', 'cada\\s+um[a]?', 'ieder\\s+van\\s+(?:u|jullie)', 'każd\\p{L}*\\s+z\\s+(?:was|państwa)', 'var\\s+och\\s+en',
    'next\\s+(?:visit|purchase)', 'nächsten?\\s+(?:besuch|einkauf|kauf)', 'prochain\\p{L}*\\s+(?:visite|achat)', 'próxim[oa]\\s+(?:visita|compra)', 'prossim[oa]\\s+(?:visita|acquisto)', 'volgende\\s+(?:bezoek|aankoop)',
    'prochain\\p{L}*\\s+(?:colis|commande)', 'próxim[oa]\\s+(?:paquete|pedido|envío|encomenda|pacote)', 'prossim[oa]\\s+(?:pacco|ordine|spedizione)', 'volgende\\s+(?:pakket|bestelling|zending)',
    'następn\\p{L}+\\s+(?:paczk|zamówieni|przesyłk)\\p{L}*', 'nästa\\s+(?:paket|beställning|leverans)', 'sonraki\\s+(?:sipariş|paket|kargo)\\p{L}*',
    'wenn', 'falls', 'sobald', 'nachdem', 'nach', 'gegen', 'als\\s+dankeschön', 'jede[rn]?', 'für\\s+(?:eine|ihre|jede)', 'und\\s+(?:sichern|erhalten|bekommen)',
    'si', 'dès\\s+que', 'une\\s+fois', 'après', 'en\\s+échange', 'en\\s+remerciement', 'chaque', 'qui', 'et\\s+(?:profitez|recevez|obtenez)',
    'cuando', 'una\\s+vez', 'después', 'a\\s+cambio', 'como\\s+agradecimiento', 'cada', 'que\\s+nos', 'y\\s+(?:obtenga|reciba|consiga)',
    'se', 'quando', 'appena', 'dopo', 'in\\s+cambio', 'come\\s+ringraziamento', 'ogni', 'che\\s+ci', 'e\\s+(?:ottenga|riceva)',
    'assim\\s+que', 'após', 'depois', 'em\\s+troca', 'como\\s+agradecimento', 'todo', 'cada', 'que\\s+nos', 'e\\s+ganhe', 'caso',
    'als', 'zodra', 'nadat', 'na', 'in\\s+ruil', 'als\\s+dank', 'iedere', 'elke', 'die\\s+ons', 'en\\s+krijg',
    'jeśli', 'jeżeli', 'gdy', 'gdy\\s+tylko', 'kiedy', 'po', 'w\\s+zamian', 'w\\s+podziękowaniu', 'każdy', 'który', 'i\\s+odbierz', 'za',
    'om', 'när', 'så\\s+snart', 'efter', 'i\\s+utbyte', 'som\\s+tack', 'alla', 'som', 'och\\s+få',
    'eğer', 'karşılığında', 'teşekkür\\s+olarak', 'her', 'sonra', '[a-zçğıöşüâîû]+(?:rsanız|rseniz)', '[a-zçğıöşüâîû]+(?:ır|ir|ur|ür|ar|er)\\s+\\p{L}+(?:maz|mez)', '[a-zçğıöşüâîû]+(?:yan|yen)',
    // the review as what earns it: "bij een review met foto krijgt u", "con una recensione ... le rimborsiamo", "for a
    // photo review"; the ask and what follows it joined: "skriv en recension så får du", "deixe sua avaliação e
    // devolvemos", "y le devolvemos", "dann bekommen Sie"
    'bij\\s+(?:een|elke|iedere|uw)', 'krijgt\\s+(?:u|je)', 'en\\s+(?:u\\s+|je\\s+)?krijg\\p{L}*', 'con\\s+(?:una|ogni|cada|la\\s+sua|su)', 'por\\s+(?:una|cada|su)', 'pour\\s+(?:un|chaque|votre)', 'bei\\s+(?:einer|jeder|ihrer)',
    'så\\s+(?:får|betalar|ger|skickar|bjuder|bekommer|återbetalar)', 'får\\s+(?:du|ni)',
    'e\\s+(?:(?:lhe|te)\\s+)?(?:devolvemos|reembolsamos|damos|enviamos|pagamos|ganha|recebe)', 'y\\s+(?:le|te)\\s+(?:devolvemos|reembolsamos|damos|regalamos|enviamos|abonamos)',
    'e\\s+(?:le|ti)\\s+(?:rimborsiamo|restituiamo|diamo|regaliamo|mandiamo|accreditiamo)', 'et\\s+(?:nous|on)\\s+vous', 'dann\\s+(?:bekommen|erhalten|erstatten|gibt|schenken|schicken)', 'und\\s+(?:[^\\s.!?]+\\s+){0,3}?(?:zurückbekommen|zurückerhalten|kassieren)',
    'a\\s+(?:my\\s+)?(?:zwrócimy|oddamy|wyślemy|przelejemy)', 'i\\s+(?:dostanie|otrzyma)\\p{L}*', 've\\s+size'),
  cjk('れば', 'たら', 'ましたら', 'いただくと', 'と', '方に', '方には', '(?:の)?中から', '方全員', '全員', 'お客様には', '感謝の', '引き換え',
    '如果', '只要', '后', '之后', '就', '即', '每位', '表示感谢', '作为感谢', '(?:评价|评论|好评|晒单|留评)\\p{L}{0,3}?(?:就|即)?(?:送|返|得)',
    'إذا', 'اذا', 'إن', 'عند', 'مقابل', 'بعد', 'لو', 'بمجرد', 'كل', 'كشكر', 'و\\s*احصل', '次回', '下次', '每人', '每个人', '每位',
    // "ونرد لك", "وسنعيد لك": and we give back to you; a photo of the review as its proof
    '(?<![\\p{L}])وس?ن\\p{L}+\\s+لك(?![\\p{L}])', 'صورة\\s+(?:من\\s+)?(?:تقييمك|مراجعتك|تعليقك)', 'レビューの(?:写真|画像)', '评价(?:的)?(?:截图|照片)'),
]);

/** Changing, rewriting, taking down or removing. */
export const CHANGE_IT = anyOf([
  words('change', 'changing', 'update', 'updating', 'revise', 'revising', 'edit', 'editing', 'modify', 'amend', 'adjust', 'correct', 'reconsider', 'revisit',
    'rewrite', 're-write', 'remove', 'removing', 'delete', 'deleting', 'erase', 'get\\s+rid\\s+of', 'getting\\s+rid\\s+of', 'take\\s+(?:it\\s+|that\\s+)?(?:down|off)', 'taking\\s+(?:it\\s+)?(?:down|off)', 'tak(?:e|ing)\\s+(?:the|that|this|your|my)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:down|off)', 'pull', 'withdraw', 'retract', 'bump\\s+up', 'raise', 'improve',
    'änder\\p{L}*', 'abänder\\p{L}*', 'überarbeit\\p{L}*', 'anpass\\p{L}*', 'anzupassen', 'aktualisier\\p{L}*', 'lösch\\p{L}*', 'entfern\\p{L}*', 'zurückzieh\\p{L}*', 'zurückzunehmen', 'korrigier\\p{L}*', 'überdenk\\p{L}*', 'erhöh\\p{L}*', 'hochsetz\\p{L}*', 'hochstuf\\p{L}*', 'heraufsetz\\p{L}*', 'anheb\\p{L}*', 'herunternehm\\p{L}*', 'rausnehm\\p{L}*', 'herausnehm\\p{L}*', 'nehmen\\s+sie\\s+(?:\\p{L}+\\s+){0,3}?(?:runter|raus|herunter|heraus|offline)', 'passen\\s+sie\\s+(?:\\p{L}+\\s+){0,3}?an', 'arbeiten\\s+sie\\s+(?:\\p{L}+\\s+){0,3}?um', 'offline\\s+(?:nehm|stell)\\p{L}*',
    'modifi\\p{L}*', 'chang(?:er|ez|iez)', 'mettre\\s+à\\s+jour', 'mettez\\s+à\\s+jour', 'retir\\p{L}*', 'supprim\\p{L}*', 'effac\\p{L}*', 'revoir', 'revoyez', 'corrig\\p{L}*', 'enlev\\p{L}*', 'réécri\\p{L}*', 'remont\\p{L}*', 'relev\\p{L}*',
    'cambi(?:e|ar|ara|en|ase|are|asse)', 'actualic\\p{L}*', 'actualiz\\p{L}*', 'borr\\p{L}*', 'bórr\\p{L}*', 'elimin\\p{L}*', 'elimín\\p{L}*', 'quit(?:e|ar|arla|es|en|ara|aran|ase|asen)', 'quít\\p{L}*', 'retír\\p{L}*', 'edit\\p{L}*', 'sub(?:ir|a|as|e|es)(?:la)?\\s+(?:la\\s+|su\\s+|tu\\s+)?(?:nota|valoraci\\p{L}+|calificaci\\p{L}+|puntuaci\\p{L}+|estrellas)', 'subirla', 'corrij\\p{L}*', 'reconsider\\p{L}*', 'revis(?:e|ar)',
    'aggiorn\\p{L}*', 'rimuov\\p{L}*', 'rimuova', 'cancell\\p{L}*', 'ritir\\p{L}*', 'togli\\p{L}*', 'tolg(?:a|ano)(?:la|le)?', 'rived\\p{L}*', 'corregg\\p{L}*', 'riscriv\\p{L}*', 'alz(?:are|i|arla|asse)', 'tir(?:ar|e|a|á-la)\\s+(?:a\\s+|sua\\s+|essa\\s+|esta\\s+|aquela\\s+|a\\s+sua\\s+)?(?:avalia\\p{L}*|nota|estrela\\p{L}*|coment\\p{L}*)', 'tirá-la',
    'alter\\p{L}*', 'mud(?:ar|e)', 'atualiz\\p{L}*', 'apag\\p{L}*', 'remov\\p{L}*', 'exclu(?:ir|a)', 'excluí-la', 'rever', 'revej\\p{L}*', 'reescrev\\p{L}*',
    'wijzig\\p{L}*', 'aanpass\\p{L}*', 'aan\\s+te\\s+passen', 'verwijder\\p{L}*', 'intrek\\p{L}*', 'in\\s+te\\s+trekken', 'herschrijv\\p{L}*', 'herschrijf\\p{L}*', 'bijwerk\\p{L}*', 'verander\\p{L}*', 'herzien', 'weghal\\p{L}*', '(?:er)?af\\s+(?:te\\s+)?halen', 'afhalen', 'haal\\s+(?:\\p{L}+\\s+){0,3}?(?:er)?af', 'haal\\s+(?:\\p{L}+\\s+){0,3}?weg', 'haalt\\s+(?:\\p{L}+\\s+){0,3}?weg', 'offline\\s+(?:\\p{L}+\\s+)?(?:halen|haalt|zetten|zet)', 'verhog\\p{L}*',
    'zmie\\p{L}*', 'zmień', 'usu\\p{L}*', 'popraw\\p{L}*', 'edyt\\p{L}*', 'wycof\\p{L}*', 'skasuj\\p{L}*', 'skasuje', 'skasow\\p{L}*', 'przeredag\\p{L}*', 'zaktualiz\\p{L}*', 'aktualiz\\p{L}*', 'podnie\\p{L}*', 'zdjąć', 'zdejm\\p{L}*', 'zdjęł\\p{L}*',
    'ändr\\p{L}*', 'ta\\s+bort', 'tar\\s+bort', 'rader\\p{L}*', 'uppdater\\p{L}*', 'juster\\p{L}*', 'redigera\\p{L}*', 'skriva\\s+om', 'skriv\\s+om', 'drar?\\s+tillbaka', 'höj\\p{L}*', 'plocka\\s+bort', 'plockar\\s+bort', 'ta\\s+ner', 'tar\\s+ner',
    'değiştir\\p{L}*', 'sil(?:in|er|ebilir|meniz|mek|ersen|erseniz)\\p{L}*', 'kaldır\\p{L}*', 'güncelle\\p{L}*', 'düzelt\\p{L}*', 'geri\\s+çek\\p{L}*', 'yeniden\\s+yaz\\p{L}*', 'yükselt\\p{L}*', 'artır\\p{L}*'),
  // looked at again: "take another look at your rating", "riconsiderare il suo voto", "ompröva ditt betyg", "إعادة النظر"
  words('rethink', 'tak(?:e|ing)\\s+(?:another|a\\s+second|a\\s+fresh)\\s+look', 'look(?:ing)?\\s+again', 'giving\\s+(?:it|\\p{L}+\\s+\\p{L}+)\\s+another\\s+(?:look|thought)', 'give\\s+(?:it|\\p{L}+\\s+\\p{L}+)\\s+another\\s+(?:look|thought)', 'second\\s+look',
    '(?:noch\\s*(?:ein)?mal|erneut)\\s+(?:\\p{L}+\\s+)?(?:anschau\\p{L}*|ansehen|überleg\\p{L}*|bewerten|durchsehen)', 'neu\\s+bewerten', 'reconsidér\\p{L}*', 'repens\\p{L}*', 'réexamin\\p{L}*',
    'replante\\p{L}*', 'volver\\s+a\\s+(?:mirar|valorar|pensar|evaluar|calificar)', 'riconsider\\p{L}*', 'ripens\\p{L}*', 'rivalut\\p{L}*', 'reconsider\\p{L}*', 'reavali\\p{L}*',
    'heroverw\\p{L}*', 'opnieuw\\s+(?:bekijken|beoordelen|overwegen|bekijkt|beoordeelt)', 'nog\\s+eens\\s+(?:\\p{L}+\\s+)?(?:bekijken|kijken|overwegen)', 'przemyśl\\p{L}*', 'zrewid\\p{L}*',
    'ponownie\\s+(?:rozważ|przemyśl|oceni|spojrz|przejrz)\\p{L}*', 'ompröva\\p{L}*', 'omvärder\\p{L}*', 'tänka\\s+om', 'se\\s+över', 'titta\\s+(?:\\p{L}+\\s+){0,2}?igen',
    '(?:yeniden|tekrar)\\s+(?:değerlendir|gözden\\s+geçir|düşün|bak)\\p{L}*', 'gözden\\s+geçir\\p{L}*'),
  cjk('再考', '考え直', '再検討', '重新考虑', '重新评价', '重新评估', '再考虑', '(?:إعادة|اعادة|تعيد\\p{L}*|أعد\\p{L}*)\\s+النظر', '(?:إعادة|اعادة)\\s+(?:ال)?تقييم'),
  cjk('削除', '変更', '修正', '取り消', '取り下げ', '書き直', '書き換え', '見直', '編集', '訂正', '消して', '消去',
    '删', '修改', '改一改', '改一下', '改成', '改为', '改掉', '撤下', '撤掉', '撤了', '拿掉', '去掉', '撤回', '撤销', '更改', '调整', '追评',
    'حذف', 'تحذف', 'احذف', 'مسح\\p{L}*', 'تمسح', 'تعديل', 'تعدل', 'عدّل', 'تغيير', 'تغير', 'غيّر', 'إزالة', 'ازالة', 'سحب\\p{L}*', 'تسحب', 'تحديث', 'تحدّث', 'إعادة\\s+كتابة', 'أعد\\s+كتابة'),
]);

/** Being satisfied or happy with the purchase (or not). */
export const SATISFIED = anyOf([
  words('satisfied', 'happy', 'pleased', 'delighted', 'unhappy', 'dissatisfied', 'lov(?:e|ed|es|ing)\\s+(?:it|them|(?:the|their|your|his|her)\\s+\\p{L}+)', 'thrilled', 'enthusiastic',
    'begeistert\\p{L}*', 'enchanté\\p{L}*', 'conquis\\p{L}*', 'encantad\\p{L}*', 'entusiast\\p{L}*', 'encantou', 'enthousiast\\p{L}*', 'zachwycon\\p{L}*', 'förtjust\\p{L}*',
    'beğen\\p{L}*', 'bayıl\\p{L}*', '(?<!feel\\s|feels\\s)lik(?:e|ed|es)\\s+(?:it|them|the\\s+\\p{L}+)', 'enjoyed', 'gefällt', 'gefallen', 'plaît', 'plu', 'gusta', 'gustó', 'gustado', 'gostado', 'piace', 'piaciut\\p{L}*', 'bevalt', 'bevallen', 'podoba', 'spodoba\\p{L}*', 'gillar', 'gillade',
    'zufrieden\\p{L}*', 'glücklich', 'satisfait\\p{L}*', 'content\\p{L}*', 'ravi\\p{L}*', 'satisfech\\p{L}*', 'content[oa]s?', 'soddisfatt\\p{L}*',
    'satisfeit\\p{L}*', 'gostou', 'feliz', 'tevreden', 'blij', 'zadowolon\\p{L}*', 'nöjd\\p{L}*', 'memnun\\p{L}*',
    'something\\s+(?:is\\s+)?wrong', 'not\\s+right', 'all\\s+good', 'coś\\s+nie\\s+tak', 'wszystko\\s+(?:super|ok|w\\s+porządku)'),
  cjk('満足', '满意', '喜欢', '気に入', 'راض\\p{L}*', 'راضٍ', 'سعيد\\p{L}*', 'أعجب\\p{L}*'),
]);

/** Only, just, unless. */
export const ONLY = anyOf([
  words('only', 'save\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?for', 'reserve\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?for', 'solo', 'sólo', 'solamente', 'únicamente', 'nur', 'seulement', 'uniquement', 'ne\\s+\\p{L}+\\s+(?:un|une|d[\'’]|de)\\s*\\p{L}+\\s+qu(?:e|[\'’]\\p{L}+)', 'soltanto',
    'só', 'somente', 'apenas', 'alleen', 'enkel', 'tylko', 'wyłącznie', 'bara', 'endast', 'enbart', 'yalnızca', 'sadece'),
  cjk('فقط', 'إلا', 'のみ', 'だけ', '只有', '只(?=[邀请向给找让对发])', '仅', '才'),
]);

/** A condition: if, when, in case. */
export const CONDITION = anyOf([
  words('if', 'when', 'wenn', 'falls', 'sobald', 'si', 'quand', 'se', 'caso', 'cuando', 'quando', 'als', 'indien', 'wanneer', 'jeśli', 'jeżeli', 'gdy', 'kiedy', 'om', 'när',
    'eğer', '[a-zçğıöşüâîû]+(?:sanız|seniz)', 'unless'),
  cjk('場合', 'たら', 'れば', '如果', '情况下', '的话', 'إذا', 'اذا', 'لو', 'إن'),
]);

/** "Every buyer alike": whatever the experience, good or bad. A condition in such a sentence selects nobody. */
export const ALIKE = anyOf([
  words('or\\s+not', 'whether', 'good\\s+or\\s+bad', 'positive\\s+or\\s+negative', 'whatever', 'regardless', 'oder\\s+nicht', 'egal', 'gut\\s+oder\\s+schlecht',
    'ou\\s+non', 'quelle\\s+que\\s+soit', 'bon\\s+ou\\s+mauvais', 'o\\s+no', 'sea\\s+cual\\s+sea', 'buena\\s+o\\s+mala', 'o\\s+meno', 'qualunque', 'positiva\\s+o\\s+negativa',
    'ou\\s+não', 'seja\\s+qual\\s+for', 'boa\\s+ou\\s+ruim', 'of\\s+niet', 'wat\\s+(?:uw|je)\\s+ervaring\\s+ook', 'goed\\s+of\\s+slecht', 'czy\\s+nie', 'niezależnie', 'dobra\\s+czy\\s+zła',
    'eller\\s+inte', 'oavsett', 'bra\\s+eller\\s+dålig', 'olsun\\s+olmasın', 'ne\\s+olursa\\s+olsun', 'nasıl\\s+olursa\\s+olsun', 'iyi\\s+ya\\s+da\\s+kötü'),
  cjk('とは関係なく', '(?:与|和)评价无关', 'بغض\\s+النظر', '良い点も悪い点も', '良いものも悪いものも', 'かどうかにかかわらず', '(?:満足|良)[^。！？]{0,12}も[^。！？]{0,8}(?:不満|悪)[^。！？]{0,8}も', '满意[^。！？]{0,4}(?:还是|或)[^。！？]{0,4}不满意', '好评(?:和|或|还是|、)?差评', '无论', '不论', 'سواء', 'مهما'),
]);

/** Asking the buyer to talk to the seller. */
export const CONTACT_US = anyOf([
  words('contact\\s+us', 'talk\\s+to\\s+us', 'speak\\s+(?:to|with)\\s+us', 'write\\s+(?:to\\s+)?us', 'message\\s+us', 'reach\\s+out', 'drop\\s+us\\s+a\\s+line', 'let\\s+us\\s+know', 'get\\s+in\\s+touch', 'tell\\s+us',
    'kontaktier\\p{L}*', 'schreiben\\s+sie\\s+uns', 'melden\\s+sie\\s+sich', 'sprechen\\s+sie\\s+(?:\\p{L}+\\s+)?mit\\s+uns', 'wenden\\s+sie\\s+sich', 'geben\\s+sie\\s+uns\\s+bescheid',
    'contactez[-\\s]nous', 'nous\\s+contacter', 'écrivez[-\\s]nous', 'parlez[-\\s]nous', 'prévenez[-\\s]nous', 'dites[-\\s]nous',
    'contáct\\p{L}+', 'escríb\\p{L}+', 'hable\\s+(?:\\p{L}+\\s+)?con\\s+nosotros', 'avís\\p{L}+', 'díganos',
    'contatt\\p{L}+', 'ci\\s+scriva', 'scriveteci', 'scrivici', 'ne\\s+parli\\s+(?:\\p{L}+\\s+)?con\\s+noi', 'ci\\s+avvisi',
    'fal[ea]\\s+(?:\\p{L}+\\s+)?com\\s+a\\s+gente', 'fale\\s+conosco', 'cham(?:a|e)\\s+(?:aqui|a\\s+gente)', 'entre\\s+em\\s+contato', 'nos\\s+escreva', 'escreva[-\\s]nos', 'contate[-\\s]nos',
    'contact\\s+met\\s+ons', 'neem\\s+(?:\\p{L}+\\s+)?contact', 'stuur\\s+ons', 'praat\\s+(?:\\p{L}+\\s+)?met\\s+ons', 'laat\\s+het\\s+ons\\s+weten', 'mail\\s+ons',
    'skontaktuj\\p{L}*', 'kontakt\\p{L}*\\s+z\\s+nami', 'napisa\\p{L}*\\s+do\\s+nas', 'napisz\\s+do\\s+nas', 'daj\\s+znać', 'da(?:ć|j|jcie)\\s+nam\\s+znać',
    'kontakta\\s+oss', 'skriv\\s+(?:\\p{L}+\\s+)?till\\s+oss', 'prata\\s+med\\s+oss', 'hör\\s+av\\s+dig',
    'bize\\s+(?:\\p{L}+\\s+)?(?:yazın|ulaşın|yazabilirsiniz|bildirin)', 'iletişime\\s+geç\\p{L}*'),
  cjk('ご連絡', 'お問い合わせ', 'ご相談', 'お知らせください', '联系我们', '找我们', '联系', '告诉我们',
    'تواصل\\s+معنا', 'راسلنا', 'تحدث\\s+معنا', 'اتصل\\s+بنا', 'أخبرنا'),
]);

/** Waiting, holding off, putting off: "please hold off on your review", "vänta med recensionen", "segure a avaliação". */
export const WAIT = anyOf([
  words('hold\\s+(?:off|back)', 'wait', 'put\\s+off', 'postpone', 'delay', 'warten', 'abwarten', 'abzuwarten', 'zurückhalten', 'verschieben',
    'attendez', 'attendre', 'patientez', 'patienter', 'repoussez', 'espere', 'esperar', 'aguarde', 'aguardar', 'aplace', 'posponga', 'aspetti', 'aspetta', 'aspettare', 'aspettate', 'attenda', 'attendere', 'rimandi', 'rimandare',
    'segure', 'segura', 'segurar', 'adie', 'wacht', 'wachten', 'uitstellen', 'stel\\s+(?:\\p{L}+\\s+){0,3}?uit', 'poczekaj\\p{L}*', 'poczekać', 'zaczekaj\\p{L}*', 'wstrzymaj\\p{L}*', 'wstrzymać', 'odłóż\\p{L}*',
    'vänta', 'avvakta', 'skjut\\s+upp', 'bekle\\p{L}*', 'ertele\\p{L}*', 'انتظر\\p{L}*', 'تنتظر\\p{L}*', 'تمهل\\p{L}*', 'أجل', 'تؤجل\\p{L}*',
    // Gulf and Egyptian "wait": "تستنى بالتقييم"
    'تستن[ىا]\\p{L}*', 'استن[ىا]\\p{L}*', 'تصبر\\p{L}*'),
  cjk('待って', 'お待ち', '控えて', 'お控え', '先别', '先不要', '等(?:一下|一等|到)', '暂缓', '稍等'),
]);

/** Until, for now, not yet: the wait lasts until the seller has acted ("until we have fixed it", "por enquanto"). */
export const FOR_NOW = anyOf([
  words('until', 'till', 'for\\s+now', 'yet', 'bis', 'vorerst', 'noch', 'jusqu[\'’]\\p{L}*', 'pour\\s+l[\'’]instant', 'pour\\s+le\\s+moment', 'hasta', 'por\\s+ahora', 'todavía', 'finché', 'fino\\s+a', 'per\\s+ora', 'per\\s+il\\s+momento',
    'até', 'por\\s+enquanto', 'por\\s+agora', 'tot(?:dat)?', 'voorlopig', 'dopóki', 'aż', 'na\\s+razie', 'jeszcze', 'tills', 'förrän', 'än\\s+så\\s+länge', 'kadar', 'şimdilik', 'henüz', 'حتى', 'حاليا', 'حالياً'),
  cjk('まで', '暂时', '之前', '以前'),
]);

/** Then, so (a question's answer going on): "Zufrieden? Dann ...", "Satisfait ? Alors ...". */
export const THEN = /^\s*(?:[\p{L}'’]+\s+){0,2}?(?:then|so|in\s+that\s+case|dann|alors|dans\s+ce\s+cas|entonces|pues|allora|então|dan|wtedy|to|då|o\s+zaman|إذن|اذن)(?![\p{L}])|^\s*(?:那就|那么|それなら|でしたら|なら)/iu;

/** First, before. */
export const FIRST = anyOf([
  words('first', 'before', 'zuerst', 'erst', 'bevor', 'd[\'’]abord', 'avant', 'primero', 'antes', 'prima', 'primeiro', 'eerst', 'voordat', 'najpierw', 'zanim', 'först', 'innan', 'önce\\p{L}*'),
  cjk('まず', '前に', '先', '之前', 'أولاً', 'أولا', 'قبل'),
]);

/** A thing given that is already done: news about the order, not an offer for the review. */
export const ALREADY_GIVEN = anyOf([
  words('ha(?:ve|s)\\s+(?:already\\s+)?(?:issued|refunded|sent|processed|made)', 'we\\s+(?:already\\s+)?(?:refunded|issued|reimbursed)', '(?:was|were|been)\\s+refunded',
    'haben\\s+(?:\\p{L}+\\s+){0,4}?(?:erstattet|überwiesen|zurückgezahlt)', 'wurde\\s+(?:\\p{L}+\\s+)?erstattet',
    'avons\\s+(?:\\p{L}+\\s+){0,3}?(?:remboursé|effectué|envoyé)\\p{L}*', 'hemos\\s+(?:\\p{L}+\\s+)?(?:reembolsado|devuelto|emitido|enviado)', 'le\\s+hemos\\s+devuelto',
    'abbiamo\\s+(?:\\p{L}+\\s+)?(?:rimborsato|effettuato|emesso|restituito)', 'fizemos\\s+o\\s+reembolso', 'foi\\s+reembolsad\\p{L}+', 'já\\s+devolvemos',
    'hebben\\s+(?:\\p{L}+\\s+){0,4}?terugbetaald', 'is\\s+terugbetaald', 'zwróciliśmy', 'zwrócono', 'har\\s+(?:\\p{L}+\\s+){0,3}?(?:betalat\\s+tillbaka|återbetalat)',
    'iade\\s+ettik', 'iade\\s+edildi'),
  cjk('أعدنا', 'تم\\s+(?:رد|استرداد|إرجاع)', '返金いたしました', '返金しました', '返金済み', '已经?退', '退给您了', '已全额退款'),
]);

/** Who is asked: customers or buyers as a group ("we only ask the customers who ..."). */
export const SELECTED = anyOf([
  words('customers?', 'buyers?', 'clients?', 'folks', 'people', 'those', 'ones', 'who', 'quem', 'quien(?:es)?', 'chi', 'wer', 'kto', 'ceux\\s+qui', '(?:den|de)\\s+som', 'kunden', 'käufer\\p{L}*', 'clientes?', 'clienti', 'compradores', 'acheteurs',
    'klanten', 'kopers', 'klient\\p{L}*', 'kupując\\p{L}*', 'kunder', 'köpare', 'müşteri\\p{L}*', 'alıcı\\p{L}*'),
  cjk('お客様', '顾客', '客户', '买家', '老客户', 'العملاء', 'عملاء', 'المشترين'),
]);

// What to mention handed over with praise in it: "mention how fast the delivery was", "pensez à préciser que la
// livraison a été rapide", "vooral de snelle levering noemen", "多提一下发货快". The verb of saying, then within a few
// words a word of praise (Dutch and Turkish put the verb last). Its own list, asked about only beside a review asked for.
const MENTION = '(?:mention(?:s|ed|ing)?|point\\s+out|say\\s+that|write\\s+that|note\\s+that|(?:schreiben|sagen),?\\s+dass|écrire\\s+que|indiquer\\s+que|(?:decir|comentar|escribir|comente|diga|escriba)\\s+que|(?:dizer|comentar|escrever|falar|diga|comente|escreva|fale)\\s+que|(?:dire|scrivere|scriva|dica)\\s+che|(?:zeggen|schrijven)\\s+dat|(?:napisać|napisz|powiedzieć),?\\s+że|(?:skriva|säga|skriv)\\s+att|erwähnen|erwähnt|préciser|précisez|mentionner|mentionnez|signaler|signalez|dire\\s+que|mencion[ae]r?|destaqu?e|destacar|resalte|menzionare|menzioni|sottolinei|sottolineare|citare|vermelden|noemen|wspomnieć|wspomnij|wspomnie[ćcl][a-ząęó]*|podkreślić|nämna|nämn|framhäva|belirtin|bahsedin)';
const PRAISE = '(?:fast|quick(?:ly)?|rapid(?:ly)?|speedy|great|excellent|sturdy|careful(?:ly)?|well[-\\s]packed|schnell(?:e[nrs]?)?|toll[en]?|super|sorgfältig[en]?|rapides?|soign[ée]e?s?|excellente?s?|rápid[oa]s?|excelentes?|cuidad[oa]s?|veloc[ei]|ottim[oaie]|curat[oaie]|snel(?:le)?|mooie?|prima|szybk[a-ząęó]*|staran[a-ząęó]*|świetn[a-ząęó]*|snabb[at]?|fin[at]?|hızlı|özenli|harika)';
/** Praise handed over as what the review should mention ("mention how fast the delivery was"). */
export const MENTIONED_PRAISE = anyOf([
  words(`${MENTION}[,:]?(?:\\s+[^\\s.!?]+){0,7}?\\s+${PRAISE}`, `(?:snel(?:le)?|mooie?|goede?|hızlı|özenli|güzel)(?:\\s+[^\\s.!?]+){0,5}?\\s+(?:noemen|vermelden|belirt[a-zçğıöşü]*|bahsed[a-zçğıöşü]*|yaz(?:ın|arsanız|manız))`),
  cjk('(?:提一下|提一提|提到|写上|写一下|多写)[^。！？，,\\n]{0,10}?(?:快|好(?![评評])|棒|满意|用心|仔细)', '(?:早い|丁寧|速い|良い|よい)[^。！？\\n]{0,12}?(?:触れて|書いて|ご記載|記載して)', 'اذكر\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}?(?:سرع|ممتاز|جيد)\\p{L}*'),
]);

/** Praise asked for: the review's tone is named, not left to the buyer ("only good things", "w pozytywnym tonie"). */
export const POSITIVE_TONE = anyOf([
  words('positive', 'positively', 'glowing', 'enthusiastic', 'rave', 'good\\s+things', 'nice\\s+things', 'kind\\s+words', 'something\\s+nice', 'nice\\s+words',
    'positiv\\p{L}*', 'begeistert\\p{L}*', 'lobend\\p{L}*', 'positi(?:f|ve|fs|ves)', 'élogieu\\p{L}*', 'enthousiaste\\p{L}*', 'positiv[oa]s?', 'entusiast\\p{L}*', 'elogios[oa]s?',
    'cosas\\s+buenas', 'cose\\s+belle', 'coisas?\\s+boas?', 'coisa\\s+boa', 'elogi\\p{L}*', 'positiev\\p{L}*', 'positieve', 'lovend\\p{L}*', 'pozytywn\\p{L}*', 'entuzjastyczn\\p{L}*',
    'positiv\\p{L}*', 'olumlu', 'güzel\\s+(?:bir\\s+)?(?:yorum|şeyler|sözler)', 'tavsiye\\s+ederim', 'recommend\\s+it',
    // what the rating should show: "if the stars could reflect how quickly we fixed it"
    'how\\s+(?:great|good|much\\s+you\\s+(?:love|like|enjoy)\\p{L}*)', 'wie\\s+(?:toll|gut|super|zufrieden)', 'quanto\\s+(?:le|ti|vi)\\s+(?:è\\s+)?piac\\p{L}*', 'combien\\s+vous\\s+(?:aimez|avez\\s+aimé)',
    'lo\\s+(?:buen[oa]|content[oa]|bien)', 'como\\s+(?:é|foi)\\s+bo[ma]', 'hoe\\s+(?:goed|fijn|mooi|blij)', 'jak\\s+(?:bardzo|dobr\\p{L}*|świetn\\p{L}*)', 'hur\\s+(?:bra|nöjd|glad)', 'ne\\s+kadar\\s+(?:güzel|memnun|iyi)',
    'how\\s+(?:happy|pleased|satisfied|delighted)\\s+you', 'wie\\s+(?:glücklich|begeistert)\\s+sie', 'à\\s+quel\\s+point\\s+vous', 'lo\\s+(?:feliz|satisfech[oa])\\s+que', 'quanto\\s+(?:è|sia)\\s+(?:felice|soddisfatt\\p{L})', 'como\\s+fic(?:ou|aram)\\s+(?:feliz|satisfeit\\p{L})',
    'reflect\\p{L}*\\s+how', 'mention\\p{L}*\\s+how\\s+(?:quick|fast|well|helpful|kind)\\p{L}*', 'widerspiegel\\p{L}*', 'refl[eé]t\\p{L}*', 'rispecchi\\p{L}*', 'reflej\\p{L}*',
    'reflit\\p{L}*', 'weerspiegel\\p{L}*', 'odzwierciedl\\p{L}*', 'återspegl\\p{L}*', 'yansıt\\p{L}*'),
  cjk('好话', '好的评价', '夸', 'いいこと', '良いこと', 'إيجابي\\p{L}*', 'حلوة', 'حلو', 'طيب\\p{L}*'),
]);

/** A request or a wish: the buyer is asked to do something ("could you", "se puder", "ci aiuterebbe"). */
export const ASK = anyOf([
  words('please', 'could', 'would', 'feel\\s+free', 'can\\s+you', 'if', 'mind', 'wäre', 'sarebbe', 'sería', 'serait', 'seria', 'zou', 'byłoby', 'vore', 'olur', 'bitte', 'könnten', 'würden', 'wenn', 'falls', 'gerne?', 'würde\\s+uns', 'pourriez', 'merci\\s+de', 'si', 'nous\\s+aiderait', 'pensez\\s+à', 'n[\'’]oubliez\\s+pas', 'denken\\s+sie\\s+daran', 'vergessen\\s+sie\\s+nicht', 'don[\'’]t\\s+forget', 'remember\\s+to', 'no\\s+olvide', 'recuerde', 'non\\s+dimentichi', 'si\\s+ricordi', 'não\\s+se\\s+esqueça', 'lembre[-\\s]se', 'vergeet\\s+niet', 'denk\\s+eraan', 'wilt\\s+u', 'pamiętaj\\p{L}*', 'glöm\\s+inte', 'unutmayın',
    'por\\s+favor', 'podría', 'puede', 'nos\\s+ayudaría', 'per\\s+favore', 'potrebbe', 'può', 'se', 'ci\\s+aiuterebbe', 'ci\\s+farebbe', 'pode', 'poderia', 'puder', 'ajudaria',
    'graag', 'zou', 'kunt', 'kun', 'als', 'proszę', 'prosimy', 'czy', 'gdyby', 'jeśli', 'będziemy\\s+wdzięczni', 'snälla', 'gärna', 'kan\\s+du', 'om', 'lütfen', 'rica', 'mümkünse', 'sevindirir',
    '[a-zçğıöşüâîû]+(?:manız|meniz|sanız|seniz)',
    // a wish: "we'd be delighted", "nous serions ravis", "nos encantaría", "ficaríamos felizes", "seviniriz"
    'we[\'’]d', 'freuen\\s+(?:wir\\s+)?uns', 'serions', 'aimerions', 'encantaría', 'agradeceríamos', 'piacerebbe', 'adoraríamos', 'ficaríamos', 'zouden', 'byłoby', 'będzie\\s+nam', 'skulle',
    'seviniriz', 'memnun\\s+oluruz'),
  cjk('请', '麻烦', '能否', '可以', '希望', 'ください', '嬉しい', 'うれしい', '欢迎', 'お願い', 'いただけ', 'إذا', 'اذا', 'لو', 'ممكن', 'من\\s+فضلك', 'يكون\\s+جميلك', 'تكرمت', '[يو]?(?:يسعدنا|يسرنا|نتمنى|نرجو)'),
]);

/** A present handed over: a gift card, a voucher, a small gift ("presentkort på 100 kr", "vale-presente", "ギフト券"). Beside
 *  a review asked for, in its sentence or the next, it is given for the review. */
export const GIFTED = anyOf([
  words('gift\\s+(?:cards?|vouchers?|certificates?)', 'vouchers?', '(?:a|small|little)\\s+(?:gift|present|token\\s+of\\s+thanks)',
    'gutschein\\p{L}*', 'geschenkkarte\\p{L}*', '(?:ein|kleine[ns]?)\\s+(?:geschenk|präsent)', 'carte[-\\s]cadeau', 'bon\\s+d[\'’]achat', 'chèque[-\\s]cadeau', '(?:un|petit)\\s+cadeau',
    'tarjeta[-\\s]regalo', 'cheque[-\\s]regalo', 'vale\\s+(?:de\\s+(?:compra|regalo)|regalo)', '(?:un|pequeño)\\s+regal(?:o|ito)', 'un\\s+detall\\p{L}+',
    'buono\\s+(?:regalo|acquisto|da)', 'carta\\s+regalo', 'gift\\s+card', '(?:un|piccolo)\\s+(?:regal(?:o|ino)|omaggio|pensierino)', 'vale[-\\s](?:presente|compras?)',
    'cartão[-\\s]presente', '(?:um|pequeno)\\s+(?:presente|mimo|brinde)', 'cadeau(?:bon|kaart)\\p{L}*', 'tegoedbon\\p{L}*', 'waardebon\\p{L}*', '(?:een\\s+)?(?:klein\\s+)?cadeautje',
    '(?:een|kleine)\\s+attentie', 'kart\\p{L}+\\s+podarunkow\\p{L}*', 'bon\\p{L}{0,2}\\s+(?:podarunkow|zakupow)\\p{L}*', 'upomin\\p{L}*', 'prezent\\p{L}*', 'presentkort\\p{L}*',
    'gåvokort\\p{L}*', '(?:en|ett|liten|litet)\\s+(?:gåva|present)', 'hediye\\s+(?:çek|kart)\\p{L}*', '(?:küçük\\s+)?bir\\s+hediye\\p{L}*'),
  cjk('ギフト券', 'ギフトカード', '商品券', 'QUOカード', 'クオカード', '図書カード', '粗品', '礼品卡', '购物卡', '代金券', '小礼物', 'بطاقة\\s+هدية', 'قسيمة', 'هدية\\s+(?:صغيرة|بسيطة)'),
]);

/** A discount code or a percentage off: bundled with a review ask, the review is paid for whether or not an "if" ties them. */
export const PROMO_GIVEN = anyOf([
  words('codes?', 'coupons?', 'vouchers?', '\\d+\\s?%', 'gutschein\\p{L}*', 'rabattcode\\p{L}*', 'cupón', 'código', 'codice', 'buono', 'cupom', 'kortingscode\\p{L}*', 'kod\\p{L}*',
    'rabattkod\\p{L}*', 'kupon\\p{L}*'),
  cjk('%\\s?\\d+', 'クーポン', '割引コード', '优惠码', '优惠券', 'كود', 'كوبون'),
]);

/** Adding to a review already written: "ergänzen Sie kurz, dass wir es gelöst haben". Only a review by name counts
 *  (a note added to a return is no review). */
export const ADD_TO = anyOf([
  words('add(?:ing)?\\s+(?:a\\s+(?:line|sentence|few\\s+words)|that)', 'ergänz\\p{L}*', 'hinzufüg\\p{L}*', 'ajout\\p{L}*', 'añad\\p{L}*', 'aggiung\\p{L}*', 'acrescent\\p{L}*',
    'toevoeg\\p{L}*', 'aanvull\\p{L}*', 'dopisa\\p{L}*', 'lägga\\s+till'),
  cjk('追加', '追記', '書き足', '补充', 'أضف', 'إضافة', 'تضيف'),
]);

/** Wording handed to the buyer: a quotation after "like", "tipo", "du genre" ("Reviews like \"works great\""). */
export const DICTATED = /(?:^|[^\p{L}])(?:like|such\s+as|something\s+like|tipo|come|del\s+tipo|du\s+genre|comme|como|algo\s+como|wie|etwa|so\s+etwas\s+wie|ein\s+kurzes|zoals|typu|jak|som|gibi|a\s+short|un\s+petit|una\s+frase|une\s+phrase|uma\s+frase|een\s+zin)\s*[:,]?\s*["“„«「『‘']/iu;
/** Until, unless: a refusal that lasts only until the review is changed ("we can't refund until the feedback is updated"). */
export const UNTIL = /^[^.!?。！？]{0,30}?(?:until|unless|bis|erst\s+wenn|finché|fino\s+a\s+quando|hasta\s+que|tant\s+que|avant\s+que|zolang|totdat|dopóki|förrän|innan|kadar|直到|まで)(?![\p{L}])/iu;

/** A change told as done, not asked for: the buyer's own ("you already removed your review yourself", "usted mismo
 *  retiró su comentario", "yorumunuzu kendiniz sildiğinizi", "お客様ご自身で削除された": a past form with the buyer as its
 *  subject, or the buyer doing it on their own) or Amazon's ("the review was removed by Amazon", "Amazon entfernt
 *  Bewertungen, die ..."). */
export const CHANGED_BY_BUYER = anyOf([
  words('yourself', 'selbst', 'vous-même', '(?:usted|tú)\\s+mism[oa]', '(?:lei|tu)\\s+stess[oa]', '(?:você|o\\s+senhor|a\\s+senhora)\\s+mesm[oa]', 'zelf', '(?:pan|pani)\\s+sam[a]?', 'sam[a]?\\s+(?:pan|pani)', 'själv', 'kendiniz\\p{L}*',
    'you(?:[\'’]ve|\\s+have|\\s+had)?\\s+(?:already\\s+|just\\s+|now\\s+)?(?:removed|deleted|took\\s+down|taken\\s+down|withdrew|withdrawn|changed|updated|edited|revised|pulled|retracted|erased)',
    '(?:haben|hatten)\\s+sie\\s+(?:\\p{L}+\\s+){0,4}?(?:gelöscht|entfernt|geändert|zurückgezogen|angepasst|aktualisiert|herausgenommen)', 'sie\\s+(?:\\p{L}+\\s+){0,4}?(?:gelöscht|entfernt|geändert|zurückgezogen|angepasst|aktualisiert)\\s+(?:haben|hatten)',
    'vous\\s+(?:l[\'’]\\s*)?(?:avez|aviez)\\s+(?:\\p{L}+\\s+)?(?:supprimé|retiré|modifié|enlevé|changé|mis\\s+à\\s+jour|effacé)\\p{L}*',
    '(?:retiró|eliminó|borró|quitó|cambió|modificó|actualizó|editó)', '(?:ha|has|había)\\s+(?:ya\\s+)?(?:retirado|eliminado|borrado|quitado|cambiado|modificado|actualizado|editado)',
    '(?:ha|hai|aveva)\\s+(?:già\\s+)?(?:cancellato|rimosso|tolto|ritirato|modificato|aggiornato|eliminato)',
    '(?:apagou|removeu|retirou|excluiu|alterou|mudou|atualizou|editou)', '(?:tinha|tem)\\s+(?:apagado|removido|retirado|excluído|alterado|mudado|atualizado)',
    '(?:heeft|hebt|had)\\s+(?:\\p{L}+\\s+){0,4}?(?:verwijderd|aangepast|gewijzigd|weggehaald|ingetrokken|bijgewerkt|veranderd)',
    '(?:usunął|usunęła|usunęli|zmienił|zmieniła|wycofał|wycofała|skasował|skasowała|poprawił|poprawiła|zaktualizował\\p{L}*|edytował\\p{L}*)',
    '(?:har|hade)\\s+(?:\\p{L}+\\s+){0,3}?(?:tagit\\s+bort|raderat|ändrat|uppdaterat|justerat|redigerat)', '(?:tog|plockade)\\s+bort', 'raderade', 'ändrade', 'uppdaterade',
    '(?:sil|kaldır|değiştir|güncelle|düzelt)(?:din|diniz|dınız|miş|mış|mişsiniz|mışsınız)(?![\\p{L}])',
    '(?:by|von|par|por|da|door|przez|av)\\s+amazon', 'amazon\\p{L}{0,3}\\s+tarafından',
    'amazon\\s+(?:removes|removed|deletes|deleted|has\\s+removed|has\\s+deleted|took\\s+down|takes\\s+down|entfernt|löscht|hat\\s+(?:\\p{L}+\\s+){0,3}?(?:entfernt|gelöscht)|supprime|a\\s+supprimé|retire|a\\s+retiré|elimina|ha\\s+eliminado|ha\\s+retirado|rimuove|ha\\s+rimosso|removeu|remove|verwijdert|heeft\\s+(?:\\p{L}+\\s+){0,3}?verwijderd|usuwa|usunął|tar\\s+bort|tog\\s+bort|kaldırır|kaldırdı|siler|sildi)'),
  cjk('بنفسك', 'حذفت(?:ه|ها)?(?![\\p{L}])', 'قمت\\s+ب(?:حذف|تعديل|تغيير|إزالة)', 'عدّ?لت', 'غيّ?رت', 'أزلت',
    'ご自身で', 'ご自分で', '(?:削除|変更|修正|取り下げ|編集|取り消)(?:され(?:た|まし)|して(?:くださ|いただ)(?:った|きました)|済み)',
    '您自己', '你自己', '(?:已经|已)(?:删|撤|改|修改)', '(?:删|撤|改)(?:掉|除)?了(?![吧吗呢])', '自己(?:删|撤|改)',
    '(?:أمازون|امازون)\\s+(?:تحذف|حذفت|أزالت|تزيل)', '(?:حذفت|أزالت|تحذف|تزيل)(?:ها|ه)?\\s+(?:أمازون|امازون)', '(?:Amazon|アマゾン)(?:が|により|によって|側で)', '(?:被)?(?:亚马逊|亞馬遜)(?:删除|删了|撤下|移除|已删)'),
]);

/** Asking, beyond ASK: "le pedimos que", "wir bitten Sie", "ta bort det, tack", "أرجو أن", "删了吧". */
export const REQUEST = anyOf([
  words('pedimos', 'rogamos', 'solicitamos', 'chiediamo', 'preghiamo', 'per\\s+cortesia', 'cortesemente', 'gentilmente', 'bitten', 'demandons', 'prions', 'pedimos', 'peço', 'por\\s+gentileza',
    'vragen', 'verzoeken', 'alsjeblieft', 'alstublieft', 'tack', 'ber\\s+(?:er|dig|om)', 'rica\\s+ederiz', 'rica\\s+ediyoruz', 'lütfen', 'ask\\s+you', 'urge'),
  cjk('أرجو', 'الرجاء', 'يرجى', 'رجاء', '吧', '麻烦', 'ください', 'いただけ', 'もらえ'),
]);

/** A review that stands and is unwelcome: still up, negative, one star ("esa opinión de una estrella", "die
 *  Ein-Sterne-Bewertung steht immer noch online", "差评还挂着"). Only such a review is what "please delete it" in the
 *  next sentence points back to. */
export const STANDING = anyOf([
  words('still', 'noch', 'toujours', 'encore', 'sigue', 'siga', 'todavía', 'aún', 'ancora', 'ainda', 'continua', 'continúa', 'nog', 'nadal', 'wciąż', 'fortfarande', 'kvar', 'h[aâ]l[aâ]',
    'negative', 'negativ\\p{L}*', 'négati\\p{L}*', 'negatieve?', 'negatywn\\p{L}*', 'olumsuz', 'one[-\\s]star', '1[-\\s]star', 'ein[-\\s]stern\\p{L}*', 'einem\\s+stern', '(?:d[\'’]|à\\s+)?une\\s+étoile',
    '(?:de\\s+)?una\\s+(?:estrella|stella)', '(?:de\\s+)?uma\\s+estrela', 'één\\s+ster', 'jedn\\p{L}+\\s+gwiazd\\p{L}*', 'en\\s+stjärna', '(?:tek|bir)\\s+yıldız\\p{L}*',
    '(?:nota|note|puan|betyg|ocen\\p{L}*|cijfer|voto)\\s+(?:1|um|uno|une|eins|jeden|bir|ett|een|één)(?![\\p{L}\\d])',
    'bad', 'low', 'poor', 'unfair', 'schlecht\\p{L}*', 'mauvais\\p{L}*', 'mal[ao]', 'cattiv\\p{L}*', 'ruim', 'slecht\\p{L}*', 'dålig\\p{L}*', 'kötü'),
  cjk('差评', '一星', '低評価', '星1', '星１', '星一', '悪い評価', 'まだ', '还', '仍', 'نجمة\\s+واحدة', 'سلبي\\p{L}*', 'ما\\s+زال', 'مازال', 'لا\\s+يزال'),
]);

// Not "you" told back ("as you mention in your review"); "could you mention" still asks: the buyer is asked to say it.
const NOT_TOLD_BACK = '(?<!(?:as|like|what|where|how)\\s+(?:you|u|du|ni)\\s)';
/** What the review should say, asked of the buyer whatever the praise is ("mention that it is hand-stitched",
 *  "erwähnen Sie bitte die Handarbeit", "citasse il profumo di carciofo", "skriv i recensionen att", "麻烦提一下"):
 *  asked beside a review, its content is steered. */
export const DICTATED_CONTENT = anyOf([
  words(`${NOT_TOLD_BACK}(?:mention|point\\s+out|highlight|say\\s+(?:that|how)|write\\s+how)`, '(?:said|wrote|mentioned|told\\s+\\p{L}+)\\s+(?:that|how)(?<=(?:if|when)\\s+you\\s+(?:said|wrote|mentioned|told\\s+\\p{L}+)\\s+(?:that|how))',
    'erwähnen\\s+sie', 'erwähnen\\s+(?:würden|könnten)', 'zu\\s+erwähnen', 'heben\\s+sie\\s+(?:[^\\s.!?]+\\s+){0,8}?hervor', 'hervorheben', 'schreiben\\s+sie\\s+(?:\\p{L}+\\s+){0,4}?(?:dass|wie)', 'sagen\\s+sie\\s+(?:\\p{L}+\\s+){0,4}?dass',
    'cit(?:er|ez|iez)', 'mentionn(?:er|ez|iez)', 'parl(?:ez|er|iez)\\s+(?:\\p{L}+\\s+){0,4}?(?:de|du|des|d[\'’])', 'soulign(?:er|ez|iez)', 'mett(?:re|ez)\\s+en\\s+avant', 'précis(?:er|ez)\\s+que', 'écri(?:re|vez)\\s+que', 'di(?:re|tes)\\s+que',
    'mencion(?:e|ar|ara|ase|en|aran)', 'destaqu(?:e|en)', 'destacar', 'resalt(?:e|ar|ara)', 'coment(?:e|ar|ara)\\s+que', 'dig(?:a|an)\\s+que', 'escrib(?:a|ir|iera)\\s+que',
    'cit(?:i|are|asse)', 'menzion(?:i|are|asse)', 'parl(?:i|are|asse)\\s+(?:del|della|dei|delle|dello)', 'sottoline(?:i|are|asse)', 'scriv(?:a|ere|esse)\\s+che', 'dic(?:a|esse)\\s+che',
    'mencion(?:e|ar|asse)', 'coment(?:a|e|ar)\\s+(?:\\p{L}+\\s+){0,3}?que',
    // "si comentas en tu opinión que …", "comenta por favor sobre o caimento", "falem sobre o tecido"
    'coment\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}?(?:que|sobre)', 'fal(?:a|e|em|ar)\\s+(?:\\p{L}+\\s+){0,3}?sobre', 'destaque', 'dizer\\s+que', 'escrev(?:a|er)\\s+que', 'fal(?:a|e|ar)\\s+que', 'cont(?:a|e)\\s+que',
    'vermeld(?:en|t)?', 'noem(?:en|t)?', 'zeggen\\s+dat', 'schrijven\\s+dat', 'benadruk(?:ken)?',
    'doda(?:ć|j|łaby|łby|li)\\s*,?\\s*że', 'dopisa(?:ć|ła|ł)\\s*,?\\s*że', 'wspomnie(?:ć|ła|ł)', 'wspomnij', 'napisa(?:ć|ła|ł)\\s*,?\\s*że', 'napisz\\s*,?\\s*że', 'podkreśli(?:ć|ła|ł)',
    'skriv\\s+(?:\\p{L}+\\s+){0,4}?att', 'skriva\\s+att', 'nämn(?:a)?', 'säga\\s+att', 'framhäv(?:a)?',
    '\\p{L}+(?:dan|den|tan|ten)\\s+bahsed(?:in|erseniz|ebilirseniz)', 'bahsetmeniz\\p{L}*', 'belirt(?:in|irseniz|ebilirseniz)', 'olduğunu\\s+yaz(?:ın|arsanız)', 'değin(?:in|irseniz)'),
  cjk('(?:نرجو\\s+)?(?:أن\\s+)?تذكر(?:ي|ين|وا)?\\s+(?:أن|ان|إن)', 'اذكر(?:ي|وا)?\\s+(?:أن|ان)', 'ことに(?:ぜひ)?触れて', '触れて(?:ください|いただ)', '(?:と|ことを)(?:ぜひ)?(?:書いて|ご記入|ご記載|記載して)(?:ください|いただ)',
    '(?:麻烦|请|帮忙|帮我们)?(?:提一下|提一提|写上|写一下|多写|说一下|夸一下|夸夸)'),
]);

/** The review to come only after something: "erst, wenn", "dopiero po", "först när", "以后再评价", "届いてから". */
export const DEFER = anyOf([
  words('only\\s+(?:once|when|after)', 'not\\s+(?:until|before)', 'erst,?\\s+(?:\\p{L}+\\s+){0,3}?(?:wenn|nachdem|sobald|nach)', 'seulement\\s+(?:quand|après|une\\s+fois)', 'qu[\'’]après', 'pas\\s+avant',
    'solo\\s+(?:cuando|después|quando|dopo)', 'sólo\\s+(?:cuando|después)', 'no\\s+antes\\s+de', 'hasta\\s+que', 'non\\s+prima', 'soltanto\\s+dopo', 'finché\\s+non', 'só\\s+(?:quando|depois|até)', 'apenas\\s+depois',
    'pas\\s+(?:als|wanneer|nadat|na)', 'niet\\s+voordat', 'dopiero\\s+(?:po|gdy|kiedy|jak)', 'nie\\s+wcześniej\\s+niż', 'först\\s+(?:när|efter)', 'inte\\s+förrän', 'tills',
    '(?:ancak|sadece)\\s+(?:\\p{L}+\\s+){0,3}?sonra'),
  cjk('以后再', '之后再', '了再', '再(?:写)?评价', 'てから', '才(?:评|写|给|来)', 'حتى\\s+(?:تصل|يصل|توصل)', 'بعد\\s+(?:ما|أن)\\s+(?:تصل|يصل|توصل)', 'بعد\\s+(?:\\p{L}+\\s+){0,3}?فقط'),
]);
/** Of DEFER, the review only after something, whatever it is ("only after", "not until", "erst wenn", "dopiero po",
 *  "først när", "才", "てからに"): beside a review, no review before then. "Until", "hasta que", "tills", "てから" alone
 *  only say when. */
export const ONLY_AFTER = /^(?:only|not|erst|seulement|qu['’]|pas|solo|sólo|soltanto|no\s+antes|non\s+prima|só\s+(?:quando|depois)|apenas|niet|dopiero|nie|först|inte|ancak|sadece|才)|فقط$/iu;

/** Something reaching the buyer: "until it arrives", "bis es da ist", "finché non ricevi", "到了", "届いて". */
export const ARRIVES = anyOf([
  words('arriv\\p{L}*', 'reach(?:es|ed)?', 'comes', 'came', 'is\\s+here', 'received?', 'ankomm\\p{L}*', 'angekommen', 'da\\s+ist', 'eintrifft', 'eingetroffen', 'erhalten',
    'parvien\\p{L}*', 'parvenu\\p{L}*', 'reçu\\p{L}*', 'recevoir', 'receviez', 'llegue', 'llegado', 'reciba', 'recibir', 'ricev\\p{L}*', 'chegar', 'chegue', 'receber', 'receba',
    'komt', 'is\\s+(?:bezorgd|aangekomen|binnen)', 'ontvangen', 'dotrze\\p{L}*', 'otrzyma\\p{L}*', 'przyjdzie', 'kommit', 'kommer\\s+fram', 'fått', 'anländer',
    'ulaş\\p{L}*', 'gelmesini', 'gelince', 'geldiğinde', 'aldıktan', 'alınca'),
  cjk('届', '到了', '到达', '收到', 'تصل\\p{L}*', 'توصل\\p{L}*', 'يصل\\p{L}*', 'وصول\\p{L}*', 'استلام\\p{L}*'),
]);

/** No review at all: "skip the review", "lassen Sie die Bewertung weg", "ne laissez pas d'avis", "proszę nie oceniać",
 *  "レビューは書かずに", "先别评价". Beside "write to us", the unhappy buyer is turned away from the review. */
export const NO_REVIEW = anyOf([
  words('(?:don[\'’]?t|do\\s+not|please\\s+don[\'’]?t)\\s+(?:leave|write|post|give)\\s+(?:a\\s+|any\\s+|the\\s+)?(?:review|rating|feedback)', 'skip\\s+(?:the|a|your)\\s+review', 'no\\s+review',
    'lassen\\s+sie\\s+(?:\\p{L}+\\s+){0,3}?(?:bewertung|rezension)\\s+(?:\\p{L}+\\s+){0,2}?weg', 'keine\\s+(?:bewertung|rezension)', 'statt\\s+(?:einer\\s+)?(?:bewertung|rezension)',
    'ne\\s+laissez\\s+pas\\s+d[\'’]avis', 'pas\\s+d[\'’]avis', 'au\\s+lieu\\s+d[\'’](?:un\\s+)?avis',
    'no\\s+(?:deje|escriba|ponga|publique)\\s+(?:\\p{L}+\\s+)?(?:reseña|opinión|valoración|comentario)', 'en\\s+(?:lugar|vez)\\s+de\\s+(?:una\\s+)?reseña',
    'non\\s+(?:lasci|scriva|metta)\\s+(?:la\\s+|una\\s+)?recensione', 'invece\\s+di\\s+(?:una\\s+)?recensione',
    'não\\s+(?:avali[ae]|deixe\\s+(?:a\\s+|uma\\s+)?avaliação|escreva\\s+(?:a\\s+|uma\\s+)?avaliação)', 'deix[ae]\\s+a\\s+avaliação\\s+de\\s+lado', 'em\\s+vez\\s+de\\s+avaliar',
    'laat\\s+(?:dan\\s+)?geen\\s+(?:review|recensie|beoordeling)', 'geen\\s+(?:review|recensie)\\s+(?:achter|schrijven|plaatsen)',
    'nie\\s+(?:wystawiać|wystawiaj|pisać\\s+opinii|oceniać|oceniaj)', 'zamiast\\s+(?:wystawiać\\s+)?opinii',
    'skriv\\s+ingen\\s+(?:recension|omdöme)', 'ingen\\s+recension', 'yorum\\s+yazmayın', 'değerlendirme\\s+yapmayın'),
  cjk('لا\\s+تكتب\\p{L}*\\s+تقييم\\p{L}*', 'レビューは書かず', 'レビューを書かず', '先别评价', '先不要评价', '别(?:写|给)(?:差评|评价)', '不要(?:写|给)(?:差评|评价)'),
]);

/** A change of the review left to the buyer or not needed: "no hace falta que cambie su opinión", "ob Sie Ihre
 *  Bewertung ändern, entscheiden allein Sie", "u hoeft uw review niet aan te passen", "レビューの変更…は規約上できません". */
export const NOT_ASKED = anyOf([
  words('no\\s+need', 'you\\s+(?:don[\'’]?t|do\\s+not)\\s+(?:need|have)\\s+to', 'need\\s+not', 'entscheiden\\s+(?:\\p{L}+\\s+)?sie', '(?:brauchen|müssen)\\s+(?:\\p{L}+\\s+){0,4}?nicht',
    'pas\\s+besoin', 'n[\'’]êtes\\s+pas\\s+obligé\\p{L}*', 'd[\'’]en\\s+décider', 'no\\s+hace\\s+falta', 'no\\s+es\\s+necesario', 'no\\s+tiene\\s+(?:por\\s+)?qu[eé]',
    'non\\s+(?:serve|occorre|è\\s+necessario|deve)', 'não\\s+(?:precisa|é\\s+necessário|tem\\s+(?:de|que))', 'hoeft\\s+(?:\\p{L}+\\s+){0,4}?niet', 'nie\\s+(?:musi|trzeba|ma\\s+potrzeby)',
    'behöver\\s+(?:\\p{L}+\\s+){0,3}?inte', 'gerek\\s+(?:yok|miyor|görmüyoruz)', 'gerekmiyor',
    // "we won't ask you to change it", "daar vragen we niets aan te veranderen", "ولن نطلب منك تغييره"
    'we\\s+(?:won[\'’]t|will\\s+not|don[\'’]t|do\\s+not|never|would\\s+never)\\s+ask', 'wir\\s+(?:\\p{L}+\\s+)?bitten\\s+sie\\s+(?:\\p{L}+\\s+)?nicht', 'nous\\s+ne\\s+vous\\s+(?:le\\s+)?demand\\p{L}+\\s+pas',
    'no\\s+le\\s+(?:vamos\\s+a\\s+)?pedi\\p{L}*', 'non\\s+le\\s+chied\\p{L}*', 'não\\s+(?:lhe\\s+|te\\s+)?(?:vamos\\s+)?pedi\\p{L}*', '(?:vragen|verzoeken)\\s+(?:we|wij)\\s+(?:u\\s+|je\\s+)?(?:niets|niet)',
    '(?:we|wij)\\s+(?:vragen|verzoeken)\\s+(?:u\\s+|je\\s+)?(?:niets|niet)', 'nie\\s+(?:będziemy\\s+)?prosi\\p{L}*', 'kommer\\s+inte\\s+att\\s+be', 'ber\\s+(?:dig|er)\\s+inte', 'iste(?:meyeceğiz|miyoruz)'),
  cjk('لن\\s+نطلب', 'لا\\s+نطلب', '不会要求', '不会让您', 'お願いすることは(?:ございません|ありません)', 'لا\\s+داعي', 'لا\\s+حاجة', 'لست\\s+مضطر\\p{L}*', '必要はございません', '必要はありません', '規約上できません', 'できかねます'),
]);

/** The time and the choice left to the buyer: "whenever you like, before or after", "es decisión suya", "いつでも". Asked
 *  only where a review is put off or a change named (most sentences never need it). */
export const LEFT_TO_BUYER = anyOf([
  words('whenever', 'before\\s+or\\s+after', 'up\\s+to\\s+you', 'your\\s+(?:own\\s+)?(?:call|decision|choice)', 'wann\\s+immer', 'vorher\\s+oder\\s+nachher', '(?:ihre|eure)\\s+entscheidung',
    'quand\\s+vous\\s+(?:voulez|le\\s+souhaitez)', 'avant\\s+ou\\s+après', 'votre\\s+(?:choix|décision)', 'cuando\\s+(?:usted\\s+)?quiera', 'antes\\s+o\\s+después', 'decisión\\s+suya', 'su\\s+decisión',
    'quando\\s+(?:lei\\s+)?vuole', 'prima\\s+o\\s+dopo', 'decide\\s+lei', 'quando\\s+quiser', 'antes\\s+ou\\s+depois', 'sua\\s+decisão', 'wanneer\\s+u\\s+(?:maar\\s+)?wilt', 'voor\\s+of\\s+na', 'uw\\s+(?:eigen\\s+)?keuze',
    'kiedy\\s+(?:\\p{L}+\\s+)?zechce\\p{L}*', 'przed\\s+(?:albo|czy|lub)\\s+po', '(?:pani|pana|twoja)\\s+decyzj\\p{L}*', 'när\\s+(?:du|ni)\\s+vill', 'före\\s+eller\\s+efter', 'ditt\\s+val',
    'ne\\s+zaman\\s+isterseniz', 'önce\\s+(?:ya\\s+da|veya)\\s+sonra', 'size\\s+kalmış', 'entirely\\s+yours', 'yours\\s+to\\s+(?:keep|change|decide|edit)',
    'upp\\s+till\\s+(?:dig|er)', 'aan\\s+(?:u|jou)', 'zależy\\s+od\\s+(?:pana|pani|ciebie)', 'à\\s+vous\\s+de\\s+voir', 'depende\\s+de\\s+(?:usted|ti|você)', 'dipende\\s+da\\s+lei'),
  cjk('いつでも', 'ご自由', 'ご判断', 'お任せ', '随时', '您的决定', '由您(?:自己)?决定', '您(?:自己)?决定', 'متى\\s+(?:شئت|ما\\s+شئت)', 'قرارك', 'القرار\\s+(?:لك|قرارك|يعود\\s+لك)'),
]);

/** Putting the review off, asked outright: "postpone", "hold off", "leave it for later", "deixa pra depois", "sonraya
 *  bırakın", "تأجيل", "先别", "お控え", "後回し". Beside a review, the buyer is asked not to write it now. */
export const POSTPONE = anyOf([
  words('hold\\s+(?:off|back)', 'put\\s+(?:it\\s+|that\\s+)?off', 'postpon\\p{L}*', 'delay', 'verschieb\\p{L}*', 'aufschieb\\p{L}*', 'zurückhalten', 'reporte[rz]', 'remett(?:re|ez)\\s+(?:\\p{L}+\\s+){0,2}?à\\s+plus\\s+tard',
    'tard(?<=pour\\s+plus\\s+tard)', 'aplac\\p{L}*', 'aplaz\\p{L}*', 'pospon\\p{L}*', 'posterg\\p{L}*', 'd[eé]j\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?para\\s+(?:después|luego|más\\s+adelante|más\\s+tarde)',
    'rimand\\p{L}*', 'rinvi\\p{L}*', '(?:dopo|avanti)(?<=per\\s+(?:dopo|più\\s+avanti))', 'adi(?:e|ar|a)', 'deix(?:a|e|ar)\\s+(?:\\p{L}+\\s+){0,2}?(?:pra|para)\\s+(?:\\p{L}+\\s+)?depois', 'depois(?<=(?:pra|para)\\s+depois)',
    'uitstel\\p{L}*', 'stel\\s+(?:\\p{L}+\\s+){0,3}?uit', 'odł(?:óż|ożyć|ożenie)\\p{L}*', 'wstrzym\\p{L}*', 'skjut\\p{L}*\\s+upp', 'vänta\\s+med', 'avvakta',
    'ertele\\p{L}*', 'sonraya\\s+(?:\\p{L}+\\s+)?bırak\\p{L}*', 'sonraya'),
  cjk('تأجيل', 'أجّ?ل\\p{L}*', 'تؤجل\\p{L}*', 'أخّر\\p{L}*', 'تأخير\\s+(?:ال)?تقييم', '先别', '先不要', '暂缓', '延后', '推迟', '晚点再',
    // asked of the buyer, not the seller's own restraint ("レビューのお願いは控えさせていただいております")
    '(?:お)?控え(?:て)?(?:ください|いただ|頂|願)', '後回し', '見合わせ(?:て)?(?:ください|いただ|頂)'),
]);

/** Not now: "not yet", "too early", "until then", "for now", "noch nicht", "trop tôt", "todavía no", "sarebbe presto",
 *  "za wcześnie", "för tidigt", "henüz", "まだ早い", "それまで", "也不迟", "مبكر". With a review put off to a later time, the
 *  buyer is told not to write it today. */
export const NOT_NOW = anyOf([
  // (each begins with its rarer word, the common one before it checked behind: "yet(?<=not\s+yet)", so a long draft's
  // word index tries the list only at the rare word)
  words('yet(?<=(?:not|just)\\s+yet)', '(?:early|soon)(?<=too\\s+(?:early|soon))', 'premature', 'then(?<=(?:until|till)\\s+then)', 'now(?<=for\\s+now)',
    'moment(?<=(?:for\\s+the|pour\\s+le)\\s+moment)', 'nicht(?<=noch\\s+nicht)', 'früh(?<=zu\\s+früh)', 'dahin(?<=bis\\s+dahin)', 'vorerst', 'vorher\\s+wäre',
    'encore(?<=pas\\s+encore)', 'trop\\s+tôt', 'ici\\s+là(?<=d[\'’]ici\\s+là)', 'instant(?<=pour\\s+l[\'’]instant)',
    'todavía\\s+no', 'aún\\s+no', 'demasiado\\s+pronto', 'pronto(?<=muy\\s+pronto)', 'entonces(?<=hasta\\s+entonces)', 'momento(?<=(?:de|por\\s+el|per\\s+il)\\s+momento)', 'ahora(?<=por\\s+ahora)',
    'ancora(?<=non\\s+(?:\\p{L}+\\s+){0,2}ancora)', 'ancora\\s+presto', 'troppo\\s+presto', 'presto(?<=(?:sarebbe|è)\\s+(?:ancora\\s+|un\\s+po[\'’]\\s+)?presto)', 'allora(?<=fino\\s+ad\\s+allora)', 'ora(?<=per\\s+ora)',
    'ainda\\s+não', 'cedo\\s+demais', 'cedo(?<=muito\\s+cedo)', 'lá(?<=até\\s+lá)', 'enquanto(?<=por\\s+enquanto)', 'agora(?<=por\\s+agora)',
    'niet(?<=nog\\s+(?:even\\s+)?niet)', 'vroeg(?<=te\\s+vroeg)', 'tijd(?<=tot\\s+die\\s+tijd)', 'voorlopig',
    'jeszcze\\s+nie', 'wcześnie(?<=za\\s+wcześnie)', 'czasu(?<=do\\s+tego\\s+czasu)', 'razie(?<=na\\s+razie)',
    'än(?<=inte\\s+än)', 'ännu\\s+inte', 'tidigt(?<=för\\s+tidigt)', 'tills\\s+dess', 'innan\\s+dess', 'länge(?<=än\\s+så\\s+länge)',
    'henüz', 'erken', 'zamana\\s+kadar(?<=o\\s+zamana\\s+kadar)', 'şimdilik'),
  cjk('まだ早', '時期尚早', 'それまで', '还早', '太早', '为时过早', '不迟', '不晚', '在那之前', 'ليس\\s+بعد', 'مبكر\\p{L}*', 'بدري', 'حتى\\s+ذلك\\s+الحين', 'حالياً', 'حاليا'),
]);


/** A later time, named: "after the holidays", "nach Weihnachten", "dopo le feste", "po sezonie", "bayramdan sonra",
 *  "过完春节", "お正月に…てから". Alone it only says when a review is most useful; with "wait" or "not yet" it puts the
 *  review off. */
export const LATER = anyOf([
  words('after', 'afterwards', 'later', 'nach', 'danach', 'später', 'après', 'plus\\s+tard', 'después', 'luego', 'más\\s+adelante', 'dopo', 'più\\s+avanti', 'depois', 'mais\\s+tarde',
    'na', 'later', 'daarna', 'po', 'później', 'efter', 'senare', 'sonra\\p{L}*', 'ardından'),
  cjk('以后', '之后', '后再', '過ぎ', '过完', '再评', '再写', '再来评', 'てから', '後で', '後に', 'あとで', 'بعد', 'بعدين', 'بعدها', 'لين'),
]);
