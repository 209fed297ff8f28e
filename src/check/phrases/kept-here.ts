// "I see you found us on Instagram, but we can only help through Amazon messages": a name the buyer brought up,
// answered in the same sentence by keeping the talk on Amazon, is no invitation to go there. The name must come
// before the turn ("but", "aber", "ama", "但", "が、"), the part after it must both limit or refuse ("only", "cannot")
// and name Amazon (its rules, its messages), and nothing before the name may invite the buyer
// over ("add me on", "schreib mir auf", "加我").
const LIMIT = 240;
const SENTENCE_END = /[.!?。！？\n؟]/u;
const TURN = /(?:^|[^\p{L}])(?:but|however|aber|jedoch|mais|pero|sin\s+embargo|ma|però|mas|porém|maar|ale|jednak|men|ama|fakat|ancak|لكن|ولكن|لكنه)(?![\p{L}])|但|不过|可是|ですが|ましたが|が、|けれど|けど/iu;
// "only": the refusals themselves are the caller's negations
const ONLY = /(?:^|[^\p{L}])(?:only|solely|nur|ausschließlich|seulement|uniquement|ne|solo|sólo|únicamente|soltanto|solamente|apenas|só|somente|alleen|uitsluitend|tylko|wyłącznie|bara|endast|enbart|yalnızca|yalnizca|sadece|yalnız|فقط|ما)(?![\p{L}])|只能|仅|のみ|だけ/iu;
const PLACE = /amazon|アマゾン|亚马逊|亞馬遜|أمازون|امازون/iu;
const INVITE = /(?:^|[^\p{L}])(?:(?:add|message|text|write|contact|call|ping|reach|dm|follow|join|chat\s+with|hit|find)\s+(?:me|us)|finden\s+sie\s+uns|retrouvez-nous|encuéntranos|trovaci|encontre-nos|vind\s+ons|hitta\s+oss|bizi\s+bulun|füg\p{L}*|schreib\p{L}*|kontaktier\p{L}*|meld\p{L}*|folg\p{L}*|ajout\p{L}*|écri\p{L}*|contact\p{L}*|suiv\p{L}*|agreg\p{L}*|añad\p{L}*|escrib\p{L}*|contáct\p{L}*|sígue\p{L}*|aggiung\p{L}*|scriv\p{L}*|contatt\p{L}*|segui\p{L}*|adicion\p{L}*|chama|manda|fala|voeg\p{L}*|stuur|bel|volg\p{L}*|dodaj\p{L}*|napisz\p{L}*|pisz|zadzwoń|lägg|skriv\p{L}*|ring|följ\p{L}*|ekle\p{L}*|yaz\p{L}*|ara|takip|أضف|اضف|راسل\p{L}*|تواصل|كلم\p{L}*|تابع\p{L}*)(?![\p{L}])|加我|加一下|联系我|找我|关注|追加|ご連絡ください|フォロー/iu;

/** The match at [start, end) names a place the buyer brought up, and the same sentence keeps the talk on Amazon. */
export function keptHere(text: string, start: number, end: number, refuses: (s: string) => boolean): boolean {
  let a = start;
  while (a > 0 && start - a < LIMIT && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < LIMIT && !SENTENCE_END.test(text[b]!)) b++;
  const rest = text.slice(end, b);
  const turn = TURN.exec(rest);
  if (!turn) return false;
  const after = rest.slice(turn.index + turn[0].length);
  return (ONLY.test(after) || refuses(after)) && PLACE.test(after) && !INVITE.test(text.slice(a, start));
}

// "The BLIK code you ask about is not needed": the thing named is declined further on in its sentence.
const NOT_NEEDED = /(?:^|[^\p{L}])(?:(?:is|are)\s+not\s+(?:needed|necessary|required)|isn['’]t\s+(?:needed|necessary)|nicht\s+(?:nötig|notwendig|erforderlich)|n['’]est\s+pas\s+nécessaire|no\s+(?:es\s+necesari\p{L}*|hace\s+falta)|non\s+(?:è|serve|servono)\s*(?:necessari\p{L}*)?|não\s+é\s+(?:necessári\p{L}*|preciso)|niet\s+nodig|nie\s+(?:jest\s+)?potrzebn\p{L}*|behövs\s+inte|inte\s+nödvändig\p{L}*|gerek\s+yok|gerekmiyor)(?![\p{L}])(?!\s+(?:to|zu|de|d['’]|para|per|di|om|te|aby|att)(?![\p{L}]))|不需要|不必|必要ありません|不要です|غير\s+ضروري|لا\s+حاجة/iu;

export function notNeeded(text: string, end: number): boolean {
  let b = end;
  while (b < text.length && b - end < 80 && !SENTENCE_END.test(text[b]!)) b++;
  return NOT_NEEDED.test(text.slice(end, b));
}
