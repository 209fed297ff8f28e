// Whether a notice on a claim's page says the seller has already appealed. Notices also offer the appeal, ask whether
// one was made, set its deadline or say none was made, in the very words of one made ("Appeal submitted? Track it …",
// "An appeal submitted after Dec 20 …", "You haven't submitted an appeal", "Wenn Sie Widerspruch eingelegt haben …").
// Only a plain statement counts: a sentence holding the words of an appeal made (labels.ts APPEAL_MADE_WORDS) that
// is no question and has no condition, negation, time limit or offer in it. Anything else is "not seen", and the
// advice keeps the appeal window as it would without the notice.
import { APPEAL_MADE_WORDS, mentions, type Words } from './labels.ts';

/** Words that make a sentence about an appeal something other than the news that one was made. */
const DOUBT: Words = {
  en: ['if', 'once', 'when', 'whether', 'after', 'before', 'until', 'by', 'not', 'no', 'never', 'yet', 'can', 'may',
    'unless', 'have you', 'did you', 'haven', 'hasn', 'didn', 'will', 'late'],
  de: ['wenn', 'falls', 'sobald', 'ob', 'nach', 'vor', 'bis', 'nicht', 'kein', 'keine', 'keinen', 'noch', 'nie',
    'können', 'kann', 'nein', 'wird', 'verspätet'],
  fr: ['si', 'une fois', 'lorsque', 'quand', 'après', 'avant', 'jusqu', 'ne', 'pas', 'aucun', 'aucune', 'jamais',
    'pouvez', 'peut', 'non', 'sera', 'tardif'],
  es: ['si', 'una vez', 'cuando', 'después', 'antes', 'hasta', 'no', 'ningún', 'ninguna', 'nunca', 'puede', 'puedes', 'será'],
  it: ['se', 'una volta', 'quando', 'dopo', 'oltre', 'prima', 'entro', 'fino', 'non', 'nessun', 'nessuna', 'mai',
    'può', 'potete', 'no', 'sarà'],
  pt: ['se', 'uma vez', 'quando', 'após', 'depois', 'antes', 'até', 'não', 'nenhum', 'nenhuma', 'nunca', 'pode', 'será'],
};
/** The same for Japanese and Chinese, read inside the sentence (no spaces between words). */
const DOUBT_CJK = ['場合', 'たら', 'れば', 'なら', '前', '後', 'まで', '以降', 'ません', 'ない', '未', '如', '若', '一旦',
  '之后', '以后', '之前', '截止', '尚', '没有', '无', '不', '吗', '嗎'];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const DOUBT_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${Object.values(DOUBT).flat().map(escape).join('|')})(?![\\p{L}])|n['’]t(?![\\p{L}])`, 'iu');
const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/gu;

export function saysAppealMade(notice: string): boolean {
  for (const [s] of notice.matchAll(SENTENCE)) {
    if (!mentions(s, APPEAL_MADE_WORDS) || /[?？]\s*$/u.test(s)) continue;
    if (DOUBT_WORD.test(s) || DOUBT_CJK.some((w) => s.includes(w))) continue;
    return true;
  }
  return false;
}
