// A buyer message that only says thank you asks nothing: Amazon lets the seller mark it "No response needed"
// (MSG-24H), and a reply that only thanks back is itself a message Amazon does not want (MSG-PROHIBITED). Read
// precision first: thanks said, nothing asked, no "but", no negation, no question, short. Anything else stays a
// message to answer. Words folded as text-map.ts folds (lower case, no accents); Latin words whole, other scripts
// anywhere in the text. A word list per marketplace language: adding a language starts here.
import type { BuyerLang } from '../../words/langs.ts';
import { foldText } from './text-map.ts';

interface Words {
  /** Ways of saying thank you. */
  thanks: readonly string[];
  /** Words that ask, doubt, contrast or negate: any of them and the message may want an answer. */
  asking: readonly string[];
}

const WORDS: Readonly<Record<BuyerLang, Words>> = {
  en: {
    thanks: ['thank', 'thanks', 'thx', 'ty', 'cheers', 'appreciate', 'appreciated', 'grateful'],
    asking: ['please', 'pls', 'plz', 'can', 'could', 'would', 'will', 'when', 'where', 'how', 'why',
      'but', 'however', 'though', 'although', 'still', 'yet', 'need', 'want', 'wish', 'hope', 'problem', 'issue',
      'invoice', 'receipt', 'let', 'tell', 'question', 'help', 'if', 'not', 'no', 'never', 'nothing', 'dont', 'didnt',
      'doesnt', 'isnt', 'wasnt', 'cant', 'wont', 'havent', 'another', 'one more'],
  },
  de: {
    thanks: ['danke', 'dankeschon', 'dank', 'bedanke'],
    asking: ['bitte', 'konnen', 'konnten', 'kann', 'wann', 'wo', 'warum', 'aber', 'jedoch', 'trotzdem',
      'noch', 'brauche', 'mochte', 'hoffe', 'problem', 'rechnung', 'frage', 'hilfe', 'wenn', 'falls', 'nicht', 'kein',
      'keine', 'nie', 'leider'],
  },
  fr: {
    thanks: ['merci', 'remercie', 'remercions'],
    asking: ['svp', 'stp', 'plait', 'pouvez', 'pourriez', 'peux', 'quand', 'ou', 'comment', 'pourquoi', 'quoi', 'mais',
      'cependant', 'toujours', 'encore', 'besoin', 'voudrais', 'souhaite', 'espere', 'probleme', 'facture', 'question',
      'aide', 'pas', 'ne', 'jamais', 'rien', 'malheureusement'],
  },
  es: {
    thanks: ['gracias', 'agradezco', 'agradecido', 'agradecida'],
    asking: ['favor', 'puede', 'pueden', 'podria', 'podrian', 'cuando', 'donde', 'pero', 'embargo',
      'todavia', 'aun', 'necesito', 'quiero', 'quisiera', 'espero', 'problema', 'factura', 'pregunta', 'ayuda',
      'no', 'nunca', 'nada', 'lamentablemente'],
  },
  it: {
    thanks: ['grazie', 'ringrazio', 'ringraziamo'],
    asking: ['favore', 'piacere', 'potete', 'potreste', 'puoi', 'quando', 'dove', 'perche', 'ma', 'pero',
      'ancora', 'bisogno', 'vorrei', 'spero', 'problema', 'fattura', 'domanda', 'aiuto', 'se', 'non', 'mai', 'niente',
      'purtroppo'],
  },
  pt: {
    thanks: ['obrigado', 'obrigada', 'obg', 'agradeco', 'valeu'],
    asking: ['favor', 'pode', 'podem', 'poderia', 'quando', 'onde', 'porque', 'mas', 'porem', 'ainda',
      'preciso', 'quero', 'gostaria', 'espero', 'problema', 'nota fiscal', 'fatura', 'pergunta', 'ajuda', 'se', 'nao', 'nunca',
      'nada', 'infelizmente'],
  },
  nl: {
    thanks: ['bedankt', 'dank', 'dankjewel', 'dankuwel', 'bedank'],
    asking: ['alstublieft', 'alsjeblieft', 'graag', 'kunt', 'kunnen', 'kun', 'wanneer', 'waar', 'hoe', 'waarom',
      'maar', 'echter', 'nog', 'nodig', 'wil', 'zou', 'hoop', 'probleem', 'factuur', 'vraag', 'hulp', 'niet',
      'geen', 'nooit', 'helaas'],
  },
  pl: {
    thanks: ['dziekuje', 'dziekujemy', 'dzieki', 'dziekowac'],
    asking: ['prosze', 'prosimy', 'czy', 'kiedy', 'gdzie', 'dlaczego', 'ale', 'jednak', 'nadal', 'wciaz',
      'jeszcze', 'potrzebuje', 'chce', 'chcialbym', 'chcialabym', 'mam nadzieje', 'problem', 'faktura', 'fakture',
      'pytanie', 'pomoc', 'jesli', 'nie', 'niestety'],
  },
  sv: {
    thanks: ['tack', 'tackar'],
    asking: ['snalla', 'kan', 'kunde', 'skulle', 'nar', 'var ar', 'hur', 'varfor', 'vad', 'men', 'dock', 'fortfarande',
      'behover', 'vill', 'hoppas', 'problem', 'faktura', 'kvitto', 'fraga', 'hjalp', 'om', 'inte', 'ingen', 'inget',
      'aldrig', 'tyvarr'],
  },
  tr: {
    thanks: ['tesekkur', 'tesekkurler', 'tesekkurederim', 'sagol', 'sagolun', 'sag olun', 'eyvallah'],
    asking: ['lutfen', 'rica', 'misiniz', 'musunuz', 'miyim', 'ne zaman', 'nerede', 'nasil', 'neden', 'ama', 'fakat',
      'ancak', 'hala', 'lazim', 'istiyorum', 'umarim', 'sorun', 'problem', 'fatura', 'soru', 'yardim', 'eger', 'degil',
      'yok', 'maalesef'],
  },
  ar: {
    thanks: ['شكرا', 'شكر', 'مشكور', 'يعطيك العافيه', 'تسلم', 'جزاك'],
    asking: ['فضلك', 'سمحت', 'ممكن', 'متي', 'وين', 'اين', 'كيف', 'ليش', 'لماذا', 'لكن', 'بس', 'لسه', 'ما زال', 'احتاج',
      'اريد', 'ابغي', 'ابي', 'اتمني', 'مشكله', 'فاتوره', 'سؤال', 'مساعده', 'اذا', 'لو', 'لا', 'لم', 'لن', 'مش', 'للاسف'],
  },
  ja: {
    thanks: ['ありがとう', '有難う', '感謝', 'お礼'],
    asking: ['ください', '下さい', 'お願い', 'いつ', 'どこ', 'どう', 'なぜ', '何', 'でも', 'しかし', 'けど', 'まだ', '必要',
      '欲しい', 'ほしい', '問題', '領収書', '請求書', '質問', '教えて', 'ない', 'ません', '残念'],
  },
  zh: {
    thanks: ['谢谢', '謝謝', '感谢', '感謝', '多谢', '多謝'],
    asking: ['请', '請', '能否', '可以', '能不能', '什么', '哪里', '怎么', '为什么', '為什麼', '但是', '可是', '不过', '还', '還',
      '需要', '想要', '希望', '问题', '問題', '发票', '發票', '帮', '幫', '没', '沒', '不', '吗', '嗎', '呢'],
  },
};

/** Words of spaced scripts (Latin, Arabic) are matched whole (an Arabic one also after the conjunction و); Japanese
 * and Chinese, which do not space their words, anywhere. */
const SPACED = /^[\p{Script=Latin}\p{Script=Arabic}0-9' ]+$/u;
const QUESTION = /[?？؟]/u;
/** Past this length a message says more than thanks, or rambles enough to read it. */
const MAX_CHARS = 280;

interface Compiled { words: ReadonlySet<string>; phrases: readonly string[]; unspaced: readonly string[] }

function compile(pick: (w: Words) => readonly string[]): Compiled {
  const all = Object.values(WORDS).flatMap(pick);
  const spaced = all.filter((w) => SPACED.test(w));
  return {
    words: new Set(spaced.filter((w) => !w.includes(' '))),
    phrases: spaced.filter((w) => w.includes(' ')),
    unspaced: all.filter((w) => !SPACED.test(w)),
  };
}

let compiled: { thanks: Compiled; asking: Compiled } | null = null;

function says(c: Compiled, words: readonly string[], text: string): boolean {
  return words.some((w) => c.words.has(w) || (w.startsWith('و') && c.words.has(w.slice(1)))) ||
    c.phrases.some((p) => text.includes(p)) || c.unspaced.some((w) => text.includes(w));
}

/**
 * The message only thanks: a way of saying thank you, and no word of any marketplace language that asks, doubts,
 * contrasts or negates, no question mark, short. The words of every language are read together: a buyer may write in
 * another language than the marketplace's, and a word that asks in any of them keeps the message one to answer.
 */
export function onlyThanks(text: string): boolean {
  if (text.length > MAX_CHARS || QUESTION.test(text)) return false;
  compiled ??= { thanks: compile((w) => w.thanks), asking: compile((w) => w.asking) };
  const folded = foldText(text).text.replace(/[’`]/gu, "'");
  const words = folded.replace(/'/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return says(compiled.thanks, words, folded) && !says(compiled.asking, words, folded);
}
