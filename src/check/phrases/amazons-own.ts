// Names that are Amazon's own in the sentence that shows it: a sale event that is Amazon's or is over ("the price was
// from Amazon's Black Friday deal, which ended on 30/11"), a way to pay that Amazon's checkout takes ("PayPay can be
// chosen at Amazon's checkout"), the seller's store that is on Amazon, named as where the part the buyer asked for is
// ("the spare rolls are in our Amazon store"). None of them leads the buyer off Amazon or promotes anything.
import { sentenceAt } from '../frames/sentences.ts';

const AMAZON = '(?:amazon|アマゾン|亚马逊|亞馬遜|أمازون|امازون)';
const W = (words: string) => new RegExp(`(?:^|[^\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');

// A sale event by its name
const EVENT = /black\s+friday|cyber\s+monday|prime\s+(?:day|deal)|الجمعة\s+البيضاء|ブラックフライデー|プライムデー|黑五|双十一/iu;
// Amazon's as the owner: "Amazon's Black Friday", "Black Friday da Amazon", "Amazonのブラックフライデー", "亚马逊的黑五"
// (not "on Amazon", "auf Amazon": the seller's sale held there)
const OWNED = new RegExp(`${AMAZON}(?:['’]s|['’]?n?[iu]n|-|の|的)?\\s*(?:\\p{L}+\\s+){0,2}?(?:${EVENT.source})|` +
  `(?:${EVENT.source})(?:\\s+\\p{L}+){0,2}?\\s+(?:from|by|of|vo[nm]|der|d[aeio]|d['’]|del|della|van|från|od)\\s*${AMAZON}`, 'iu');
// "which ended on 30/11", "die am Montag endete", "que terminou"
const ENDED = /(?:^|[^\p{L}])(?:ended|(?:is|was|are|now)\s+over|expired|\p{L}*endet\p{L}*|vorbei|abgelaufen|termin[éeóoa]\p{L}*|fini[et]?|acab\p{L}+|finaliz\p{L}+|conclus\p{L}|scadut\p{L}|encerr\p{L}+|afgelopen|verlopen|voorbij|zakończ\p{L}*|skończ\p{L}*|slut\p{L}*|sona\s+erdi|bitti)(?![\p{L}])|انته\p{L}*|结束|終了/iu;
// "our Black Friday", "unser Black-Friday-Angebot": the seller's own sale, whatever happened to it
const OURS = /(?:^|[^\p{L}])(?:our|unser\p{L}*|notre|nos|nuestr\p{L}+|nostr\p{L}|noss\p{L}+|onze|nasz\p{L}*|vår\p{L}*|bizim)\s+(?:\p{L}+\s+)?$|我们的|本店|当店の|弊社の/iu;
// "Amazon's Black Friday starts tomorrow, stock up on our lids": Amazon's event ahead, as a push to buy
const COMING = W('start\\p{L}*|begin\\p{L}*|coming|soon|tomorrow|next|miss|stock\\s+up|bald|morgen|commence\\p{L}*|bientôt|demain|empieza|comienza|pronto|mañana|inizia|presto|domani|começa|amanhã|binnenkort|zaczyna|wkrótce|jutro|börjar|snart|imorgon|başlıyor|yakında|yarın');

function sentence(text: string, start: number): string {
  const s = sentenceAt(text, start);
  return text.slice(s.start, s.end);
}

/** The match at [start, end) names a sale event that is Amazon's, or one that is over. */
export function amazonsEvent(text: string, start: number, end: number): boolean {
  if (!EVENT.test(text.slice(start, end)) || OURS.test(text.slice(Math.max(0, start - 30), start))) return false;
  const s = sentence(text, start);
  return ENDED.test(s) || (OWNED.test(s) && !COMING.test(s) && !/即将|明天|开始|始ま|يبدأ|قريب/u.test(s));
}

// The way to pay as one the buyer can choose at Amazon's checkout: "Amazon accepts PayPay", "kann an der
// Amazon-Kasse gewählt werden", "na finalização da compra", "seçeneği var", "Amazonのお支払い方法で選択いただけます"
const OPTION = 'accept\\p{L}*|akzept\\p{L}*|akcept\\p{L}*|acept\\p{L}*|accett\\p{L}*|aceit\\p{L}*|choos\\p{L}*|select\\p{L}*|sélection\\p{L}*|selec\\p{L}*|option\\p{L}*|opci\\p{L}+|opzion\\p{L}+|opç\\p{L}+|opcj\\p{L}+|availab\\p{L}+|verfügbar|disponib\\p{L}+|disponív\\p{L}+|beschikbaar|dostępn\\p{L}*|tillgänglig\\p{L}*|wähl\\p{L}*|gewählt|chois\\p{L}*|eleg\\p{L}*|elij\\p{L}*|sceg\\p{L}*|escolh\\p{L}*|kie[sz]\\p{L}*|wyb[ri]\\p{L}*|välj\\p{L}*|alternativ\\p{L}*|seç\\p{L}*|kabul';
const CHECKOUT = '(?:checkout|kasse|caisse|paiement|caja|pago|cassa|pagamento|finaliza\\p{L}*\\s+(?:d?a\\s+)?compra|kassa|afrekenen|kasie|płatnoś\\p{L}*|kassan|ödeme\\s+sayfa\\p{L}*|صفحة\\s+الدفع|结账|结算|お支払い方法|レジ)';
const SITE = `${AMAZON}(?:\\.[a-z]{2,3}(?:\\.[a-z]{2})?)?`;
const CHOICE = `(?:(?<![\\p{L}])(?:${OPTION})(?![\\p{L}])|تختار|اختيار|متاح|تقبل|يقبل|选择|可选|支持|接受|選択|選べ|利用でき|対応)`;
const TAKES = new RegExp(`${CHECKOUT}[^.!?。！？]{0,50}?${AMAZON}|${SITE}[^.!?。！？]{0,50}?(?:${CHECKOUT}|${CHOICE})`, 'iu');
// "Probeer het opnieuw met iDEAL bij het afrekenen op Amazon": tried again at Amazon's checkout, a way Amazon takes
const RETRY = '(?:try\\s+again|retry|probeer\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?opnieuw|erneut|nochmal|noch\\s+einmal|réessay\\p{L}*|de\\s+nuevo|otra\\s+vez|riprov\\p{L}*|novamente|de\\s+novo|spróbuj\\p{L}*|ponownie|försök\\p{L}*\\s+igen|tekrar\\s+dene\\p{L}*|إعادة\\s+المحاولة|再试|重新|もう一度|再度)';
const CHOSEN = new RegExp(`${CHOICE}|(?<![\\p{L}])${RETRY}(?![\\p{L}])`, 'iu');
// "... or pay us directly", "outside Amazon": the way to pay is away from Amazon after all
const AWAY = /direct|rechtstreeks|bezpośrednio|outside|außerhalb|hors|fuera|fuori|fora|buiten|poza|utanför|dışında|خارج|直接|私下|站外|以外/iu;

/** The match at [start, end) names a way to pay that its sentence says Amazon's checkout takes. */
// "如果银行卡被拒，可以换一张卡重新下单": a bank card declined at the checkout, another card to order again with
const CARD = /^(?:银行卡|銀行卡)$/u;
const DECLINED = /被拒|拒绝|拒付|失败|换一张卡|重新下单/u;

export function amazonTakes(text: string, start: number, end = start): boolean {
  const s = sentence(text, start);
  if (CARD.test(text.slice(start, end)) && DECLINED.test(s) && !AWAY.test(s)) return true;
  return TAKES.test(s) && CHOSEN.test(s) && !AWAY.test(s);
}

// The seller's store on Amazon, and the spare or replacement part the buyer needs in it; nothing else of the range
const PART = /(?:^|[^\p{L}])(?:spare|replacement|refill|ersatz|nachfüll|rechange|recharge|repuest|recambi|ricambi|refil|reposiç|onderde|vervang|navul|zapas|wkład|reserv|yedek)\p{L}*|قطع\s+غيار|替换|配件|交換用|替え|スペア/iu;
const MORE = W('other|new|more|andere\\p{L}*|neu\\p{L}*|weitere\\p{L}*|autres?|nouve\\p{L}*|otr[oa]s|nuev\\p{L}*|altr[ie]|nuov\\p{L}*|outr[oa]s|nov[oa]s|nieuw\\p{L}*|inne|now\\p{L}*|andra|nya|diğer|yeni|offer\\p{L}*|sale|deals?');

/** The match at [start, end) is the seller's store on Amazon, named as where the part the buyer needs is. */
export function amazonStoreForPart(text: string, start: number, end: number): boolean {
  const s = sentence(text, start);
  return new RegExp(AMAZON, 'iu').test(text.slice(start, end)) && PART.test(s) && !MORE.test(s) && !/其他|新品|他の|新作|الأخرى|الجديدة/u.test(s);
}

// A price cut the buyer asked about or saw, told as Amazon's own deal: "the 15% off you saw was an Amazon Lightning
// Deal", "Sorduğunuz %20 indirim Amazon'un kendi fırsatıdır", "お尋ねの20%オフはAmazonのタイムセール". It promotes nothing.
const ASKED_OR_SEEN = W('you\\s+(?:asked\\s+about|saw|see|mentioned|noticed|found)|(?:que\\s+)?vous\\s+avez\\s+(?:vue?s?|remarquée?s?)|que\\s+(?:ha|has)\\s+visto|por\\s+la\\s+que\\s+pregunta|che\\s+ha\\s+visto|que\\s+(?:você\\s+)?viu|die\\s+sie\\s+(?:gesehen|erwähnt)|die\\s+(?:u|je)\\s+zag|o\\s+(?:który|którą|które)\\s+(?:pan|pani)\\s+pyta\\p{L}*|som\\s+du\\s+(?:frågade|såg)|sorduğunuz|gördüğünüz');
const DEAL = W('lightning\\s+deals?|deal\\s+of\\s+the\\s+day|blitzangebot\\p{L}*|tagesangebot\\p{L}*|vente\\s+flash|offre\\s+du\\s+jour|oferta\\s+(?:relámpago|del\\s+día|relâmpago|do\\s+dia)|offerta\\s+(?:lampo|del\\s+giorno)|flitsdeal|dagaanbieding|oferta\\s+dnia|blixterbjudande|dagens\\s+erbjudande|fırsat\\p{L}*|own\\s+(?:deal|offer|promotion)');
const ASKED_CJK = /お尋ねの|ご覧になった|您问的|您看到的|您说的|سألت\s+عنه|رأيته/u;
const DEAL_CJK = /タイムセール|秒杀|限时|عرض\s+(?:من\s+)?(?:أمازون|امازون)/u;
const LATER = W('next\\s+(?:order|purchase)|nächste\\p{L}*|prochaine?|próxim\\p{L}+|prossim\\p{L}+|volgende|następn\\p{L}+|nästa|sonraki|our|unser\\p{L}*|notre|nos|nuestr\\p{L}+|nostr\\p{L}+|noss\\p{L}+|onze|nasz\\p{L}*|vår\\p{L}*|bizim');

const AMAZON_NAMED = new RegExp(AMAZON, 'iu');

/** The match at [start, end) is a price cut its sentence tells as Amazon's own deal, asked about or seen by the buyer. */
export function amazonsDeal(text: string, start: number): boolean {
  const s = sentence(text, start);
  if (!AMAZON_NAMED.test(s) || LATER.test(s) || /次回|下次|我们的|当店|弊社|متجرنا/u.test(s)) return false;
  const asked = ASKED_OR_SEEN.test(s) || ASKED_CJK.test(s);
  const deal = DEAL.test(s) || DEAL_CJK.test(s);
  return asked && (deal || !COMING.test(s));
}
