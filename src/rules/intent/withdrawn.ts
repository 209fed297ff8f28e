// Which earlier asks a buyer message takes back ("bitte NICHT stornieren", "oubliez ma demande", "never mind the
// refund, it came"). The model reads each message on its own, so it cannot tell that a later message cancels an
// earlier ask; the case context needs that across messages. Read with the same words the model's features use
// (negations.ts, the concepts "ignore" and "no-longer"), so every marketplace language is covered.
import type { BuyerIntent } from '../../model.ts';
import { conceptsOf } from './concept-match.ts';
import { CONCEPTS } from './concepts.ts';
import { asksRefundOrReship } from './refund-ask.ts';
import { NEGATIONS, WITHDRAW_AFTER } from './negations.ts';
import { foldText } from './text-map.ts';
import type { SignalIntent } from './types.ts';

export interface Withdrawal {
  /** Asks named and negated or taken back ("don't cancel", "forget the address change"). */
  named: SignalIntent[];
  /** Takes back the earlier ask without naming it ("oubliez ma demande", "never mind"). */
  all: boolean;
  /** Takes back a money-back or send-another ask: names the refund under a take-back, or says the parcel came. */
  refund: boolean;
  /** Asks said plainly after the last whole take-back ("never mind — cancel it"): the message asks them anew. */
  reasked: SignalIntent[];
  /** Asks this same message takes back. A cancel said plainly before an outright take-back, none after it, and the
   * order kept after the take-back ("je voulais annuler … mais finalement non, oubliez ça : je la garde"). A return
   * whose every mention is taken back (returnTakenBack): "forget the return, just send a working one", "ich wollte es
   * zurückschicken, aber vergessen Sie das"; or declined for part of the money (returnDeclined). A cancel the buyer
   * had meant and gave up when the parcel went out, a return asked instead (cancelSuperseded). An address change taken
   * back with the address on the order said right (addressKept), or a cancel declined with the order told to go ahead
   * (goesAheadAsIs: no cancel, no change). */
  takenBackHere: readonly SignalIntent[];
  /** The return taken back is given up for a fix (a part or a new one sent, part of the money, a fault named): what
   * such a message reports is a fault, for decide.ts to offer when nothing else holds. */
  forFix: boolean;
}

/** The asks a concept names; asks that are reports ("not received") are not taken back by a negation. */
const ASKED: Readonly<Record<string, readonly SignalIntent[]>> = {
  cancel: ['cancel'],
  address: ['address-change'],
  'send-to': ['address-change'],
  'return-ask': ['return'],
  'contact-off': ['off-amazon'],
};
/** The parcel came: an earlier "where is it" or "not received" no longer holds. */
const ARRIVED = new Set(['arrive', 'receive', 'delivered']);
const TAKE_BACK = new Set(['ignore', 'no-longer']);
/** "Gardez l'adresse", "keep the address": the address stays as it is. */
const KEEPS = new Set(['address-change']);
/** "I'll keep the order after all", "ik wil de bestelling toch houden": keeping the order takes back a cancel. The verbs
 * and the word for an order by language, folded as text-map.ts folds (Latin words whole or by their start, Arabic
 * inside a word). Narrower than the concept "keep": "garden" is no "garde", and Polish "zatrzymać zamówienie" stops
 * an order. */
const KEEP_VERB = /^(?:keep|keeping|behalt\w*|garde|gardons|garderai|garderons|gardez|quedo|quedare|quedamos|tenere|teniamo|fico|ficar|ficamos|manter|mantenho|houd|houden|zostaw\w*|behall\w*|tutuyorum|tutacag\w*)$/u;
const KEEP_IN_WORD = ['احتفظ'];
const ORDER_STEMS = ['order', 'bestellung', 'commande', 'pedido', 'ordine', 'encomenda', 'bestelling', 'zamowien',
  'bestallning', 'siparis'];
const ORDER_IN_WORD = ['طلب'];
const isKeepWord = (w: string) => KEEP_VERB.test(w) || KEEP_IN_WORD.some((s) => w.includes(s));
const isOrderWord = (w: string) => ORDER_STEMS.some((s) => w.startsWith(s)) || ORDER_IN_WORD.some((s) => w.includes(s));

// Only the plain "keep the order" ends its clause with it: "keep me posted on the order", "behalten Sie die Bestellung
// zurück", "gardez la commande bloquée", "behålla beställningen tills ..." hold or watch the order, they keep no cancel
// from being asked. Between the verb and the order, only an article or "with" ("me quedo con el pedido"); around
// them, only words that say "after all".
const ORDER_ARTICLE = new Set(['the', 'my', 'this', 'that', 'die', 'meine', 'diese', 'la', 'le', 'l', 'ma', 'mon', 'cette',
  'el', 'mi', 'este', 'con', 'il', 'mio', 'questo', 'lo', 'a', 'o', 'minha', 'meu', 'essa', 'esse', 'com', 'de', 'mijn',
  'deze', 'het', 'moje', 'to', 'min', 'mitt', 'den']);
const AFTER_ALL = new Set(['after', 'all', 'anyway', 'then', 'toch', 'graag', 'gewoon', 'wel', 'doch', 'dann', 'finalement',
  'alors', 'al', 'final', 'finalmente', 'alla', 'fine', 'pois', 'entao', 'jednak', 'anda', 'anyways', 'ya', 'yine',
  'de', 'im', 'ende', 'enfin', 'sonunda', 'aslinda', 'ik', 'ich', 'je', 'i', 'ill', 'will', 'wil', 'wir', 'we']);

/** Keeping the order, not negated, said plainly: the keep verb and the order's word next to each other (an article
 * between them), the clause ending there or with "after all"; either order (Dutch and German put the verb last). */
function keepsOrder(tokens: readonly Token[], neg: readonly boolean[]): boolean {
  const endsClause = (from: number, clause: number) => {
    for (let j = from; j < tokens.length && tokens[j]!.clause === clause; j++) if (!AFTER_ALL.has(tokens[j]!.text)) return false;
    return true;
  };
  return tokens.some((k, i) => {
    if (k.cjk || neg[i] || !isKeepWord(k.text)) return false;
    // Verb first: keep [after all] [article] order [after all].
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.clause === k.clause && j - i <= 3 &&
      (ORDER_ARTICLE.has(tokens[j]!.text) || AFTER_ALL.has(tokens[j]!.text))) j++;
    if (j < tokens.length && tokens[j]!.clause === k.clause && isOrderWord(tokens[j]!.text) && endsClause(j + 1, k.clause)) return true;
    // Verb last: order [after all] keep, the clause ending with the verb.
    if (!endsClause(i + 1, k.clause)) return false;
    for (let o = i - 1; o >= 0 && o >= i - 3 && tokens[o]!.clause === k.clause; o--) {
      if (isOrderWord(tokens[o]!.text)) return true;
      if (!AFTER_ALL.has(tokens[o]!.text)) return false;
    }
    return false;
  });
}

/** Asks (not reports) that a take-back without a name drops. */
const ASKS: ReadonlySet<BuyerIntent> = new Set(['cancel', 'address-change', 'return', 'off-amazon']);

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+|[\p{L}\p{N}]+(?:'t(?![\p{L}]))?/gu;
const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;
const CLAUSE_BREAK = /[.,;:!?。、，！？؟،\n—–]|\s-\s/;
const SENTENCE_BREAK = /[.!?。！？؟\n…]/;
// Chinese negation stands before the ask, Japanese after it (as features.ts reads them).
const ZH_NEG_BEFORE = /[不别別勿]要?$/u;
const JA_NEG_AFTER = /^[^。、！？]*?(?:しないで|ないで|しなくて|しません|は結構|はやめ|やめて)/u;
const SCOPE = 4;
// Turkish negates inside the verb that follows the ask ("iptal etmeyin", "gondermeyin"), as features.ts reads it.
const TR_NEGATED_VERB = /(?:m[ei]y(?:in|iniz|ecegim|elim)|ma(?:y(?:in|iniz|acagim|alim)|d[iu]m)|mi(?:yorum|yoruz)|mu(?:yorum|yoruz)|med[iu]m|madim|memis|mamis)$/u;

interface Token { text: string; clause: number; sentence: number; cjk: boolean }

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0, sentence = 0, last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const gap = text.slice(last, m.index);
    // A sentence break ends a clause too ("Bitte stornieren … doch nicht": the ellipsis parts the ask from its take-back).
    const ends = SENTENCE_BREAK.test(gap);
    if (ends || CLAUSE_BREAK.test(gap)) clause++;
    if (ends) sentence++;
    out.push({ text: m[0], clause, sentence, cjk: CJK_RUN.test(m[0]) });
    last = m.index + m[0].length;
  }
  return out;
}

/** Tokens in the scope of a negation or of a word that takes back what stands before or after it. */
function negatedTokens(tokens: readonly Token[], takeBack: ReadonlySet<number>): boolean[] {
  const neg = tokens.map(() => false);
  const mark = (from: number, to: number, clause: number) => {
    for (let j = Math.max(0, from); j <= to && j < tokens.length; j++) if (tokens[j]!.clause === clause) neg[j] = true;
  };
  tokens.forEach((t, i) => {
    if (t.cjk) return;
    if (NEGATIONS.has(t.text)) mark(i + 1, i + SCOPE, t.clause);
    if (WITHDRAW_AFTER.test(t.text)) mark(i - SCOPE, i - 1, t.clause);
    if (t.text.length > 5 && TR_NEGATED_VERB.test(t.text)) mark(i - 2, i - 1, t.clause);
    if (takeBack.has(i)) mark(i + 1, i + SCOPE + 2, t.clause);
  });
  return neg;
}

/** Whether an ask found at `at` in a Japanese or Chinese run is negated there. */
function cjkNegated(run: string, at: number): boolean {
  return ZH_NEG_BEFORE.test(run.slice(Math.max(0, at - 2), at)) || JA_NEG_AFTER.test(run.slice(at, at + 12));
}

// Having forgotten something is news, not a take-back: "ich hab die Türnummer vergessen", "j'ai oublié le code",
// "esqueci o apartamento", "glömde portkoden" add to an address; only "forget it", "vergessen Sie das", "oubliez ma
// demande" take an ask back. Past forms by language (folded), and the forms that are past only after an auxiliary
// or a first person (German "vergessen" is also the polite imperative, French "oublie" also the familiar one).
const FORGOT = /^(?:dimenticat[oai]$|esqueci|esquecemos|esquecera|esqueceu|zapomnia|glomde|glomt|unuttu|vergeten|vergass|olvido|olvidaron|olvidamos|oubliai)/u;
const FORGOT_AFTER_AUX = /^(?:vergessen|oublie|olvide)$/u;
const AUX_OR_I = new Set(['i', 'ich', 'hab', 'habe', 'hat', 'haben', 'wir', 'j', 'ai', 'as', 'avons', 'avez', 'ont', 'yo',
  'me', 'se', 'he', 'ha', 'hemos', 'han']);
// "Scratch that", "scrap my last message" are said as a command, first in their clause: "a scratch on the lid" and
// "can you scrap the second order" (a cancel) take nothing back.
const COMMAND_ONLY = new Set(['scratch', 'scrap']);
const BEFORE_COMMAND = new Set(['actually', 'please', 'pls', 'plz', 'just', 'oh', 'ok', 'okay', 'sorry', 'so', 'and', 'but', 'um', 'oops']);

function notTakingBack(tokens: readonly Token[], h: { token: number }): boolean {
  const w = tokens[h.token]!.text;
  const clause = tokens[h.token]!.clause;
  if (COMMAND_ONLY.has(w)) {
    const prev = tokens[h.token - 1];
    if (prev !== undefined && prev.clause === clause && !BEFORE_COMMAND.has(prev.text)) return true;
    // "Please scrap my order" asks to cancel; "scrap my last message" takes an ask back.
    let next = h.token + 1;
    while (ORDER_ARTICLE.has(tokens[next]?.text ?? '')) next++;
    return isOrderWord(tokens[next]?.text ?? '');
  }
  if (FORGOT.test(w)) return true;
  if (!FORGOT_AFTER_AUX.test(w)) return false;
  // The German imperative names its "Sie" right after it ("Vergessen Sie das") or before a verb-final infinitive
  // ("die Adresse können Sie vergessen"); a participle stands after "ich hab".
  if (w === 'vergessen' && tokens[h.token + 1]?.text === 'sie') return false;
  let you = false;
  for (let j = Math.max(0, h.token - 6); j < h.token; j++) {
    if (tokens[j]!.clause !== clause) continue;
    if (AUX_OR_I.has(tokens[j]!.text)) return true;
    if (tokens[j]!.text === 'sie') you = true;
  }
  return w === 'vergessen' && !you && (tokens[h.token + 1]?.clause ?? -1) !== clause;
}

// A take-back said in several words ("lasciate perdere", "laissez tomber"): its own words name no ask ("perdere" is
// also a stem of "leak").
const TAKE_BACK_PHRASES = (CONCEPTS.ignore ?? []).filter((s) => s.includes(' ')).map((s) => s.split(' '));

/** The last token of the take-back phrase that starts at `i`. */
function phraseEnd(tokens: readonly Token[], i: number): number {
  for (const words of TAKE_BACK_PHRASES) {
    if (words.every((w, k) => k === words.length - 1 ? tokens[i + k]?.text.startsWith(w) : tokens[i + k]?.text === w)) return i + words.length - 1;
  }
  return i;
}

// What the buyer had wanted or was going to do, by language (folded): the ask after it is told, not made.
const WANTED = new Set(['wanted', 'was', 'were', 'had', 'wollte', 'wollten', 'voulais', 'voulait', 'voulions', 'queria', 'queriamos',
  'volevo', 'volevamo', 'wilde', 'wou', 'chcialem', 'chcialam', 'chcielismy', 'ville', 'tankte', 'istemistim', 'istiyordum',
  'كنت', 'اردت', 'أردت']);

function wantedBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3 && tokens[j]!.clause === tokens[at]!.clause; j--) if (WANTED.has(tokens[j]!.text)) return true;
  return false;
}

// "If", by language (folded): a take-back in a sentence that opens with one ("if it has shipped, never mind") holds
// only in the case it names.
const IF_WORDS = new Set(['if', 'si', 'wenn', 'falls', 'se', 'als', 'indien', 'jesli', 'jezeli', 'om', 'ifall', 'eger',
  'اذا', 'إذا', 'لو']);

const YES_ACCENTED = /(?<![\p{L}])s[íì](?![\p{L}])/giu;

// "If you please" asks, it sets no case: Arabic "لو سمحت / لو سمحتم", English "if you please".
const PLEASE_AFTER_IF = /^(?:سمح|please$)/u;

function conditional(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && tokens[j]!.sentence === tokens[at]!.sentence; j--) {
    if (!IF_WORDS.has(tokens[j]!.text)) continue;
    const next = tokens[j + 1]?.text ?? '';
    if (PLEASE_AFTER_IF.test(next) || (next === 'you' && tokens[j + 2]?.text === 'please')) continue;
    return true;
  }
  return false;
}

/** What `text` takes back of what the buyer asked before it. */
export function withdrawalOf(text: string): Withdrawal {
  // The accent tells the Spanish and Italian "yes" (sí, sì) from "if" (si), which folding would make one word: "sí nos
  // la quedamos" keeps the order, it does not make keeping it a case.
  const tokens = tokensOf(foldText(text.replace(YES_ACCENTED, 'yes')).text);
  const hits = conceptsOf(tokens);
  const takeBack = new Set(hits.filter((h) => TAKE_BACK.has(h.concept) && !tokens[h.token]!.cjk && !notTakingBack(tokens, h)).map((h) => h.token));
  const neg = negatedTokens(tokens, takeBack);
  const keptAt = [...hits.filter((h) => h.concept === 'keep' && !tokens[h.token]!.cjk).map((h) => h.token),
    ...keptInOtherWords(tokens)];
  const kept = (i: number) => keptAt.some((k) => i > k && i <= k + SCOPE && tokens[k]!.clause === tokens[i]!.clause);
  const negated = new Set<SignalIntent>(), asked = new Set<SignalIntent>();
  const plainAt: { intent: SignalIntent; token: number; at: number }[] = [];
  let arrived = false, reportsMissing = false, refundBack = false;
  for (const h of hits) {
    const tok = tokens[h.token]!;
    const isNeg = tok.cjk ? cjkNegated(tok.text, h.at) : neg[h.token]!;
    if (ARRIVED.has(h.concept)) {
      if (isNeg) reportsMissing = true; else arrived = true;
      continue;
    }
    if (h.concept === 'refund' && isNeg) refundBack = true;
    for (const intent of ASKED[h.concept] ?? []) {
      const takenBack = isNeg || (KEEPS.has(intent) && !tok.cjk && kept(h.token));
      (takenBack ? negated : asked).add(intent);
      if (!takenBack) plainAt.push({ intent, token: h.token, at: h.at });
    }
  }
  // Keeping the order, not negated ("ik wil de bestelling toch houden", "je garde la commande"), takes back a cancel.
  if (keepsOrder(tokens, neg)) negated.add('cancel');
  // "don't cancel ... actually, please cancel": an ask said plainly as well stands.
  const named = [...negated].filter((i) => !asked.has(i));
  // "It came" takes back "where is it" only said as news ("never mind, it came", "it finally arrived", "ya llegó"):
  // "it should have been here by the 1st" names the arrival too, as what did not happen.
  const news = hits.some((h) => h.concept === 'ignore' || h.concept === 'already' || h.concept === 'no-longer');
  const came = arrived && news && !reportsMissing;
  if (came) named.push('not-received', 'where-is-my-order');
  // A take-back word whose scope names no ask ("oubliez ma demande", "never mind") takes back the earlier ask.
  const ignores = hits.filter((h) => h.concept === 'ignore' && !tokens[h.token]!.cjk && !notTakingBack(tokens, h)).map((h) => h.token);
  // A take-back whose scope names nothing ("oubliez ma demande", "never mind") takes back the earlier ask; one that
  // names something else ("forget the tracking") or stands beside a parcel still missing does not.
  const wholeAt = ignores.filter((i) => !hits.some((h) => h.token > phraseEnd(tokens, i) && h.token <= i + SCOPE + 2 &&
    tokens[h.token]!.clause === tokens[i]!.clause));
  const all = !reportsMissing && wholeAt.length > 0;
  const lastWhole = Math.max(-1, ...wholeAt);
  // Keeping it, said after the take-back ("never mind, I'll keep it", "oubliez ça : je la garde", "me lo quedo").
  const keepsAfter = keptAt.some((k) => k > lastWhole && !neg[k]);
  // An ask after the take-back is asked anew, unless it is told as what the buyer had wanted ("lasciate perdere, volevo
  // annullare …") or the message goes on to keep the order.
  const reasked = all && !keepsAfter
    ? [...new Set(plainAt.filter((p) => p.token > lastWhole && !wantedBefore(tokens, p.token)).map((p) => p.intent))] : [];
  // A cancel the message itself takes back: a take-back said outright after it ("if it has already gone out, never
  // mind" keeps the ask for the case it names) and the order kept after that. A take-back alone may be about something
  // else ("please cancel. Ignore my previous message").
  const outright = wholeAt.filter((i) => !conditional(tokens, i));
  const lastOutright = Math.max(-1, ...outright);
  const keepsAfterOutright = keptAt.some((k) => k > lastOutright && !neg[k]);
  const takenBackHere = (all && keepsAfterOutright && plainAt.some((p) => p.intent === 'cancel' && p.token < lastOutright) &&
    !plainAt.some((p) => p.intent === 'cancel' && p.token > lastOutright)) ||
    cancelRetracted(tokens, hits, neg, plainAt.filter((p) => p.intent === 'cancel')) ? ['cancel' as SignalIntent] : [];
  const ignoreAt = new Set(hits.filter((h) => h.concept === 'ignore' && takeBack.has(h.token)).map((h) => h.token));
  const takenBack: SignalIntent[] = [...takenBackHere];
  // A cancel named inside a take-back ("ignore my cancel request"), the order kept after it and no cancel asked after.
  const withdrawnAt = takenBackTokens(tokens, takeBack);
  const cancels = hits.filter((h) => h.concept === 'cancel' && !tokens[h.token]!.cjk);
  if (!takenBack.includes('cancel') && cancels.some((c) => withdrawnAt[c.token]) &&
    !plainAt.some((p) => p.intent === 'cancel' && p.token > Math.max(...cancels.filter((c) => withdrawnAt[c.token]).map((c) => c.token))) &&
    keptAt.some((k) => k > Math.max(...cancels.map((c) => c.token)) && !neg[k])) takenBack.push('cancel');
  if (!takenBack.includes('cancel') && cancelSuperseded(tokens, hits, takeBack)) takenBack.push('cancel');
  let forFix = false;
  if (returnTakenBack(tokens, hits, ignoreAt, keptAt) || returnDeclined(tokens, hits, neg)) {
    takenBack.push('return');
    forFix = givenUpForFix(tokens, hits, neg);
  }
  const asIs = goesAheadAsIs(tokens, hits, neg, negated);
  // The cancel declined with the order told to go ahead is no cancel, whatever the model reads in its words.
  if (asIs && !takenBack.includes('cancel')) takenBack.push('cancel');
  if (addressKept(tokens, hits, neg, takeBack) || asIs) takenBack.push('address-change');
  return { named, all, refund: !reportsMissing && (refundBack || all || came), reasked, takenBackHere: takenBack, forFix };
}

// A cancel taken back at once with a short retraction, the order then kept or asked to ship as normal ("Please cancel
// my order... actually no, we'll keep it, ship it as normal", "ach nein, doch nicht, wir behalten sie", "bueno, mejor
// no, nos lo quedamos", "anzi no, lo teniamo", "yok vazgeçtim, kalsın", "いや、やっぱりやめます。このまま発送してください",
// "算了，还是不取消了，照常发货吧"). The retraction stands alone in its clause, only words like "oh", "sorry", "no" beside
// it: "I'd rather not wait", "mejor no esperar", "ik wil hem toch niet meer", "doch nicht nur den Toaster" are no
// retraction. The cancel must come before it and none after it ("actually no — cancel the whole order" asks again); the
// keeping or the shipping after it, not negated; and none of it said for a case ("if it is, never mind, I'll keep it").
// Folded words; Latin phrases word by word (a comma may stand inside: "aliás, não", "anzi, no").
// "I changed my mind" ("anders überlegt", "vazgeçtim", "غيرت رأيي", "算了" alone) is not here: it is the commonest reason a
// buyer gives for cancelling ("please cancel, changed my mind"), not a take-back of the cancel.
const RETRACTIONS = ['actually no', 'actually not', 'no actually', 'on second thought', 'on second thoughts', 'no wait',
  'wait no', 'doch nicht', 'ach nein', 'nein doch nicht', 'lieber doch nicht', 'lieber nicht',
  'mejor no', 'al final no', 'pensandolo mejor', 'pensandolo bien', 'mejor que no',
  'en fait non', 'enfin non', 'finalement non', 'non en fait', 'non finalement', 'tout compte fait',
  'anzi no', 'no anzi', 'alla fine no', 'meglio di no',
  'alias nao', 'afinal nao', 'melhor nao', 'pensando bem', 'pensando melhor',
  'toch niet', 'ach nee', 'nee toch niet', 'nee wacht',
  'a jednak nie', 'jednak nie', 'albo nie',
  'nej forresten', 'forresten nej', 'eller nej', 'nej vanta',
  'yok vazgectim', 'لا خلاص', 'no espera', 'no esperen', 'no aspetta', 'no aspettate', 'non aspettate', 'non attendez',
  'nein warte', 'nein warten sie', 'nao espera', 'nao esperem', 'nie czekaj', 'nie czekajcie', 'hayir bekle', 'yok bekle'].map((p) => p.split(' '));
/** "But", by language: it sets off a retraction ("I wanted to cancel, but actually no") and a correction ("the address
 *  is fine but the apartment is wrong"). */
const BUT_WORDS = ['but', 'aber', 'mais', 'pero', 'ma', 'mas', 'maar', 'ale', 'men', 'ama', 'لكن', 'بس'];
/** Words that may stand around a retraction in its clause ("ach", "hmm", "sorry", "bueno", "no"). */
const RETRACT_AROUND = new Set(['oh', 'ah', 'hmm', 'hm', 'um', 'well', 'ok', 'okay', 'sorry', 'no', 'nope', 'wait', 'please',
  'ach', 'nein', 'na', 'also', 'entschuldigung', 'bueno', 'pues', 'perdon', 'perdonen', 'ay', 'bah', 'non', 'pardon', 'desole',
  'ben', 'eh', 'beh', 'scusate', 'scusa', 'nao', 'desculpe', 'desculpa', 'ai', 'nee', 'nie', 'przepraszam', 'albo', 'nej',
  'forlat', 'ursakta', 'yok', 'hayir', 'ya', 'لا', 'اسف', 'معليش', 'then', 'after', 'all', 'doch', 'dann', 'al', 'final',
  'alla', 'fine', 'toch', 'sonunda', 'jednak', 'انا', ...BUT_WORDS]);
// Japanese and Chinese retractions in a run: "やっぱりやめます", "やっぱりいいです", "キャンセルはやめます", "算了", "不取消了".
const CJK_RETRACTION = /やっぱり(?:やめ|止め|いい|結構|なし|大丈夫)|キャンセルは(?:やめ|止め|なし|結構|いい|取り消|取りやめ)|不取消了|不用取消了|别取消了|別取消了|还是不取消|還是不取消/gu;
/** Keeping it, beyond the concept "keep" and KEEP_VERB: "kalsın", "tutalım", "سنحتفظ به", "mantenemos". */
const KEEP_MORE = /^(?:kalsin|tutal\w*|tutuyoruz|mantenh\w*|mantenemos|quedamos|quedaremos|manteniamo|teniamo|tengo|tenemos|behouden|beholder|zatrzymuje)$/u;
const KEEP_MORE_IN_WORD = ['حتفظ', 'بخليه', 'خليه'];
const KEEP_NOT = new Set(['me', 'us', 'posted', 'updated', 'informed', 'in', 'an', 'track', 'looking', 'trying', 'waiting', 'asking']);
/** Sending or shipping, as an ask ("ship it", "schicken Sie sie", "envíenlo", "speditelo", "stuur hem op", "gönderin"). */
const SHIP_VERB = /^(?:ship|send|dispatch|deliver|mail|post|schick|versend|verschick|versand|liefer|envi|envoy|expedi|mand|sped|invia|stuur|verstuur|verzend|wysl|wysyl|skick|gonder|yolla)/u;
const SHIP_IN_WORD = ['رسل', 'ابعث', 'شحن'];
/** As normal, as planned, as usual. */
const AS_NORMAL = /^(?:normal|normally|usual|usually|planned|normale|normalmente|normalement|normaal|gewoon|normalnie|zwykle|vanligt|planerat|previsto|prevu|prevue|gepland|geplant|planowano|zamanki|كالمعتاد|كالعاده|عادي)$/u;
// Japanese: "このまま発送してください", "予定通り発送"; Chinese: "照常发货", "正常发货", "按原计划发货", or kept: "留着".
// Not after a negation ("你们一直没有正常发货" says it never shipped normally) and about the shipping, not the fee kept
// ("运费你们留着吧") or the parcel that did not come on time ("予定通り届かなかった").
const CJK_SHIP_AS_NORMAL = /(?:この|その)まま(?:で)?(?:発送|送|出荷|お送り|届け)|予定(?:通り|どおり)(?:に)?(?:発送|出荷|お送り)|(?<!不|没|没有|沒有|未|别|別)(?:照常|正常发货|正常發貨|按原计划|按原計劃|继续发货|繼續發貨|照旧)/u;

/** A place in the message, comparable across tokens: the token, then the unit within a Japanese or Chinese run. */
const placeOf = (token: number, at = 0) => token * 10000 + at;

/** Do the folded words of a phrase stand at token `i`? The last one may be only the start of its word (`prefixLast`,
 * from five letters). */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[], prefixLast = false): boolean {
  return words.every((w, k) => tokens[i + k]?.text === w ||
    (prefixLast && k === words.length - 1 && w.length >= 5 && tokens[i + k]?.text.startsWith(w) === true));
}

function retractionsAt(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.cjk) {
      for (const m of t.text.matchAll(CJK_RETRACTION)) out.push(placeOf(i, m.index));
      return;
    }
    for (const words of RETRACTIONS) {
      if (!phraseAt(tokens, i, words)) continue;
      const last = i + words.length - 1;
      // Alone in its clause: only the words of RETRACT_AROUND before or after it there.
      let ok = true;
      for (let j = i - 1; j >= 0 && tokens[j]!.clause === t.clause; j--) if (!RETRACT_AROUND.has(tokens[j]!.text)) ok = false;
      for (let j = last + 1; j < tokens.length && tokens[j]!.clause === tokens[last]!.clause; j++) if (!RETRACT_AROUND.has(tokens[j]!.text)) ok = false;
      if (ok && !conditional(tokens, i)) out.push(placeOf(last));
      break;
    }
  });
  return out;
}

/** The object a keeping names: the order or a pronoun for it, after the verb ("keep it", "behalten sie", "houden hem",
 * "behåller den", "ficar com ele", "سنحتفظ به") or before it ("nos lo quedamos", "on la garde", "lo teniamo"), or nothing
 * else in its clause ("kalsın."). */
const KEPT_OBJECT = new Set(['it', 'them', 'her', 'him', 'sie', 'ihn', 'es', 'la', 'le', 'lo', 'les', 'los', 'las', 'l',
  'ele', 'ela', 'o', 'a', 'hem', 'het', 'ze', 'je', 'go', 'ja', 'den', 'det', 'dem', 'onu', 'به', 'بها', 'بيه']);
/** "Behalten Sie die Versandkosten": the formal "Sie" before an article is the one addressed, not the order. */
const ARTICLE = new Set(['die', 'der', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'the', 'el', 'la', 'los', 'las', 'le',
  'les', 'il', 'o', 'os', 'as', 'de', 'het', 'een']);
/** Pronouns that are also articles, before the thing they name ("ficar com a cadeira", "lo zaino", "det nya"). */
const ARTICLE_BEFORE = new Set([...ARTICLE, 'a', 'lo', 'l', 'det']);
function keepsTheOrder(tokens: readonly Token[], i: number): boolean {
  const inClause = (j: number) => j >= 0 && j < tokens.length && tokens[j]!.clause === tokens[i]!.clause;
  for (const j of [i + 1, i + 2]) {
    if (!inClause(j)) break;
    const w = tokens[j]!.text;
    if (isOrderWord(w)) return true;
    // "Keep the chair", "garder la chaise", "quedarme con la silla", "tenere la sedia": an article before another thing.
    if (KEPT_OBJECT.has(w) && ARTICLE_BEFORE.has(w) && w !== 'sie' && inClause(j + 1) && !isOrderWord(tokens[j + 1]!.text) &&
      !AFTER_ALL.has(tokens[j + 1]!.text) && !KEPT_OBJECT.has(tokens[j + 1]!.text)) return false;
    if (KEPT_OBJECT.has(w)) return !(w === 'sie' && ARTICLE.has(tokens[j + 1]?.text ?? '') && !isOrderWord(tokens[j + 2]?.text ?? ''));
  }
  for (const j of [i - 1, i - 2]) {
    if (!inClause(j) || !KEPT_OBJECT.has(tokens[j]!.text)) continue;
    // "Den Stuhl behalten": the article of another thing before the verb.
    const between = tokens[j + 1]!;
    if (j === i - 2 && ARTICLE_BEFORE.has(tokens[j]!.text) && !isOrderWord(between.text) && !AFTER_ALL.has(between.text) && !KEPT_OBJECT.has(between.text)) continue;
    return true;
  }
  let others = 0;
  for (let j = 0; j < tokens.length; j++) if (j !== i && inClause(j)) others++;
  return others === 0;
}

/** Where the order is kept or asked to ship as normal, not negated, not for a case. */
function keptOrShippedAt(tokens: readonly Token[], hits: readonly { concept: string; token: number; at: number }[], neg: readonly boolean[]): number[] {
  const out: number[] = [];
  const keepAt = new Set(hits.filter((h) => h.concept === 'keep' && !tokens[h.token]!.cjk && !tokens[h.token]!.text.startsWith('zatrzym')).map((h) => h.token));
  tokens.forEach((t, i) => {
    if (t.cjk) {
      const m = CJK_SHIP_AS_NORMAL.exec(t.text);
      if (m) out.push(placeOf(i, m.index));
      return;
    }
    if (neg[i] || conditional(tokens, i)) return;
    // "Keep me posted", "keep an eye on it" keep nothing; "keep the postage", "behalten Sie die Versandkosten", "kargo
    // ücreti sizde kalsın" keep something else.
    const keeps = !KEEP_NOT.has(tokens[i + 1]?.text ?? '') && keepsTheOrder(tokens, i) &&
      (keepAt.has(i) || isKeepWord(t.text) || KEEP_MORE.test(t.text) || KEEP_MORE_IN_WORD.some((s) => t.text.includes(s)));
    // "Send the refund as usual" ships nothing.
    const ships = (SHIP_VERB.test(t.text) || SHIP_IN_WORD.some((s) => t.text.includes(s))) &&
      !hits.some((h) => h.concept === 'refund' && tokens[h.token]!.clause === t.clause) &&
      tokens.some((u, j) => j !== i && u.clause === t.clause && Math.abs(j - i) <= 5 && !neg[j] && AS_NORMAL.test(u.text));
    if (keeps || ships) out.push(placeOf(i));
  });
  return out;
}

/** A plain cancel (`cancels`, not negated) taken back at once by a short retraction after it, none asked after that, and
 * the order kept or asked to ship as normal after the retraction. */
function cancelRetracted(tokens: readonly Token[], hits: readonly { concept: string; token: number; at: number }[], neg: readonly boolean[],
  cancels: readonly { token: number; at: number }[]): boolean {
  if (cancels.length === 0) return false;
  const lastCancel = Math.max(...cancels.map((c) => placeOf(c.token, c.at)));
  const after = retractionsAt(tokens).filter((r) => r > lastCancel);
  if (after.length === 0) return false;
  const first = Math.min(...after);
  return keptOrShippedAt(tokens, hits, neg).some((k) => k > first);
}

// A return the same message takes back. Buyers who report a fault often first say they meant to send it back, then
// give that up for a replacement or the money ("I was going to return it, but forget the return: just send a working
// one", "返品しようと思いましたが、返品はやめておきます"); the words of sending back still read as a return. Every mention of
// sending back must be taken back: withdrawn where it stands ("forget the return", "iadeyi unutun", "die Rücksendung
// hat sich erledigt", "no need to return it", "返品は不要", "不用退货"), or told as what the buyer had meant to do
// ("I was going to send it back", "volevo renderlo", "本来打算退货") with an outright take-back after it, or said before a
// take-back that names the return. A return only negated ("I haven't got the return label", "sin devolución") is
// neither asked nor taken back: the model reads it.
const RETURN_CONCEPTS = new Set(['return-ask', 'back']);
/** 'No-longer' words that are also everyday words: French and Portuguese "mais", German and Dutch "Artikel" (the stem of
 * Turkish "artık"). */
const NOT_TAKE_BACK = /^(?:mais$|artikel)/u;
/** Before the return, only a 'no-longer' that says it is not needed ("no need to return it", "non serve il reso", "不用退货"):
 * "I don't need it anymore and want to return it" asks the return. After it, any ("the return is no longer needed",
 * "iadeye gerek yok", "die Rücksendung hat sich erledigt"). */
const NEED_BEFORE = /^(?:no need|not needed|nicht notig|plus besoin|pas besoin|no hace falta|non serve|nao precisa|nao preciso|niet nodig|niepotrzeb|gerek yok|ما في داعي)/u;
// What the buyer had meant to do, besides WANTED, by language (folded), standing before the return within three words:
// "I was going to / about to / thought about returning", "ich hatte überlegt", "j'allais / j'ai failli le renvoyer",
// "iba a / pensé en devolverla", "stavo per / avevo pensato", "ia pedir / estive quase", "ik dacht / stond op het punt",
// "myślałem", "jag tänkte / höll på att", "كدت / فكرت". Turkish says it after the ask ("iade etmek istiyordum", "geri
// gönderecektim", "iade etmeyi düşündüm").
const MEANT = new Set([...WANTED, 'going', 'about', 'thought', 'considered', 'planned', 'meant', 'intended', 'hatte',
  'uberlegt', 'zuerst', 'erst', 'fast', 'eigentlich', 'allais', 'pensais', 'failli', 'comptais', 'voulu', 'iba', 'ibamos',
  'pense', 'pensaba', 'estuve', 'stavo', 'avevo', 'pensato', 'ero', 'ia', 'iamos', 'pensei', 'estive', 'cheguei', 'dacht',
  'stond', 'eerst', 'myslalem', 'myslalam', 'mialem', 'mialam', 'tankte', 'holl', 'funderade', 'forst', 'كدت', 'فكرت',
  'ناوي', 'ناويه']);
/** How far before the ask a word of MEANT may stand ("I was going to send the whole thing back"). */
const MEANT_REACH = 7;
const MEANT_AFTER = /^(?:istiyordum|istemistim|dusundum|dusunmustum|uzereydim|\p{L}+(?:ecektim|acaktim|eyim dedim|ayim dedim))$/u;
// Take-backs said in words the concepts do not list, each read as outright after a return the buyer had meant to make
// ("I was going to return it, but I thought better of it"; "ich wollte es zurückschicken, aber lassen wir das"). Those
// marked ">" also withdraw what follows them in their clause ("don't bother with a return label", "inutile de
// m'envoyer une étiquette retour").
const MORE_TAKE_BACKS = ['thought better', 'changed my mind', '>dont bother', ">don't bother", 'not worth it', '>lassen wir das', '>lasciate pure perdere', '>dejen lo de', '>olviden lo de',
  'egal', 'doch nicht', '>pas de', 'finalement non', 'pas la peine', '>inutile', 'change d avis', 'renonce', 'da igual',
  'pensandolo mejor', 'mejor no', 'al final no', 'desisto', 'lasciamo stare', 'lascia stare', 'lasciate stare', 'pazienza',
  'ci ho ripensato', 'non importa', 'cambiato idea', 'deixa pra la', 'deixa para la', 'tanto faz', 'afinal nao', '>desisti',
  '>dispenso', 'mudei de ideia', 'laat maar', 'maakt niet uit', 'toch niet', 'bedacht', 'dajmy spokoj', 'trudno',
  'niewazne', 'jednak nie', 'rozmysli', 'spelar ingen roll', 'strunt', 'bos verin', 'neyse', 'لا يهم', 'عدلت', '>لا داعي',
  '>لا حاجة', '>مو لازم', '>مش لازم'].map((p) => ({ scope: p.startsWith('>'), words: p.replace('>', '').split(' ') }));

function moreTakeBacksAt(tokens: readonly Token[]): { token: number; scope: boolean }[] {
  const out: { token: number; scope: boolean }[] = [];
  tokens.forEach((t, i) => {
    if (t.cjk) return;
    for (const p of MORE_TAKE_BACKS) {
      if (phraseAt(tokens, i, p.words, true)) {
        out.push({ token: i, scope: p.scope });
        break;
      }
    }
  });
  return out;
}

// Japanese says what it gives up after the ask ("返品はやめておきます", "返品は不要です", "返品はなしで"); Chinese before or
// after it ("不用退货", "退货就免了").
const JA_RETURN_DROPPED = /^[^。、！？]*?(?:は不要|はいいです|はなしで|はなし|はやめ|は結構|はしません|はしないで|はもういい|は取り消|は取りやめ|しなくて)/u;
const ZH_RETURN_DROPPED_BEFORE = /(?:不用|不要|别|不想|不必|免)[^。，！？]{0,3}$/u;
const ZH_RETURN_DROPPED_AFTER = /^[^。，！？]{0,4}?(?:就免了|免了|就算了|算了|不用了|就不用了|不必了|就不退了)/u;
// An outright take-back in a Japanese or Chinese run ("やっぱりやめます", "もういいです", "还是算了", "不退了").
const CJK_TAKE_BACK = /(?:やめ(?:ます|ておきます|ました|とき)|もういい|結構です|なしで|算了|不退了|免了|不用了)/gu;
// What the buyer had meant to do, in the run: Japanese after the ask ("返品しようと思いました", "返品するつもりでした"),
// Chinese before it ("本来打算退货", "想过退货").
const JA_MEANT = /^[^。！？]{0,6}?(?:しよう|つもり|したかった|しようか|を考え|も考え)/u;
const ZH_MEANT = /(?:本来|原本|原来|打算|想过|差点|本想|一开始想)[^。，！？]{0,6}$/u;

/** `ignoreAt`: the tokens of the take-back words that withdraw what follows them ("forget", "oubliez"); the 'no-longer'
 * words are read here by where they stand. */
/** "And" by language: "I don't need it anymore and want to return it" needs the item, not the return. */
const AND = new Set(['and', 'et', 'e', 'y', 'und', 'en', 'i', 'och', 've', 'و']);
/** "No" right before a noun, by language (folded). */
const NO_DET = new Set(['no', 'keine', 'kein', 'pas', 'sin', 'sem', 'geen', 'ingen', 'bez', 'niente', 'nessun', 'aucun', 'aucune']);
/** Paying back or giving the money back is a refund, not a return ("pay me back", "betaal me terug", "paramı geri verin"). */
const PAY = new Set(['pay', 'paid', 'betaal', 'betalen', 'betala', 'betalar', 'verin', 'ver', 'give', 'zaplac', 'zwroccie', 'zwrocic']);

/** Does the message take back its return (every mention of sending back)? */
function returnTakenBack(tokens: readonly Token[], hits: readonly { concept: string; token: number; at: number }[], ignoreAt: ReadonlySet<number>,
  keptAt: readonly number[]): boolean {
  const near = (i: number, ok: (t: Token, j: number) => boolean) => {
    for (let j = Math.max(0, i - 2); j <= i + 2 && j < tokens.length; j++) if (j !== i && tokens[j]!.clause === tokens[i]!.clause && ok(tokens[j]!, j)) return true;
    return false;
  };
  const refundAt = new Set(hits.filter((h) => h.concept === 'refund').map((h) => h.token));
  const returns = hits.filter((h) => RETURN_CONCEPTS.has(h.concept) && (tokens[h.token]!.cjk ||
    !(refundAt.has(h.token) || near(h.token, (t, j) => PAY.has(t.text) || refundAt.has(j)))));
  if (returns.length === 0) return false;
  const more = moreTakeBacksAt(tokens);
  const withdrawnAt = takenBackTokens(tokens, new Set([...ignoreAt, ...more.filter((m) => m.scope).map((m) => m.token)]));
  const neg = negatedTokens(tokens, ignoreAt);
  const pos = (h: { token: number; at: number }) => placeOf(h.token, h.at);
  const noLonger = hits.filter((h) => h.concept === 'no-longer' && !NOT_TAKE_BACK.test(tokens[h.token]!.text) &&
    !(tokens[h.token]!.cjk && tokens[h.token]!.text.startsWith('もう', h.at)));
  const runFrom = (i: number) => tokens.slice(i, i + 3).map((t) => t.text).join(' ');
  const withdrawn = (h: { token: number; at: number }) => {
    const tok = tokens[h.token]!;
    if (tok.cjk) {
      const run = tok.text;
      return JA_RETURN_DROPPED.test(run.slice(h.at)) || ZH_RETURN_DROPPED_BEFORE.test(run.slice(Math.max(0, h.at - 3), h.at)) ||
        ZH_RETURN_DROPPED_AFTER.test(run.slice(h.at + 2)) || cjkNegated(run, h.at);
    }
    return withdrawnAt[h.token]! || noLonger.some((n) => !tokens[n.token]!.cjk && tokens[n.token]!.clause === tok.clause &&
      (n.token > h.token ? n.token - h.token <= SCOPE : h.token - n.token <= SCOPE + 2 && NEED_BEFORE.test(runFrom(n.token)) &&
        !tokens.slice(n.token + 1, h.token).some((t) => AND.has(t.text))));
  };
  const meant = (h: { token: number; at: number }) => {
    const tok = tokens[h.token]!;
    if (!tok.cjk) {
      for (let j = h.token - 1; j >= 0 && j >= h.token - MEANT_REACH && tokens[j]!.sentence === tok.sentence; j--) if (MEANT.has(tokens[j]!.text)) return true;
      for (let j = h.token + 1; j < tokens.length && j <= h.token + 3 && tokens[j]!.clause === tok.clause; j++) if (MEANT_AFTER.test(tokens[j]!.text)) return true;
      return false;
    }
    return JA_MEANT.test(tok.text.slice(h.at + 2)) || ZH_MEANT.test(tok.text.slice(0, h.at));
  };
  const negated = (h: { token: number; at: number }) => !tokens[h.token]!.cjk && neg[h.token]!;
  const dropped = returns.filter(withdrawn);
  // Outright take-backs: a take-back word not said for a case ("if it doesn't fit, never mind"), or a return withdrawn.
  const outright = [
    ...hits.filter((h) => (h.concept === 'ignore' && !notTakingBack(tokens, h)) || noLonger.includes(h))
      .filter((h) => !conditional(tokens, h.token)).map(pos),
    ...more.filter((m) => !conditional(tokens, m.token)).map((m) => pos({ token: m.token, at: 0 })),
    ...dropped.map(pos),
    ...tokens.flatMap((t, i) => (t.cjk ? [...t.text.matchAll(CJK_TAKE_BACK)].map((m) => pos({ token: i, at: m.index })) : [])),
    // "I was going to return it … no return": a return denied outright by "no" right before it, after one meant.
    ...returns.filter((h) => !tokens[h.token]!.cjk && NO_DET.has(tokens[h.token - 1]?.text ?? '')).map(pos),
    // "I was going to send it back, but I'll keep it": the item kept (itself, not "keep me posted"), not negated.
    ...keptAt.filter((k) => !neg[k] && !conditional(tokens, k) && !KEEP_NOT.has(tokens[k + 1]?.text ?? '') && keepsTheOrder(tokens, k))
      .map((k) => pos({ token: k, at: 0 })),
  ];
  const meantThenDropped = (h: { token: number; at: number }) => meant(h) && outright.some((p) => p > pos(h));
  const beforeNamed = (h: { token: number; at: number }) => dropped.some((d) => pos(d) > pos(h));
  if (!returns.some((h) => dropped.includes(h) || meantThenDropped(h))) return false;
  return returns.every((h) => dropped.includes(h) || meantThenDropped(h) || beforeNamed(h) || negated(h));
}

/** The order kept in words beyond the concept "keep" ("kalsın", "tutuyoruz", "سنحتفظ بالطلب", "تحتفظ بالعباية"), said
 * of the order or of an item: its object next to it as keepsTheOrder reads it, the order's word just before it
 * ("siparişi tutuyoruz"), or, in Arabic, the thing kept after "بـ" ("احتفظ بـ"). */
function keptInOtherWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.cjk || !(KEEP_MORE.test(t.text) || KEEP_MORE_IN_WORD.some((w) => t.text.includes(w)))) return;
    if (KEEP_NOT.has(tokens[i + 1]?.text ?? '')) return;
    const inClause = (j: number) => j >= 0 && j < tokens.length && tokens[j]!.clause === t.clause;
    const arabicWith = inClause(i + 1) && /^ب\p{Script=Arabic}{2,}/u.test(tokens[i + 1]!.text);
    const orderBefore = [i - 1, i - 2].some((j) => inClause(j) && isOrderWord(tokens[j]!.text));
    if (keepsTheOrder(tokens, i) || orderBefore || arabicWith) out.push(i);
  });
  return out;
}

// A cancel the buyer had meant, given up because the parcel went out or came, and a return asked instead ("I meant to
// cancel, but it has already shipped — how do I send it back?", "Miałam anulować, ale … anulowanie odpada, chcę to
// odesłać", "本来想取消的，结果已经送到了，我直接退货"). Every mention of the cancel is told as meant ("wanted to", "iba a",
// "edecektim", "しようと思って", "本来想") or given up ("Stornieren also nicht mehr", "iptali boş verin", "取消就不提了"), or
// followed by an outright take-back; after the first, the parcel shipped or came (not negated) or the cancel given up;
// and a return asked plainly after the last. "I wanted to cancel; it hasn't shipped, please cancel" asks the cancel
// again; "I wanted to cancel the lamp and return the chair" gives no news between them, and stands.
/** Said after a cancel, in its clause, that gives it up ("anulowanie odpada", "die Stornierung entfällt"). */
const CANCEL_DROPPED_AFTER = /^(?:odpada|entfallt|vervalt|bortfaller|decae)$/u;
const CJK_CANCEL = /^(?:キャンセル|取り消し?|取消|撤销|取销)/u;
const JA_CANCEL_DROPPED = /^[^。、！？]*?(?:はやめ|はなし|は結構|はいいです|は取り消|は取りやめ|しなくていい|しなくて大丈夫)/u;
const ZH_CANCEL_DROPPED = /^[^。，！？]{0,4}?(?:就不提了|不提了|就算了|算了|就免了|免了|不用了|就不用了|不必了)/u;
const NEWS = new Set(['shipped', 'arrive', 'receive', 'delivered', 'already']);

/** What the buyer wanted, said politely before an ask ("I wanted to ask", "ich wollte fragen", "quería pedirles", "volevo
 * chiedervi", "ik wilde vragen", "chciałem prosić", "jag ville be er"), or "was" of a passive ("the order was placed by
 * mistake so please cancel it"): with a word of asking between it and the cancel, the cancel is asked, not told. */
const POLITE_WANTED = new Set(['wanted', 'was', 'were', 'had', 'wollte', 'wollten', 'voulais', 'voulait', 'voulions', 'queria',
  'queriamos', 'volevo', 'volevamo', 'wilde', 'wou', 'chcialem', 'chcialam', 'chcielismy', 'ville']);
const ASKING = /^(?:ask|asking|request|please|pls|plz|fragen|bitten|bitte|demander|prier|plait|pedir\w*|pregunt\w*|favor|favore|chieder\w*|domandar\w*|pregarv\w*|pergunt\w*|vragen|verzoek\w*|alstublieft|prosic|poprosic|zapytac|prosze|be|fraga|snalla|rica|lutfen)$/u;
// "If", said as Turkish does in the verb ("kargoya verildiyse", "gelirse"), as Arabic does with "and"/"so" before it
// ("وإذا انشحن"), or in a Japanese or Chinese run ("発送済みなら", "如果已经发货了").
const TR_IF_VERB = /\p{L}{3,}(?:ysa|yse|rsa|rse)$/u;
const AR_IF = /^[وف](?:اذا|إذا|لو)$/u;
const CJK_IF = /如果|要是|的话|假如|なら|たら|れば|場合/u;

/** Is the hit at `h` said for a case: an "if" before it in its sentence, in any of the ways above? */
function conditionalAt(tokens: readonly Token[], h: { token: number; at: number }): boolean {
  if (conditional(tokens, h.token)) return true;
  for (let j = h.token; j >= 0 && tokens[j]!.sentence === tokens[h.token]!.sentence; j--) {
    const t = tokens[j]!;
    if (t.cjk) {
      if (CJK_IF.test(j === h.token ? t.text.slice(0, h.at) : t.text)) return true;
    } else if (j < h.token && (TR_IF_VERB.test(t.text) || AR_IF.test(t.text))) return true;
  }
  return false;
}

function cancelSuperseded(tokens: readonly Token[], hits: readonly { concept: string; token: number; at: number }[], takeBack: ReadonlySet<number>): boolean {
  const cancels = hits.filter((h) => h.concept === 'cancel');
  if (cancels.length === 0) return false;
  // French and Portuguese "mais", German "Artikel" take nothing back here.
  const neg = negatedTokens(tokens, new Set([...takeBack].filter((i) => !NOT_TAKE_BACK.test(tokens[i]!.text))));
  const pos = (h: { token: number; at: number }) => placeOf(h.token, h.at);
  const negatedAt = (h: { token: number; at: number }) => (tokens[h.token]!.cjk ? cjkNegated(tokens[h.token]!.text, h.at) : neg[h.token]!);
  const more = moreTakeBacksAt(tokens);
  const takeBacksAt = [
    ...hits.filter((h) => (h.concept === 'ignore' || h.concept === 'no-longer') && !tokens[h.token]!.cjk && !NOT_TAKE_BACK.test(tokens[h.token]!.text) &&
      !notTakingBack(tokens, h) && !conditional(tokens, h.token)).map((h) => h.token),
    ...more.filter((m) => !conditional(tokens, m.token)).map((m) => m.token),
  ];
  const meant = (h: { token: number; at: number }) => {
    const tok = tokens[h.token]!;
    if (tok.cjk) {
      const stem = CJK_CANCEL.exec(tok.text.slice(h.at))?.[0].length ?? 2;
      return JA_MEANT.test(tok.text.slice(h.at + stem)) || ZH_MEANT.test(tok.text.slice(0, h.at));
    }
    for (let j = h.token - 1; j >= 0 && j >= h.token - MEANT_REACH && tokens[j]!.sentence === tok.sentence; j--) {
      // "I wanted to ask you to cancel", "the order was placed by mistake so please cancel it": asked politely.
      if (MEANT.has(tokens[j]!.text) && !(POLITE_WANTED.has(tokens[j]!.text) && tokens.slice(j + 1, h.token).some((t) => ASKING.test(t.text)))) return true;
    }
    for (let j = h.token + 1; j < tokens.length && j <= h.token + 3 && tokens[j]!.clause === tok.clause; j++) if (MEANT_AFTER.test(tokens[j]!.text)) return true;
    return false;
  };
  const givenUp = (h: { token: number; at: number }) => {
    const tok = tokens[h.token]!;
    if (tok.cjk) {
      const stem = CJK_CANCEL.exec(tok.text.slice(h.at))?.[0].length ?? 2;
      return JA_CANCEL_DROPPED.test(tok.text.slice(h.at + stem)) || ZH_CANCEL_DROPPED.test(tok.text.slice(h.at + stem));
    }
    if (neg[h.token]) return true;
    for (let j = h.token + 1; j < tokens.length && j <= h.token + SCOPE && tokens[j]!.clause === tok.clause; j++) {
      if (CANCEL_DROPPED_AFTER.test(tokens[j]!.text) || WITHDRAW_AFTER.test(tokens[j]!.text) || takeBacksAt.includes(j)) return true;
    }
    return false;
  };
  const lastCancel = Math.max(...cancels.map(pos));
  const firstCancel = Math.min(...cancels.map(pos));
  const takenBackAfter = (h: { token: number; at: number }) => takeBacksAt.some((t) => t > h.token);
  if (!cancels.every((h) => meant(h) || givenUp(h) || takenBackAfter(h))) return false;
  // A return said for a case ("if it has already shipped, I will return it") asks nothing in place of the cancel.
  const returnsAfter = hits.filter((h) => RETURN_CONCEPTS.has(h.concept) && pos(h) > lastCancel && !negatedAt(h) && !conditionalAt(tokens, h) &&
    !hits.some((r) => r.concept === 'refund' && r.token === h.token) &&
    !(tokens[h.token]!.cjk && JA_RETURN_DROPPED.test(tokens[h.token]!.text.slice(h.at))));
  if (returnsAfter.length === 0) return false;
  const firstReturn = Math.min(...returnsAfter.map(pos));
  const news = hits.some((h) => NEWS.has(h.concept) && pos(h) > firstCancel && pos(h) < firstReturn && !negatedAt(h) && !conditionalAt(tokens, h));
  return news || cancels.some(givenUp) || takeBacksAt.some((t) => placeOf(t) > firstCancel && placeOf(t) < firstReturn);
}

// A return declined for part of the money ("I'd rather not send it back, it's mounted; the glass is chipped — a
// discount?", "Terugsturen hoeft niet … een deel van het geld terug", "返品は結構です…一部返金を"). Every mention of sending
// back is declined by the buyer: a negation and a word of wanting or needing beside it in its clause ("don't want to",
// "no hace falta", "hoeft niet", "orkar inte", "ما أبغى", Turkish "istemiyorum"), a first person refusing ("non lo
// rispedisco", "no lo devuelvo"), or "nor" carrying an earlier refusal ("ni que lo devuelva"); and part of the money, a
// discount or amends asked. "I haven't got the return label" declines nothing; "I don't want a discount, I want to
// send it back" asks the return.
const WANT_OR_NEED = new Set(['want', 'wanna', 'need', 'rather', 'like', 'going', 'plan', 'intend', 'wish', 'bother',
  'quiero', 'queremos', 'hace', 'falta', 'necesito', 'pienso', 'voy', 'deseo', 'prefiero',
  'veux', 'voulons', 'voudrais', 'souhaite', 'besoin', 'vais', 'compte',
  'mochte', 'mochten', 'will', 'wollen', 'muss', 'brauche', 'werde', 'mag',
  'voglio', 'vorrei', 'serve', 'intendo', 'desidero', 'quero', 'preciso', 'vou', 'pretendo',
  'wil', 'willen', 'hoeft', 'hoef', 'ga', 'chce', 'chcemy', 'chcialbym', 'chcialabym', 'musze', 'zamierzam', 'bede',
  'vill', 'behover', 'orkar', 'ska', 'tanker', 'gerek', 'ابغي', 'اريد', 'ابي', 'بدي', 'حاب', 'ودي', 'ناوي']);
const NOR = new Set(['nor', 'ni', 'noch', 'ne', 'nem', 'ani', 'eller', 'ولا']);
const TR_NOT_WANT = /^(?:istemiyorum|istemiyoruz|istemem|istemeyiz|gerekmiyor)$/u;
const FIRST_PERSON_REFUSAL = /^\p{L}{3,}(?:isco|vo|do)$/u;
// Words of money only: "the part", "das Teil", "una parte" name a piece as often as a share of the price.
const MONEY_PART = /^(?:discount|partial|compensat|rebate|descuento|parcial|compens|rebaja|remise|partiel|dedommag|rabatt|teilerstatt|teilbetrag|teilruck|nachlass|preisnachlass|entschad|minderung|sconto|parzial|risarc|desconto|abatimento|korting|gedeeltelijk|vergoed|rabat|znizk|czesciow|rekompens|obnizk|prisavdrag|kompens|ersattning|indirim|kismi|tazmin|telafi|خصم|بجزء|تعويض|عوض)/u;
const CJK_MONEY_PART = /一部|割引|値引|補償|部分|折扣|补偿|优惠|便宜/u;
const JA_RETURN_DECLINED = /^[^。！？]*?(?:したくな|したくありません|は結構|は不要|はいいです|はしません|手間|面倒)/u;

// How the buyer would send it back, declined with the way and not the return: by themselves ("myself", "selbst",
// "moi-même", "io", "zelf", "sam", "själv", "kendim", "بنفسي"), at their own cost ("à mes frais", "a mie spese", "auf
// meine Kosten"), by post ("por correo", "pelos correios", "per posta"). Folded, whole words.
const MANNER = /^(?:myself|ourselves|selbst|moi|meme|frais|poste|mismo|misma|costa|correo|correos|io|spese|posta|zelf|sam|sama|sjalv|bekostnad|kendim|masrafi\p{L}*|poczt\p{L}*|بنفسي|حسابي)$/u;
const COST = /^(?:cost|costs|expense|kosten|koszt|coste)$/u;
const MY = /^(?:my|own|our|meine|meinen|moj|mi)$/u;
/** A pickup or a prepaid label asked ("arrange a pickup", "holen Sie es ab", "recogerlo", "organizzate il ritiro",
 * "podem buscar", "ophalen", "odbiór kurierem", "hämta", "kurye", "مندوب", "集荷", "上门取件"). */
const PICKUP = /^(?:pickup|collect\p{L}*|abhol\p{L}*|holen|recoger\p{L}*|recojan|enlevement|ritiro|ritirar\p{L}*|buscar|recolha|ophalen|ophaal\p{L}*|odbior|odebrac|hamta|hamtning|kurye|prepaid|prepag\p{L}*|prepay\p{L}*|frankiert\p{L}*|affranchi\p{L}*|مندوب)$/u;
const CJK_RETURN_MANNER = /自分で|集荷|引き取り|上门|取件|自己寄/u;

/** The money named under a negation ("no refund", "不用退款"). */
function refundDeclined(tokens: readonly Token[], h: { token: number; at: number }, neg: readonly boolean[]): boolean {
  const run = tokens[h.token]!.text;
  return tokens[h.token]!.cjk ? cjkNegated(run, h.at) || ZH_RETURN_DROPPED_BEFORE.test(run.slice(Math.max(0, h.at - 3), h.at)) : neg[h.token]!;
}

function returnDeclined(tokens: readonly Token[], hits: readonly { concept: string; token: number; at: number }[], neg: readonly boolean[]): boolean {
  const refundAt = new Set(hits.filter((h) => h.concept === 'refund').map((h) => h.token));
  const near = (i: number, ok: (t: Token, j: number) => boolean, reach: number) => {
    for (let j = Math.max(0, i - reach); j <= i + reach && j < tokens.length; j++) if (j !== i && tokens[j]!.clause === tokens[i]!.clause && ok(tokens[j]!, j)) return true;
    return false;
  };
  const returns = hits.filter((h) => RETURN_CONCEPTS.has(h.concept) && (tokens[h.token]!.cjk ||
    !(refundAt.has(h.token) || near(h.token, (t, j) => PAY.has(t.text) || refundAt.has(j), 2))));
  if (returns.length === 0) return false;
  const plainRefund = hits.some((h) => h.concept === 'refund' && !refundDeclined(tokens, h, neg));
  const money = plainRefund || tokens.some((t, i) => !neg[i] && (t.cjk ? CJK_MONEY_PART.test(t.text) : MONEY_PART.test(t.text)));
  if (!money) return false;
  // A pickup or a prepaid label asked is the return asked another way.
  if (tokens.some((t, i) => (t.cjk ? CJK_RETURN_MANNER.test(t.text) : !neg[i] && PICKUP.test(t.text)))) return false;
  const refusalIn = (i: number, reach: number) => near(i, (t) => NEGATIONS.has(t.text), reach) && near(i, (t) => WANT_OR_NEED.has(t.text), reach);
  const declined = (h: { token: number; at: number }) => {
    const tok = tokens[h.token]!;
    if (tok.cjk) return JA_RETURN_DECLINED.test(tok.text.slice(h.at)) || ZH_RETURN_DROPPED_BEFORE.test(tok.text.slice(Math.max(0, h.at - 3), h.at));
    // "I don't want to ship it back myself / at my own cost / by post" declines a way of returning, not the return.
    if (near(h.token, (t, j) => MANNER.test(t.text) || (COST.test(t.text) && MY.test(tokens[j - 1]?.text ?? '')), 5)) return false;
    if (refusalIn(h.token, 5)) return true;
    if (near(h.token, (t, j) => j > h.token && TR_NOT_WANT.test(t.text), 3)) return true;
    if (neg[h.token] && FIRST_PERSON_REFUSAL.test(tok.text)) return true;
    // "Ni que lo devuelva": "nor" before it, a refusal earlier in its clause.
    for (let j = h.token - 1; j >= 0 && j >= h.token - 3 && tokens[j]!.clause === tok.clause; j--) {
      if (!NOR.has(tokens[j]!.text)) continue;
      for (let k = j - 1; k >= 0 && tokens[k]!.clause === tok.clause; k--) if (refusalIn(k, 2) || NEGATIONS.has(tokens[k]!.text) && WANT_OR_NEED.has(tokens[k + 1]?.text ?? '')) return true;
    }
    return false;
  };
  return returns.every(declined);
}

// An earlier address change taken back, the address on the order said to be right ("ignore what I wrote about sending
// it to my sister, the address on the order is fine", "oubliez, l'adresse actuelle convient", "glöm det, den gamla
// stämmer"). An outright take-back (naming nothing, or only the address), and after the last one: the address said
// right, current or old, no number (a new address has one: "forget the old address, the right one is 12 rue …"), no
// change or delivery elsewhere asked.
const ADDRESS_FINE = new Set(['fine', 'ok', 'okay', 'correct', 'right', 'good', 'works', 'stays',
  'convient', 'bonne', 'correcte', 'bien', 'correcta', 'correcto', 'vale',
  'sirve', 'passt', 'stimmt', 'richtig', 'gut', 'bleibt',
  'bene', 'benissimo', 'giusto', 'giusta', 'corretto', 'corretta', 'certo', 'certa',
  'correto', 'correta', 'serve', 'bom', 'boa', 'klopt', 'goed', 'prima', 'juist', 'blijft',
  'dobry', 'dobrze', 'poprawny', 'porzadku', 'pasuje', 'stammer',
  'funkar', 'fungerar', 'ratt', 'bra', 'galler', 'dogru', 'uygun', 'tamam', 'gecerli',
  'صحيح', 'صح', 'مناسب', 'تمام', 'زين', 'سليم']);
// The address named as the one on the order ("the current one", "l'ancienne", "die hinterlegte", "mevcut adres",
// "العنوان الحالي"): kept only where its clause says nothing against it. "The current address is wrong", "la dirección
// actual no sirve", "eski adres geçerli değil", "العنوان القديم غير صحيح" name it to say it will not do.
const ADDRESS_ON_ORDER = new Set(['current', 'old', 'original', 'existing', 'actuelle', 'ancienne', 'actual', 'antigua', 'puse',
  'alte', 'aktuelle', 'hinterlegte', 'attuale', 'vecchio', 'vecchia', 'atual', 'antigo', 'antiga', 'oude', 'huidige', 'obecny',
  'aktualny', 'stary', 'gamla', 'nuvarande', 'eski', 'mevcut', 'kayitli', 'القديم', 'الحالي', 'الاصلي']);
/** Said against an address, beyond a negation and the concept "wrong" (folded). */
const AGAINST = /^(?:fout|onjuist|bledn|nieaktual|hatali|gecersiz|faux|fausse|errat[oa]|outdated|invalid|veraltet|غير|خاطئ)/u;
/** "the address is fine but the apartment is wrong" (or "…, though") corrects the address after all. */
const BUT = new Set([...BUT_WORDS, 'though']);
// Delivering elsewhere in words the concepts do not list: a verb of sending or delivering and where to, right after it
// ("deliver it to my office", "livrez plutôt chez ma voisine", "spedite all'ufficio", "enviem para o meu trabalho",
// "lever het bij de buren af", "leverera till grannen"), the place before it in the Turkish dative ("komşuma teslim
// edin", "iş adresime gönderin") or after it with Arabic "لـ / إلى" ("سلموه للجيران").
const DELIVER_VERB = /^(?:livr|entreg|consegn|liefer|lever|bezorg|dostarcz|teslim|bring|drop)/u;
const DELIVER_IN_WORD = ['سلم', 'وصل'];
/** "Send a new label", "ship no later than": after an English verb, "a" is an article and "no" a negation. */
const ENGLISH_SEND = /^(?:send|ship|mail|post|drop|bring|dispatch|deliver)/u;
const TO_PLACE = new Set(['to', 'at', 'a', 'au', 'aux', 'chez', 'plutot', 'an', 'zu', 'zum', 'zur', 'nach', 'bei', 'stattdessen', 'para',
  'pra', 'pro', 'em', 'na', 'no', 'in', 'nel', 'nella', 'all', 'alla', 'al', 'dal', 'dalla', 'presso', 'invece', 'en', 'naar', 'bij', 'op',
  'till', 'hos', 'istallet', 'do', 'pod', 'instead', 'الى', 'إلى', 'على', 'عند', 'لعنوان']);
/** "Is", by language (folded): "the address is correct", "l'adresse est correcte", "die Adresse ist richtig". */
const BE = new Set(['is', 's', 'est', 'ist', 'es', 'esta', 'e', 'jest', 'ar', 'blijft', 'bleibt', 'stays', 'remains']);
/** Concepts a take-back of the address may name beside it. */
const ADDRESS_CONCEPTS = new Set(['address', 'send-to', 'change', 'already', 'shipped', 'arrive']);
// Japanese and Chinese: the take-back, then the address kept ("無視してください…住所のままで大丈夫です", "请忽略…原来的地址就可以").
const CJK_IGNORE = /無視|忘れて|忽略|别管|不用管/u;
const CJK_ADDRESS_FINE = /のままで|そのまま|で大丈夫|で問題|で合って|原来的|原地址|就可以|就行|没问题|不用改|不变/u;
const CJK_ADDRESS_NEW = /に送って|に変更|へ送|寄到|送到|改成|改为|改到|新しい住所|新地址/u;

function addressKept(tokens: readonly Token[], hits: readonly { concept: string; token: number; at: number }[], neg: readonly boolean[],
  takeBack: ReadonlySet<number>): boolean {
  const scopeNamesOther = (i: number) => hits.some((h) => h.token > phraseEnd(tokens, i) && h.token <= i + SCOPE + 2 &&
    tokens[h.token]!.clause === tokens[i]!.clause && !ADDRESS_CONCEPTS.has(h.concept) && !TAKE_BACK.has(h.concept));
  const outright = [
    ...[...takeBack].filter((i) => !conditional(tokens, i) && !scopeNamesOther(i)),
    ...moreTakeBacksAt(tokens).filter((m) => !conditional(tokens, m.token)).map((m) => m.token),
    ...retractionsAt(tokens).map((p) => Math.floor(p / 10000)),
  ];
  let last = outright.length > 0 ? Math.max(...outright) : -1;
  let fineAfter = false;
  tokens.forEach((t, i) => {
    if (!t.cjk) return;
    const at = t.text.search(CJK_IGNORE);
    if (at >= 0 && i >= last) last = i;
  });
  if (last < 0) return false;
  const after = tokens.slice(last + 1);
  const lastTok = tokens[last]!;
  if (lastTok.cjk) {
    const tail = lastTok.text.slice(lastTok.text.search(CJK_IGNORE));
    fineAfter = CJK_ADDRESS_FINE.test(tail);
    if (CJK_ADDRESS_NEW.test(tail)) return false;
  }
  if (after.some((t) => /\d/u.test(t.text))) return false;
  if (after.some((t) => t.cjk && CJK_ADDRESS_NEW.test(t.text))) return false;
  // "The address is correct" says it is right; "please correct it" asks a change.
  const saysRight = (i: number) => ADDRESS_FINE.has(tokens[i]!.text) && BE.has(tokens[i - 1]?.text ?? '');
  // A take-back's scope ends at "and": "please ignore the autofill and send it to my current home" asks the sending.
  const plain = negatedTokens(tokens, new Set());
  const andAfter = (from: number, to: number) => tokens.slice(from + 1, to).some((t) => t.clause === tokens[to]!.clause && AND_CUT.has(t.text));
  const negHere = (k: number) => neg[k]! && (plain[k]! || ![...takeBack].some((b) => b < k && tokens[b]!.clause === tokens[k]!.clause && andAfter(b, k)));
  if (hits.some((h) => h.token > last && (h.concept === 'send-to' || h.concept === 'change') && !saysRight(h.token) &&
    !(tokens[h.token]!.cjk ? cjkNegated(tokens[h.token]!.text, h.at) : negHere(h.token)))) return false;
  if (deliversElsewhere(tokens, last, negHere)) return false;
  const against = (clause: number) => tokens.some((t, j) => t.clause === clause && (NEGATIONS.has(t.text) || AGAINST.test(t.text) ||
    hits.some((h) => h.token === j && h.concept === 'wrong')));
  const fineAt = after.map((t, k) => last + 1 + k).filter((i) => {
    const t = tokens[i]!;
    if (t.cjk) return CJK_ADDRESS_FINE.test(t.text);
    return (ADDRESS_FINE.has(t.text) && !neg[i]) || (ADDRESS_ON_ORDER.has(t.text) && !against(t.clause));
  });
  if (fineAt.length > 0) {
    // "The address is fine but the apartment is wrong": something said wrong after it, set off by "but".
    const lastFine = Math.max(...fineAt);
    const saysWrong = (k: number) => !neg[k] && (AGAINST.test(tokens[k]!.text) || hits.some((h) => h.token === k && h.concept === 'wrong'));
    const corrected = tokens.some((t, j) => j > lastFine && BUT.has(t.text) &&
      tokens.some((u, k) => k > j && u.clause === t.clause && saysWrong(k)));
    if (corrected) return false;
  }
  return fineAfter || fineAt.length > 0;
}

/** "And" ending a take-back's scope; not Polish "i", which is English "I" ("disregard what I wrote"). */
const AND_CUT = new Set([...AND].filter((w) => w !== 'i'));

/** A delivery elsewhere asked after the take-back at `last`, in a clause of its own or after "and" (what the take-back
 * itself names, "disregard what I wrote about delivering to my office", is taken back): a verb of sending or delivering, not negated,
 * not for a case, and where to (DELIVER_VERB, TO_PLACE). */
function deliversElsewhere(tokens: readonly Token[], last: number, negated: (i: number) => boolean): boolean {
  const from = tokens[last]!.clause;
  return tokens.some((t, i) => {
    const apart = t.clause !== from || tokens.slice(last + 1, i).some((u) => AND_CUT.has(u.text));
    if (i <= last || t.cjk || !apart || negated(i) || conditional(tokens, i)) return false;
    const arabic = DELIVER_IN_WORD.some((w) => t.text.includes(w)) || SHIP_IN_WORD.some((w) => t.text.includes(w));
    if (!(DELIVER_VERB.test(t.text) || SHIP_VERB.test(t.text) || arabic)) return false;
    for (let j = i + 1; j <= i + 4 && j < tokens.length && tokens[j]!.clause === t.clause; j++) {
      const w = tokens[j]!.text;
      if ((TO_PLACE.has(w) && !((w === 'a' || w === 'no') && ENGLISH_SEND.test(t.text))) || (arabic && /^(?:لل|ل\p{Script=Arabic}{3,})/u.test(w))) return true;
    }
    // Turkish: the place in the dative right before the verb ("komşuma teslim edin", "adresime gönderin").
    const prev = tokens[i - 1];
    return /^(?:teslim|gonder|yolla)/u.test(t.text) && prev !== undefined && prev.clause === t.clause && /\p{L}{3,}[ae]$/u.test(prev.text);
  });
}

// "No, I don't want to cancel, wrong button — go ahead with the shipping": the cancel declined and the order asked to
// go ahead as it is. Its words of a mistake ("wrong", "me equivoqué") read as an address to correct, but the message
// names no address and gives none: it changes nothing. The cancel negated, the order kept, shipped as normal or told
// to go ahead (not negated, not for a case), and no address, delivery elsewhere or number in the message.
const GO_AHEAD = ['go ahead', 'carry on', 'proceed', 'sigue adelante', 'sigan adelante', 'siga adelante', 'adelante con',
  'continuen', 'procedan', 'continuez', 'poursuivez', 'allez y', 'machen sie weiter', 'fortfahren', 'weiter so', 'procedete',
  'andate avanti', 'continuate', 'procedam', 'prossigam', 'podem seguir', 'sigam', 'continuem', 'ga door', 'gaat u door',
  'doorgaan', 'kontynuujcie', 'kontynuowac', 'fortsatt', 'kor pa', 'devam edin', 'devam edebilirsiniz', 'كملوا', 'استمروا',
  'كمل'].map((p) => p.split(' '));
const CJK_GO_AHEAD = /そのまま(?:進め|手続き)|继续(?:处理|发货|寄)|繼續(?:處理|發貨)/u;

// Not being able to cancel is no refusal: "I couldn't cancel in the app, please go ahead and do it on your side", "no
// puedo cancelar", "non riesco ad annullare", "je n'arrive pas à annuler", "iptal edemiyorum", "ما أقدر ألغي", "キャンセル
// できません", "取消不了" ask the seller to cancel. Folded, whole words; Turkish says it in the verb.
const ABLE = new Set(['can', 'can\'t', 'cant', 'could', 'couldn\'t', 'couldnt', 'cannot', 'unable', 'able', 'kann', 'konnte', 'konnten',
  'puedo', 'pude', 'podemos', 'pudimos', 'peux', 'peut', 'pouvons', 'pu', 'arrive', 'arrivons', 'reussi', 'riesco', 'riusciamo',
  'riuscito', 'posso', 'possiamo', 'consigo', 'conseguimos', 'consegui', 'kan', 'kon', 'konden', 'kunnen', 'moge', 'mozemy',
  'moglem', 'moglam', 'kunde', 'lyckas', 'lyckades', 'اقدر', 'أقدر', 'نقدر', 'قدرت', 'يمكن', 'يمكنني']);
const TR_UNABLE = /(?:emiyor|amiyor|emedi|amadi|emem|amam)\p{L}*$/u;
const CJK_UNABLE = /^[^。、！？，]{0,3}?(?:できな|できませ|出来な|出来ませ|不了)|(?:不能|无法|無法|没法)[^。，！？]{0,2}$/u;
// Only part of the order kept from the cancel: "I don't want to cancel the whole order, only the mug", "no cancelen todo
// el pedido, solo la taza", "nicht die ganze Bestellung". The whole named beside the cancel declined, or the rest
// told to go ahead ("go ahead and ship the rest", "den Rest machen Sie weiter"): one item is still to be cancelled.
const WHOLE = new Set(['whole', 'entire', 'everything', 'all', 'todo', 'toda', 'tout', 'toute', 'tutto', 'tutta', 'intero', 'ganze',
  'ganzen', 'gesamte', 'alles', 'inteiro', 'inteira', 'hele', 'heel', 'calego', 'cale', 'calosc', 'wszystko', 'hela', 'allt',
  'tamamini', 'tamami', 'hepsini', 'كله', 'كامل']);
const REST = new Set(['rest', 'resto', 'reste', 'restante', 'restantes', 'resten', 'reszte', 'reszta', 'gerisi', 'gerisine', 'الباقي']);
const CJK_PART = /全部|全て|すべて|残り|其余|剩下|其他的/u;

function cancelUnable(tokens: readonly Token[], h: { token: number; at: number }): boolean {
  const tok = tokens[h.token]!;
  if (tok.cjk) return CJK_UNABLE.test(tok.text.slice(h.at + (CJK_CANCEL.exec(tok.text.slice(h.at))?.[0].length ?? 2))) ||
    CJK_UNABLE.test(tok.text.slice(0, h.at));
  for (let j = Math.max(0, h.token - 3); j <= h.token + 2 && j < tokens.length; j++) {
    if (tokens[j]!.clause !== tok.clause) continue;
    if (ABLE.has(tokens[j]!.text) || (j > h.token && TR_UNABLE.test(tokens[j]!.text))) return true;
  }
  return false;
}

function cancelsPart(tokens: readonly Token[], cancels: readonly { token: number; at: number }[]): boolean {
  if (tokens.some((t) => (t.cjk ? CJK_PART.test(t.text) : REST.has(t.text)))) return true;
  return cancels.some((h) => !tokens[h.token]!.cjk && tokens.some((t, j) => t.clause === tokens[h.token]!.clause && Math.abs(j - h.token) <= 4 &&
    WHOLE.has(t.text) && !(t.text === 'all' && tokens[j - 1]?.text === 'at') && !(t.text === 'tout' && tokens[j - 1]?.text === 'du')));
}

function goesAheadAsIs(tokens: readonly Token[], hits: readonly { concept: string; token: number; at: number }[], neg: readonly boolean[],
  negated: ReadonlySet<SignalIntent>): boolean {
  const cancels = hits.filter((h) => h.concept === 'cancel');
  const cancelDeclined = negated.has('cancel') || cancels.some((h) => tokens[h.token]!.cjk && cjkNegated(tokens[h.token]!.text, h.at));
  if (!cancelDeclined || cancels.some((h) => !(tokens[h.token]!.cjk ? cjkNegated(tokens[h.token]!.text, h.at) : neg[h.token]))) return false;
  if (cancels.some((h) => cancelUnable(tokens, h)) || cancelsPart(tokens, cancels)) return false;
  if (hits.some((h) => h.concept === 'address' || h.concept === 'send-to') || tokens.some((t) => /\d/u.test(t.text))) return false;
  const ahead = tokens.some((t, i) => (t.cjk ? CJK_GO_AHEAD.test(t.text) || CJK_SHIP_AS_NORMAL.test(t.text)
    : !neg[i] && !conditional(tokens, i) && GO_AHEAD.some((w) => phraseAt(tokens, i, w))));
  return ahead || keptOrShippedAt(tokens, hits, neg).length > 0;
}

/** A return given up for a fix: part of the money asked, or something sent instead ("just send the pedal", "stuur die
 * ene trapper na", "补发那一袋"), not negated. "I wanted to return it, never mind, I'll keep it, it grew on me" gives it
 * up for nothing; "the parts you re-sent came, no need to return anything" (补寄的零件收到了) tells of a fix already made. */
const CJK_SEND_INSTEAD = /補発して|送ってください|(?:补发|补寄|再发)(?!的)|寄给我|发给我/u;
function givenUpForFix(tokens: readonly Token[], hits: readonly { concept: string; token: number; at: number }[], neg: readonly boolean[]): boolean {
  if (hits.some((h) => h.concept === 'refund' && !refundDeclined(tokens, h, neg))) return true;
  // "¿Me mandan la etiqueta?", "send me the return label": the label is sent for the return, not in place of it.
  const label = (i: number) => tokens.slice(i + 1, i + 5).some((u) => u.clause === tokens[i]!.clause && LABEL.test(u.text));
  return tokens.some((t, i) => (t.cjk ? CJK_SEND_INSTEAD.test(t.text) && !CJK_LABEL.test(t.text) || CJK_MONEY_PART.test(t.text)
    : !neg[i] && (((SHIP_VERB.test(t.text) || SHIP_IN_WORD.some((w) => t.text.includes(w))) && !label(i)) || MONEY_PART.test(t.text))));
}
const LABEL = /^(?:label|etiquet|etikett|etichett|etiket|etykiet|retourlabel|rucksendeetikett|versandetikett|ملصق|بوليص)/u;
const CJK_LABEL = /ラベル|伝票|标签|面单|標籤/u;

/** Tokens in the scope of a take-back only (not of a plain negation): after a take-back word, before WITHDRAW_AFTER. */
function takenBackTokens(tokens: readonly Token[], takeBack: ReadonlySet<number>): boolean[] {
  const out = tokens.map(() => false);
  tokens.forEach((t, i) => {
    if (t.cjk) return;
    const mark = (from: number, to: number) => {
      for (let j = Math.max(0, from); j <= to && j < tokens.length; j++) if (tokens[j]!.clause === t.clause) out[j] = true;
    };
    if (WITHDRAW_AFTER.test(t.text)) mark(i - SCOPE, i - 1);
    if (takeBack.has(i)) mark(i + 1, i + SCOPE + 2);
  });
  return out;
}

/**
 * Each message's intents with what a later message took back left out (an ask asked again later stands again).
 * `messages` in the order they were sent; only buyer messages with text take back.
 */
export function withoutWithdrawn<M extends { from: string; text?: string; intents: readonly BuyerIntent[]; unsure?: boolean }>(
  messages: readonly M[],
): (readonly BuyerIntent[])[] {
  const out = messages.map((m) => [...m.intents]);
  messages.forEach((m, k) => {
    if (m.from !== 'buyer' || !m.text) return;
    const w = withdrawalOf(m.text);
    if (!w.all && w.named.length === 0) return;
    const drop = (i: BuyerIntent) => (w.all && ASKS.has(i)) || (w.named as BuyerIntent[]).includes(i);
    for (let j = 0; j < k; j++) {
      if (messages[j]!.from !== 'buyer') continue;
      const kept = out[j]!.filter((i) => !drop(i));
      out[j] = kept.length === 0 && out[j]!.length > 0 ? ['other'] : kept;
    }
    // The withdrawing message itself: an ask asked before that it negates by name ("bitte NICHT stornieren") or
    // takes back whole ("olvide mi petición: mantengan la dirección") is not asked again by it, whatever the model
    // reads in its words. An ask never asked before is the model's to read in the message alone ("me chama no zap").
    const before = new Set(messages.slice(0, k).filter((x) => x.from === 'buyer').flatMap((x) => x.intents));
    // A whole take-back whose own new ask is only the model's unsure guess ("olvide mi petición: mantengan la dirección"
    // read maybe-cancel) asks nothing new: its words were about the ask it takes back.
    const guessed = w.all && m.unsure === true;
    // An ask said plainly after the take-back ("never mind — cancel it") is asked anew by this message.
    const own = out[k]!.filter((i) => !ASKS.has(i) || (w.reasked as BuyerIntent[]).includes(i) ||
      (!guessed && (!before.has(i) || !drop(i))));
    out[k] = own.length === 0 && out[k]!.length > 0 ? ['other'] : own;
  });
  return out;
}

/** Some buyer message (of `texts`, in the order sent) asks for the money or a new one, and no later one takes that
 * back. Read from the latest message back, each once: the latest ask decides, and a take-back after it takes back
 * every ask before it too. */
export function refundAskStands(texts: readonly string[]): boolean {
  for (let k = texts.length - 1; k >= 0; k--) {
    if (texts[k] === '') continue;
    if (asksRefundOrReship(texts[k]!)) return true;
    // Only what came before a take-back is taken back: the first message's take-back has nothing to undo.
    if (k > 0 && withdrawalOf(texts[k]!).refund) return false;
  }
  return false;
}
