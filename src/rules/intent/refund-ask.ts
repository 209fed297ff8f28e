// "Refund me" and "send another one" in the 13 marketplace languages. On a delivered, Claims Protected order such a
// request, with no damage, wrong item or return given as the reason, is a non-delivery complaint whatever the
// wording: the seller must not refund or reship (BS-CLAIMS-PROTECTED). Plain patterns over folded text (no accents,
// Arabic letter variants unified), so the background can afford them without the intent model; a negation just
// before ("no need to refund") cancels the ask.
import { NEGATIONS } from './negations.ts';
import { ownWords } from './quoted.ts';
import { foldText } from './text-map.ts';

// en, es, fr, de, it, pt, nl, pl, sv, tr, ar, in that order (Spanish and Portuguese share 'mand…/envi… otro/outro').
const LATIN_OR_ARABIC = /(?<![\p{L}])(?:refund|money back|reimburse|send (?:me |us )?(?:another|a replacement|a second|a new)|replacement|reship|re-?send|reembols|devuelv\w* (?:mi|el) dinero|reenvi|reposicion|rembours|renvoy\w*(?:-moi)? (?:un|une) (?:autre|nouve)|un autre colis|remplacement|erstatt|geld zuruck|ruckerstattung|ersatz|(?:nochmal|erneut|neu) (?:schicken|senden|versenden|liefern)|nachliefer|(?:ein|eine) neue[sn]? (?:schicken|senden)|rimbors|soldi indietro|(?:mand|invi|sped)\w* (?:un altro|un nuovo|una nuova)|sostituzione|rispedi|estorno|dinheiro de volta|(?:mand|envi)\w* (?:otro|outro|outra|um novo|uma nova)|geld terug|terugbetal|stuur\w*(?: [\p{L}]+){0,3} (?:nieuwe?|ander)|(?:nieuwe|andere) (?:sturen|opsturen|versturen)|opnieuw (?:sturen|versturen)|vervang|zwrot (?:pieniedzy|kasy|srodkow)|oddajcie pieniadze|(?:wysl|przysl|przesl)\w* (?:jeszcze raz|ponownie|drug|now|kolejn)|ponown\w* wysylk|pengarna tillbaka|aterbetal|skicka\w* (?:en ny|ett nytt|en till|ett till|ny|nytt)|ersattning|param\w* (?:iade|geri)|geri odeme|(?:yenisini|bir tane daha|tekrar) (?:gonder|yolla)|yeniden gonder|استرجاع (?:المبلغ|فلوسي|الفلوس)|استرداد|فلوسي|ترجعون (?:لي )?المبلغ|(?:ترسلون|ارسلوا|ارسل|ترسل|تبعثون) (?:لي )?(?:واحد|بديل|غيره)|بديل|اعاده ارسال)/gu;
const CJK_ASKS = /返金|再送|もう一(?:つ|度)(?:送|発送)|新しいもの(?:を)?(?:送|発送)|代わりの(?:もの|商品)|退款|退钱|补发|重新(?:发|寄)|再(?:寄|发)(?:一个|一件|一次)/gu;
const CJK_NEG_BEFORE = /(?:不用|不要|别|無用|无需|不必)$/u;
const CJK_NEG_AFTER = /^(?:は|も)?(?:不要|いりません|結構|しなくて|しないで)/u;

function negatedBefore(before: string): boolean {
  const clause = before.split(/[.,;:!?。、，！？؟،\n]/).at(-1) ?? '';
  const words = clause.match(/[\p{L}']+/gu) ?? [];
  return words.slice(-3).some((w) => NEGATIONS.has(w));
}

export function asksRefundOrReship(text: string): boolean {
  const t = foldText(ownWords(text)).text;
  for (const m of t.matchAll(LATIN_OR_ARABIC)) if (!negatedBefore(t.slice(0, m.index))) return true;
  for (const m of t.matchAll(CJK_ASKS)) {
    const before = t.slice(Math.max(0, m.index - 3), m.index), after = t.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (!CJK_NEG_BEFORE.test(before) && !CJK_NEG_AFTER.test(after)) return true;
  }
  return false;
}
