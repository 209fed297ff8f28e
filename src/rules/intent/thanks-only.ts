// A buyer message that only says thank you asks nothing: Amazon lets the seller mark it "No response needed"
// (MSG-24H), and a reply that only thanks back is itself a message Amazon does not want (MSG-PROHIBITED). Read
// precision first: thanks said, every other word one a thank-you is made of (praise, "it arrived", greetings), no
// "but", no negation, no question, short. Anything else stays a message to answer. Words folded as text-map.ts folds
// (lower case, no accents). A word list per marketplace language: adding a language starts here.
import type { BuyerLang } from '../../words/langs.ts';
import { foldText } from './text-map.ts';

interface Words {
  /** Ways of saying thank you. */
  thanks: readonly string[];
  /** Every other word a message that only thanks is made of: greetings, sign-offs, praise, "it arrived", the order's
   * nouns and the little words between them. A word outside these (and the thanks) makes it a message to read. */
  also: readonly string[];
  /** Words that ask, doubt, contrast or negate: any of them and the message may want an answer. */
  asking: readonly string[];
}

const WORDS: Readonly<Record<BuyerLang, Words>> = {
  en: {
    thanks: ['thank', 'thanks', 'thx', 'ty', 'cheers', 'appreciate', 'appreciated', 'grateful'],
    also: ['so', 'much', 'very', 'many', 'a', 'lot', 'lots', 'again', 'you', 'u', 'all', 'for', 'the', 'your', 'my',
      'our', 'it', 'its', 'is', 'was', 'has', 'have', 'had', 'been', 'got', 'arrived', 'came', 'received',
      'delivered', 'today', 'yesterday', 'this', 'morning', 'just', 'wanted', 'to', 'say', 'perfect', 'perfectly',
      'great', 'good', 'fine', 'fast', 'quick', 'quickly', 'well', 'safe', 'safely', 'sound', 'lovely', 'love',
      'loved', 'nice', 'excellent', 'amazing', 'awesome', 'wonderful', 'beautiful', 'beautifully', 'packed',
      'packaging', 'wrapped', 'item', 'items', 'product', 'order', 'parcel', 'package', 'everything', 'exactly',
      'as', 'described', 'hi', 'hello', 'dear', 'team', 'seller', 'regards', 'best', 'kind', 'kindly', 'day', 'week',
      'weekend', 'service', 'delivery', 'shipping', 'speedy', 'really', 'truly', 'happy', 'pleased', 'satisfied',
      'glad', 'works', 'working', 'fits', 'in', 'time', 'on', 'early', 'now', 'sorted', 'through', 'good', 'news', 'again', 'ahead', 'of', 'schedule', 'and', 'with',
      'from', 'mate', 'guys', 'folks', 'sir', 'madam'],
    asking: ['please', 'pls', 'plz', 'can', 'could', 'would', 'will', 'when', 'where', 'how', 'why',
      'but', 'however', 'though', 'although', 'still', 'yet', 'need', 'want', 'wish', 'hope', 'problem', 'issue',
      'invoice', 'receipt', 'let', 'tell', 'question', 'help', 'if', 'not', 'no', 'never', 'nothing', 'dont', 'didnt',
      'doesnt', 'isnt', 'wasnt', 'cant', 'wont', 'havent', 'another', 'one more'],
  },
  de: {
    thanks: ['danke', 'dankeschon', 'dank', 'bedanke'],
    also: ['vielen', 'lieben', 'herzlichen', 'herzlich', 'besten', 'gruss', 'grusse', 'mfg', 'lg', 'hallo', 'guten',
      'tag', 'alles', 'ist', 'gut', 'super', 'prima', 'toll', 'perfekt', 'schnell', 'angekommen', 'erhalten',
      'geliefert', 'heute', 'gestern', 'die', 'der', 'das', 'ware', 'artikel', 'paket', 'sehr', 'zufrieden',
      'bestens', 'wie', 'beschrieben', 'und', 'fur', 'ihre', 'schnelle', 'lieferung', 'vielmals', 'nochmal',
      'nochmals', 'top', 'klasse', 'freundlichen', 'einen', 'schonen', 'mit', 'wochenende'],
    asking: ['bitte', 'konnen', 'konnten', 'kann', 'wann', 'wo', 'warum', 'aber', 'jedoch', 'trotzdem',
      'noch', 'brauche', 'mochte', 'hoffe', 'problem', 'rechnung', 'frage', 'hilfe', 'wenn', 'falls', 'nicht', 'kein',
      'keine', 'nie', 'leider'],
  },
  fr: {
    thanks: ['merci', 'remercie', 'remercions'],
    also: ['beaucoup', 'bien', 'recu', 'arrive', 'arrivee', 'colis', 'commande', 'article', 'parfait', 'parfaite',
      'super', 'tres', 'top', 'genial', 'rapide', 'rapidement', 'livraison', 'pour', 'votre', 'vos', 'la', 'le',
      'les', 'et', 'bonne', 'journee', 'soiree', 'cordialement', 'bonjour', 'salut', 'tout', 'est', 'en', 'bon',
      'etat', 'conforme', 'impeccable', 'encore', 'nickel', 'a', 'de', 'du', 'mille'],
    asking: ['svp', 'stp', 'plait', 'pouvez', 'pourriez', 'peux', 'quand', 'ou', 'comment', 'pourquoi', 'quoi', 'mais',
      'cependant', 'toujours', 'encore', 'besoin', 'voudrais', 'souhaite', 'espere', 'probleme', 'facture', 'question',
      'aide', 'pas', 'ne', 'jamais', 'rien', 'malheureusement'],
  },
  es: {
    thanks: ['gracias', 'agradezco', 'agradecido', 'agradecida'],
    also: ['muchas', 'mil', 'muy', 'todo', 'perfecto', 'perfecta', 'llego', 'recibido', 'recibi', 'bien', 'rapido',
      'rapida', 'el', 'la', 'los', 'las', 'pedido', 'paquete', 'producto', 'articulo', 'y', 'por', 'su', 'la',
      'entrega', 'envio', 'excelente', 'genial', 'buen', 'buena', 'dia', 'hola', 'saludos', 'un', 'saludo', 'estado',
      'en', 'tiempo', 'forma', 'de', 'nuevo'],
    asking: ['favor', 'puede', 'pueden', 'podria', 'podrian', 'cuando', 'donde', 'pero', 'embargo',
      'todavia', 'aun', 'necesito', 'quiero', 'quisiera', 'espero', 'problema', 'factura', 'pregunta', 'ayuda',
      'no', 'nunca', 'nada', 'lamentablemente'],
  },
  it: {
    thanks: ['grazie', 'ringrazio', 'ringraziamo'],
    also: ['mille', 'tante', 'molte', 'tutto', 'perfetto', 'perfetta', 'arrivato', 'arrivata', 'ricevuto', 'bene',
      'ok', 'ottimo', 'ottima', 'veloce', 'velocissimo', 'il', 'la', 'lo', 'pacco', 'ordine', 'prodotto', 'articolo',
      'e', 'per', 'spedizione', 'buona', 'giornata', 'ciao', 'salve', 'saluti', 'cordiali', 'in', 'ancora',
      'davvero', 'di', 'posto', 'stamattina', 'oggi', 'ieri', 'lasci', 'lascia', 'stare', 'ho', 'a'],
    asking: ['favore', 'piacere', 'potete', 'potreste', 'puoi', 'quando', 'dove', 'perche', 'ma', 'pero',
      'ancora', 'bisogno', 'vorrei', 'spero', 'problema', 'fattura', 'domanda', 'aiuto', 'se', 'non', 'mai', 'niente',
      'purtroppo'],
  },
  pt: {
    thanks: ['obrigado', 'obrigada', 'obg', 'agradeco', 'valeu'],
    also: ['muito', 'muitissimo', 'tudo', 'certo', 'certinho', 'perfeito', 'perfeita', 'chegou', 'chegaram',
      'recebi', 'recebido', 'bem', 'rapido', 'rapida', 'o', 'a', 'os', 'pedido', 'encomenda', 'produto', 'e', 'pela',
      'pelo', 'entrega', 'envio', 'otimo', 'otima', 'excelente', 'bom', 'boa', 'dia', 'ola', 'oi', 'abraco',
      'abracos', 'de', 'novo', 'novamente'],
    asking: ['favor', 'pode', 'podem', 'poderia', 'quando', 'onde', 'porque', 'mas', 'porem', 'ainda',
      'preciso', 'quero', 'gostaria', 'espero', 'problema', 'nota fiscal', 'fatura', 'pergunta', 'ajuda', 'se', 'nao', 'nunca',
      'nada', 'infelizmente'],
  },
  nl: {
    thanks: ['bedankt', 'dank', 'dankjewel', 'dankuwel', 'bedank'],
    also: ['je', 'u', 'wel', 'hartelijk', 'heel', 'erg', 'alles', 'is', 'goed', 'prima', 'perfect', 'super', 'snel',
      'aangekomen', 'ontvangen', 'de', 'het', 'pakket', 'bestelling', 'product', 'en', 'voor', 'uw', 'jullie',
      'levering', 'groet', 'groeten', 'mvg', 'vriendelijke', 'hallo', 'goedemiddag', 'fijne', 'dag', 'keurig',
      'netjes'],
    asking: ['alstublieft', 'alsjeblieft', 'graag', 'kunt', 'kunnen', 'kun', 'wanneer', 'waar', 'hoe', 'waarom',
      'maar', 'echter', 'nog', 'nodig', 'wil', 'zou', 'hoop', 'probleem', 'factuur', 'vraag', 'hulp', 'niet',
      'geen', 'nooit', 'helaas'],
  },
  pl: {
    thanks: ['dziekuje', 'dziekujemy', 'dzieki', 'dziekowac'],
    also: ['bardzo', 'serdecznie', 'wszystko', 'w', 'porzadku', 'ok', 'super', 'swietnie', 'idealnie', 'szybko',
      'doszlo', 'doszla', 'dotarla', 'dotarlo', 'otrzymalem', 'otrzymalam', 'paczka', 'zamowienie', 'produkt', 'i',
      'za', 'szybka', 'wysylke', 'dostawe', 'pozdrawiam', 'dzien', 'dobry', 'milego', 'dnia', 'jest'],
    asking: ['prosze', 'prosimy', 'czy', 'kiedy', 'gdzie', 'dlaczego', 'ale', 'jednak', 'nadal', 'wciaz',
      'jeszcze', 'potrzebuje', 'chce', 'chcialbym', 'chcialabym', 'mam nadzieje', 'problem', 'faktura', 'fakture',
      'pytanie', 'pomoc', 'jesli', 'nie', 'niestety'],
  },
  sv: {
    thanks: ['tack', 'tackar'],
    also: ['sa', 'mycket', 'stort', 'allt', 'ar', 'bra', 'perfekt', 'super', 'snabbt', 'kom', 'fram', 'fint',
      'paketet', 'ordern', 'varan', 'och', 'for', 'er', 'leveransen', 'hej', 'halsningar', 'mvh', 'vanliga',
      'trevlig', 'dag', 'har'],
    asking: ['snalla', 'kan', 'kunde', 'skulle', 'nar', 'var ar', 'hur', 'varfor', 'vad', 'men', 'dock', 'fortfarande',
      'behover', 'vill', 'hoppas', 'problem', 'faktura', 'kvitto', 'fraga', 'hjalp', 'om', 'inte', 'ingen', 'inget',
      'aldrig', 'tyvarr'],
  },
  tr: {
    thanks: ['tesekkur', 'tesekkurler', 'tesekkurederim', 'sagol', 'sagolun', 'sag olun', 'eyvallah'],
    also: ['ederim', 'ederiz', 'cok', 'her', 'sey', 'harika', 'mukemmel', 'super', 'hizli', 'geldi', 'ulasti',
      'aldim', 'teslim', 'urun', 'siparis', 'kargo', 've', 'icin', 'iyi', 'gunler', 'merhaba', 'selamlar', 'elinize',
      'saglik', 'sorunsuz'],
    asking: ['lutfen', 'rica', 'misiniz', 'musunuz', 'miyim', 'ne zaman', 'nerede', 'nasil', 'neden', 'ama', 'fakat',
      'ancak', 'hala', 'lazim', 'istiyorum', 'umarim', 'sorun', 'problem', 'fatura', 'soru', 'yardim', 'eger', 'degil',
      'yok', 'maalesef'],
  },
  ar: {
    thanks: ['شكرا', 'شكر', 'مشكور', 'يعطيك العافيه', 'تسلم', 'جزاك'],
    also: ['جزيلا', 'وصل', 'وصلت', 'وصلني', 'الطلب', 'المنتج', 'الشحنه', 'كل', 'شي', 'شيء', 'تمام', 'ممتاز', 'سليم',
      'بسرعه', 'سريع', 'مرحبا', 'اهلا', 'السلام', 'عليكم', 'الله', 'خير', 'لكم', 'لك', 'ايدك', 'ايديكم', 'ايدكم',
      'كله', 'عليكم'],
    asking: ['فضلك', 'سمحت', 'ممكن', 'متي', 'وين', 'اين', 'كيف', 'ليش', 'لماذا', 'لكن', 'بس', 'لسه', 'ما زال', 'احتاج',
      'اريد', 'ابغي', 'ابي', 'اتمني', 'مشكله', 'فاتوره', 'سؤال', 'مساعده', 'اذا', 'لو', 'لا', 'لم', 'لن', 'مش', 'للاسف'],
  },
  ja: {
    thanks: ['ありがとう', '有難う', '感謝', 'お礼'],
    also: ['ございます', 'ございました', 'します', 'しております', 'いたします', '届きました', '受け取りました', '無事', '確かに', '商品', 'とても', '大変', '迅速',
      '丁寧', 'ご対応', '対応', '梱包', '発送', '早く', '早い', '良い', '満足', 'です', 'でした', 'お世話になりました', '本日', '今日', 'していただき', 'いただき', 'して', 'て', '今後ともよろしくお願いします',
      'よろしくお願いします', 'な', 'に', 'を', 'が', 'の', 'と', 'も'],
    asking: ['ください', '下さい', 'お願い', 'いつ', 'どこ', 'どう', 'なぜ', '何', 'でも', 'しかし', 'けど', 'まだ', '必要',
      '欲しい', 'ほしい', '問題', '領収書', '請求書', '質問', '教えて', 'ない', 'ません', '残念'],
  },
  zh: {
    thanks: ['谢谢', '謝謝', '感谢', '感謝', '多谢', '多謝'],
    also: ['非常', '很', '收到', '了', '已经', '到', '货', '包装', '很好', '好', '满意', '快', '发货', '物流', '卖家', '辛苦', '您', '你', '们',
      '的', '商品', '质量', '不错', '已', '东西'],
    asking: ['请', '請', '能否', '可以', '能不能', '什么', '哪里', '怎么', '为什么', '為什麼', '但是', '可是', '不过', '还', '還',
      '需要', '想要', '希望', '问题', '問題', '发票', '發票', '帮', '幫', '没', '沒', '不', '吗', '嗎', '呢'],
  },
};

/** Words of spaced scripts (Latin, Arabic) are matched whole (an Arabic one also after the conjunction و); Japanese
 * and Chinese, which do not space their words, by phrase. */
const SPACED = /^[\p{Script=Latin}\p{Script=Arabic}0-9' ]+$/u;
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+/gu;
const QUESTION = /[?？؟]/u;
/** Past this length a message says more than thanks, or rambles enough to read it. */
const MAX_CHARS = 280;

interface Compiled {
  thanks: ReadonlySet<string>; words: ReadonlySet<string>; asking: ReadonlySet<string>; askingPhrases: readonly string[];
  /** Japanese and Chinese phrases, longest first: removed from a run, nothing may be left. */
  unspacedThanks: readonly string[]; unspacedAllowed: readonly string[]; unspacedAsking: readonly string[];
}

function compile(): Compiled {
  const all = Object.values(WORDS);
  const spaced = (pick: (w: Words) => readonly string[]) => all.flatMap(pick).filter((w) => SPACED.test(w));
  const unspaced = (pick: (w: Words) => readonly string[]) => all.flatMap(pick).filter((w) => !SPACED.test(w))
    .sort((a, b) => b.length - a.length);
  const split = (list: readonly string[]) => list.flatMap((w) => w.split(' '));
  const thanks = spaced((w) => w.thanks);
  return {
    thanks: new Set(split(thanks)),
    words: new Set([...split(thanks), ...split(spaced((w) => w.also))]),
    asking: new Set(spaced((w) => w.asking).filter((w) => !w.includes(' '))),
    askingPhrases: spaced((w) => w.asking).filter((w) => w.includes(' ')),
    unspacedThanks: unspaced((w) => w.thanks),
    unspacedAllowed: unspaced((w) => [...w.thanks, ...w.also]),
    unspacedAsking: unspaced((w) => w.asking),
  };
}

let compiled: Compiled | null = null;

const known = (c: Compiled, w: string) => c.words.has(w) || (w.startsWith('و') && c.words.has(w.slice(1))) || /^\d+$/u.test(w);

/**
 * The message only thanks: a way of saying thank you, and every other word one a thank-you is made of (greetings,
 * praise, "it arrived", sign-offs) — a word outside them, a word that asks, doubts, contrasts or negates, or a question
 * mark makes it a message to read. The words of every language are read together: a buyer may write in another
 * language than the marketplace's.
 */
export function onlyThanks(text: string): boolean {
  if (text.length > MAX_CHARS || QUESTION.test(text)) return false;
  const c = (compiled ??= compile());
  const folded = foldText(text).text;
  let thanked = false;
  // Japanese and Chinese runs: thanks and the allowed phrases taken out, nothing may remain.
  for (const run of folded.match(UNSPACED_RUN) ?? []) {
    if (c.unspacedThanks.some((w) => run.includes(w))) thanked = true;
    let rest = run;
    for (const w of c.unspacedAllowed) rest = rest.split(w).join('');
    if (rest.length > 0 || c.unspacedAsking.some((w) => rest.includes(w))) return false;
  }
  const spaced = folded.replace(UNSPACED_RUN, ' ');
  if (c.askingPhrases.some((p) => spaced.includes(p))) return false;
  for (const w of spaced.replace(/'/gu, '').split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    if (c.asking.has(w) || !known(c, w)) return false;
    if (c.thanks.has(w) || (w.startsWith('و') && c.thanks.has(w.slice(1)))) thanked = true;
  }
  return thanked;
}
