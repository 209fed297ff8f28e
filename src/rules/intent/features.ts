// What the intent model sees in a message: hashed features, each tied to the span of folded text that carried it
// (for evidence). Word and character n-gram features of Latin, Arabic and other word scripts; character n-grams of
// Japanese and Chinese runs; word pairs; a few shapes (a phone number, an e-mail address); and the phrase lists'
// verdicts. Words in the scope of a negation ("don't cancel", "no need to refund", "不用取消") become different
// features, so the model learns what a negated ask means instead of reading the ask.
import { conceptsOf, type ConceptHit } from './concept-match.ts';
import { NEGATIONS, WITHDRAW_AFTER } from './negations.ts';
import { foldText, type MappedText } from './text-map.ts';
import type { SignalIntent } from './types.ts';

export interface FeatureConfig {
  /** log2 of the hashed feature space. */
  bits: number;
  /** Character n-gram sizes for word scripts. */
  charMin: number;
  charMax: number;
  /** Largest character n-gram in Japanese and Chinese runs (from 1). */
  cjkMax: number;
  /** Words after a negation word that count as negated. */
  negScope: number;
  /** Each feature counts 1/sqrt(number of features), so a long message does not outvote a short one. */
  norm?: boolean;
  /** Also the first this-many letters of longer words (a crude stem for inflected languages). */
  stem?: number;
  /** Cross-language concepts (concepts.ts): 1, each concept; 2, also each ordered pair of concepts in a clause. */
  concepts?: 1 | 2;
  /** Withdrawals negate as negations do: the concept "ignore" the words after it, negations.ts WITHDRAW_AFTER the
   * words before it in the clause. */
  withdraw?: boolean;
  /** Words inside quotation marks ("a review said «arrived broken»", 「キャンセルして」と書きましたが) are someone else's
   * words or an earlier ask: different features from the buyer's own. */
  quotes?: boolean;
  /** Also each pair of neighbouring word stems (of `stem` letters): "not arrived", "nicht angekommen" in any
   * inflection. */
  stemPairs?: boolean;
  /** What a character n-gram of a word script counts against a word's feature (1 when absent): the many n-grams of
   * a word can outvote the word itself. */
  charWeight?: number;
}

/** `value`: what the feature counts (1 when absent). */
export interface Feature { index: number; start: number; end: number; value?: number }
/** `negated`: some word of the message stands in the scope of a negation or a withdrawal. */
export interface Featurized { folded: MappedText; features: Feature[]; negated: boolean }

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+|[\p{L}\p{N}]+(?:'t(?![\p{L}]))?/gu;
const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;
const CLAUSE_BREAK = /[.,;:!?。、，！？؟،\n]/;

// Chinese negation stands before what it negates; Japanese after (しないで, 不要), as do withdrawals (忘れて, 算了).
const ZH_NEG = /[不别別没沒无無勿]/u;
const JA_NEG_AFTER = /(?:しないで|ないで|不要|しなくて|しません|忘れて|無視して|算了)/gu;

export function hashOf(s: string, bits: number): number {
  return hashRange(FNV_START, s, 0, s.length, bits);
}

const FNV_START = 0x811c9dc5;

/** The FNV state after `prefix`, so that many keys sharing it hash without building each key as a string. */
function fnvState(prefix: string): number {
  let h = FNV_START;
  for (let i = 0; i < prefix.length; i++) { h ^= prefix.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h;
}

/** hashOf(prefix + s.slice(from, to)) given the state after prefix. */
function hashRange(state: number, s: string, from: number, to: number, bits: number): number {
  let h = state;
  for (let i = from; i < to; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0) & ((1 << bits) - 1);
}

interface Token { text: string; start: number; end: number; clause: number; cjk: boolean }

// Paired quotation marks around at most a sentence or two; a lone mark quotes nothing.
const QUOTED = /“[^”“\n]{1,160}”|«[^»\n]{1,160}»|„[^“”\n]{1,160}[“”]|「[^」\n]{1,160}」|『[^』\n]{1,160}』|"[^"\n]{1,160}"/gu;

/** For each token, whether it stands inside quotation marks. */
function quotedTokens(text: string, tokens: readonly Token[]): boolean[] {
  const spans = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  return tokens.map((t) => spans.some(([s, e]) => t.start > s && t.end < e));
}

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0, last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (CLAUSE_BREAK.test(text.slice(last, m.index))) clause++;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, clause, cjk: CJK_RUN.test(m[0]) });
    last = m.index + m[0].length;
  }
  return out;
}

// Turkish negates inside the verb ("iptal etmeyin", "istemiyorum", "gondermeyin"): such a verb negates the words
// before it.
const TR_NEGATED_VERB = /(?:m[ei]y(?:in|iniz|ecegim|elim)|ma(?:y(?:in|iniz|acagim|alim)|d[iu]m)|mi(?:yorum|yoruz)|mu(?:yorum|yoruz)|med[iu]m|madim|memis|mamis)$/u;

/** `takesBack`: the tokens that withdraw what follows them (null: withdrawals are not read). */
function negatedTokens(tokens: Token[], scope: number, takesBack: ReadonlySet<number> | null): boolean[] {
  const neg = tokens.map(() => false);
  tokens.forEach((t, i) => {
    if (takesBack && !t.cjk && WITHDRAW_AFTER.test(t.text)) {
      for (let j = i - 1; j >= Math.max(0, i - scope) && tokens[j]!.clause === t.clause; j--) neg[j] = true;
    }
    if (takesBack?.has(i)) {
      for (let j = i + 1; j <= i + scope + 2 && j < tokens.length && tokens[j]!.clause === t.clause; j++) neg[j] = true;
    }
    if (scope > 0 && t.text.length > 5 && TR_NEGATED_VERB.test(t.text)) {
      for (let j = i - 1; j >= Math.max(0, i - 2) && tokens[j]!.clause === t.clause; j--) neg[j] = true;
    }
    if (!NEGATIONS.has(t.text)) return;
    for (let j = i + 1; j <= i + scope && j < tokens.length && tokens[j]!.clause === t.clause; j++) neg[j] = true;
    if (i > 0 && tokens[i - 1]!.clause === t.clause && !NEGATIONS.has(tokens[i - 1]!.text)) neg[i - 1] = true;
  });
  return neg;
}

/** Which characters of a Japanese or Chinese run are negated. */
function negatedChars(run: string): boolean[] {
  const neg = [...run].map(() => false);
  const chars = [...run];
  chars.forEach((c, i) => { if (ZH_NEG.test(c)) for (let j = i + 1; j <= i + 4 && j < chars.length; j++) neg[j] = true; });
  for (const m of run.matchAll(JA_NEG_AFTER)) {
    const at = [...run.slice(0, m.index)].length;
    for (let j = Math.max(0, at - 6); j < at; j++) neg[j] = true;
  }
  return neg;
}

/** `quoted`: tokens inside quotation marks, whose concepts count as not asked (as negated ones do). */
function addConcepts(tokens: Token[], hits: readonly ConceptHit[], neg: boolean[], quoted: readonly boolean[] | null, level: 1 | 2, add: (key: string, start: number, end: number) => void): void {
  const runNeg = new Map<number, boolean[]>();
  const found = hits.map((h) => {
    const tok = tokens[h.token]!;
    let chars = runNeg.get(h.token);
    if (tok.cjk && !chars) runNeg.set(h.token, chars = negatedChars(tok.text));
    const negated = quoted?.[h.token] === true || (tok.cjk ? chars![[...tok.text.slice(0, h.at)].length] === true : neg[h.token]!);
    return { ...h, key: `${negated ? '!' : ''}${h.concept}`, clause: tok.clause, start: tok.start + h.at, end: tok.end };
  });
  for (const h of found) add(`k|${h.key}`, h.start, h.end);
  if (level < 2) return;
  for (let a = 0; a < found.length; a++) {
    for (let b = a + 1; b < found.length && found[b]!.clause === found[a]!.clause; b++) {
      if (found[b]!.concept !== found[a]!.concept) add(`kk|${found[a]!.key}_${found[b]!.key}`, found[a]!.start, found[b]!.end);
    }
  }
}

/** `hits`: the intents the phrase lists find in the message. */
export function featurize(text: string, cfg: FeatureConfig, hits: readonly SignalIntent[]): Featurized {
  const folded = foldText(text);
  const t = folded.text;
  const features: Feature[] = [];
  const add = (key: string, start: number, end: number) => features.push({ index: hashOf(key, cfg.bits), start, end });
  const tokens = tokensOf(t);
  let anyNegated = false;
  const found = cfg.concepts || cfg.withdraw ? conceptsOf(tokens) : [];
  const neg = negatedTokens(tokens, cfg.negScope, cfg.withdraw ? new Set(found.filter((h) => h.concept === 'ignore').map((h) => h.token)) : null);
  const quoted = cfg.quotes ? quotedTokens(t, tokens) : null;
  const plainChar = fnvState('c|'), negatedChar = fnvState('c|!');
  tokens.forEach((tok, i) => {
    const q = quoted?.[i] ? 'q' : '';
    if (tok.cjk) {
      const padded = `<${tok.text}>`;
      const negc = [false, ...negatedChars(tok.text), false];
      if (negc.includes(true)) anyNegated = true;
      const plain = fnvState(`j|${q}`), negated = fnvState(`j|${q}!`);
      // One UTF-16 unit a character (nearly always): n-grams are slices of the string; otherwise of its characters.
      const chars = padded.length === negc.length ? null : [...padded];
      const len = chars ? chars.length : padded.length;
      for (let n = 1; n <= cfg.cjkMax; n++) for (let k = 0; k + n <= len; k++) {
        if (n === 1 && (k === 0 || k === len - 1)) continue;
        const s = tok.start + Math.max(0, k - 1), e = Math.min(tok.end, tok.start + k - 1 + n);
        const state = negc[k + n - 1] ? negated : plain;
        const gram = chars ? chars.slice(k, k + n).join('') : null;
        features.push({ index: gram === null ? hashRange(state, padded, k, k + n, cfg.bits) : hashRange(state, gram, 0, gram.length, cfg.bits), start: s, end: Math.max(s + 1, e) });
      }
      return;
    }
    const mark = `${q}${neg[i] ? '!' : ''}`;
    add(`w|${mark}${tok.text}`, tok.start, tok.end);
    if (cfg.stem && tok.text.length > cfg.stem + 1) add(`p|${mark}${tok.text.slice(0, cfg.stem)}`, tok.start, tok.end);
    const padded = `<${tok.text}>`;
    const state = q ? fnvState(`c|${mark}`) : mark ? negatedChar : plainChar;
    const value = cfg.charWeight !== undefined && cfg.charWeight !== 1 ? cfg.charWeight : undefined;
    for (let n = cfg.charMin; n <= cfg.charMax; n++) for (let k = 0; k + n <= padded.length; k++) {
      features.push(value === undefined ? { index: hashRange(state, padded, k, k + n, cfg.bits), start: tok.start, end: tok.end }
        : { index: hashRange(state, padded, k, k + n, cfg.bits), start: tok.start, end: tok.end, value });
    }
    const prev = tokens[i - 1];
    if (prev && !prev.cjk && prev.clause === tok.clause) {
      add(`b|${prev.text}_${mark}${tok.text}`, prev.start, tok.end);
      if (cfg.stemPairs && cfg.stem) add(`sp|${prev.text.slice(0, cfg.stem)}_${mark}${tok.text.slice(0, cfg.stem)}`, prev.start, tok.end);
    }
  });
  if (cfg.concepts) addConcepts(tokens, found, neg, quoted, cfg.concepts, add);
  for (const m of t.matchAll(/[\p{L}0-9._%+-]+@[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)+/gu)) add('s|email', m.index, m.index + m[0].length);
  for (const m of t.matchAll(/\+?0[0 ()./-]{6,}0/g)) if ((m[0].match(/0/g) ?? []).length >= 7) add('s|phone', m.index, m.index + m[0].length);
  for (const intent of hits) add(`r|${intent}`, -1, -1);
  return { folded, features, negated: anyNegated || neg.includes(true) };
}
