// A cheap guess of the language a buyer wrote in: the script first (kana -> Japanese, Han without kana -> Chinese,
// ...), then for Latin script the most frequent short function words. No guess (null) when the text is too short or
// two languages tie: the caller then falls back to the marketplace's language.
import type { Lang } from '../../model.ts';

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;
const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const THAI = /\p{Script=Thai}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const WORD = /[\p{L}']+/gu;

// The short words each Latin-script language uses most in buyers' messages. A word several languages share counts for
// each, but less, and dilutes the language that owns it: a language's list adds no word another list already has
// ("i" and "to" are English before they are Polish). Polish, Swedish and Turkish are here too: without them their
// buyers got no guess, or a wrong one from a shared word, and a reply in another language.
const STOP_WORDS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  en: ['the', 'and', 'is', 'my', 'i', 'you', 'to', 'it', 'not', 'have', 'was', 'please', 'of', 'this', 'can', 'your',
    'with', 'for', 'but', 'what', 'did', 'hi', 'hello', 'thanks', 'thank', 'get', 'got', 'would', 'never', 'that', "i'm",
    "don't", "it's", 'just', 'order', 'when', 'will', 'could', 'yet', 'still', 'been', 'are', 'be', 'if'],
  de: ['der', 'die', 'das', 'und', 'ich', 'nicht', 'ist', 'bitte', 'mein', 'meine', 'sie', 'habe', 'zu', 'mit', 'den',
    'ein', 'eine', 'bestellung', 'vielen', 'dank', 'guten', 'tag', 'können', 'noch', 'auf', 'wurde', 'es', 'an', 'wir',
    'war', 'aber', 'auch', 'mir', 'wie', 'kann', 'schon', 'paket', 'hallo', 'grüße', 'freundlichen', 'dem', 'nur'],
  fr: ['le', 'les', 'et', 'je', 'pas', 'est', 'mon', 'ma', 'vous', 'une', 'commande', 'merci', "n'ai", "j'ai", 'bonjour',
    'ne', 'du', 'des', 'pour', 'avec', 'colis', 'mais', 'toujours', 'reçu', 'cordialement', 'sur', 'qui', 'ai', 'suis',
    'au', "c'est", 'votre', 'mes', 'pouvez', 'bien', 'aussi'],
  es: ['el', 'los', 'las', 'y', 'es', 'mi', 'que', 'por', 'favor', 'pedido', 'una', 'he', 'gracias', 'hola', 'pero', 'con',
    'del', 'para', 'todavía', 'recibido', 'llegado', 'paquete', 'lo', 'muchas', 'ha', 'está', 'como', 'ya', 'pueden',
    'mismo', 'también', 'saludos', 'nada', 'hay', 'muy', 'pues', 'no', 'me', 'de', 'en'],
  it: ['il', 'non', 'è', 'mio', 'mia', 'che', 'per', 'ho', 'di', 'ordine', 'grazie', 'sono', 'buongiorno', 'ciao', 'pacco',
    'ancora', 'ma', 'con', 'del', 'della', 'mi', 'gli', 'ricevuto', 'cordiali', 'saluti', 'anche', 'potete', 'questo',
    'alla', 'nel', 'dei', 'perché', 'già', 'però', 'vorrei'],
  nl: ['de', 'het', 'een', 'ik', 'niet', 'is', 'mijn', 'en', 'van', 'bestelling', 'pakket', 'nog', 'bedankt', 'graag',
    'u', 'heb', 'wel', 'met', 'maar', 'dat', 'op', 'voor', 'zijn', 'ook', 'kunt', 'wil', 'dank', 'groet', 'geen', 'dit',
    'naar', 'moet'],
  pt: ['o', 'os', 'não', 'meu', 'minha', 'pedido', 'obrigado', 'obrigada', 'recebi', 'ainda', 'você', 'com', 'uma', 'por',
    'favor', 'olá', 'mas', 'do', 'da', 'chegou', 'um', 'é', 'foi', 'encomenda', 'vocês', 'isso', 'nem', 'já', 'bom',
    'boa', 'tarde', 'queria', 'pra', 'aqui', 'também', 'na', 'em', 'tá', 'vou', 'tem', 'ao', 'veio', 'eu', 'seu', 'sua', 'no', 'me'],
  pl: ['nie', 'jest', 'się', 'w', 'z', 'że', 'mój', 'moja', 'moje', 'zamówienie', 'paczka', 'paczki', 'paczkę', 'proszę',
    'dziękuję', 'dzień', 'dobry', 'czy', 'jak', 'już', 'jeszcze', 'mam', 'ale', 'bo', 'co', 'tak', 'pan', 'pani', 'po',
    'od', 'przesyłka', 'przesyłki', 'pozdrawiam', 'był', 'była', 'było', 'tylko', 'też', 'jednak', 'można', 'gdzie',
    'kiedy', 'ze'],
  sv: ['och', 'är', 'jag', 'inte', 'det', 'att', 'ett', 'min', 'mitt', 'mina', 'har', 'på', 'för', 'som', 'till', 'av',
    'om', 'kan', 'hej', 'tack', 'beställning', 'beställningen', 'paketet', 'fortfarande', 'vänliga', 'hälsningar', 'vill',
    'skulle', 'så', 'men', 'nu', 'än', 'var', 'fick', 'ingen', 'inget', 'mig', 'hade', 'bara', 'också', 'ska', 'när'],
  tr: ['ve', 'bir', 'bu', 'için', 'ben', 'benim', 'sipariş', 'siparişim', 'siparişi', 'siparişimi', 'kargo', 'ürün',
    'ürünü', 'değil', 'mı', 'mu', 'mü', 'ama', 'çok', 'teşekkürler', 'teşekkür', 'ederim', 'merhaba', 'lütfen', 'hala',
    'hâlâ', 'gelmedi', 'ile', 'var', 'yok', 'iade', 'bana', 'size', 'neden', 'daha', 'kadar', 'şu', 'olarak', 'iyi',
    'günler', 'rica', 'ediyorum', 'istiyorum', 'hiç', 'nasıl'],
};

// The letters each language writes beyond a-z: a Polish "ł", a Swedish "å", a Turkish "ş" or dotless "ı" tell the
// language of a message whose words are all content words. A letter several languages write ("ö": German, Swedish,
// Turkish) counts for each, but less. Only letters in words written in lower case count, once per message: a name or
// an address ("Łukasz", "ul. Świętokrzyska", "Şükrü Yılmaz") under an English message tells the buyer's name, not
// their language.
const LETTERS: Readonly<Partial<Record<Lang, string>>> = {
  pl: 'ąęłńśźżćó', sv: 'åäö', tr: 'ğşıöüç', pt: 'ãõçêôáíúóéà', es: 'ñáíúóé', de: 'ßäöü', fr: 'œçêùëôîûéèà',
  it: 'ìòéèà', nl: 'ë',
};

/** Each word (or letter) of a table, and the languages whose list has it. */
function languagesOf(table: Readonly<Partial<Record<Lang, Iterable<string>>>>): ReadonlyMap<string, readonly Lang[]> {
  const m = new Map<string, Lang[]>();
  for (const [lang, items] of Object.entries(table)) for (const item of items ?? []) {
    const list = m.get(item) ?? [];
    if (!list.includes(lang)) list.push(lang);
    m.set(item, list);
  }
  return m;
}
const STOP_INDEX = languagesOf(STOP_WORDS);
const LETTER_INDEX = languagesOf(LETTERS);

/** The language `text` is most likely written in, or null when the text does not say enough. */
export function guessLanguage(text: string): Lang | null {
  if (!text) return null;
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text)) return 'zh';
  if (HANGUL.test(text)) return 'ko';
  if (ARABIC.test(text)) return 'ar';
  if (CYRILLIC.test(text)) return 'ru';
  if (GREEK.test(text)) return 'el';
  if (THAI.test(text)) return 'th';
  if (HEBREW.test(text)) return 'he';
  const scores = new Map<Lang, number>();
  const add = (langs: readonly Lang[]) => { for (const l of langs) scores.set(l, (scores.get(l) ?? 0) + 1 / langs.length); };
  const seen = new Set<string>();
  // Turkish capital İ lowers to "i" and a combining dot, which would split the word.
  for (const word of text.replace(/İ/g, 'i').replace(/[\u2018\u2019]/g, "'").match(WORD) ?? []) {
    const lower = word.toLowerCase();
    const langs = STOP_INDEX.get(lower);
    if (langs) add(langs);
    if (word[0] === lower[0]) {
      for (const ch of lower) {
        const by = seen.has(ch) ? undefined : LETTER_INDEX.get(ch);
        if (by) { seen.add(ch); add(by); }
      }
    }
  }
  let best: Lang | null = null, bestScore = 0, second = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) { second = bestScore; best = lang; bestScore = score; } else if (score > second) second = score;
  }
  return best && bestScore >= 2 && bestScore > second ? best : null;
}
