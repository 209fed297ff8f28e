// Two ways of steering a review that name it only once, in a sentence of its own:
// - asking the buyer to come to the seller first or instead ("Not happy? Tell us here first", "falls nicht,
//   schreiben Sie uns bitte vorher", "proszę nie pisać opinii, tylko od razu do nas") while a review is in view;
// - asking to change or take down "it" right after the review was named ("We saw your two-star rating. If you
//   change it, ...", "Si la subes, ...", "Jeśli ją Pan zmieni, ...").
// - splitting buyers by how they feel: the happy ones to the review, the unhappy ones to the seller ("Happy? Leave a
//   review. Not happy? Message us.", "满意的话请给个评价，不满意请联系我们").
// All need the review named in the same sentence or the one before, and neither counts when refused or quoted.
import type { Hit } from '../hit.ts';
import type { MappedText } from '../mapped-text.ts';
import { matches } from '../matches.ts';
import { REVIEW, THANKS, notAskedNear } from '../phrases/review.ts';
import { NEGATION_BEFORE, narrowed, refused } from '../phrases/build.ts';
import { ANY_WORD_STARTS, type WordStarts } from '../phrases/prefixes.ts';
import { refusedInSentence, sentenceAfter, sentenceAt, sentenceBefore, type Range } from './sentences.ts';

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';
// "first", "before", "instead", "rather" — with the seller as the one to write to, in the same clause.
const FIRST = new RegExp(`${L}(?:first|beforehand|instead|rather|zuerst|vorher|erst|zunächst|stattdessen|lieber|d['’]abord|avant|plutôt|en\\s+premier|antes|primero|prima|invece|primeiro|em\\s+vez|eerst|liever|najpierw|wcześniej|od\\s+razu|zamiast|först|hellre|istället|i\\s+stället|önce|yerine|أولاً|أولا|اولا|بدلاً|بدلا|قبل)${R}|先|まず|前に`, 'iu');
// "us" as the one written to: French "nous", Italian "noi" and Chinese "我们" are also the subject ("nous vous écrirons").
const TO_US = new RegExp(`${L}(?:us|uns|à\\s+nous|(?:écrivez|contactez|dites|parlez|prévenez|appelez|écris|contacte|dis|parle)-nous|nous\\s+(?:écrire|contacter|le\\s+dire|en\\s+parler|prévenir|joindre)|nos|a\\s+nosotros|a\\s+noi|da\\s+noi|ci|conosco|nós|ons|nas|oss|bize|bizimle|لنا|معنا|راسلنا|كلمنا|خبرنا|أخبرنا)${R}|(?:hear|hören|entendre|ouvir|horen|usłyszeć|höra)\\s+(?:it|es|det|het|from\\s+you)?|a\\s+gente|nos\\s+chame|dites-le-nous|dis-le-nous|ce\\s+lo\\s+dica|ce\\s+lo\\s+dite|diccelo|díganoslo|dígannoslo|cuéntenoslo|escríbanoslo|por\\s+aqu[ií]|(?:tell|say|sag|sagen|dica|dite|dites|diga|dígalo|fale|zeg|vertel|powiedz|säg|berätta|söyle|anlat)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:here|hier|ici|aquí|qui|aqui|tutaj|här|burada)(?![\\p{L}])|let['’]s\\s+talk|cuéntanoslo|dínoslo|escríbenos|contáctanos|avísanos|diccelo|scriveteci|scrivici|contattaci|fale\\s+conosco|hör\\s+(?:\\p{L}+\\s+)?av\\s+dig|(?:reply|write|message|antworten|schreiben|répondez|écrivez|responda|escriba|risponda|scriva|escreva|antwoord|schrijf|odpowiedz|napisz|svara|skriv|yanıtlayın|yazın)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:here|hier|ici|aquí|qui|aqui|tutaj|här|burada)(?![\\p{L}])|reach\\s+out|get\\s+in\\s+touch|message\\s+me|melden\\s+sie\\s+sich|neem\\s+(?:\\p{L}+\\s+)?contact|odezwij\\s+się|daj(?:cie)?\\s+znać|ulaşın|(?:联系|告诉|找|给|通知)我们|跟我们|和我们|当店|弊社|私ども|ご連絡|お知らせ|ご相談`, 'iu');
// A rating named without a review word ("your two-star note") or a review asked for as "say it on Amazon".
const RATED = /(?:^|[^\p{L}])(?:note|nota|puntu\p{L}*|estrellas?|betyg\p{L}*|ocen\p{L}*|puan\p{L}*|stars?|étoiles|sterne|estrellas|stelle|estrelas|sterren|gwiazd\p{L}*|stjärn\p{L}*|yıldız\p{L}*|rating|rate\s+us|(?:say|tell|share|write|dites|dis|cuéntalo|dilo|dillo|raccontalo|berätta|vertel|conte|diga|napisz|sag|sagen|erzähl)\p{L}*[^.!?。！？]{0,20}?(?:on|auf|sur|en|su|na|op|på|bei|no)\s+amazon)(?![\p{L}])/iu;
const CLAUSE = /[,;，、:：—–]|\s-\s/u;

const CHANGE_IT = new RegExp([
  `${L}(?:take|bring)\\s+it\\s+down${R}`, `${L}(?:reconsider|rethink)(?=\\s*(?:[.!?]|$))`, `${L}(?:change|update|edit|remove|delete|revise|amend|raise|bump|adjust)\\s+(?:it|that)${R}`,
  `${L}(?:la|le|l['’])\\s*(?:modifier|modifiez|changer|changez|mettre\\s+à\\s+jour|supprimer|supprimez|retirer|retirez|revoir|remonter)${R}`,
  `${L}(?:la|lo)\\s+(?:subes|subas|sube|suba|cambias|cambies|cambia|modificas|modifiques|modifica|quitas|quites|borras|borres|actualizas|actualices|eliminas|elimines)${R}`,
  `${L}(?:subirla|cambiarla|modificarla|quitarla|borrarla|actualizarla|eliminarla|modificarla|aggiornarla|cambiarla|toglierla|rimuoverla|cancellarla|mudá-la|alterá-la|atualizá-la|apagá-la|tirá-la|removê-la)${R}`,
  `${L}(?:la|lo|l['’])\\s*(?:modifica|modificasse|modificherebbe|aggiorna|aggiornasse|aggiornerebbe|cambia|cambiasse|toglie|togliesse|rimuove|rimuovesse|cancella)${R}`,
  `${L}(?:a|o)\\s+(?:mudar|muda|alterar|altera|apagar|apaga|tirar|tira|remover|atualizar|atualiza)${R}`,
  `${L}(?:sie|es|diese|die)\\s+(?:\\p{L}+\\s+){0,2}?(?:ändern|anpassen|löschen|entfernen|rausnehmen|herausnehmen|zurückziehen|aktualisieren|überarbeiten)${R}`,
  `${L}(?:wieder\\s+)?(?:rausnehmen|herausnehmen)${R}`,
  `${L}(?:hem|het|die|deze)\\s+(?:\\p{L}+\\s+){0,2}?(?:aanpassen|aanpast|wijzigen|wijzigt|verwijderen|verwijdert|weghalen|weghaalt|bijwerken|bijwerkt)${R}`,
  `${L}(?:ją|go)\\s+(?:\\p{L}+\\s+){0,2}?(?:zmieni\\p{L}*|usun\\p{L}*|popraw\\p{L}*|edytu\\p{L}*|zaktualizu\\p{L}*|podwyższ\\p{L}*)`,
  `${L}(?:ändrar|ändra|tar\\s+bort|ta\\s+bort|uppdaterar|uppdatera|höjer|höja|justerar)\\s+(?:du\\s+|ni\\s+)?(?:det|den|dem)${R}`,
  `${L}(?:değiştir|kaldır|sil|güncelle|düzelt|yükselt)\\p{L}*`,
  '(?:تعدل|تعديل|تغيير|تغير|تحذف|حذف|تزيل|إزالة|ترفع)(?:ه|ها)', '(?:修改|删除|删掉|撤掉|撤回|更新|改)一下', '(?:変更|修正|削除|更新|取り下げ)(?:して|いただ|を)',
].join('|'), 'iu');
// The change is asked of the buyer: a condition, a request or a question.
const ASKED = new RegExp(`${L}(?:(?:ändrar|tar|uppdaterar|höjer)\\s+(?:du|ni)|if|could|would|can|please|wenn|falls|könnten|würden|bitte|si|pourriez|pouvez|voudriez|acceptez|se|potrebbe|può|puoi|potresti|por\\s+favor|pode|poderia|podría|puedes|podrías|als|zou|kunt|kun|jeśli|jeżeli|czy|proszę|om|kan|skulle|eğer|rica|lütfen|إذا|اذا|لو|ممكن)${R}|sanız|seniz|如果|能否|可以|请|麻烦|いただけ|ください|もし|\\?|？`, 'iu');

export function findReviewSteering(view: MappedText, starts: WordStarts = ANY_WORD_STARTS): Hit[] {
  const text = view.text;
  const out: Hit[] = [];
  // the review named in this sentence or one of the two before ("Loved it? Say so on Amazon! Disappointed? Tell us first.")
  const reviewed = (s: Range): boolean => {
    const before = sentenceBefore(text, s);
    const earlier = before && sentenceBefore(text, before);
    return [s, before, earlier].some((r) => r && (has(REVIEW, text.slice(r.start, r.end)) || RATED.test(text.slice(r.start, r.end))));
  };
  const add = (s: Range, a: number, b: number, hint: Hit['hint']) => {
    if (refused(text, a, b) || refusedInSentence(text, s, a, b)) return;
    out.push(hit(a, b, hint));
  };
  const hit = (a: number, b: number, hint: Hit['hint']): Hit =>
    ({ start: view.from[a]!, end: view.to[b - 1]!, kind: 'review-manipulation', rule: 'REVIEW-POLICY', hint, severity: 'block' });
  const seen = new Set<number>();
  // Only the text around a named review is searched: "first" and "change it" are common words in a long draft.
  const around = windows(text, narrowed(REVIEW, starts));
  if (!around.length) return out;
  for (const w of around) {
    for (const re of [FIRST_G, CHANGE_IT_G]) {
      for (const m of inWindow(re, text, w)) {
        if (m[0].length === 0) continue;
        const s = sentenceAt(text, m.index);
        const key = s.start * 2 + (re === FIRST_G ? 0 : 1);
        if (seen.has(key)) continue;
        const a = m.index;
        const b = a + m[0].length;
        if (re === FIRST_G) {
          // the clause around "first" must name the seller as the one to write to
          const clause = clauseAround(text, s, a, b);
          if (!TO_US.test(text.slice(clause.start, clause.end)) || !reviewed(s) && !nextReviewed(s)) continue;
          // "Wir prüfen zuerst ... und melden uns": the seller doing something first asks nothing of the buyer
          if (WE_FIRST.test(text.slice(clause.start, a)) && !PREFER.test(text.slice(clause.start, clause.end))) continue;
          // "we never ask you to write to us first": refused before the cue in its clause. A negation after it
          // ("first, and not with a review") or in another clause ("please don't write a review, just come to us")
          // is the steering.
          if (NEGATION_BEFORE.test(text.slice(clause.start, a))) continue;
          seen.add(key);
          out.push(hit(clause.start, clause.end, 'review-happy-only'));
        } else {
          // the sentence's own end is where a question shows: "Wäre es möglich, sie zu löschen?"
          if (!reviewed(s) || !ASKED.test(text.slice(s.start, Math.min(text.length, s.end + 1)))) continue;
          // "İsterseniz güncelleyebilirsiniz; tamamen size kalmış": the change left to the buyer
          if (notAskedNear(text, s, a, b)) continue;
          seen.add(key);
          add(s, a, b, 'review-change');
        }
      }
    }
  }
  // the split: an unhappy branch sent to the seller, after a happy branch that holds (or precedes) the review
  for (const w of around) {
    for (const m of inWindow(HAPPY, text, w)) {
      // "happy to help", "ravi de", "lieti di": willingness, not the buyer's mood
      if (WILLING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      const s = sentenceAt(text, m.index);
      const next = sentenceAfter(text, s);
      if (!has(REVIEW, text.slice(s.start, (next ?? s).end)) && !RATED.test(text.slice(s.start, (next ?? s).end))) continue;
      // the unhappy branch: in this sentence after the happy one, or in the next two sentences
      const limit = Math.min(text.length, (next ? sentenceAfter(text, next) ?? next : s).end + 1);
      const rest = text.slice(m.index + m[0].length, limit);
      const sad = UNHAPPY.exec(rest);
      if (!sad) continue;
      const at = m.index + m[0].length + sad.index;
      const branch = sentenceAt(text, at);
      const after = sentenceAfter(text, branch);
      const tail = text.slice(at, (after ?? branch).end);
      const key = branch.start * 2;
      if (seen.has(key) || !TO_US.test(tail)) continue;
      seen.add(key);
      out.push(hit(at + (/^[^\p{L}\p{N}]/u.test(sad[0]) ? 1 : 0), (after ?? branch).end, 'review-happy-only'));
    }
  }
  // the unhappy branch alone, with the review and the seller in its sentence: "Se la borsa non la convince, non serve
  // scrivere recensioni: ci mandi un messaggio", "if it's not right, skip the review and message us"
  for (const w of around) {
    for (const m of inWindow(UNHAPPY_G, text, w)) {
      const s = sentenceAt(text, m.index);
      const key = s.start * 2;
      if (seen.has(key)) continue;
      const sentence = text.slice(s.start, s.end);
      if (!has(REVIEW, sentence) && !RATED.test(sentence)) continue;
      if (!TO_US.test(text.slice(m.index + m[0].length, s.end)) || NEGATION_BEFORE.test(text.slice(s.start, m.index))) continue;
      seen.add(key);
      out.push(hit(s.start + (/^[^\p{L}\p{N}]/u.test(m[0]) ? 1 : 0), s.end, 'review-happy-only'));
    }
  }
  return out;

  function nextReviewed(s: Range): boolean {
    const n = s.end < text.length ? sentenceAt(text, Math.min(text.length - 1, s.end + 1)) : null;
    return n !== null && n.start > s.start && has(REVIEW, text.slice(n.start, n.end));
  }
}

const HAPPY = /(?:^|[^\p{L}])(?:happy|satisfied|pleased|loved?|enjoy\p{L}*|zufrieden|gefällt|satisfaite?s?|contente?s?|ravie?s?|contento|contenta|satisfech[oa]s?|gust\p{L}+|soddisfatt[oaie]|piace|piaciut[oa]|gostou|satisfeit[oa]s?|tevreden|blij|zadowolon\p{L}*|podoba|nöjd\p{L}*|glad|gillade|memnun|beğendi\p{L}*|راض\p{L}*|سعيد\p{L}*|أعجبك)(?![\p{L}])|满意|喜欢|満足|気に入/giu;
const UNHAPPY = /(?:^|[^\p{L}])(?:(?:if|wenn|falls|si|se|als|om|jeśli|eğer)\s+(?:not|nicht|no|non|não|niet|nie|inte|değil)|otherwise|sonst|sinon|altrimenti|senão|annars|not\s+(?:happy|satisfied|pleased)|unhappy|dissatisfied|disappointed|nicht\s+zufrieden|unzufrieden|pas\s+satisfaite?s?|déçue?s?|no\s+(?:lo\s+|la\s+)?(?:estás|está|te\s+gust\p{L}*|le\s+gust\p{L}*)|insatisfech[oa]s?|non\s+(?:è\s+)?soddisfatt[oaie]|non\s+le\s+piace|não\s+gost\p{L}*|insatisfeit[oa]s?|niet\s+tevreden|ontevreden|niezadowolon\p{L}*|nie\s+podoba|inte\s+nöjd|missnöjd|memnun\s+değil\p{L}*|غير\s+راض\p{L}*|لم\s+يعجبك|(?:är|skulle)\s+du\s+inte\s+(?:det|nöjd)|still\s+(?:having\s+)?(?:trouble|problems|issues)|not\s+(?:quite\s+)?(?:right|what\s+you\s+expected)|something\s+(?:is\s+|went\s+)?wrong|(?:etwas|was)\s+nicht\s+(?:passen|passt|stimmt|in\s+ordnung)|qualcosa\s+non\s+va|algo\s+(?:no\s+va|falla|no\s+funciona)|quelque\s+chose\s+ne\s+va\s+pas|algo\s+(?:não\s+deu\s+certo|deu\s+errado)|iets\s+niet\s+(?:goed|in\s+orde)|coś\s+nie\s+tak|något\s+(?:är\s+)?fel|bir\s+sorun|any\s+(?:issues|problems|trouble)|not\s+working|noch\s+probleme|encore\s+(?:un|des)\s+problèmes?|(?:algún|algun)\s+problema|ancora\s+problemi|ainda\s+com\s+problema|nog\s+problemen|nadal\s+problem\p{L}*|fortfarande\s+problem|hâlâ\s+sorun\p{L}*|(?:sind|wären)\s+sie\s+(?:es\s+)?nicht|if\s+you\s+(?:are\s+not|aren['’]t|were\s+not|weren['’]t|don['’]t\s+(?:like|love))|if\s+(?:it|something|anything)\s+(?:is\s+not|isn['’]t|doesn['’]t|is\s+wrong|went\s+wrong)|non\s+(?:la\s+|lo\s+|le\s+|vi\s+|ti\s+)?convinc\p{L}*|nicht\s+überzeugt|ne\s+vous\s+(?:convient|plaît)\s+pas|no\s+(?:le\s+|te\s+)?convence|não\s+(?:te\s+|lhe\s+|o\s+|a\s+)?convence\p{L}*|niet\s+(?:overtuigd|bevalt)|nie\s+przekonuje|inte\s+övertygad)(?![\p{L}])|不满意|不喜欢|ご不満|満足いただけ(?:ない|なかった)|気に入らな/iu;
const UNHAPPY_G = new RegExp(UNHAPPY.source, 'giu');
// The seller as the subject of the clause: "we", "wir", "nous", "我们" before the cue.
const WE_FIRST = /(?:^|[^\p{L}])(?:we|wir|wij|my|vi|biz|نحن)(?![\p{L}])|我们|弊社では|当店では/iu;
// ... unless the seller says what they would rather: "we'd rather hear it here first", "vi vill hellre höra".
const PREFER = /rather|prefer|hellre|liever|lieber|plutôt|prefer\p{L}*|wolel\p{L}*|tercih|hear|hören|entendre|ouvir|horen|höra|sentir|usłysze\p{L}*|宁愿|希望/iu;
const WILLING = /^\s*(?:to|zu|de|d['’]|di|em|te|att)(?![\p{L}])/iu;
const FIRST_G = new RegExp(FIRST.source, 'giu');
const CHANGE_IT_G = new RegExp(CHANGE_IT.source, 'giu');
const RATED_G = new RegExp(RATED.source.replace('(?:^|[^\\p{L}])', '(?<![\\p{L}])'), 'giu');
const REACH = 600;

/** Stretches of the draft within REACH of a named review or rating, merged where they overlap. */
function windows(text: string, review: RegExp | null): Range[] {
  const at: number[] = [];
  const thanked: Range[] = [];
  for (const m of matches(THANKS, text)) thanked.push({ start: m.index, end: m.index + m[0].length });
  // a review thanked for is there already: it opens no window
  // both in text order, the thanks apart from each other: only the first that ends after a review can hold it
  let k = 0;
  if (review) {
    for (const m of matches(review, text)) {
      while (k < thanked.length && thanked[k]!.end <= m.index) k++;
      if (!(k < thanked.length && thanked[k]!.start <= m.index)) at.push(m.index);
    }
  }
  for (const m of matches(RATED_G, text)) at.push(m.index);
  at.sort((x, y) => x - y);
  const out: Range[] = [];
  for (const p of at) {
    const start = Math.max(0, p - REACH);
    const end = Math.min(text.length, p + REACH);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end); else out.push({ start, end });
  }
  return out;
}

// Each window is searched with this much of the draft on either side, so that what a match looks at around it is
// there (a look-behind before the window, the rest of a match that starts near its end); a match found is then tried
// on the whole draft at its place, which gives the same match or none. Only the windows are searched, however long
// the draft and however far from a window the next match of a cue would be.
const MARGIN = 400;
const anchored = new WeakMap<RegExp, RegExp>();

/** The matches of `re` (global) a search of the draft from w.start finds before w.end, one after another. */
function* inWindow(re: RegExp, text: string, w: Range): Generator<RegExpExecArray> {
  let at = anchored.get(re);
  if (!at) { at = new RegExp(re.source, re.flags.replace('g', '') + 'y'); anchored.set(re, at); }
  const from = Math.max(0, w.start - MARGIN);
  const part = text.slice(from, Math.min(text.length, w.end + MARGIN));
  for (let k = w.start - from; k <= part.length;) {
    re.lastIndex = k;
    const m = re.exec(part);
    re.lastIndex = 0;
    if (!m || from + m.index >= w.end) return;
    at.lastIndex = from + m.index;
    const whole = at.exec(text);
    at.lastIndex = 0;
    // a match only the cut-out part has (its end read as the draft's): none here, the next place
    if (!whole) { k = m.index + 1; continue; }
    k = m.index + Math.max(1, whole[0].length);
    yield whole;
  }
}

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
}

function clauseAround(text: string, s: Range, a: number, b: number): Range {
  let start = a;
  while (start > s.start && !CLAUSE.test(text[start - 1]!)) start--;
  let end = b;
  while (end < s.end && !CLAUSE.test(text[end]!)) end++;
  // the clause before, when this one is only "first" and its verb ("schreiben Sie uns bitte vorher")
  if (start > s.start && end - start < 12) { start--; while (start > s.start && !CLAUSE.test(text[start - 1]!)) start--; }
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}
