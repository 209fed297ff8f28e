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
  /** A cancel said plainly before an outright take-back in this same message, none after it, and the order kept after
   * the take-back ("je voulais annuler … mais finalement non, oubliez ça : je la garde"): the message takes back its own
   * cancel. Only ever ['cancel'] or []. */
  takenBackHere: SignalIntent[];
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
    if (CLAUSE_BREAK.test(gap)) clause++;
    if (SENTENCE_BREAK.test(gap)) sentence++;
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

function conditional(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && tokens[j]!.sentence === tokens[at]!.sentence; j--) if (IF_WORDS.has(tokens[j]!.text)) return true;
  return false;
}

/** What `text` takes back of what the buyer asked before it. */
export function withdrawalOf(text: string): Withdrawal {
  const tokens = tokensOf(foldText(text).text);
  const hits = conceptsOf(tokens);
  const takeBack = new Set(hits.filter((h) => TAKE_BACK.has(h.concept) && !tokens[h.token]!.cjk && !notTakingBack(tokens, h)).map((h) => h.token));
  const neg = negatedTokens(tokens, takeBack);
  const keptAt = hits.filter((h) => h.concept === 'keep' && !tokens[h.token]!.cjk).map((h) => h.token);
  const kept = (i: number) => keptAt.some((k) => i > k && i <= k + SCOPE && tokens[k]!.clause === tokens[i]!.clause);
  const negated = new Set<SignalIntent>(), asked = new Set<SignalIntent>();
  const plainAt: { intent: SignalIntent; token: number }[] = [];
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
      if (!takenBack) plainAt.push({ intent, token: h.token });
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
  const takenBackHere = all && keepsAfterOutright && plainAt.some((p) => p.intent === 'cancel' && p.token < lastOutright) &&
    !plainAt.some((p) => p.intent === 'cancel' && p.token > lastOutright) ? ['cancel' as SignalIntent] : [];
  return { named, all, refund: !reportsMissing && (refundBack || all || came), reasked, takenBackHere };
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
