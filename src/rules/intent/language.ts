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

const STOP_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['the', 'and', 'is', 'my', 'i', 'you', 'to', 'it', 'not', 'have', 'was', 'please', 'of', 'this', 'can', 'your',
    'with', 'for', 'but', 'what', 'did', 'hi', 'hello', 'thanks', 'thank', 'get', 'got', 'would', 'never', 'that'],
  de: ['der', 'die', 'das', 'und', 'ich', 'nicht', 'ist', 'bitte', 'mein', 'meine', 'sie', 'habe', 'zu', 'mit', 'den',
    'ein', 'eine', 'bestellung', 'vielen', 'dank', 'guten', 'tag', 'können', 'noch', 'auf', 'wurde', 'es', 'an', 'wir'],
  fr: ['le', 'les', 'et', 'je', 'pas', 'est', 'mon', 'ma', 'vous', 'une', 'commande', 'merci', "n'ai", "j'ai", 'bonjour',
    'ne', 'du', 'des', 'pour', 'avec', 'colis', 'mais', 'toujours', 'reçu', 'cordialement', 'sur', 'qui'],
  es: ['el', 'los', 'las', 'y', 'es', 'mi', 'que', 'por', 'favor', 'pedido', 'una', 'he', 'gracias', 'hola', 'pero', 'con',
    'del', 'para', 'todavía', 'recibido', 'llegado', 'paquete', 'lo', 'muchas', 'ha', 'está', 'como'],
  it: ['il', 'non', 'è', 'mio', 'mia', 'che', 'per', 'ho', 'di', 'ordine', 'grazie', 'sono', 'buongiorno', 'ciao', 'pacco',
    'ancora', 'ma', 'con', 'del', 'della', 'mi', 'gli', 'ricevuto', 'cordiali', 'saluti', 'anche'],
  nl: ['de', 'het', 'een', 'ik', 'niet', 'is', 'mijn', 'en', 'van', 'bestelling', 'pakket', 'nog', 'niet', 'bedankt', 'graag',
    'u', 'heb', 'wel', 'met', 'maar'],
  pt: ['o', 'os', 'não', 'meu', 'minha', 'pedido', 'obrigado', 'obrigada', 'recebi', 'ainda', 'você', 'com', 'uma', 'por',
    'favor', 'olá', 'mas', 'do', 'da', 'chegou'],
};

const LATIN_LANGS = Object.keys(STOP_WORDS);
const STOP_INDEX: ReadonlyMap<string, readonly Lang[]> = (() => {
  const m = new Map<string, Lang[]>();
  for (const lang of LATIN_LANGS) for (const w of STOP_WORDS[lang]!) {
    const list = m.get(w) ?? [];
    if (!list.includes(lang)) list.push(lang);
    m.set(w, list);
  }
  return m;
})();

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
  for (const word of text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(WORD) ?? []) {
    const langs = STOP_INDEX.get(word);
    // A word shared by several languages counts for each, but less.
    if (langs) for (const l of langs) scores.set(l, (scores.get(l) ?? 0) + 1 / langs.length);
  }
  let best: Lang | null = null, bestScore = 0, second = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) { second = bestScore; best = lang; bestScore = score; } else if (score > second) second = score;
  }
  return best && bestScore >= 2 && bestScore > second ? best : null;
}
