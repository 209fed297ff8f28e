// Building blocks for the phrase lists: word boundaries that work for accented Latin words inside any text
// (JavaScript's \b only knows ASCII) and no boundaries for Chinese and Japanese, which do not separate words.
import type { FindingKind, RuleId } from '../../model.ts';
import type { HintKey } from '../hints.ts';
import type { MappedText } from '../mapped-text.ts';
import { ruleFor, type Hit } from '../hit.ts';
import { matches } from '../matches.ts';
import { NarrowedList } from './narrow.ts';
import { ANY_WORD_STARTS, type WordStarts } from './prefixes.ts';
import { keptHere, notNeeded, quotedBack, quotedRule, seenThere } from './kept-here.ts';

const LATIN = 'A-Za-z0-9_\\u00C0-\\u024F\\u1E00-\\u1EFF';

/** Latin-script alternatives that must stand as whole words. */
export function words(...alternatives: string[]): string {
  return `(?<![${LATIN}])(?:${alternatives.join('|')})(?![${LATIN}])`;
}

/** Chinese or Japanese alternatives: matched wherever they occur. */
export function cjk(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/**
 * normalize.ts reads Turkish dotless "ı" as "i" (it is also a look-alike in spoofed names), so the lists are folded
 * the same way: "kaldırın" in a list matches "kaldırın" in a draft.
 */
export function foldPattern(source: string): string {
  return source.replace(/ı/g, 'i');
}

const WORD_START = `(?<![${LATIN}])(?:`;
const WORD_END = `)(?![${LATIN}])`;

/**
 * One regular expression for several lists. The whole-word lists are merged under a single pair of boundaries:
 * the engine then tests the boundary once per position instead of once per list, which on a long draft is most
 * of the cost.
 */
export function anyOf(sources: string[], flags = 'giu'): RegExp {
  sources = sources.map(foldPattern);
  const latin: string[] = [];
  const other: string[] = [];
  for (const s of sources) {
    if (s.startsWith(WORD_START) && s.endsWith(WORD_END)) latin.push(s.slice(WORD_START.length, -WORD_END.length));
    else other.push(s);
  }
  const build = (keptLatin: string[], keptOther: string[]) => {
    const merged = keptLatin.length ? [`${WORD_START}${keptLatin.join('|')}${WORD_END}`] : [];
    return merged.length || keptOther.length ? new RegExp([...merged, ...keptOther].join('|'), flags) : null;
  };
  const re = build(latin, other)!;
  NARROWABLE.set(re, new NarrowedList(latin, other, build));
  return re;
}

const NARROWABLE = new WeakMap<RegExp, NarrowedList>();

/**
 * `re` cut down to the phrases that could match a text with these word beginnings (the same matches, found
 * faster); null when none could. Expressions not made by anyOf come back as they are.
 */
export function narrowed(re: RegExp, starts: WordStarts = ANY_WORD_STARTS): RegExp | null {
  const list = NARROWABLE.get(re);
  return list && starts !== ANY_WORD_STARTS ? list.for(starts) : re;
}

export interface PhraseRule {
  re: RegExp;
  kind: FindingKind;
  hint: HintKey;
  severity?: 'block' | 'warn';
  /** Defaults to the kind's rule (hit.ts ruleFor). */
  rule?: RuleId;
  /** Not a finding when the same sentence refuses it ("we cannot offer a discount code"). */
  unlessRefused?: boolean;
  /** A cheaper list that finds the same over a draft `needs` finds nothing in (a list that begins with common words). */
  otherwise?: { needs: RegExp; re: RegExp };
  /** Not a finding when this says the match is something else in its place ("the coupon you used at checkout"). */
  unless?: (text: string, start: number, end: number) => boolean;
}

// A name inside a refusal or inside a quotation of Amazon's rule ("we cannot continue on WhatsApp", "Amazon does
// not allow PayPal", "WhatsApp ist leider nicht erlaubt") is no invitation to go there.
export const NEGATION_BEFORE = new RegExp(foldPattern(words('cannot', 'can[\'’]?t', 'can\\s+not', 'unable\\s+to', 'don[\'’]?t', 'do\\s+not',
  'does\\s+not', 'doesn[\'’]t', 'won[\'’]t', '(?:aren|isn|wasn|weren|couldn|wouldn|shouldn|mustn|didn|haven|hasn)[\'’]t', 'will\\s+not', 'may\\s+not', 'must\\s+not', 'not', 'never', 'nor', 'no\\s+(?:longer|way)',
  // Spanish "no" before a verb; alone it is also Portuguese "in the" ("fale comigo no WhatsApp")
  'no\\s+(?:le|les|te|lo|la|nos|vamos|queremos|pediremos|pedimos|solicitamos)(?![\\p{L}])', 'no\\s+(?:\\p{L}+\\s+)?(?:escrib\\p{L}*|compart\\p{L}*|necesit\\p{L}*|pod\\p{L}*|pued\\p{L}*|es|está|están|se|usamos|utilizamos|aceptamos|ofrecemos|permit\\p{L}*|hacemos|trabajamos|tenemos|estamos|damos|enviamos)',
  'prohibit\\p{L}*', 'forbid\\p{L}*', 'instead\\s+of', 'rather\\s+than', 'there\\s+(?:is|are|was|were)\\s+no', 'we\\s+(?:have|offer|give|send)\\s+no',
  // "neither PayPal nor a transfer", "weder PayPal noch Klarna", "varken Swish eller"; a rule that prevents it ("Amazon's
  // rules prevent us from offering ...", "le regole ci impediscono di ...")
  // (not Swedish "ni", "you", before its verb: "om ni ville ta bort ...")
  'neither', 'weder', 'varken', 'ni(?!\\s+(?:ville|vill|kan|kunde|skulle|har|hade|är|var|får|fick|behöver|tog|tar|gärna|själva?|redan|också|bara|måste|kommer|ska|blir|vet|bör|önskar|skickar|skickade|lämnar|lämnade|beställde|köpte)(?![\\p{L}]))', 'ani', 'né', 'nem', 'prevent\\p{L}*', 'verhinder\\p{L}*', 'empêch\\p{L}*', 'imped\\p{L}*', 'impid\\p{L}*', 'uniemożliwia\\p{L}*', 'förhindra\\p{L}*', 'hindrar',
  'leider', 'kein\\p{L}*', 'nicht', 'verbiete\\p{L}*', 'untersag\\p{L}*', 'statt', 'anstatt',
  'pas', 'aucun\\p{L}*', 'jamais', 'interdi\\p{L}*', 'impossible', 'au\\s+lieu',
  'ningún', 'ninguna', 'nunca', 'prohíb\\p{L}*', 'prohibid\\p{L}*', 'en\\s+lugar',
  // "no gestionamos", "no atendemos": Spanish "no" before a verb of ours (Portuguese "no" is "in the", never before one)
  'no\\s+\\p{L}+(?:amos|emos|imos)',
  'non', 'nessun\\p{L}*', 'mai', 'vieta\\p{L}*', 'invece',
  'não', 'nao', 'nenhum\\p{L}*', 'proíb\\p{L}*', 'proibi\\p{L}*', 'em\\s+vez',
  'niet', 'geen', 'nooit', 'verbied\\p{L}*', 'verboden', 'helaas',
  'nie', 'żad(?:en|n\\p{L}*)', 'nigdy', 'nic', 'niczego', 'nikt', 'nikomu', 'zabrani\\p{L}*', 'zakaz\\p{L}*', 'niestety', 'zamiast',
  'inte', 'ej', 'aldrig', 'inga?', 'förbjud\\p{L}*', 'tyvärr', 'istället',
  'maalesef', 'yasak\\p{L}*', 'asla', 'hiçbir', 'yerine') +
  // "能不能", "可不可以": a question, not a refusal
  '|' + cjk('无法', '(?<!能)不能', '不接受', '不收', '不使用', '(?<![\\p{L}])ما\\s+(?:نقدر|نقدرش|نستطيع|نقبل|نتعامل|يمكننا|نتواصل)(?![\\p{L}])', '没有', '不提供', '(?<!可)不可以', '不允许', '禁止', '不支持', '(?<!会)不会', '(?<!要)不要', '不得',
    '(?<![\\p{L}])و?(?:لا|لن|ليس)(?![\\p{L}])', 'ممنوع', '(?<![\\p{L}])[يت]منع\\p{L}*', '(?<![\\p{L}])[يت]حظر\\p{L}*', 'محظور\\p{L}*', 'غير\\s+مسموح', 'بدلا', 'بدلاً', 'للأسف', 'عدم')), 'iu');
const NEGATION_AFTER = new RegExp(foldPattern(words('not\\s+(?:allowed|permitted)', 'is\\s+not', 'isn[\'’]t', 'are\\s+not', 'prohibited',
  'forbidden', 'nicht', 'nichts', 'niemand\\p{L}*', 'verboten', 'untersagt', 'n[\'’]est\\s+pas', 'pas', 'interdit\\p{L}*', 'no\\s+(?:está|es|son|están)',
  // the name first, the refusal after it: "Über Instagram können wir keine Reklamationen bearbeiten", "por Instagram
  // no gestionamos", "su WhatsApp non rispondiamo", "via WhatsApp kunnen we geen foto's ontvangen" (not "kein Problem")
  'kein\\p{L}*(?!\\s+(?:problem|sorge|stress|thema|aufwand))', 'geen(?!\\s+(?:probleem|zorgen|punt))', 'no\\s+\\p{L}+(?:amos|emos|imos)', 'non\\s+\\p{L}+iamo',
  'prohibid\\p{L}*', 'non\\s+(?:è|sono)', 'vietat\\p{L}*', 'não', 'proibid\\p{L}*', 'niet', 'verboden', 'nie', 'zabronion\\p{L}*',
  'inte', 'förbjud\\p{L}*', 'değil', 'yasak\\p{L}*', 'izin\\s+verilmiyor',
  // "Trendyol'da mağazamız yok" (we have no store there), not "sorun yok" (no problem)
  '(?<!(?:sorun|problem|sıkıntı|gerek|endişeye|mahsur|mahzur)\\s)yok(?:tur)?', 'engelli\\p{L}*', 'engel\\s+ol\\p{L}*', 'izin\\s+vermiyor',
  '[a-zçğıöşüâîû]+(?:mayacağız|meyeceğiz|mıyor|miyor|muyor|müyor)', '[a-zçğıöşüâîû]+(?:amıyoruz|emiyoruz|amayız|emeyiz|amaz|emez|amıyorum|emiyorum|madığımız|mediğimiz|mıyoruz|miyoruz)') +
  '|' + cjk('できません', 'できかねます', 'かねます', 'ておりません', 'لا\\s+ن\\p{L}+', 'てはならない', 'てはいけない', '不得', 'ございません', 'しておりません', '禁止', 'ご遠慮', '不能', '无法', '不允许', '不可以', '不支持', '做不了', '办不到',
    'ممنوع', 'غير\\s+مسموح', 'لا\\s+يسمح', 'لا\\s+نستطيع', 'لا\\s+يمكن')), 'iu');
// Where a refusal stops: the end of a sentence, a comma, or a word that turns to what the writer does want.
const CLAUSE_BREAK = new RegExp('[.!?;。！？；\\n,，、:：،؛]|\\s[–—-]\\s|' + words('but', 'so', 'please', 'aber', 'bitte', 'sondern', 'mais', 'donc',
  'pero', 'así\\s+que', 'ma', 'quindi', 'mas', 'então', 'maar', 'dus', 'graag', 'ale', 'więc', 'proszę', 'men', 'så', 'ama',
  'lütfen',
  // "We don't need it back and will refund you by Venmo": "and" with a new subject or verb starts a clause of its
  // own, which the negation before it does not reach ("we can't use PayPal and Venmo" goes on refusing).
  'and\\s+(?:we|i|will|shall|we[\'’]ll|i[\'’]ll|you[\'’]ll)', 'und\\s+(?:wir|ich|werden)', 'et\\s+(?:nous|je|on)',
  'y\\s+(?:le|les|te|nosotros|vamos)', 'e\\s+(?:le|ti|vi|noi)', 'e\\s+(?:nós|vamos|lhe)', 'en\\s+(?:we|wij|ik)',
  'i\\s+(?:my|zwrócimy|przelejemy|oddamy)', 'och\\s+(?:vi|jag)', 've\\s+(?:biz|size)') +
  '|' + cjk('但', '请', '所以', 'لكن', 'لذا', 'من\\s+فضلك', 'رجاء'), 'giu');

// "não faça Pix, TED nem pague boleto", "non faccia bonifici, ricariche PostePay né ...": a comma before the next item
// of a list that goes on with "nor" keeps the negation before it.
const LIST_AFTER_COMMA = /^\s*(?:[^\s,.;:!?]+\s+){1,2}?(?:nor|noch|ni|né|nem|ani)\s/iu;

function clauseStart(text: string, start: number): number {
  const from = Math.max(0, start - 60);
  let a = from;
  CLAUSE_BREAK.lastIndex = 0;
  const window = text.slice(from, start);
  for (const m of matches(CLAUSE_BREAK, window)) {
    const after = from + m.index + m[0].length;
    if (m[0] === ',' && LIST_AFTER_COMMA.test(text.slice(after, start + 40))) continue;
    a = after;
  }
  return a;
}

// "... would make our day, and if not, tell us": a negation after a condition belongs to the condition.
const CONDITION_AFTER = /(?:^|[^\p{L}])(?:if|unless|wenn|falls|sonst|si|sinon|se|altrimenti|caso|senão|als|anders|jeśli|jeżeli|om|annars|eğer|yoksa|إذا|اذا|وإلا|وإن)(?![\p{L}])|如果|否则|でなければ/iu;

function clauseEnd(text: string, end: number): number {
  let window = text.slice(end, end + 60);
  const condition = CONDITION_AFTER.exec(window);
  if (condition) window = window.slice(0, condition.index);
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(window);
  return end + (m ? m.index : window.length);
}

// Chinese lists its refused names with 、 or 或 ("我们不接受支付宝、微信支付或银行转账"): every name in the list is refused.
const CJK_LIST_REFUSED = /(?:不接受|不支持|不能|无法|不可以|不使用|不用|不提供)[^。！？；\n]{0,30}?[、，,或和及与]\s*$/u;

/** A refusal anywhere in `s` ("..., but we cannot ...", "... ama orada yanıt veremiyoruz"). */
function refusesAnywhere(s: string): boolean {
  return NEGATION_BEFORE.test(s) || NEGATION_AFTER.test(s) || FINAL_NEGATION.test(s);
}

// "Don't forget to follow our brand", "vergeet niet", "não esquece de": a negation that urges, refusing nothing.
const URGING = /(?:don['’]?t|do\s+not)\s+(?:forget|hesitate|miss)|why\s+not|warum\s+nicht|pourquoi\s+ne\s+pas|por\s+qu[ée]\s+no|perché\s+non|por\s+que\s+não|waarom\s+niet|czemu\s+nie|dlaczego\s+nie|varför\s+inte|neden\s+olmasın|missa\s+inte|verpassen\s+sie\s+nicht|ne\s+(?:manquez|ratez)\s+pas|no\s+se\s+(?:pierda|lo\s+pierda)|non\s+(?:perda|perdere)|não\s+perca|mis\s+(?:het\s+)?niet|mis\s+geen|verpassen\s+sie\s+kein\p{L}*|kein\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:mehr\s+)?verpassen|nie\s+przegap\p{L}*|kaçırmayın|unutmayın|vergeet\s+niet|não\s+(?:se\s+)?esque\p{L}*|vergessen\s+sie\s+nicht|nicht\s+vergessen|n['’]oubliez\s+pas|no\s+olvide\p{L}*|non\s+dimentic\p{L}*|nie\s+zapomnij\p{L}*|glöm\s+inte/giu;

// "So you don't have to wait", "per non farla aspettare", "حتى لا تضطر": a negation of purpose, refusing nothing.
export const PURPOSE = /(?:so(?:\s+that)?\s+you\s+(?:don['’]?t|do\s+not|won['’]?t|will\s+not)|to\s+avoid|damit\s+sie\s+nicht|um\s+(?:\p{L}+\s+){0,2}?nicht|pour\s+(?:ne\s+pas|que\s+vous\s+n['’]\p{L}+\s+pas|ne\s+plus)|afin\s+de\s+ne\s+pas|pour\s+vous\s+éviter|para\s+(?:que\s+)?(?:no|não)|per\s+non|perché\s+non|affinché\s+non|zodat\s+(?:u|je)\s+niet|om\s+(?:u\s+|je\s+)?niet|(?:żeby|aby|by)\s+nie|för\s+att\s+(?:du\s+)?inte|så\s+(?:att\s+)?(?:du\s+)?(?:inte|slipper)|(?:حتى|لكي|كي)\s+لا|لئلا|为了不|免得|以免)(?![\p{L}])/giu;

// "Amazon erlaubt uns nicht, Ihnen … einen Gutschein … zu schicken", "Amazon does not allow us, by its rules, to send
// you a voucher": the negation ends the clause before, and this clause is its infinitive.
const NEGATED_BEFORE_COMMA = /(?:^|[^\p{L}])(?:nicht|kein\p{L}*|not|never|pas|jamais|no|non|niet|nie|inte)\s*[,，]\s*$/iu;
const INFINITIVE_CLAUSE = /^[^.!?;\n]{0,120}?(?:\szu\s+\p{L}+|\p{L}+zu\p{L}+en)\s*[.!?;]/iu;

export function refused(text: string, start: number, end: number): boolean {
  const a = clauseStart(text, start);
  const before = text.slice(a, start);
  if (NEGATED_BEFORE_COMMA.test(text.slice(Math.max(0, a - 40), a)) && INFINITIVE_CLAUSE.test(text.slice(a, a + 160))) return true;
  const pays = MONEY_OFFERED.test(text.slice(a, clauseEnd(text, end)));
  if (NEGATION_BEFORE.test(before) && NEGATION_BEFORE.test(withoutPurpose(text, a, start, pays))) return true;
  if (YERINE_AFTER.test(text.slice(end, end + 24))) return true;
  if (NOTHING_BEFORE.test(before)) return true;
  if (CJK_LIST_REFUSED.test(text.slice(Math.max(0, start - 40), start))) return true;
  const after = text.slice(end, clauseEnd(text, end));
  return NEGATION_AFTER.test(after) && NEGATION_AFTER.test(after.replace(URGING, ' '));
}

/** [a, start) with its negations of purpose and its "instead of" something else blanked; a purpose may begin a few letters before a ("[Per] non farla ..."). */
function withoutPurpose(text: string, a: number, start: number, pays = false): string {
  const from = Math.max(0, a - 12);
  const s = text.slice(from, start).replace(PURPOSE, (m) => ' '.repeat(m.length)).slice(a - from).replace(URGING, ' ');
  return pays ? withoutInsteadOfOther(s) : s;
}

// "Instead of" refuses its own object only: "instead of PayPal", "instead of writing to us on WhatsApp" keep to Amazon,
// but with money offered in its clause ("rather than a return I can refund the £12 difference by bank transfer",
// "zamiast zwrotu oddam 20 zł różnicy BLIKiem", "istället för retur swishar jag tillbaka 50 kr") the way to pay after
// its own object is the offer. Turkish "yerine" follows its object: "İade yerine 40 TL farkı Papara ile" offers Papara,
// "Papara yerine" refuses it (YERINE_AFTER).
const INSTEAD_OF = new RegExp(`${words('instead\\s+of', 'rather\\s+than', 'statt', 'anstatt', 'au\\s+lieu', 'en\\s+lugar', 'invece',
  'em\\s+vez', 'zamiast', 'istället')}|بدلاً|بدلا|${words('yerine')}`, 'giu');
// What may stand between "instead of" and the name it refuses: prepositions and articles.
const INSTEAD_GLUE = new Set(['of', 'de', 'd', 'di', 'do', 'da', 'dos', 'das', 'del', 'della', 'dello', 'per', 'via', 'by', 'using',
  'with', 'through', 'über', 'mit', 'par', 'avec', 'con', 'com', 'med', 'genom', 'przez', 'a', 'an', 'the', 'der', 'die', 'dem',
  'den', 'le', 'la', 'les', 'l', 'el', 'los', 'las', 'il', 'lo', 'o', 'os', 'as', 'het', 'een', 'för', 'att', 'um', 'uma', 'un',
  'une', 'uno', 'una', 'ein', 'eine', 'einen', 'einer', 'za', 'pomocą', 'من']);
// Money the draft offers in the clause: an amount with its currency, or "the difference".
const MONEY_OFFERED = /\d[\d.,]*\s*(?:€|£|\$|zł|zl|kr|sek|tl|₺|r\$|eur|usd|gbp|pln|try|sar|aed|ريال|درهم|円|元)|(?:€|£|\$|r\$)\s*\d|(?:^|[^\p{L}])(?:difference|différence|diferencia|differenza|diferença|differenz|verschil|różnic\p{L}*|mellanskillnad\p{L}*|skillnad\p{L}*|fark\p{L}*)(?![\p{L}])|الفرق|差额|差額/iu;

function withoutInsteadOfOther(s: string): string {
  return s.replace(INSTEAD_OF, (m, at: number) => {
    if (/^yerine$/iu.test(m)) return ' '.repeat(m.length);
    const between = s.slice(at + m.length).split(/[\s,'’]+/u).filter(Boolean);
    return between.some((w) => !INSTEAD_GLUE.has(w.toLowerCase())) ? ' '.repeat(m.length) : m;
  });
}
const YERINE_AFTER = /^\s*(?:ile\s+|üzerinden\s+)?yerine(?![\p{L}])/iu;

// "We do not use WhatsApp, Telegram or email": the next name in a list goes with the one before it.
const LIST_GAP = /^(?:\.[a-z]{2,4}(?![\p{L}]))?[\s,、，;]*(?:(?:or|and|nor|oder|und|noch|ou|et|ni|o|y|e|nem|of|en|lub|ani|i|eller|och|veya|ve|ya\s+da|أو|و|或|和|や)\s+)?$/iu;

// Turkish and Japanese put the negated verb last, after the whole list: "Papara, IBAN ya da havale ile ödeme
// almıyoruz", "LINEやPayPayでのやり取りはしておりません".
const FINAL_NEGATION = /(?:\p{L}(?:mıyor|miyor|muyor|müyor|amıyor|emiyor)\p{L}{0,3}|できません|かねます|ておりません|いたしません|ございません|禁止(?:されて(?:おり|い)ます|です))\s*[.!。！]?\s*$/u;
const SENTENCE_REST = /^[^.!?;。！？；\n]*/u;
const TURNS = /(?:^|[^\p{L}])(?:ama|fakat|ancak|lütfen)(?![\p{L}])|が、|けど|ので/u;

// The way to pay named first, "we can't do that" closing its clause: "Een Tikkie of overboeking buiten Amazon om
// kunnen wij niet doen", "Eine PayPal-Zahlung … können wir leider nicht machen", "… no podemos hacerlo".
const CANT_DO_FINAL = /(?:^|[^\p{L}])(?:(?:können|kunnen|kan|can|dürfen|mogen|får)\s+(?:wir|wij|we|vi|ik|ich|jag)\s+(?:\p{L}+\s+)?(?:nicht|niet|inte|not)(?:\s+\p{L}+)?|(?:no|não|non|nie)\s+(?:podemos|conseguimos|possiamo|podem|możemy|wchodz\p{L}*)(?:\s+\p{L}+){0,3}|(?:ne\s+)?pouvons\s+pas(?:\s+\p{L}+)?)\s*$/iu;

function negatedAtEnd(text: string, start: number, end: number): boolean {
  const rest = SENTENCE_REST.exec(text.slice(end, end + 200))![0];
  if (TURNS.test(rest)) return false;
  return FINAL_NEGATION.test(rest) || warnedOff(text, start, end, rest) || CANT_DO_FINAL.test(rest.split(/[,，、،:]/u)[0]!);
}

// A warning not to pay: "birine havale veya EFT yapmayın", "絶対にお振込みなさらないでください", or a condition naming
// the payment with "don't" for its answer ("如有人要求您银行转账，请千万不要付款", "If anyone asks you to pay by bank
// transfer, don't").
const DONT_FINAL = /(?:\p{L}(?:ma|me)y[iı]n(?:[iı]z)?|ないで(?:ください|下さい)|ないよう(?:お願い|ご注意)\p{L}*)\s*[.!。！]?\s*$/u;
const DONT_FIRST = new RegExp('^[\\s,，、،]*(?:(?:please|bitte|por\\s+favor|per\\s+favore|lütfen|proszę|prosimy|请|千万|絶対に|決して)[\\s,，]*)*' +
  '(?:don[\'’]?t|do\\s+not|never|ne(?![\\p{L}])|n[\'’]|no\\s+(?!need|problem|worr)|non\\s|não\\s|nunca|jamais|mai\\s|nie\\s|niet|nooit|inte|aldrig|asla|ingen|لا\\s|فلا\\s|不要|请勿|切勿|别|勿|' +
  '\\p{L}+\\s+sie\\s+(?:\\p{L}+\\s+)?(?:nicht|nichts|kein\\p{L}*)|\\p{L}+\\s+(?:\\p{L}+\\s+)?(?:niet|inte|nie)(?![\\p{L}]))', 'iu');
const URGED = /unutma|kaç[iı]rma|kacirma|çekinme|cekinme|忘れ|遠慮|忘了|犹豫|forget|hesitate|vergessen|oublie|olvid|dimentic|esque|vergeet|zapomn|glöm/iu;
const COMMA = /[,，、،]/u;
// The answer is about paying ("don't pay", "ne payez pas", "不要付款"), or is a bare "don't" ("no pague", "betaal dan niet").
const PAY_VERB = /pay|pai|pag|zahl|überweis|betal|płac|przel|öde|gönder|yap|ادفع|تدفع|تحول|حو|付|払|振|转|汇|send|envo|envi|invi|stuur|skick|wyśl|transf|vir|bonific|overm|swish/iu;
const BARE = /^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,3}\p{L}*[^\p{L}]*$/u;
// the condition opens the clause ("if anyone asks you to pay by ...", "如有人要求您..."), or closes it in Japanese ("...を求められても")
const CONDITION_BEFORE = /(?:^|[^\p{L}])(?:if|wenn|falls|si|se|als|om|jeśli|jeżeli|eğer|إذا|اذا|لو)(?![\p{L}])|もし|如果|如|若|万一/iu;
const CONDITION_CLOSING = /ても|でも|場合|なら/u;
const SENTENCE_START = /[.!?;。！？；\n:：]/u;

function warnedOff(text: string, start: number, end: number, rest: string): boolean {
  if (URGED.test(rest)) return false;
  const comma = COMMA.exec(rest);
  if (!comma) return DONT_FINAL.test(rest);
  let a = start;
  while (a > 0 && start - a < 200 && !SENTENCE_START.test(text[a - 1]!) && !COMMA.test(text[a - 1]!)) a--;
  const main = rest.slice(comma.index);
  return (CONDITION_BEFORE.test(text.slice(a, start)) || CONDITION_CLOSING.test(rest.slice(0, comma.index))) &&
    !COMMA.test(main.slice(1)) && (DONT_FIRST.test(main) || DONT_FINAL.test(main)) && (PAY_VERB.test(main) || BARE.test(main));
}

function listedAfter(text: string, refusedEnd: number, start: number): boolean {
  return refusedEnd >= 0 && start >= refusedEnd && start - refusedEnd <= 12 && LIST_GAP.test(text.slice(refusedEnd, start));
}

// "per PayPal oder auf anderem Weg außerhalb von Amazon", "via Swish eller på något annat sätt utanför Amazon": a
// refused name, then "or" and a few words, then another: the list goes on, refused with the first (any list). A
// name right after a refused one of the same kind ("by check, Venmo") is in the same list too.
const OR_MORE = /^[\s,]*(?:or|nor|oder|noch|ou|ni|né|o|nem|lub|ani|eller|veya|ya\s+da|أو)\s+(?:[^\s.,;:!?]+\s+){0,4}$/iu;

interface Refused { end: number; kind: FindingKind }

/** `done` sorted by end: a refused name ends just before `start`, and the list goes on to this one. */
function continuesRefused(text: string, done: readonly Refused[], start: number, kind: FindingKind): boolean {
  for (let i = done.length - 1; i >= 0; i--) {
    const e = done[i]!;
    if (e.end > start) continue;
    if (start - e.end > 50) return false;
    const gap = text.slice(e.end, start);
    if (gap.length <= 12 && e.kind === kind && LIST_GAP.test(gap)) return true;
    if (OR_MORE.test(gap)) {
      CLAUSE_BREAK.lastIndex = 0;
      // "PayPal or bank transfer here so just WhatsApp us": a turn ends the list
      if (!CLAUSE_BREAK.test(gap.replace(/^[\s,]+/, ''))) return true;
    }
  }
  return false;
}

// Nothing, no one, right before the name: "können wir Ihnen nichts per PayPal erstatten", "niets via Tikkie".
const NOTHING_BEFORE = /(?:^|[^\p{L}])(?:nothing|nobody|no\s+one|niemand\p{L}*|nichts|niets|rien|nada|nadie|ninguém|niente|nulla|nic|niczego|nikt|nikomu|inget|ingen)\s+(?:\p{L}+\s+)?$/iu;

/** Every match of every rule, as hits in original offsets. */
export function runPhrases(view: MappedText, rules: readonly PhraseRule[], starts: WordStarts = ANY_WORD_STARTS): Hit[] {
  const hits: Hit[] = [];
  // Names a refusal covers, by where they end, and the hits that a refused name of another list, before them in the
  // same list, may still cover ("we can't refund by check, Venmo or any other way outside Amazon").
  const done: Refused[] = [];
  const open: { start: number; end: number; hit: Hit }[] = [];
  for (const r of rules) {
    let refusedEnd = -1;
    const re = narrowed(r.otherwise && !r.otherwise.needs.test(view.text) ? r.otherwise.re : r.re, starts);
    if (!re) continue;
    for (const m of matches(re, view.text)) {
      if (m[0].length === 0) continue;
      const end = m.index + m[0].length;
      if (r.unlessRefused && (refused(view.text, m.index, end) || listedAfter(view.text, refusedEnd, m.index) || negatedAtEnd(view.text, m.index, end) ||
        keptHere(view.text, m.index, end, refusesAnywhere) || notNeeded(view.text, end) || seenThere(view.text, m.index, end, refusesAnywhere) ||
        quotedBack(view.text, m.index, end, refusesAnywhere) || quotedRule(view.text, m.index, end, refusesAnywhere))) {
        refusedEnd = end;
        done.push({ end, kind: r.kind });
        continue;
      }
      if (r.unless?.(view.text, m.index, end)) continue;
      const hit: Hit = { start: view.from[m.index]!, end: view.to[end - 1]!, kind: r.kind, hint: r.hint,
        severity: r.severity ?? 'block', rule: r.rule ?? ruleFor(r.kind) };
      if (r.unlessRefused) open.push({ start: m.index, end, hit }); else hits.push(hit);
    }
  }
  if (!done.length) return open.length ? [...hits, ...open.map((o) => o.hit)] : hits;
  done.sort((x, y) => x.end - y.end);
  open.sort((x, y) => x.start - y.start);
  for (const o of open) {
    if (!continuesRefused(view.text, done, o.start, o.hit.kind)) { hits.push(o.hit); continue; }
    // refused in turn: the list may go on past it (kept sorted; open hits come in the order of the text)
    let i = done.length;
    while (i > 0 && done[i - 1]!.end > o.end) i--;
    done.splice(i, 0, { end: o.end, kind: o.hit.kind });
  }
  return hits;
}
