// Sentences, found around a position rather than by splitting the whole draft: a frame looks only at the sentences
// that hold a word it cares about, and a sentence is never longer than LIMIT on either side of it, so a draft
// without punctuation costs no more than one with it.
import { matches } from '../matches.ts';
import { NEGATION_BEFORE, NEGATION_AFTER_FINAL } from './negation.ts';
import { PURPOSE } from '../phrases/build.ts';

export interface Range { start: number; end: number }

const LIMIT = 300;

function isEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // ! ? ; newline 。！？；؟
  if (c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x061f) return true;
  // A full stop ends a sentence, not "24.99", "amazon.com" or "KT-2.0".
  if (c === 0x2e) { const n = text.charCodeAt(i + 1); return Number.isNaN(n) || n === 0x20 || n === 0x0a || n === 0x22 || n === 0x27 || n === 0x29; }
  return false;
}

// The last sentence found: the frames ask for the sentence of every cue, and cues come in order, many to a sentence.
let lastText = '';
let last: Range = { start: 0, end: 0 };
let lastBlock = -1;

export function sentenceAt(text: string, pos: number): Range {
  const block = pos - (pos % LIMIT);
  if (text === lastText && pos >= last.start && pos < last.end && (block === lastBlock || bounded(text, last))) return last;
  const r = findSentence(text, pos);
  lastText = text;
  last = r;
  lastBlock = block;
  return r;
}

/** The range starts and ends where sentences do (not where a block was cut). */
function bounded(text: string, r: Range): boolean {
  return (r.start === 0 || isEnd(text, r.start - 1)) && (r.end === text.length || isEnd(text, r.end));
}

function findSentence(text: string, pos: number): Range {
  // Where no sentence ends within LIMIT, the window snaps to a block of LIMIT units: every position of a long
  // unpunctuated run then shares one window with its neighbours, and each window is looked at once.
  const lo = Math.max(0, pos - (pos % LIMIT));
  let start = pos;
  while (start > lo && !isEnd(text, start - 1)) start--;
  if (start === lo && lo > 0 && !isEnd(text, lo - 1)) {
    // the block starts mid-sentence: the sentence may begin in the block before
    let back = lo;
    const floor = Math.max(0, lo - LIMIT);
    while (back > floor && !isEnd(text, back - 1)) back--;
    if (back > floor || back === 0 || isEnd(text, back - 1)) start = back;
  }
  const hi = Math.min(text.length, lo + 2 * LIMIT);
  let end = pos;
  while (end < hi && !isEnd(text, end)) end++;
  return { start, end };
}

/** The sentence before `s`, or null at the start of the draft. */
export function sentenceBefore(text: string, s: Range): Range | null {
  let p = s.start - 1;
  while (p >= 0 && (isEnd(text, p) || /\s/.test(text[p]!))) p--;
  return p < 0 || s.start - p > 20 ? null : sentenceAt(text, p);
}

export function sentenceAfter(text: string, s: Range): Range | null {
  let p = s.end;
  while (p < text.length && (isEnd(text, p) || /\s/.test(text[p]!))) p++;
  return p >= text.length || p - s.end > 20 ? null : sentenceAt(text, p);
}

export function trimmed(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

// Where a refusal stops inside a sentence: a word that turns to what the writer does want. Commas do not stop it,
// so "we cannot offer refunds, gifts or discounts for a review" refuses all three.
const TURN = /(?:^|[^\p{L}])(?:but|so|instead|aber|sondern|deshalb|mais|donc|pero|así\s+que|ma|quindi|mas|então|maar|dus|ale|więc|men|så|ama|bu\s+yüzden)(?![\p{L}])|但|所以|لكن|لذا|ですが|けど/giu;
// "Don't hesitate", "no worries": a negation that refuses nothing.
// "Why not tell ..." suggests: it refuses nothing.
const EMPTY_NEGATION = /(?:don['’]?t|do\s+not|never)\s+(?:hesitate|worry)|why\s+not|warum\s+nicht|pourquoi\s+ne\s+pas|por\s+qu[ée]\s+no|perché\s+non|por\s+que\s+não|waarom\s+niet|czemu\s+nie|dlaczego\s+nie|varför\s+inte|neden\s+olmasın|no\s+worries|zögern\s+sie\s+nicht|keine\s+sorge|n['’]hésitez\s+pas|ne\s+vous\s+inquiétez\s+pas|no\s+dude|no\s+se\s+preocupe|non\s+esiti|non\s+si\s+preoccupi|não\s+hesite|não\s+se\s+preocupe|aarzel\s+niet|maak\s+je\s+geen\s+zorgen|nie\s+wahaj|nie\s+martw|tveka\s+inte|oroa\s+dig\s+inte|çekinmeyin|endişelenmeyin|لا\s+تتردد|لا\s+تقلق|ご遠慮なく|不要犹豫|别担心/giu;

// A condition has its own negation: in "if you are not satisfied, remove the review" the "not" refuses nothing.
const CONDITION_PIECE = /^\s*(?:(?:\p{L}+\s+)?(?:wer|who|whoever|those\s+who|chi|quien|quienes|quem|wie|kto|den\s+som|de\s+som|ceux\s+qui|celui\s+qui)|if|when|unless|wenn|falls|si|se|als|indien|jeśli|jeżeli|om|eğer|caso|cuando|quando|wanneer|när|gdy|kiedy|إذا|اذا|لو|如果|要是)(?![\p{L}])|(?:sanız|seniz|たら|れば|場合|なら|的话)\s*$/iu;

const QUOTE_MARK = /['"„“”«」]/u;
// Words in quotation marks, short: what someone else wrote, not the writer's own negation.
const QUOTED = /(?<![\p{L}])'[^'\n]{1,40}'(?![\p{L}])|"[^"\n]{1,40}"|[„“”][^„“”\n]{1,40}[“”]|«[^»\n]{1,40}»|「[^」\n]{1,40}」/gu;

/** The words of sentence `s` before `at` that a negation there would govern. */
function governed(text: string, s: Range, at: number, purpose = false): string {
  let from = s.start;
  const before = text.slice(s.start, at);
  for (const m of matches(TURN, before)) from = s.start + m.index + m[0].length;
  for (const m of matches(EMPTY_NEGATION, before)) from = Math.max(from, s.start + m.index + m[0].length);
  if (purpose) for (const m of matches(PURPOSE, before)) from = Math.max(from, s.start + m.index + m[0].length);
  // only the clause of the cue: "Sie schrieben, der Deckel schließe nicht: würden Sie sie ändern?" refuses nothing
  // (a negation quoted from the review refuses nothing: "Din recension säger 'aldrig fått svar' – kan du ta bort den")
  const raw = text.slice(from, at);
  const clause = QUOTE_MARK.test(raw) ? raw.replace(QUOTED, (m) => ' '.repeat(m.length)) : raw;
  const colon = Math.max(clause.lastIndexOf(':'), clause.lastIndexOf('：'));
  return clause.slice(colon + 1).split(/[,，、،–—]/).filter((p) => !CONDITION_PIECE.test(p)).join(',');
}

/** The cue at [start, end) is refused or quoted as a rule within its sentence: "Amazon does not allow us to offer ...". */
// "Non è corretto lasciare quella recensione, la tolga per favore": a request of its own after a comma, which the
// judgment before it does not refuse.
const PLEASE = /(?:^|[^\p{L}])(?:please|bitte|s['’]il\s+vous\s+pla[iî]t|merci\s+de|por\s+favor|per\s+favore|per\s+cortesia|cortesemente|por\s+gentileza|alsjeblieft|alstublieft|proszę|prosimy|snälla|tack|lütfen|من\s+فضلك|رجاء|أرجو|نرجو)(?![\p{L}])|请|麻烦|お願い|ください/iu;
const CLAUSE_MARK = /[,;:，、；：،–—]/u;

function requestOfItsOwn(text: string, s: Range, start: number, end: number): boolean {
  let a = start;
  while (a > s.start && !CLAUSE_MARK.test(text[a - 1]!)) a--;
  if (a === s.start) return false;
  let b = end;
  while (b < s.end && !CLAUSE_MARK.test(text[b]!)) b++;
  const clause = text.slice(a, b);
  return PLEASE.test(clause) && !NEGATION_BEFORE.test(clause) && !NEGATION_AFTER_FINAL.test(clause);
}

export function refusedInSentence(text: string, s: Range, start: number, end: number): boolean {
  if (requestOfItsOwn(text, s, start, end)) return false;
  // a negation of purpose ("so you don't have to wait") is looked for only once some negation is there
  if (NEGATION_BEFORE.test(governed(text, s, start)) && NEGATION_BEFORE.test(governed(text, s, start, true))) return true;
  return NEGATION_AFTER_FINAL.test(text.slice(end, s.end));
}

/** True when a word that turns the sentence ("but", "aber", "ama", "但") stands in `gap`. */
export function turns(gap: string): boolean {
  TURN.lastIndex = 0;
  const found = TURN.test(gap);
  TURN.lastIndex = 0;
  return found;
}
