// Names that are Amazon's own in the sentence that shows it: a sale event that is Amazon's or is over ("the price was
// from Amazon's Black Friday deal, which ended on 30/11"), a way to pay that Amazon's checkout takes ("PayPay can be
// chosen at Amazon's checkout"), the seller's store that is on Amazon, named as where the part the buyer asked for is
// ("the spare rolls are in our Amazon store"). None of them leads the buyer off Amazon or promotes anything.
import { sentenceAt } from '../frames/sentences.ts';

const AMAZON = '(?:amazon|アマゾン|亚马逊|亞馬遜|أمازون|امازون)';

// A sale event by its name
const EVENT = /black\s+friday|cyber\s+monday|prime\s+(?:day|deal|big\s+deal)|singles['’]?\s+day|الجمعة\s+البيضاء|ブラックフライデー|プライムデー|黑五|黑色星期五|双十一|(?:セール|sale|soldes|saldi|rebajas|promo\p{L}*|angebot\p{L}*|oferta|offerta|offre|aanbieding|kampanya|erbjudande|تخفيضات|促销|特卖)/iu;
// Amazon's as the owner: "Amazon's Black Friday", "Black Friday da Amazon", "de Black Friday van Amazon", "Amazon'un
// kampanyası", "亚马逊的黑五", "Amazonのブラックフライデー" (not "on Amazon", "auf Amazon": the seller's sale held there)
const OWNED = new RegExp(`${AMAZON}(?:['’]s|['’]?(?:un|ın|in|nin|nın)|-|の|的)?\\s*(?:\\p{L}+\\s+){0,2}?(?:${EVENT.source})|` +
  `(?:${EVENT.source})(?:\\s+\\p{L}+){0,2}?\\s+(?:from|by|of|von|vom|der|de|d['’]|da|do|di|del|della|van|från|od)\\s*${AMAZON}`, 'iu');
// "which ended on 30/11", "die am Montag endete", "qui est terminée"
const ENDED = /(?:^|[^\p{L}])(?:ended|is\s+over|was\s+over|has\s+ended|expired|finished|endete|beendet|vorbei|abgelaufen|(?:est|a\s+pris)\s+(?:fin|terminée?)|terminée?|finie?|terminó|acabó|finalizó|caducó|terminat[ao]|finit[ao]|conclus[ao]|scadut[ao]|terminou|acabou|encerrou|afgelopen|verlopen|voorbij|zakończ\p{L}*|skończ\p{L}*|minęł\p{L}*|är\s+slut|slutade|har\s+gått\s+ut|avslutad\p{L}*|sona\s+erdi|bitti|geçti)(?![\p{L}])|انتهى|انتهت|已经?结束|结束了|已过|終了し|終わり/iu;
// "our Black Friday", "unser Black-Friday-Angebot": the seller's own sale, whatever happened to it
const OURS = /(?:^|[^\p{L}])(?:our|unser\p{L}*|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze|nasz\p{L}*|vår\p{L}*|våra|bizim|kampanyamız\p{L}*)\s+(?:\p{L}+\s+)?$|我们的|本店|当店の|弊社の/iu;

function sentence(text: string, start: number): string {
  const s = sentenceAt(text, start);
  return text.slice(s.start, s.end);
}

/** The match at [start, end) names a sale event that is Amazon's, or one that is over. */
export function amazonsEvent(text: string, start: number, end: number): boolean {
  if (!EVENT.test(text.slice(start, end)) || OURS.test(text.slice(Math.max(0, start - 30), start))) return false;
  const s = sentence(text, start);
  return OWNED.test(s) || ENDED.test(s);
}

// "Amazon accepts PayPay", "kann an der Amazon-Kasse gewählt werden", "no checkout da Amazon", "Amazonのお支払い方法で"
const CHECKOUT = '(?:checkout|kasse|bezahlvorgang|caisse|paiement|caja|pago|cassa|pagamento|finaliza\\p{L}*\\s+(?:d?a\\s+)?compra|kassa|afrekenen|kasie|płatnoś\\p{L}*|kassan|ödeme\\s+(?:sayfa|adım)\\p{L}*|صفحة\\s+الدفع|结账|结算|お支払い方法|レジ)';
const SITE = `${AMAZON}(?:\\.[a-z]{2,3}(?:\\.[a-z]{2})?)?`;
const TAKES = new RegExp(`${SITE}[^.!?。！？]{0,40}?(?:accept\\p{L}*|offers?|akzeptier\\p{L}*|bietet|accepte|propose|acepta|ofrece|accetta|aceita|oferece|accepteert|biedt|akceptuje|oferuje|accepterar|erbjuder|kabul\\s+ed\\p{L}*|تقبل|يقبل|支持|接受|対応)|` +
  `${CHECKOUT}[^.!?。！？]{0,50}?${AMAZON}|${SITE}[^.!?。！？]{0,50}?${CHECKOUT}`, 'iu');
// "... or pay us directly", "outside Amazon": the way to pay is away from Amazon after all
const AWAY = /directly|direkt|directement|directamente|direttamente|diretamente|rechtstreeks|bezpośrednio|outside|außerhalb|hors|fuera|fuori|fora|buiten|poza|utanför|dışında|خارج|直接|私下|站外|以外/iu;

/** The match at [start, end) names a way to pay that its sentence says Amazon's checkout takes. */
export function amazonTakes(text: string, start: number): boolean {
  const s = sentence(text, start);
  return TAKES.test(s) && !AWAY.test(s);
}

// The seller's store on Amazon, the spare or replacement part the buyer needs in it
const STORE_ON_AMAZON = new RegExp(`${AMAZON}`, 'iu');
const PART = /(?:^|[^\p{L}])(?:spare\p{L}*|replacement\p{L}*|refill\p{L}*|ersatz\p{L}*|nachfüll\p{L}*|rechange\p{L}*|recharge\p{L}*|repuesto\p{L}*|recambio\p{L}*|ricambi\p{L}*|refil\p{L}*|peça\p{L}*\s+de\s+reposição|reposição|onderde\p{L}*|vervang\p{L}*|navulling\p{L}*|zapas\p{L}*|wkład\p{L}*|częś\p{L}*\s+zamienn\p{L}*|reservdel\p{L}*|refill\p{L}*|yedek\p{L}*)(?![\p{L}])|قطع\s+غيار|替换|配件|替芯|交換用|替え|スペア/iu;
const MORE = /(?:^|[^\p{L}])(?:other|new|more|andere\p{L}*|neu\p{L}*|weitere\p{L}*|autres?|nouve\p{L}*|otr[oa]s|nuev\p{L}*|altri|altre|nuov\p{L}*|outr[oa]s|nov[oa]s|nieuw\p{L}*|inne|now\p{L}*|andra|nya|diğer|yeni|offer\p{L}*|sale|deal\p{L}*)(?![\p{L}])|其他|新品|他の|新作|الأخرى|الجديدة/iu;

/** The match at [start, end) is the seller's store on Amazon, named as where the part the buyer needs is. */
export function amazonStoreForPart(text: string, start: number, end: number): boolean {
  const s = sentence(text, start);
  return STORE_ON_AMAZON.test(text.slice(start, end)) && PART.test(s) && !MORE.test(s);
}
