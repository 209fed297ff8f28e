// "I see you found us on Instagram, but we can only help through Amazon messages": a name the buyer brought up,
// answered in the same sentence by keeping the talk on Amazon, is no invitation to go there. The name must come
// before the turn ("but", "aber", "ama", "但", "が、"), the part after it must both limit or refuse ("only", "cannot")
// and name Amazon (its rules, its messages), and nothing before the name may invite the buyer
// over ("add me on", "schreib mir auf", "加我").
// normalize.ts reads Turkish dotless "ı" as "i": the words below are folded the same way (build.ts foldPattern)
const fold = (re: RegExp): RegExp => new RegExp(re.source.replace(/ı/g, 'i'), re.flags);
const LIMIT = 240;
const SENTENCE_END = /[.!?。！？\n؟]/u;
const TURN = /(?:^|[^\p{L}])(?:but|however|aber|jedoch|mais|pero|sin\s+embargo|ma|però|mas|porém|maar|ale|jednak|men|ama|fakat|ancak|لكن|ولكن|لكنه)(?![\p{L}])|但|不过|可是|ですが|ましたが|が、|けれど|けど/iu;
// "only": the refusals themselves are the caller's negations
const ONLY = /(?:^|[^\p{L}])(?:unfortunately|malheureusement|lamentablemente|desafortunadamente|purtroppo|infelizmente|only|solely|nur|ausschließlich|seulement|uniquement|ne|solo|sólo|únicamente|soltanto|solamente|apenas|só|somente|alleen|uitsluitend|tylko|wyłącznie|bara|endast|enbart|yalnızca|yalnizca|sadece|yalnız|فقط|ما)(?![\p{L}])|只能|仅|のみ|だけ/iu;
// "Amazon's rules keep us to this chat": the rule named with this thread
const RULE_HERE = /(?:rules?|polic(?:y|ies)|richtlinie\p{L}*|regeln|règles?|normas?|regol\p{L}+|regras?|regels?|zasad\p{L}*|regler\p{L}*|kural\p{L}*|قواعد|规定|規約)[^.!?。！？]{0,40}?(?:here|this\s+(?:chat|thread)|hier|ici|aquí|qui|aqui|tutaj|här|burada|هنا|这里|こちら)/iu;
// "Amazon asks us to keep every conversation in this thread", "lass uns das hier klären": the talk kept in this thread
const KEEP_VERBS = '(?:keep\\p{L}*|stay\\p{L}*|sort|continu\\p{L}*|bleib\\p{L}*|halt\\p{L}*|klär\\p{L}*|gard\\p{L}*|rest(?:er|ons|ez|are|iamo)|régl\\p{L}*|mant[eéi]\\p{L}*|segu\\p{L}*|qued\\p{L}*|resol\\p{L}*|risolv\\p{L}*|fi[cq]\\p{L}*|houd\\p{L}*|blijv\\p{L}*|oploss\\p{L}*|zosta\\p{L}*|kontynu\\p{L}*|trzyma\\p{L}*|załatw\\p{L}*|håll\\p{L}*|stanna\\p{L}*|fortsätt\\p{L}*|lös\\p{L}*|tut\\p{L}*|kal\\p{L}*|devam|çöz\\p{L}*)(?![\\p{L}])';
const KEEP_VERB = new RegExp(`(?:^|[^\\p{L}])${KEEP_VERBS}`, 'iu');
// Amazon's messaging named by its parts: "Buyer-Seller Messaging", "berichten van koper en verkoper", "wiadomościach
// między kupującym a sprzedawcą", "messaggistica acquirente-venditore".
const BUYER_SELLER = /(?:buyer|käufer|acheteur|comprador|acquirente|koper|kupując\p{L}*|köpar\p{L}*|alıcı)[\s-]+(?:(?:and|und|et|y|e|en|a|och|ve|ile)\s+)?(?:seller|verkäufer|vendeur|vendedor|venditore|verkoper|sprzedawc\p{L}*|säljar\p{L}*|satıcı)/iu;
// Amazon as the one who asks it: "Amazon asks / requires / wants us to", "Amazon verlangt", "Amazon ci chiede".
const AMAZON_ASKS = /(?:^|[^\p{L}])(?:asks?|requires?|wants?|expects?|insists?|verlangt|möchte|bittet|fordert|demande|exige|impose|pide|requiere|quiere|chiede|richiede|vuole|pede|quer|vraagt|wil|eist|verwacht|wymaga|chce|prosi|kräver|vill|ber|istiyor|ister|bekliyor)(?![\p{L}])|تطلب|يطلب|要求|求め/iu;
// "mais nous devons rester sur la messagerie Amazon": the seller bound to keep the talk on Amazon
const MUST = '(?:must|have\\s+to|need\\s+to|müssen|devons|debemos|tenemos\\s+que|dobbiamo|devemos|temos\\s+de|moeten|musimy|måste|zorundayız|يجب\\s+(?:أن|علينا))';
const KEEP_HERE = new RegExp(`(?:^|[^\\p{L}])${MUST}\\s+(?:\\p{L}+\\s+){0,2}?${KEEP_VERBS}[^.!?。！？]{0,50}?(?:amazon)|(?:^|[^\\p{L}])${KEEP_VERBS}[^.!?。！？]{0,50}?(?:(?:this|the)\\s+(?:message\\s+)?(?:thread|chat|conversation)|here|hier|ici|aquí|aqui|qui|tutaj|här|burada)(?![\\p{L}])|(?:このまま|引き続き)[^。！？]{0,20}?(?:こちら|メッセージ)|(?:继续|就|还是|留|都)在(?:这里|这儿|亚马逊|平台)|(?:نبقى|البقاء|نستمر)[^.!؟]{0,30}?(?:هنا|أمازون)`, 'iu');
const PLACE = /amazon|アマゾン|亚马逊|亞馬遜|أمازون|امازون/iu;
const INVITE = /(?:^|[^\p{L}])(?:(?:add|message|text|write|contact|call|ping|reach|dm|follow|join|chat\s+with|hit|find)\s+(?:to\s+)?(?:me|us)|send|please|bitte|por\s+favor|per\s+favore|alsjeblieft|proszę|lütfen|schick\p{L}*|envo\p{L}*|invia\p{L}*|stuur|wyślij|skicka|gönder\p{L}*|أرسل|finden\s+sie\s+uns|retrouvez-nous|encuéntranos|trovaci|encontre-nos|vind\s+ons|hitta\s+oss|bizi\s+bulun|füg\p{L}*|schreib\p{L}*|kontaktier\p{L}*|meld\p{L}*|folg\p{L}*|ajout\p{L}*|écri\p{L}*|contactez|suivez|agreg\p{L}*|añad\p{L}*|escrib\p{L}*|contáct\p{L}*|sígue\p{L}*|aggiung\p{L}*|scriv\p{L}*|contattac\p{L}*|contattam\p{L}*|contattate|segui\p{L}*|adicion\p{L}*|chama|manda|fala|voeg\p{L}*|stuur|bel|volg\p{L}*|dodaj\p{L}*|napisz\p{L}*|pisz|zadzwoń|lägg|skriv\p{L}*|ring|följ\p{L}*|ekle\p{L}*|yaz\p{L}*|ara|takip|أضف|اضف|راسل\p{L}*|تواصل|كلم\p{L}*|تابع\p{L}*)(?![\p{L}])|加我|加一下|联系我|找我|关注|追加|ご連絡ください|フォロー/iu;

// The buyer as the one who brought the name up: "you asked for", "Sie möchten", "Mi chiede", "istemişsiniz", "您要".
const BUYER = /(?:^|[^\p{L}])(?:you|your|sie|ihr\p{L}*|vous|votre|vos|tu|te|uw|tú|su|sus|lei|le|você|seu|sua|je|jij|u|pan(?:a|u|em|i|ią|ie)?|du|din|ditt|dina|ni|siz\p{L}*|chiede|chiedi|pides|pide|pediu|vraagt|vroeg|prosi\p{L}*|pyta\p{L}*|frågar|undrar|mentioned|asked|gefragt|demandez|pedido|richiesto|gevraagd|poprosi\p{L}*|bad\s+om)(?![\p{L}])|\p{L}+(?:siniz|sınız|sunuz|sünüz|ınız|iniz|unuz|ünüz)\p{L}{0,3}(?![\p{L}])|طلبت|تريد|طلبك|您|你|お客様|お求め|ご希望|ご要望|ご提案/iu;
// "Your WhatsApp, please": asked for, not refused
const PLEASE = /(?:^|[^\p{L}])(?:please|bitte|por\s+favor|per\s+favore|alsjeblieft|proszę|lütfen|s['’]il\s+vous\s+plaît)(?![\p{L}])|请|ください|من\s+فضلك/iu;
// After a clause break the refusal must be a rule's: something not allowed ("das erlaubt Amazon nicht", "Amazon
// nous l'interdit", "izin vermiyor"), not any negation ("so you don't have to wait for Amazon").
const PERMIT = /(?:^|[^\p{L}])(?:allow\p{L}*|permit\p{L}*|lets?|erlaub\p{L}*|gestatt\p{L}*|interdi\p{L}*|autoris\p{L}*|permit\p{L}*|consent\p{L}*|toe(?:staan|gestaan)?|staat|pozwala\p{L}*|tillåt\p{L}*|izin|يسمح|تسمح)(?![\p{L}])|允许|禁止|規約|規定/iu;
const BOUNDARY = /[,;:：；，、–—?？!！.。]|\s-\s/u;

/** The match at [start, end) names a place the buyer brought up, and the same sentence keeps the talk on Amazon. */
export function keptHere(text: string, start: number, end: number, refuses: (s: string) => boolean): boolean {
  let a = start;
  while (a > 0 && start - a < LIMIT && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < LIMIT && !SENTENCE_END.test(text[b]!)) b++;
  const before = text.slice(a, start);
  if (INVITE.test(before)) return false;
  const rest = text.slice(end, b);
  const turn = TURN.exec(rest);
  const keeps = (s: string) => ((ONLY.test(s) || refuses(s)) && PLACE.test(s)) || RULE_HERE.test(s);
  // "..., but Amazon asks us to keep all contact in Buyer-Seller Messaging", "ma Amazon ci chiede di restare nella
  // messaggistica": after the turn, Amazon keeping the talk with it, and no word sending the buyer over there.
  const amazonKeeps = (s: string) => PLACE.test(s) && AMAZON_ASKS.test(s) && (KEEP_VERB.test(s) || BUYER_SELLER.test(s)) && !THERE.test(s);
  const after = turn ? rest.slice(turn.index + turn[0].length) : '';
  if (turn && (keeps(after) || KEEP_HERE.test(after) || amazonKeeps(after))) return true;
  // "Sie möchten lieber über WhatsApp schreiben; das erlaubt Amazon uns leider nicht": the buyer's wish, then the
  // refusal in the next clause or sentence.
  const cut = BOUNDARY.exec(text.slice(end, b + 1));
  if (!cut || !BUYER.test(before + text.slice(end, end + cut.index)) || PLEASE.test(text.slice(end, end + cut.index))) return false;
  let c = end + cut.index + cut[0].length;
  while (c < text.length && c - end < LIMIT && !SENTENCE_END.test(text[c]!)) c++;
  if (c < text.length && c === b) { c++; while (c < text.length && c - b < LIMIT && !SENTENCE_END.test(text[c]!)) c++; }
  const next = text.slice(end + cut.index + cut[0].length, c);
  // "... ob Sie uns per WhatsApp ein Foto schicken können: Das geht leider nicht, bitte hängen Sie es hier an"
  return (keeps(next) && (PERMIT.test(next) || RULE_HERE.test(next))) || (refuses(next) && HERE.test(next) && !NO_PROBLEM.test(next));
}

// "Kein Problem, schreiben Sie mir hier oder dort": a negation that agrees
const NO_PROBLEM = fold(/(?:kein\p{L}*|no|pas\s+de|ningún|nessun|sem|geen|żaden|inga?|sorun|problem)\s+(?:problem\p{L}*|problème|problema|probleem|yok|sorun)|没问题|問題(?:ございません|ありません)|لا\s+مشكلة/iu);

// "The BLIK code you ask about is not needed": the thing named is declined further on in its sentence.
const NOT_NEEDED = /(?:^|[^\p{L}])(?:(?:is|are)\s+not\s+(?:needed|necessary|required)|isn['’]t\s+(?:needed|necessary)|nicht\s+(?:nötig|notwendig|erforderlich)|n['’]est\s+pas\s+nécessaire|no\s+(?:es\s+necesari\p{L}*|hace\s+falta)|non\s+(?:è|serve|servono)\s*(?:necessari\p{L}*)?|não\s+é\s+(?:necessári\p{L}*|preciso)|niet\s+nodig|nie\s+(?:jest\s+)?potrzebn\p{L}*|behövs\s+inte|inte\s+nödvändig\p{L}*|gerek\s+yok|gerekmiyor)(?![\p{L}])(?!\s+(?:to|zu|de|d['’]|para|per|di|om|te|aby|att)(?![\p{L}]))|不需要|不必|必要ありません|不要です|غير\s+ضروري|لا\s+حاجة/iu;

export function notNeeded(text: string, end: number): boolean {
  let b = end;
  while (b < text.length && b - end < 80 && !SENTENCE_END.test(text[b]!)) b++;
  return NOT_NEEDED.test(text.slice(end, b));
}

// "We saw your comment on Instagram. We answer order questions only here: ...", "Instagram'daki mesajınızı da
// gördük", "看到您在微博上给我们留言了": the name is where the buyer's own words were (a comment, a message, a post, an ad
// the buyer placed), told back as seen or received; the draft then keeps the talk here or refuses to go on there.
// Nothing in the name's sentence may invite the buyer over, and nothing after it may send the buyer back there.
const SEEN = fold(/(?:^|[^\p{L}])(?:saw|seen|read|noticed|spotted|received|got|left|wr[io]te|posted|sent|shared|asked|said|mentioned|commented|messaged|ge(?:sehen|lesen|schrieben|postet)|bemerkt|erhalten|bekommen|hinterlassen|schrieben|fragten|vu|lu|reçu|remarqué|laissé|écrit|publié|demand[ée]\p{L}*|vi(?:st[oa]|mos)|le[íi](?:do|mos)|recibi\p{L}+|dejó|escribió|publicó|preguntó|dijo|letto|ricevuto|notato|lasciato|scritto|pubblicato|chiesto|lemos|recebemos|deixou|escreveu|publicou|perguntou|zagen|ge(?:zien|lezen|schreven|plaatst)|ontvangen|achtergelaten|schreef|vroeg|widzi\p{L}*|przeczyta\p{L}*|otrzyma\p{L}*|zauważy\p{L}*|dostali\p{L}*|zostawił\p{L}*|napisał\p{L}*|opublikował\p{L}*|pyta\p{L}*|såg|sett|läst|fått|lämnade|skrev|postade|frågade|gördü\p{L}*|okudu\p{L}*|aldık|bıraktı\p{L}*|yaz(?:dı|mış)\p{L}*|paylaştı\p{L}*|gönderdi\p{L}*|sordu\p{L}*|dediniz|رأينا|شاهدنا|قرأنا|وصلت?نا|اطلعنا|لاحظنا|تركت|كتبت|نشرت|سألت|قلت)(?![\p{L}])|看到|收到|注意到|留下|发的|您[问说写]|拝見|見ました|拝読|受け取り|書かれた|投稿された|お書き|ご質問|とのこと|お尋ね/iu);
// where "your" is no word of its own: "コメント", "留言", "رسالتك" (the Arabic "your" ending)
const BUYER_WORDS = /コメント|メッセージ|投稿|レビュー|ご質問|留言|评论|评价|私信|帖子|[\u0600-\u06FF]ك(?![\p{L}])/u;
const HERE = fold(/(?:^|[^\p{L}])(?:here|hier|ici|aquí|aqui|qui|tutaj|här|burada|buradan)(?![\p{L}])|هنا|这里|這裡|此处|こちら|ここ/iu);
const THERE = fold(/(?:^|[^\p{L}])(?:there|dort|là|là-bas|ahí|allí|allá|lì|là|ali|lá|daar|tam|där|orada|oradan)(?![\p{L}])|هناك|那里|那邊|そちら|あちら/iu);
const ANSWER = fold(/(?:^|[^\p{L}])(?:sort\p{L}*|fix\p{L}*|resol\p{L}*|risolv\p{L}*|oploss\p{L}*|lös\p{L}*|çöz\p{L}*|answer\p{L}*|repl(?:y|ies)|respond\p{L}*|handle|beantwort\p{L}*|antwort\p{L}*|klären|bearbeit\p{L}*|répond\p{L}*|trait\p{L}*|contest\p{L}*|rispond\p{L}*|gest\p{L}*|organizz\p{L}*|respond\p{L}*|atend\p{L}*|antwoord\p{L}*|beantwoord\p{L}*|afhandel\p{L}*|regel\p{L}*|odpowi\p{L}*|obsług\p{L}*|załatw\p{L}*|besvar\p{L}*|svar\p{L}*|hjälp\p{L}*|yanıt\p{L}*|cevap\p{L}*|نرد|نجيب|سنرد)(?![\p{L}])|回复|答复|回答|处理|解决|お答え|承り|対応/iu);

const PART_BREAK = /[;；:：]/u;

function sentenceFrom(text: string, from: number, limit: number): number {
  let b = from;
  while (b < text.length && b - from < limit && !SENTENCE_END.test(text[b]!)) b++;
  return b;
}

/** The match at [start, end) names where the buyer wrote, seen there and answered here. */
export function seenThere(text: string, start: number, end: number, refuses: (s: string) => boolean): boolean {
  let a = start;
  while (a > 0 && start - a < LIMIT && !SENTENCE_END.test(text[a - 1]!)) a--;
  const b = sentenceFrom(text, end, LIMIT);
  // the seeing and the buyer's words around the name itself, in its part of the sentence: a second mention further
  // on ("...; but join our Facebook group") is not told back
  let l = start;
  while (l > a && start - l < 100 && !PART_BREAK.test(text[l - 1]!)) l--;
  let r = end;
  while (r < b && r - end < 60 && !PART_BREAK.test(text[r]!)) r++;
  const part = text.slice(l, r);
  if (!SEEN.test(part) || !(BUYER.test(part) || BUYER_WORDS.test(part)) || INVITE.test(text.slice(a, start))) return false;
  // the rest of the name's sentence and the next one
  let c = b < text.length ? sentenceFrom(text, b + 1, LIMIT) : b;
  if (c - b < 3 && c < text.length) c = sentenceFrom(text, c + 1, LIMIT);
  const rest = text.slice(end, c);
  // "... send us a DM there", "schreiben Sie uns dort": sent back where the buyer wrote
  for (const m of rest.matchAll(new RegExp(THERE.source, 'giu'))) {
    let x = m.index;
    while (x > 0 && m.index - x < 40 && !SENTENCE_END.test(rest[x - 1]!)) x--;
    if (INVITE.test(rest.slice(x, sentenceFrom(rest, m.index + m[0].length, 30)))) return false;
  }
  if (KEEP_HERE.test(rest) || RULE_HERE.test(rest)) return true;
  // "... please just tell us here", "请直接在这里说": the buyer asked to write here
  if (HERE.test(rest) && (ONLY.test(rest) || ANSWER.test(rest) || refuses(rest) || INVITE.test(rest) || PLEASE.test(rest))) return true;
  return THERE.test(rest) && refuses(rest);
}

// 'You wrote "can I just pay you on PayPal?": no, only through Amazon', «Vous demandiez « puis-je payer par Lydia ? »
// : ce n'est pas possible»: the name inside the buyer's own words quoted back, answered after the quote by a refusal
// or by keeping to Amazon.
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '„': '“”"', '«': '»', '»': '«»', '”': '”', '「': '」', '『': '』', '‹': '›' };

export function quotedBack(text: string, start: number, end: number, refuses: (s: string) => boolean): boolean {
  let q = start - 1;
  while (q >= 0 && start - q < 150 && CLOSING[text[q]!] === undefined && text[q] !== '\n') q--;
  const open = text[q];
  if (q < 0 || open === undefined || CLOSING[open] === undefined) return false;
  if (open === '"' && (text.slice(q + 1, start).includes('"'))) return false;
  if (!SEEN.test(text.slice(Math.max(0, q - 40), q)) && !SEEN.test(text.slice(q, q + 160).replace(/^[^」”"»]*./u, '').slice(0, 12))) return false;
  let c = end;
  while (c < text.length && c - end < 150 && !CLOSING[open].includes(text[c]!)) c++;
  if (c >= text.length || !CLOSING[open].includes(text[c]!)) return false;
  const rest = text.slice(c + 1, sentenceFrom(text, sentenceFrom(text, c + 1, LIMIT) + 1, LIMIT));
  return ((ONLY.test(rest) || refuses(rest)) && PLACE.test(rest)) || RULE_HERE.test(rest) || KEEP_HERE.test(rest) ||
    (refuses(rest) && !NO_PROBLEM.test(rest));
}

// Amazon's rule quoted: 'Laut Amazon-Richtlinie ist es „untersagt, … wie PayPal oder Überweisung hinzuweisen"',
// 'Según la política de Amazon, "no está permitido … con PayPal o Bizum"': a name inside a quotation that refuses,
// with Amazon or its rules named just before the quotation, is the rule read out.
const RULE_SOURCE = /amazon|richtlinie|policy|policies|rules?|terms|política|politique|règle|regla|regole|regolament|regels|richtlijn|zasad|regulamin|regler|villkor|kural|規約|规则|規則|规定|سياسة|قواعد|شروط/iu;

export function quotedRule(text: string, start: number, end: number, refuses: (s: string) => boolean): boolean {
  let q = start - 1;
  while (q >= 0 && start - q < 200 && CLOSING[text[q]!] === undefined && text[q] !== '\n') q--;
  const open = text[q];
  if (q < 0 || open === undefined || CLOSING[open] === undefined) return false;
  if (open === '"' && text.slice(q + 1, start).includes('"')) return false;
  let c = end;
  while (c < text.length && c - end < 200 && !CLOSING[open].includes(text[c]!) && text[c] !== '\n') c++;
  if (c >= text.length || !CLOSING[open].includes(text[c]!)) return false;
  return RULE_SOURCE.test(text.slice(Math.max(0, q - 80), q)) && refuses(text.slice(q + 1, c));
}
