// Review and feedback manipulation (REVIEW-POLICY): something offered for a review, asking to change or remove
// one, asking for a positive one or a star rating, asking only happy buyers. A neutral request for an honest review
// ("if you have a moment, a review would help") is allowed and not reported.
import type { MappedText } from '../mapped-text.ts';
import type { Hit } from '../hit.ts';
import type { HintKey } from '../hints.ts';
import { NEGATION_BEFORE, anyOf, cjk, narrowed, refused, words } from './build.ts';
import { ANY_WORD_STARTS, type WordStarts } from './prefixes.ts';
import { has, matches } from '../matches.ts';
import { refusedInSentence, sentenceAfter, sentenceAt } from '../frames/sentences.ts';
import { ALIKE, LEFT_TO_BUYER, NOT_ASKED } from '../frames/review-lexicon.ts';
import { changedByBuyer } from '../frames/changed-by-buyer.ts';

const REVIEW_WORD_LATIN = 'reviews?|write-?ups?|feedback|ratings?|bewertung(?:en)?|rezension(?:en)?|produktbewertung|avis|commentaires?|' +
  'évaluations?|reseñas?|opinión|opiniones|valoración(?:es)?|calificación|comentarios?|comentários?|recension[ei]|valutazion[ei]|opinione|' +
  // pt, nl, pl, sv, tr: stems, because these languages inflect the noun ("opinię", "yorumunuzu", "recensionen")
  'avalia\\p{L}*|resenha\\p{L}*|opini(?:ão|ões|a|ę|i|e|ą)|recensie\\p{L}*|beoordeling\\p{L}*|reviews?\\p{L}{0,3}|' +
  'recenzj\\p{L}*|recenzj\\p{L}*|ocen\\p{L}*|komentarz\\p{L}*|omdöme\\p{L}*|recension\\p{L}*|betyg\\p{L}*|' +
  'yorum\\p{L}*|değerlendirme\\p{L}*|puan\\p{L}*|inceleme\\p{L}*|stjärn\\p{L}*|gwiazd\\p{L}*|yıldız\\p{L}*|yildiz\\p{L}*|estrelas?|sterren';
const REVIEW_WORD_CJK = 'レビュー|評価|口コミ|评价|評價|評价|评價|评论|好评|差评|留评|评分|晒单|تقييم|التقييم|تقييمك|مراجعة|المراجعة|مراجعتك|تعليق|تعليقك|نجوم|رأيك';
export const REVIEW = anyOf([words(REVIEW_WORD_LATIN), cjk(REVIEW_WORD_CJK)]);
// A review told as what it is: telling others on the product page ("shares their experience on the product page",
// "ご感想をお寄せ", "分享使用感受"). Used only to tie an offer to it: "update the product page" changes no review.
const SHARED = anyOf([words('product\\s?page', 'produktseite', 'page\\s+(?:du\\s+)?produit', 'fiche\\s+produit', 'página\\s+del\\s+producto',
  'scheda\\s+prodotto', 'pagina\\s+del\\s+prodotto', 'página\\s+do\\s+produto', 'productpagina', 'stron\\p{L}*\\s+produktu', 'produktsidan',
  'ürün\\s+sayfas\\p{L}*', 'due\\s+righe', 'recenser\\p{L}*'), cjk('ご感想', '使用感受', '使用心得', '商品页面?', 'صفحة\\s+المنتج')]);
// The product's listing or page: feedback left there is a product review.
export const ON_LISTING = /(?:^|[^\p{L}])(?:on|in|to)\s+(?:the|our|this|my)\s+(?:amazon\s+)?(?:listing|product\s?page|product\s+detail\s+page)(?![\p{L}])/iu;
// Seller feedback, which after a resolution the seller may mention once (feedback-change is a warning).
const FEEDBACK_ONLY = /^(?:feedback|verkäuferbewertung|反馈|出品者評価|セラー評価)$/i;

// ---- star ratings ----
const STARS = anyOf([
  // not the end of an average ("4.5 stars")
  words('(?<![\\d.,])(?:5|five|fünf|cinq|cinco|cinque|vijf|pięć|fem|beş|bes)[\\s-]*(?:(?:little|small|petites|kleine|pequeñas|piccole|pequenas|små)\\s+)?(?:stars?|sterne?n?|sternchen|sterne-?\\p{L}+|étoiles?|estrell(?:a|ita)s?|stell(?:e|ine)|estrel(?:a|inha)s|sterren\\p{L}*|gwiazd\\p{L}*|stjärn\\p{L}*|yıldız\\p{L}*|yildiz\\p{L}*)',
    'nota\\s+(?:máxima|10|dez)', 'maximale\\s+(?:score|beoordeling)',
    // the top of the scale named without a number: "top marks", "volle Punktzahl", "la note maximale"
    'top\\s+marks', '(?:give|leave)\\s+(?:us\\s+)?(?:the\\s+)?max(?:imum)?(?:\\s+(?:rating|stars|score))?', 'rate\\s+us\\s+(?:with\\s+)?(?:the\\s+)?max(?:imum)?', 'volle\\s+punktzahl',
    'höchste\\s+(?:bewertung|punktzahl)', 'note\\s+maximale', '(?:máxima\\s+puntuación|puntuación\\s+máxima)', 'punteggio\\s+massimo',
    'pontuação\\s+máxima', 'hoogste\\s+(?:score|beoordeling|waardering)', 'maksymaln\\p{L}+\\s+ocen\\p{L}*', 'en\\s+yüksek\\s+puan\\p{L}*', 'najwyższ\\p{L}+\\s+ocen\\p{L}*', 'högsta\\s+betyg\\p{L}*', 'tam\\s+puan',
    '(?:stars?|sterne)[\\s-]*(?:5|five)', 'full\\s+marks'),
  cjk('五星', '5星', '满分', '最高評価', 'أعلى\\s+تقييم', '5つ星', '星5', '星５', '満点', '★{4,}', '⭐{3,}', '☆{5}', '(?:5|خمس)\\s*نجوم', 'خمسة\\s+نجوم', 'العلامة\\s+الكاملة'),
]);

// Every star rating names stars, a score or a mark: a cheap test before the list runs over the whole draft.
const STAR_WORD = /star|stern|étoile|estrel|stell|sterr|gwiazd|stjärn|yıldız|yildiz|nota|note|score|beoordeling|waardering|ocen|betyg|puan|marks|max|punktzahl|puntuaci|punteggio|pontua|满分|最高評価|أعلى|星|満点|★|⭐|☆|نجوم|العلامة/iu;

// ---- something in return ----
const INCENTIVE = anyOf([
  // not "feel free to"
  words('(?<!feel\\s)free(?!\\s+to(?![\\p{L}]))', 'gifts?', 'gift\\s+cards?', 'vouchers?', 'coupons?', 'discount', 'bonus', 'rewards?', 'cash\\s?back',
    'money\\s+back', 'compensat\\w*', 'reimburs\\w*', 'refund\\w*', 'rebate', 'freebie', 'sample', 'throw\\s+in',
    'spare', 'extra', 'on\\s+the\\s+house',
    'gratis', 'kostenlos\\w*', 'geschenk\\w*', 'gutschein\\w*', 'rabatt', 'erstatt\\w*', 'rückerstatt\\w*', 'prämie',
    'belohnung', 'kaufpreis', 'gratuit\\w*', 'cadeau\\w*', 'offr\\w*', 'rembours\\w*', 'réduction', 'récompense',
    'regal\\w*', 'reembols\\w*', 'descuento', 'cupón', 'recompensa', 'omaggio', 'rimbors\\w*', 'sconto', 'buono', 'premio',
    'grátis', 'brinde\\p{L}*', 'presente', 'desconto', 'cupom', 'cupão', 'devolv\\p{L}*\\s+o\\s+(?:dinheiro|valor)', 'estorno',
    'cadeau\\p{L}*', 'korting', 'terugbetal\\p{L}*', 'geld\\s+terug', 'vergoeding', 'cadeaubon\\p{L}*', 'tegoed\\p{L}*',
    'prezent\\p{L}*', 'rabat\\p{L}*', 'zniżk\\p{L}*', 'zwrot\\p{L}*', 'zwróc\\p{L}*', 'darmow\\p{L}*', 'bon\\p{L}{0,2}', 'upominek', 'upominki\\p{L}*',
    'present\\p{L}*', 'presentkort\\p{L}*', 'gåv(?:a|or|an|orna)', 'återbetal\\p{L}*', 'betala\\p{L}*\\s+tillbaka', 'pengar\\p{L}*\\s+tillbaka', 'pengarna\\s+tillbaka', 'ersättning', 'kupong\\p{L}*',
    // an amount of money: "10 euro terug", "R$ 20", "50 zł", "100 kr", "٥٠ ريال"
    '(?:r\\$|us\\$|[€$£¥₺])\\s?\\d+', '\\d{1,3}\\s?%\\s+(?:off|rabatt|korting|zniżki|rabatu|de\\s+(?:descuento|réduction|remise|desconto)|di\\s+sconto|indirim\\p{L}*)', '%\\s?\\d{1,3}\\s+indirim\\p{L}*', '\\d+(?:[.,]\\d+)?\\s?(?:€|euros?|eur|zł|złotych|kr|kronor|tl|lira|reais|dollars?|usd|\\$|£|yen|円|元)', 'terug',
    'ücretsiz', 'bedava', 'hediye\\p{L}*', 'indirim\\p{L}*',
    // a treat kept vague: "a little something", "un detallito", "een leuke attentie", "küçük bir sürpriz"
    'surprise', 'little\\s+something', 'something\\s+(?:special|nice)', 'überraschung', 'kleinigkeit', 'sorpresa', 'detall\\p{L}+', 'pensierino',
    'surpresa', 'mimo', 'refil', 'zweite[ns]?', 'schenk\\p{L}*', 'bjud\\p{L}*\\s+(?:vi\\s+|jag\\s+)?på', 'podaruj\\p{L}*', 'podarunk\\p{L}*', 'attentie\\p{L}*', 'verrassing\\p{L}*', 'niespodziank\\p{L}*', 'överraskning\\p{L}*', 'sürpriz\\p{L}*', 'iade\\p{L}*', 'para\\s+iade\\p{L}*', 'kupon\\p{L}*', 'ödül\\p{L}*'),
  cjk('無料', 'プレゼント', 'ささやかな', 'お礼の品', '惊喜', '小礼物', '都会送', 'مفاجأة', 'نهدي\\p{L}*', '返金', '割引', 'クーポン', 'ギフト券', '特典', '謝礼', 'キャッシュバック', '返现', '返現', '返款',
    '返钱', '退款', '红包', '礼品', '赠品', '免费', '优惠券', '折扣', '奖励', '送您', '再送',
    '\\d+\\s*(?:ريال|درهم|جنيه|دولار)', 'مجان', 'هدية', 'هدايا', 'خصم', 'استرداد', 'استرجاع', 'نرجع\\s+لك', 'كوبون', 'قسيمة', 'تعويض', 'مكافأة'),
]);
// Words that tie the thing to the review: a condition or an exchange.
const EXCHANGE = anyOf([
  words('if', 'once', 'after', 'when',
    // the imperative pair "review ..., get ...": a verb of receiving ties the thing to the review
    'get', 'gets', 'receive', 'receives', 'earn', 'reviewers', 'erhalten', 'bekommen', 'recevez', 'gagnez', 'obtenez', 'recibe', 'recibirás',
    'consigue', 'llévate', 'ricevi', 'riceve', 'ottieni', 'ganhe', 'receba', 'ontvang', 'krijg', 'odbierz', 'otrzymasz', 'dostaniesz', 'få',
    'kazanın', 'kazan', 'alın',
    // who gets it: "anyone who shares", "a chi ci lascia", "quem conta", "alla som delar", "herkese"
    '(?:anyone|those|everyone)\\s+who', '(?:we|i)[\'’]ll\\s+(?:add|send|include|give|throw\\s+in|slip)', 'in\\s+it\\s+for\\s+you', 'wer', 'chi', 'quem', 'quienes', 'cuando', 'quando', 'wie', 'als', 'zodra', 'kto', 'każd\\p{L}+',
    '(?:alla|dem|den)\\s+som', 'herkese', 'müşterilerimize', '\\p{L}+(?:yanlara|yenlere|şanlara|şenlere|zanlara|zenlere)',
    'pour\\s+vous\\s+remercier', 'per\\s+ringraziar\\p{L}+', 'al\\s+(?:dejar|escribir|publicar|poner)', 'för\\s+(?:ett|en|ditt|din|varje)', 'en\\s+cuanto', 'tras', 'ao\\s+(?:deixar|escrever|publicar)', 'assim\\s+que', 'for\\s+(?:a|an|your|every|each|the)', 'in\\s+(?:exchange|return)', 'as\\s+a\\s+thank',
    '(?:and|then)\\s+(?:i|we)(?:[\'’]ll|\\s+will)', 'und\\s+(?:ich|wir)', 'et\\s+(?:je|nous)', 'y\\s+le', 'e\\s+le',
    'wenn', 'falls', 'sobald', 'nachdem', 'für\\s+(?:eine|ihre|jede)', 'gegen', 'als\\s+dankeschön',
    'si', 'dès\\s+que', 'une\\s+fois', 'après', 'pour\\s+(?:un|votre|chaque)', 'en\\s+échange',
    'cuando', 'una\\s+vez', 'después', 'por\\s+(?:una|su|cada)', 'a\\s+cambio',
    'se', 'quando', 'dopo', 'per\\s+(?:una|la\\s+sua|ogni)', 'in\\s+cambio',
    'assim\\s+que', 'após', 'depois', 'em\\s+troca', 'por\\s+(?:uma|sua|cada)', 'caso',
    'als', 'zodra', 'nadat', 'in\\s+ruil', 'voor\\s+(?:een|uw|je|elke)', 'wanneer', 'na',
    'jeśli', 'jeżeli', 'gdy', 'kiedy', 'po', 'w\\s+zamian', 'za\\s+(?:wystawienie|napisanie|opini\\p{L}*|recenzj\\p{L}*|ocen\\p{L}*)',
    'om', 'när', 'efter', 'i\\s+utbyte', 'mot', 'för\\s+(?:en|ett|ditt|din|varje)',
    // "customers who leave a review get ...": the offer is tied to the review by who gets it
    '(?:customers?|buyers?|anyone|everyone|those|people)\\s+who', '(?:clientes|compradores|clients|acheteurs)\\s+(?:que|qui)',
    '(?:kunden|käufer|klanten|kopers),?\\s+die', '(?:clienti|acquirenti)\\s+che', 'którzy', '(?:kunder|köpare)\\s+som',
    'yapan', 'bırakan', 'yazan', 'to\\s+(?:get|receive|claim|earn)', 'and\\s+(?:get|receive|earn)', 'ao\\s+(?:deixar|escrever|fazer|dar)',
    'al\\s+(?:dejar|escribir|publicar)', 'en\\s+(?:laissant|écrivant|publiant)', 'lasciando', 'scrivendo', 'za\\s+wystawienie',
    'eğer', 'karşılığında', 'karsiliginda', 'için', 'sonra', '[a-zçğıöşüâîû]+(?:rsanız|rseniz|rsan|rsen|ırsanız|irseniz|ursanız|ürseniz|dıktan|dikten|duktan|dükten|tıktan|tikten)'),
  cjk('れば', 'たら', '場合', '方に', '方には', 'と引き換え', 'で返金', '如果', '若', '只要', '后', '之后', '就', '即', '返', '换',
    'إذا', 'اذا', 'إن', 'عند', 'مقابل', 'بعد', 'لو', 'حال', 'الذين', 'اللي', 'لكل\\s+من', 'من\\s+يكتب',
    '投稿で', '投稿いただいた', 'いただいた方', 'くださった方', '书写后', '评价后', '好评返', '好评送'),
]);

// ---- change or remove ----
const CHANGE_VERB_LATIN = 'bumping|raising|increasing|improving|upping|change|changing|update|updating|revise|revising|reconsidering|edit|editing|modify|amend|amending|remove|removing|delete|deleting|take\\s+down|' +
  'withdrawing|retracting|adjusting|cambias|cambies|cambia|modificas|subes|subas|quitas|quites|borras|borres|omhoog\\s+(?:\\p{L}+\\s+)?zetten|bijstellen|verhogen|ophogen|yükselt\\p{L}*|artır\\p{L}*|' +
  'withdraw|retract|reconsider|adjust|correct|bump|raise|increase|improve|upgrade|boost|erhöhen|verbessern|augmenter|remonter|améliorer|subir|mejorar|aumentar|alzare|migliorare|aumentare|ändern|abändern|anpassen|aktualisieren|löschen|entfernen|zurückziehen|' +
  'zurücknehmen|korrigieren|überdenken|modifier|changer|supprimer|retirer|enlever|effacer|mettre\\s+à\\s+jour|revoir|' +
  'corriger|cambiar|cambiara|cambie|modificar|modifique|eliminar|elimine|borrar|borre|quitar|retirar|actualizar|' +
  'editar|corregir|modificare|modifichi|cambiare|rimuovere|rimuova|eliminare|elimini|cancellare|cancelli|togliere|' +
  'ritirare|aggiornare|rivedere|correggere|' +
  'alterar|altere|mudar|mude|remover|remova|apagar|apague|excluir|exclua|retirar|retire|atualizar|atualize|editar|edite|rever|' +
  'wijzigen|wijzig|wijzigt|aanpassen|aanpast|pas|verwijderen|verwijder|verwijdert|intrekken|intrekt|trek|bijwerken|bijwerkt|veranderen|verandert|herzien|' +
  'zmienić|zmień|zmiany|zmianę|usunąć|usuń|usunięcie|poprawić|popraw|edytować|edytuj|wycofać|wycofaj|zaktualizować|' +
  'ändra|ändrar|ändrat|ändring|ta\\s+(?:gärna\\s+|vänligen\\s+)?bort|tar\\s+bort|tagit\\s+bort|uppdaterat|radera|raderar|uppdatera|uppdaterar|justera|redigera|' +
  'değiştir\\p{L}*|sil\\p{L}*|kaldır\\p{L}*|güncelle\\p{L}*|düzelt\\p{L}*|geri\\s+çek\\p{L}*';
const PASSIVE_LATIN = 'removed|deleted|changed|updated|taken\\s+down|revised|modified|withdrawn|gelöscht|geändert|entfernt|' +
  'supprimée?|modifiée?|eliminada|cambiada|rimossa|modificata|removida|apagada|alterada|verwijderd|aangepast|gewijzigd|' +
  'usunięt\\p{L}*|zmienion\\p{L}*|borttagen|ändrad|raderad|silin\\p{L}*|kaldırıl\\p{L}*|değiştiril\\p{L}*|' +
  // Polish, Swedish, Turkish put the verb last: "opinię usunąć", "omdömet ta bort", "yorumunuzu silmenizi"
  'usunąć|usunął|usunęła|zmienić|ta\\s+bort|ändra|sil\\p{L}*|kaldır\\p{L}*|değiştir\\p{L}*|güncelle\\p{L}*';
const OWNER = '(?:(?:your|the|this|that|my|our|ihre[nm]?|ihr|die|den|das|diese|votre|vos|le|la|les|ce|cette|su|sus|la|el|' +
  'esta|este|tu|il|lo|sua|suo|la\\s+sua|il\\s+suo|questa|a\\s+sua|o\\s+seu|sua|seu|uw|je|de|het|uw|swoją|swoją|twoją|pana|pani|' +
  'din|ditt|er|ert|erat|omdömet|recensionen)\\s+)?';
const FILLER = '(?:[\\p{L}\\d\'’-]+\\s+){0,3}?';
const CHANGE = anyOf([
  // verb, then (owner, up to three words), then the review: "remove the negative review", "ändern Sie Ihre Rezension"
  `(?<![\\p{L}])(?:${CHANGE_VERB_LATIN})\\s+(?:sie\\s+|vous\\s+)?${OWNER}${FILLER}(${REVIEW_WORD_LATIN})(?![\\p{L}])`,
  // the review, then the verb: "Ihre negative Bewertung bitte löschen", "your review to be removed"
  `(?<![\\p{L}])(${REVIEW_WORD_LATIN})\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?(?:(?:be|being|to\\s+be|zu)\\s+)?(?:${CHANGE_VERB_LATIN}|${PASSIVE_LATIN})(?![\\p{L}])`,
  '(?<![\\p{L}])nehmen\\s+sie\\s+(?:\\p{L}+\\s+){0,3}?(bewertung|rezension)\\p{L}*\\s+zurück',
  '(?<![\\p{L}])(?:revoir|modifier|changer|augmenter|remonter|améliorer)\\s+(?:votre|la|sa)\\s+(note)(?![\\p{L}])',
  `(${REVIEW_WORD_CJK})[^。！？!?\\n]{0,8}?(?:削除|変更|修正|取り消|取消|書き換え|見直|消して|消去|編集|訂正|删除|删掉|删了|删|修改|改成|改为|改一下|撤销|撤回|更改|追评)`,
  `(?:删除|删掉|修改|撤销|撤回|更改|追加|改)[^。！？!?\\n]{0,6}?(${REVIEW_WORD_CJK})`,
  // a rating raised to the top: "mudar a nota para 5", "change your rating to five stars"
  '(?<![\\p{L}])(?:mudar|alterar|subir|aumentar|cambiar|modificar|modificare|alzare|ändern|erhöhen|change|raise|bump|update|wijzigen|verhogen|zmienić|podnieść|ändra|höja|değiştir\\p{L}*|yükselt\\p{L}*|changer|augmenter|remonter)\\s+' +
    '(?:\\p{L}+\\s+){0,2}?(nota|note|punteggio|rating|stars?|estrelas|estrellas|sterne|ocen\\p{L}*|betyg\\p{L}*|puan\\p{L}*|sterren)\\s+(?:para|a|to|auf|na|till|op|à|en|ile)\\s+(?:5|cinco|five|fünf|cinque|pięć|fem|beş|vijf|cinq)',
  // Arabic: "حذف التقييم", "تعديل تقييمك", "تغيير رأيك"
  `(?:حذف|تعديل|تغيير|إزالة|ازالة|سحب|تحديث|تحسين|رفع)\\s*(?:\\p{L}+\\s+){0,2}?(${REVIEW_WORD_CJK})`,
  `(?<![\\p{L}])(?:غي?ّ?ر|عدّ?ل|احذف|امسح|شيل)\\s+(${REVIEW_WORD_CJK})`,
  `(${REVIEW_WORD_CJK})[^.!?؟\\n]{0,20}?(?:حذف|تعديل|تغيير|إزالة|ازالة|تحذف|تعدل|تغير)`,
], 'giu');

// ---- positive reviews ----
const POSITIVE = anyOf([
  words('(?:positive|good|great|glowing|favou?rable|excellent|nice|perfect|top|5[-\\s]?star|five[-\\s]?star)\\s+(?:\\w+\\s+)?(?:reviews?|feedback|ratings?)',
    '(?:positive|gute|sehr\\s+gute|tolle|top)\\s+(?:bewertung|rezension|feedback)\\w*',
    'avis\\s+positifs?', 'bons?\\s+avis', 'bonne\\s+note', 'commentaires?\\s+positifs?', 'évaluations?\\s+positives?',
    '(?:reseñas?|valoración|valoraciones|opinión|opiniones|calificación)\\s+positivas?', 'buena\\s+(?:reseña|valoración|opinión)',
    'recension[ei]\\s+positiv[ae]', 'feedback\\s+positivo', 'buona\\s+recensione', 'valutazion[ei]\\s+positiv[ae]',
    'avaliaç(?:ão|ões)\\s+positivas?', '(?:boa|ótima|excelente)\\s+avaliação', 'comentário\\s+positivo', 'nota\\s+alta',
    'positieve\\s+(?:recensie|beoordeling|review|feedback)\\p{L}*', 'goede\\s+(?:recensie|beoordeling|review)\\p{L}*',
    'pozytywn\\p{L}+\\s+(?:opini\\p{L}*|ocen\\p{L}*|recenzj\\p{L}*|komentarz\\p{L}*)', 'dobr\\p{L}+\\s+(?:opini\\p{L}*|ocen\\p{L}*)',
    'positiv\\p{L}*\\s+(?:recension|omdöme|betyg|feedback)\\p{L}*', 'bra\\s+(?:betyg|omdöme|recension)\\p{L}*',
    'olumlu\\s+(?:yorum|değerlendirme|geri\\s+bildirim)\\p{L}*', 'güzel\\s+(?:bir\\s+)?yorum\\p{L}*', 'iyi\\s+(?:bir\\s+)?yorum\\p{L}*', 'yüksek\\s+puan\\p{L}*'),
  cjk('高評価', '良い評価', '良いレビュー', '好評価', '好评', '正面评价', '(?:تقييم|تقييماً|تقييما)\\s+(?:إيجابي|ايجابي|ممتاز|عالي|جيد)', 'مراجعة\\s+إيجابية'),
]);

// "Good or bad, we read every review", "好评差评都可以": asking for either is a neutral ask, not a positive one.
const EITHER_WAY = /(?:好评|好評|良い評価|高評価|positiv\p{L}*|good|gute|bonne?s?|buena|buona|boa|goede|positieve|pozytywn\p{L}*|dobr\p{L}*|bra|olumlu|iyi|إيجابي\p{L}*)[^。.!?！？\n]{0,14}?(?:差评|差評|悪い評価|厳しい評価|低評価|低い評価|negativ\p{L}*|bad|schlecht\p{L}*|négati\p{L}*|mauvais\p{L}*|mala|cattiv\p{L}*|ruim|slechte|negatieve|negatywn\p{L}*|zł\p{L}*|dålig\p{L}*|olumsuz|kötü|سلبي\p{L}*)/iu;

// ... joined by "or" ("good or bad", "好评差评都可以", "良い評価でも厳しい評価でも"), not "a good one, not a bad one".
const EITHER = /(?:^|[^\p{L}])(?:or|oder|ou|o|of|lub|albo|czy|eller|veya|ya\s+da|أو|أم)(?![\p{L}])|或|还是|都|好评差评|でも/iu;

function eitherWay(text: string, start: number, end: number): boolean {
  const m = EITHER_WAY.exec(text.slice(start, Math.min(text.length, end + 30)));
  return m !== null && EITHER.test(m[0]);
}

// ---- only happy buyers ----
const IF_HAPPY = anyOf([
  words('if\\s+(?:you(?:\\s+are|[\'’]re|\\s+were)?|not)\\s+(?:(?!feel\\s)\\w+\\s+)?(?:happy|satisfied|pleased|delighted|(?:love|loved|like|liked|enjoy|enjoyed)(?=\\s+(?:the|it|this|our|your|them|using|what)))',
    '(?:wenn|falls)\\s+(?:sie|du)\\s+(?:\\p{L}+\\s+){0,4}?zufrieden', '(?:wenn|falls)\\s+ihnen\\s+(?:\\p{L}+\\s+){0,3}?gefällt',
    'si\\s+vous\\s+(?:n[\'’])?(?:êtes|étiez)\\s+(?:pas\\s+)?(?:\\p{L}+\\s+)?(?:satisfaite?s?|contente?s?|ravie?s?)', 'si\\s+(?:le\\s+produit|l[\'’]article)\\s+vous\\s+(?:plaît|a\\s+plu)',
    'si\\s+(?:usted\\s+)?(?:no\\s+)?(?:está|estás|queda|quedó|ha\\s+quedado)\\s+(?:\\p{L}+\\s+)?(?:satisfech[oa]s?|content[oa]s?)', 'si\\s+le\\s+(?:ha\\s+)?gust\\p{L}+',
    'se\\s+(?:non\\s+)?(?:è|sei|siete|è\\s+stato|è\\s+stata)\\s+(?:\\p{L}+\\s+)?(?:soddisfatt[oaie]|content[oaie])', 'se\\s+(?:le|ti|vi)\\s+(?:è\\s+|sono\\s+)?piac\\p{L}+',
    '(?:se|caso)\\s+(?:você\\s+|o\\s+senhor\\s+|a\\s+senhora\\s+)?(?:não\\s+)?(?:estiver|está|ficou|tiver\\s+ficado|ficar)\\s+(?:\\p{L}+\\s+)?(?:satisfeit[oa]s?|content[ea]s?|feliz)', 'se\\s+(?:você\\s+)?gost(?:ou|ar)',
    '(?:als|indien)\\s+(?:u|je|jij)\\s+(?:\\p{L}+\\s+){0,2}?(?:tevreden|blij)', 'als\\s+(?:het|de|dit)\\s+(?:\\p{L}+\\s+){0,2}?(?:u\\s+|je\\s+)?(?:bevalt|bevallen)',
    '(?:jeśli|jeżeli|gdy)\\s+(?:\\p{L}+\\s+){0,3}?(?:zadowolon\\p{L}*|się\\s+(?:\\p{L}+\\s+)?podoba|podoba\\s+się)',
    'om\\s+(?:du|ni)\\s+(?:\\p{L}+\\s+){0,2}?(?:nöjd|nöjda|gillar|är\\s+glad)',
    // addressing only the happy ones: "happy customers are welcome to leave a review"
    // in every gender and case: "nur zufriedene Kundinnen", "clientes satisfaites", "clienti soddisfatte", "zadowolonych klientek"
    '(?:happy|satisfied|pleased|unhappy|dissatisfied|content)\\s+(?:customers?|buyers?|ones|shoppers?|clients?)', '(?:zufriedene|unzufriedene)[nr]?\\s+(?:kund\\p{L}*|käufer\\p{L}*)',
    'client(?:e|s|es)?\\s+(?:satisfait\\p{L}*|mécontent\\p{L}*|content\\p{L}*|ravi\\p{L}*)', 'clientes?\\s+(?:satisfech[oa]s?|insatisfech[oa]s?|satisfeit[oa]s?|insatisfeit[oa]s?|content[oa]s?|feliz(?:es)?)',
    'client[ie]\\s+(?:soddisfatt\\p{L}|insoddisfatt\\p{L}|content\\p{L})', '(?:tevreden|ontevreden|blije)\\s+klant\\p{L}*', '(?:zadowolon\\p{L}+|niezadowolon\\p{L}+)\\s+klient\\p{L}*', '(?:nöjda|missnöjda|glada)\\s+kund\\p{L}*',
    'memnun\\s+(?:kalan\\s+)?müşteri\\p{L}*',
    'memnun\\s+(?:kald\\p{L}*|iseniz|olduysanız|olursanız|kalmadıysanız)', 'memnunsanız', 'beğendiyseniz', 'beğendiysen', 'memnun\\s+değilseniz', 'beğenmediyseniz'),
  cjk('ご満足いただけ', '満足いただけ', '気に入っていただけ', 'お気に召し', '如果(?:您)?(?:对[^，。]{0,10})?满意', '满意的话', '喜欢的话', '如果您喜欢',
    'العملاء\\s+(?:الراضين|السعداء)', '(?:إذا|اذا|إن|ان|لو)\\s+(?:كنت|كنتم|كان)?\\s*(?:\\p{L}+\\s+)?(?:غير\\s+)?(?:راض|راضي|راضيا|راضياً|راضية|راضين|سعيد|سعيدا|سعيداً|أعجبك|اعجبك|عجبك)', 'إن\\s+أعجبك',
    '不满意(?:的话)?(?:请)?(?:先)?(?:联系|找)', '(?<![\\p{L}])كل\\s+من(?![\\p{L}])', '(?:分享|评价|评论|留评|晒单)\\p{L}{0,8}的(?:顾客|买家)', '写完', '(?:评价|评论|好评)(?:之)?后', '发布后', '方へ', '方には', 'もらお', 'もらえ', 'احصل', 'تحصل', 'اربح', '投稿(?:された|いただいた)?(?:ら|後)', '満足(?:いただけ|でき)(?:なかった|ない)場合'),
]);

// Steering buyers away from a bad review: "don't leave negative feedback", "contact us before leaving a review".
export const BEFORE_REVIEW = anyOf([
  words(`(?:don['’]?t|do\\s+not|please\\s+don['’]?t|never)\\s+(?:leave|write|post|give)\\s+(?:a\\s+|any\\s+|us\\s+a\\s+)?(?:negative|bad|low|poor|1[-\\s]?star|one[-\\s]?star)\\s+(?:${REVIEW_WORD_LATIN})`,
    `before\\s+(?:leaving|writing|posting|giving)\\s+(?:a\\s+|any\\s+|us\\s+a\\s+)?(?:\\w+\\s+)?(?:${REVIEW_WORD_LATIN})`,
    `bevor\\s+sie\\s+(?:eine\\s+)?(?:\\p{L}+\\s+)?(?:bewertung|rezension|feedback)`, `keine\\s+(?:negative|schlechte)\\s+(?:bewertung|rezension)`,
    `avant\\s+de\\s+(?:laisser|écrire|mettre|publier)\\s+(?:un\\s+|une\\s+)?(?:\\p{L}+\\s+)?(?:avis|commentaire|évaluation|note)`,
    `ne\\s+(?:laissez|mettez)\\s+pas\\s+(?:d['’]|de\\s+)(?:avis|commentaire|note)`,
    `antes\\s+de\\s+(?:dejar|escribir|poner|publicar)\\s+(?:una\\s+|un\\s+|su\\s+)?(?:\\p{L}+\\s+)?(?:opinión|reseña|valoración|comentario|calificación)`,
    `no\\s+(?:deje|ponga)\\s+(?:una\\s+)?(?:reseña|valoración|opinión)\\s+negativa`,
    `prima\\s+di\\s+recensir\\p{L}*`, `bevor\\s+sie\\s+(?:\\p{L}+\\s+)?(?:bewerten|rezensieren)`, `avant\\s+de\\s+(?:noter|commenter|évaluer)`, `antes\\s+de\\s+(?:valorar|reseñar|opinar|calificar)`,
    `voordat\\s+(?:je|u)\\s+(?:\\p{L}+\\s+)?(?:beoordeelt|recenseert)`, `innan\\s+(?:du|ni)\\s+(?:betygsätter|recenserar)`, `(?:değerlendirmeden|yorum\\s+yapmadan|puanlamadan)\\s+önce`,
    `prima\\s+di\\s+(?:lasciare|scrivere|dare)\\s+(?:una\\s+|un\\s+)?(?:\\p{L}+\\s+)?(?:recensione|feedback|valutazione)`,
    `non\\s+(?:lasci|lasciate|dia)\\s+(?:una\\s+)?(?:recensione|feedback|valutazione)\\s+negativ[oa]`,
    `before\\s+(?:you\\s+)?(?:leave|write|post|give|rate|review)`, `before\\s+(?:rating|reviewing)`,
    `antes\\s+de\\s+(?:deixar|escrever|fazer|dar|publicar)\\s+(?:uma\\s+|um\\s+|sua\\s+|a\\s+sua\\s+)?(?:\\p{L}+\\s+)?(?:avaliação|comentário|opinião|nota|review)`, `antes\\s+de\\s+avaliar`,
    `não\\s+(?:deixe|dê|faça)\\s+(?:uma\\s+)?(?:avaliação|nota|comentário)\\s+(?:negativa|negativo|baixa)`,
    `(?:voordat|alvorens)\\s+(?:u|je)\\s+(?:een\\s+)?(?:\\p{L}+\\s+)?(?:recensie|beoordeling|review|feedback)`, `geen\\s+negatieve\\s+(?:recensie|beoordeling|review)`,
    `(?:zanim|przed)\\s+(?:\\p{L}+\\s+){0,3}?(?:opini\\p{L}*|ocen\\p{L}*|recenzj\\p{L}*|komentarz\\p{L}*)`, `nie\\s+(?:wystawiaj\\p{L}*|zostawiaj\\p{L}*|pisz\\p{L}*)\\s+(?:\\p{L}+\\s+)?negatywn\\p{L}*`,
    `(?:instead\\s+of|rather\\s+than)\\s+(?:leaving|writing|posting|giving)`, `statt\\s+(?:eine[rn]?\\s+)?(?:\\p{L}+\\s+)?(?:bewertung|rezension)`,
    `au\\s+lieu\\s+de\\s+(?:laisser|mettre|écrire)`, `en\\s+(?:lugar|vez)\\s+de\\s+(?:dejar|escribir|poner)`, `invece\\s+di\\s+(?:lasciare|scrivere)`,
    `em\\s+vez\\s+de\\s+(?:deixar|avaliar|escrever)`, `in\\s+plaats\\s+van\\s+(?:een\\s+)?(?:\\p{L}+\\s+)?(?:recensie|beoordeling|review)`,
    `zamiast\\s+(?:\\p{L}+\\s+){0,2}?(?:opini|ocen|recenzj)\\p{L}*`, `istället\\s+för\\s+att\\s+(?:lämna|skriva|ge)`, `(?:yorum|değerlendirme)\\p{L}*\\s+yerine`,
    `innan\\s+(?:du|ni)\\s+(?:\\p{L}+\\s+){0,3}?(?:omdöme|recension|betyg|feedback)\\p{L}*`, `lämna\\s+inte\\s+(?:ett\\s+|en\\s+)?(?:negativ\\p{L}*|dålig\\p{L}*)`,
    `(?:yorum|değerlendirme|puan)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:yapmadan|yazmadan|bırakmadan|vermeden)\\s+önce`, `olumsuz\\s+(?:yorum|değerlendirme|puan)\\p{L}*\\s+(?:yapma|yazma|bırakma|verme)\\p{L}*`),
  cjk('(?:評価|レビュー)(?:を)?(?:書く|書かれる|つける|付ける|投稿する|する)前に', '低評価(?:を)?(?:つける|付ける|書く)前に',
    '(?:给|留|打)差评(?:之)?前', '(?:不要|别)[^，。！？]{0,4}(?:给|留|打)?差评', '不要给差评', '别给差评', '先别(?:给)?差评', '留评前', '评价(?:之)?前', '评论(?:之)?前',
    'قبل\\s+(?:ترك|كتابة|وضع|إضافة|اضافة)\\s+(?:أي\\s+)?(?:تقييم|مراجعة|تعليق)', 'قبل\\s+(?:ال)?تقييم', 'بدلاً?\\s+من\\s+(?:ترك|كتابة)\\s+(?:ال)?تقييم', 'قبل\\s+(?:أن\\s+)?(?:تقيم|تقييم)', 'قبل\\s+(?:أن\\s+)?\\p{L}+\\s+(?:أي\\s+)?(?:تقييم|مراجعة|تعليق)', 'لا\\s+(?:تترك|تضع|تكتب)\\s+(?:\\p{L}+\\s+)?(?:تقييم|تعليق)\\s+سلبي'),
]);

// Thanking for a review that exists is not asking for one.
export const THANKS = anyOf([
  words(`thanks?(?:\\s+you)?(?:\\s+(?:so|very)\\s+much)?\\s+for\\s+(?:your|the)\\s+(?:[\\w-]+\\s+){0,2}(?:${REVIEW_WORD_LATIN})`,
    `(?:vielen\\s+)?danke?\\s+für\\s+ihre?\\s+(?:\\p{L}+\\s+)?(?:${REVIEW_WORD_LATIN})`,
    `merci\\s+pour\\s+votre\\s+(?:\\p{L}+\\s+)?(?:${REVIEW_WORD_LATIN})`,
    `gracias\\s+por\\s+su\\s+(?:\\p{L}+\\s+)?(?:${REVIEW_WORD_LATIN})`, `grazie\\s+per\\s+(?:il|la)\\s+(?:sua\\s+)?(?:${REVIEW_WORD_LATIN})`),
  cjk('感谢您的(?:好评|评价|反馈)', '谢谢您的(?:好评|评价|反馈)', '(?:ご評価|レビュー)いただき(?:まして)?ありがとう'),
]);

const SEGMENT_END = /[,，、،]/u;
// A refund or replacement already made is news, not an offer: "the refund has been issued and, ... a review".
export const DONE = anyOf([
  words('(?:has|have)\\s+been\\s+(?:issued|sent|processed|made|refunded)', 'is\\s+(?:done|complete|completed|on\\s+its\\s+way)', 'ist\\s+(?:erfolgt|erledigt|veranlasst)',
    'wurde\\s+(?:\\p{L}+\\s+)?(?:erstattet|veranlasst|verschickt)', 'est\\s+(?:fait|effectué)', 'a\\s+été\\s+(?:effectué|fait|envoyé)\\p{L}*', 'está\\s+hecho',
    'se\\s+ha\\s+(?:realizado|emitido|enviado)', 'è\\s+stato\\s+(?:effettuato|emesso|inviato)', 'foi\\s+(?:feito|realizado|enviado|emitido)',
    'is\\s+(?:gedaan|verwerkt|verstuurd)', 'został\\p{L}*\\s+(?:wykonan|zrealizowan|wysłan)\\p{L}*', 'är\\s+(?:klar|genomförd|skickad)',
    'yapıldı', 'gönderildi', 'tamamlandı'),
  cjk('تم\\s+(?:رد|استرداد|إرسال|ارسال)', '已(?:完成|退款|退还|发出|寄出)', '退款已', '(?:返金|発送)(?:は)?(?:完了|済み|いたしました)', '(?:手続き|処理)(?:を)?(?:いたしました|しました|完了)'),], 'iu');

// "We will review your photos": "review" as a verb is not a review.
const REVIEW_VERB_BEFORE = /(?:^|[^\p{L}])(?:will|to|we|i|please|can|could|would|must|should|shall|may|might|they|you|and|['’]ll|team|amazon|carefully|then|once|after|we['’]ll|i['’]ll)\s+$/iu;
const REVIEW_VERB_AFTER = /^\s+(?:the|your|our|this|these|those|it|them|all|each|every|any|his|her|their|my|whether|if)(?![\p{L}])/iu;

// "leave a review if ...": after an article or a possessive it is the noun.
const REVIEW_NOUN_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|your|our|my|this|that|any|one|honest|quick|short|written)\s+$/iu;

export function isReviewVerb(text: string, start: number, word: string): boolean {
  if (!/^review$/i.test(word)) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  if (REVIEW_NOUN_BEFORE.test(before)) return false;
  return REVIEW_VERB_BEFORE.test(before) ||
    REVIEW_VERB_AFTER.test(text.slice(start + word.length, start + word.length + 12));
}

interface Found { start: number; end: number; hint: HintKey; severity: 'block' | 'warn' }

const CLAUSE_ENDS = /[.!?;。！？；\n]/gu;
// A rating named without a review word: "change your note", "before you rate", "قبل أن تقيم".
const RATING_HINT = /note|nota|punteggio|puan|betyg|ocen|sterne|stars|estrel|rat(?:e|ing)|tarif|valor|recensir|avali|beoordeel|recenser|değerlendir|évalu|bewert|rezensier|تقيم|قيّم|点评|評/iu;

function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of matches(CLAUSE_ENDS, text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + 1;
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}

// "Don't leave a review unless you are happy", "لا تترك تقييماً إلا إذا": the negation makes the condition the only way.
const EXCEPT = /(?:^|[^\p{L}])(?:unless|except|außer|sauf|salvo|tranne|a\s+menos|behalve|tenzij|chyba|utom|إلا)(?![\p{L}])|除非/iu;

function matchesIn(re: RegExp, text: string, from: number, to: number, masked: Uint8Array): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // Over the whole draft, a long one's word index finds the same matches, in the same order, without a search of
  // every position (matches.ts); a part of the draft is searched.
  if (from === 0 && to === text.length) {
    for (const m of matches(re, text)) if (m[0].length && !masked[m.index]) out.push(m);
    return out;
  }
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (!masked[from + m.index]) { m.index += from; out.push(m); }
  }
  return out;
}

export function findReviewManipulation(view: MappedText, starts: WordStarts = ANY_WORD_STARTS): Hit[] {
  const text = view.text;
  // Over the whole draft only: a clause cut out of it may begin inside a word, where the draft's word beginnings
  // say nothing.
  const whole = (re: RegExp) => narrowed(re, starts);
  const starry = STAR_WORD.test(text);
  if (!has(whole(REVIEW), text) && !has(whole(SHARED), text) && !(starry && has(whole(STARS), text)) && !RATING_HINT.test(text)) return [];
  // One byte per unit: on a long draft an array of booleans is most of what the garbage collector has to move.
  const masked = new Uint8Array(text.length);
  THANKS.lastIndex = 0;
  for (const m of matches(THANKS, text)) masked.fill(1, m.index, m.index + m[0].length);

  const found: Found[] = [];
  const all = (re: RegExp) => {
    const narrow = whole(re);
    return narrow ? matchesIn(narrow, text, 0, text.length, masked) : [];
  };

  // "we cannot ask you to change a review" quotes the rule
  if (starry) for (const m of all(STARS)) if (!refused(text, m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, hint: 'review-stars', severity: 'block' });
  for (const m of all(POSITIVE)) if (!refused(text, m.index, m.index + m[0].length) && !eitherWay(text, m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, hint: 'review-positive', severity: 'block' });

  const parts = clauses(text);
  const clauseAt = new Int32Array(text.length + 1).fill(-1);
  parts.forEach((c, k) => clauseAt.fill(k, c.start, c.end));
  /** Which clauses hold a match of `re`; with `only`, just those clauses are searched (most drafts have one or two). */
  const clausesWith = (re: RegExp, only?: boolean[]): boolean[] => {
    const out = new Array<boolean>(parts.length).fill(false);
    const ranges = only ? parts.filter((_, k) => only[k]) : [{ start: 0, end: text.length }];
    for (const r of ranges) {
      for (const m of matchesIn(re, text, r.start, r.end, masked)) {
        if (re === REVIEW && isReviewVerb(text, m.index, m[0])) continue;
        // "we cannot offer a refund for a review" quotes the rule; it offers nothing
        if (re === INCENTIVE && (refusedHere(text, m.index, m.index + m[0].length) || askedThenRefused(text, m.index))) continue;
        // "Amazon does not allow asking only happy customers": the rule quoted
        if (re === IF_HAPPY && refusedHere(text, m.index, m.index + m[0].length) && !EXCEPT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        // "ご満足いただけた点もご不満な点も": the happy and the unhappy alike, in the same sentence
        if (re === IF_HAPPY && alikeIn(text, m.index)) continue;
        const k = clauseAt[m.index]!;
        if (k >= 0) out[k] = true;
      }
    }
    return out;
  };
  const named = clausesWith(REVIEW);
  const shared = clausesWith(SHARED);
  const review = named.map((r, k) => r || shared[k]!);
  // Changing, removing or steering a review needs a review (or a rating) in the clause: only those are searched.
  const reviewish = parts.map((c, k) => named[k] || RATING_HINT.test(text.slice(c.start, c.end)));
  for (const c of parts.filter((_, k) => reviewish[k])) {
    for (const m of matchesIn(CHANGE, text, c.start, c.end, masked)) {
      if (refusedHere(text, m.index, m.index + m[0].length) || changedByBuyer(text, m.index, m.index + m[0].length)) continue;
      const object = m.slice(1).find((g) => g !== undefined) ?? '';
      // feedback left on the listing is a review of the product: "withdraw the feedback you left on our listing"
      const sentence = sentenceAt(text, m.index);
      // "whether you change your review is your decision", "no hace falta que cambie su opinión": not asked
      if (notAskedNear(text, sentence, m.index, m.index + m[0].length)) continue;
      const feedback = FEEDBACK_ONLY.test(object) && !ON_LISTING.test(text.slice(sentence.start, sentence.end));
      found.push({ start: m.index, end: m.index + m[0].length, hint: feedback ? 'feedback-change' : 'review-change', severity: feedback ? 'warn' : 'block' });
    }
    for (const m of matchesIn(BEFORE_REVIEW, text, c.start, c.end, masked)) {
      found.push({ start: m.index, end: m.index + m[0].length, hint: 'review-happy-only', severity: 'block' });
    }
  }
  const incentive = review.some(Boolean) ? clausesWith(INCENTIVE, review) : [];
  const exchange = incentive.some(Boolean) ? clausesWith(EXCHANGE, incentive) : [];
  /** Does any match of `re` in [a, b) count (the same filters as clausesWith)? */
  const within = (re: RegExp, a: number, b: number): boolean => matchesIn(re, text, a, b, masked).some((m) =>
    !(re === REVIEW && isReviewVerb(text, m.index, m[0])) && !(re === INCENTIVE && (refusedHere(text, m.index, m.index + m[0].length) || askedThenRefused(text, m.index))));
  // The offer is tied to the review when they share a comma-separated part with the condition, or sit in
  // neighbouring parts with the condition beside the review: "if you leave a review, we send a gift". "We refunded
  // you and, if you have a moment, a review would help" keeps the refund and the review apart.
  const tied = (c: { start: number; end: number }): boolean => {
    const seg: { start: number; end: number }[] = [];
    let a = c.start;
    for (let i = c.start; i <= c.end; i++) {
      if (i === c.end || SEGMENT_END.test(text[i]!)) { seg.push({ start: a, end: i }); a = i + 1; }
    }
    const f = seg.map((g) => ({ r: within(REVIEW, g.start, g.end) || within(SHARED, g.start, g.end), x: within(EXCHANGE, g.start, g.end),
      i: within(INCENTIVE, g.start, g.end) && !DONE.test(text.slice(g.start, g.end)) }));
    // "Write a review, get a gift": the receiving and the thing together in the part after the review
    return f.some((g, i) => g.r && ((g.i && g.x) ||
      g.x && [f[i - 1], f[i + 1]].some((n) => n !== undefined && n.i) || (f[i + 1]?.i === true && f[i + 1]!.x)));
  };
  // The condition may sit in the clause before the review: "If you are happy. Please leave a review."
  const nearReview = named.map((r, k) => r || named[k + 1] === true);
  const ifHappy = nearReview.some(Boolean) ? clausesWith(IF_HAPPY, nearReview) : [];
  parts.forEach((c, k) => {
    // Something offered, tied to a review in the same clause.
    if (review[k] && incentive[k] && exchange[k] && tied(c)) found.push({ ...trimmed(text, c), hint: 'review-incentive', severity: 'block' });
    // "If you are happy ..., (please) leave a review": the condition and the review in this clause or the next.
    if (ifHappy[k] && (named[k] || named[k + 1])) found.push({ ...trimmed(text, c), hint: 'review-happy-only', severity: 'block' });
  });

  return found.map((f) => ({ start: view.from[f.start]!, end: view.to[f.end - 1]!, kind: 'review-manipulation',
    rule: 'REVIEW-POLICY', hint: f.hint, severity: f.severity }));
}

const BREAK = /[,;:，；：、]/u;
/** A change left to the buyer or said not to be needed, right around it: before it in its clause ("no hace falta que
 *  cambie", "whether you change"), or just after it ("… ändern, entscheiden allein Sie", "… ou non", "…は規約上できません").
 *  "No need to return it, just remove your review" still asks. */
export function notAskedNear(text: string, s: { start: number; end: number }, start: number, end: number): boolean {
  // "You can update your review if you want; it is entirely up to you": the next sentence, right after, says whose choice it is
  const next = s.end - end <= 40 ? sentenceAfter(text, s) : null;
  if (next && next.start - end <= 60 && has(LEFT_TO_BUYER, text.slice(next.start, Math.min(next.end, next.start + 60)))) return true;
  for (const re of [NOT_ASKED, ALIKE, LEFT_TO_BUYER]) {
    for (const m of matches(re, text.slice(s.start, s.end))) {
      const a = s.start + m.index;
      const b = a + m[0].length;
      if (b <= start && start - b <= 40 && !BREAK.test(text.slice(b, start))) return true;
      if (a <= start && b >= end) return true;
      // inside a match that runs from the review to its verb: "تقييمك رأيك، ولن نطلب منك تغييره"
      if (a >= start && b <= end) return true;
      if (a >= end && a - end <= 60 && (text.slice(end, a).match(/[,;，；、]/gu) ?? []).length <= 2) return true;
    }
  }
  return false;
}

/** The sentence at `at` asks every buyer alike ("whatever your experience", "良い点も悪い点も"). */
function alikeIn(text: string, at: number): boolean {
  const s = sentenceAt(text, at);
  return has(ALIKE, text.slice(s.start, s.end));
}

// The buyer's own question told back: "you asked whether there is a discount for a review", "Sie fragten nach einem
// Rabatt", "Me preguntabas si …", "U vroeg of …", "Du undrade om …", "sormuştunuz", "سألتنا", "您问".
const ASKED_BY_BUYER = anyOf([
  words('you\\s+(?:asked|wanted\\s+to\\s+know|were\\s+wondering|wondered)', '(?:regarding|about|as\\s+for)\\s+your\\s+question', 'sie\\s+(?:fragten|fragen|haben\\s+(?:\\p{L}+\\s+)?gefragt|wollten\\s+wissen)',
    '(?:zu\\s+)?ihre[rn]?\\s+frage', 'vous\\s+(?:demandiez|demandez|nous\\s+avez\\s+demandé|vouliez\\s+savoir)', 'votre\\s+question', 'me\\s+pregunta\\p{L}*', 'nos\\s+pregunta\\p{L}*',
    '(?:su|tu)\\s+pregunta', 'mi\\s+chiede\\p{L}*', 'ci\\s+chiede\\p{L}*', '(?:la\\s+sua|alla\\s+sua)\\s+domanda', '(?:você|o\\s+senhor|a\\s+senhora)\\s+perguntou', 'nos\\s+perguntou',
    '(?:sua|à\\s+sua)\\s+pergunta', '(?:u|je)\\s+vroeg', '(?:uw|je)\\s+vraag', 'pytani\\p{L}*\\s+o', 'pyta\\p{L}*\\s+(?:pan|pani)', '(?:pan|pani)\\s+pyta\\p{L}*',
    'du\\s+(?:undrade|frågade|undrar|frågar)', 'din\\s+fråga', '\\p{L}+\\s+(?:sormuştunuz|sordunuz|soruyorsunuz)', 'sorunuz\\p{L}*'),
  cjk('سألت\\p{L}*', 'سؤالك', 'تسأل', '您问', '你问', '您询问', '您咨询', 'ご質問', 'お尋ね', 'お問い合わせ(?:いただいた|の)'),
]);
// Every entry of ASKED_BY_BUYER holds one of these.
const QUESTION_WORD = /ask|wonder|wanted|wissen|savoir|question|frag|demand|pregunt|chied|domand|pergunt|vroeg|vraag|pyta|undra|fråg|sor|سأل|سؤال|تسأل|问|询问|咨询|質問|尋ね|問い合わせ/iu;
const ANSWERED_NO = /できません|できかねます|ございません|ません|(?:^|[^\p{L}])(?:no|nein|non|nej|nee|hayır|yok)(?![\p{L}])/iu;

/** A thing named inside the buyer's question told back, then refused: "Sie fragten nach einem Rabatt für eine
 *  Bewertung. Den gibt es nicht: Amazon untersagt …". The seller answers; nothing is offered. */
export function askedThenRefused(text: string, at: number): boolean {
  const s = sentenceAt(text, at);
  const sentence = text.slice(s.start, s.end);
  // before it, or after it where the verb comes last ("… olup olmadığını sormuştunuz"); most sentences name no
  // question at all, which one plain test says before the list is tried
  if (!QUESTION_WORD.test(sentence) || !has(ASKED_BY_BUYER, sentence)) return false;
  const next = sentenceAfter(text, s);
  const answer = text.slice(at, Math.min(text.length, (next ?? s).end, at + 300));
  return NEGATION_BEFORE.test(answer) || ANSWERED_NO.test(answer);
}

/** Refused in its clause, or anywhere before it in its sentence ("we cannot offer refunds, gifts or discounts"). */
function refusedHere(text: string, start: number, end: number): boolean {
  const s = sentenceAt(text, start);
  // French "ne ... pas de modifier votre avis": the "pas" opens the match (it is also Dutch "pas ... aan").
  if (/^pas\s/i.test(text.slice(start, start + 4)) && /(?:^|[^\p{L}])n(?:e\s|['’])/iu.test(text.slice(s.start, start))) return true;
  return refused(text, start, end) || refusedInSentence(text, s, start, end);
}

function trimmed(text: string, c: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = c;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
