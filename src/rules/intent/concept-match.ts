// Finds the concepts of concepts.ts in a folded message. Stems of three letters or fewer match whole words only (a
// short prefix would match half the language); longer ones the start of a word, or a run of words when the stem has
// spaces. Arabic stems of three letters or more match inside a word; Japanese and Chinese inside a run.
import { CONCEPTS } from './concepts.ts';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC = /\p{Script=Arabic}/u;

interface Index {
  exact: Map<string, string[]>;
  prefix: Map<string, [string, string][]>;
  inWord: [string, string][];
  inRun: [string, string][];
}

let index: Index | null = null;

function build(): Index {
  const ix: Index = { exact: new Map(), prefix: new Map(), inWord: [], inRun: [] };
  for (const [concept, stems] of Object.entries(CONCEPTS)) {
    for (const stem of new Set(stems)) {
      if (CJK.test(stem)) ix.inRun.push([stem, concept]);
      else if (ARABIC.test(stem) && !stem.includes(' ') && [...stem].length >= 3) ix.inWord.push([stem, concept]);
      else if (!stem.includes(' ') && [...stem].length <= 3) ix.exact.set(stem, [...(ix.exact.get(stem) ?? []), concept]);
      else {
        const key = stem.slice(0, 2);
        ix.prefix.set(key, [...(ix.prefix.get(key) ?? []), [stem, concept]]);
      }
    }
  }
  return ix;
}

/** `at`: where in the token the stem starts (UTF-16), for Japanese and Chinese runs; 0 otherwise. */
export interface ConceptHit { concept: string; token: number; at: number }

/** `words`: the folded word tokens of one clause run, in order (CJK runs included as single tokens). */
export function conceptsOf(words: readonly { text: string; cjk: boolean }[]): ConceptHit[] {
  index ??= build();
  const ix = index;
  const hits: ConceptHit[] = [];
  const seen = new Set<string>();
  const hit = (concept: string, token: number, at = 0) => {
    const key = `${concept}@${token}@${at}`;
    if (!seen.has(key)) { seen.add(key); hits.push({ concept, token, at }); }
  };
  words.forEach((w, i) => {
    if (w.cjk) {
      for (const [stem, concept] of ix.inRun) {
        for (let at = w.text.indexOf(stem); at >= 0; at = w.text.indexOf(stem, at + 1)) hit(concept, i, at);
      }
      return;
    }
    for (const concept of ix.exact.get(w.text) ?? []) hit(concept, i);
    if (ARABIC.test(w.text)) {
      for (const [stem, concept] of ix.inWord) if (w.text.includes(stem)) hit(concept, i);
    }
    const candidates = ix.prefix.get(w.text.slice(0, 2));
    if (!candidates) return;
    let run = w.text;
    for (let k = 1; k <= 3 && i + k < words.length && !words[i + k]!.cjk; k++) run += ` ${words[i + k]!.text}`;
    for (const [stem, concept] of candidates) {
      if (stem.includes(' ') ? run.startsWith(stem) : w.text.startsWith(stem)) hit(concept, i);
    }
  });
  return hits;
}
