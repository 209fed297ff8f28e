// Negations for the sentence frames: the ones the phrase lists use before a word, and the sentence-final ones of
// the languages that put the negated verb last ("... sunmamıza izin vermiyor", "... はできません").
import { NEGATION_BEFORE } from '../phrases/build.ts';

export { NEGATION_BEFORE };

export const NEGATION_AFTER_FINAL = new RegExp([
  '\\p{L}(?:mıyor|miyor|muyor|müyor|mayacağız|meyeceğiz|amıyoruz|emiyoruz|amayız|emeyiz)(?![\\p{L}])', 'izin\\s+verilmiyor', 'izin\\s+vermiyor', 'engelliyor', 'yasak',
  'できません', 'できかねます', 'ございません', 'いたしません', 'しません', '禁止', 'お断り',
  'not\\s+(?:allowed|permitted)', 'is\\s+(?:prohibited|forbidden)', 'nicht\\s+(?:erlaubt|gestattet|zulässig)', 'verboten',
  "n['’]est\\s+pas\\s+(?:autorisé|permis)", 'interdit', 'no\\s+(?:está|es)\\s+(?:permitido|posible)', 'prohibido', 'non\\s+è\\s+(?:consentito|permesso|possibile)', 'vietato',
  'não\\s+é\\s+(?:permitido|possível)', 'proibido', 'niet\\s+(?:toegestaan|mogelijk)', 'verboden', 'nie\\s+jest\\s+(?:dozwolon\\p{L}*|możliw\\p{L}*)', 'zabronion\\p{L}*',
  'inte\\s+(?:tillåtet|möjlig\\p{L}*)', 'förbjud\\p{L}*', 'غير\\s+مسموح', 'ممنوع',
].join('|'), 'iu');
