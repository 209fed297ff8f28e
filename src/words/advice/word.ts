// Words a decision in one UI language: each phrase of the registry with its parameters formatted in that language
// (dates in the marketplace's zone). The only place advice becomes sentences.
import type { Advice, BuyerIntent } from '../../model.ts';
import type { Decision } from '../../rules/decision.ts';
import { day, dayTime } from '../../rules/describe.ts';
import type { Param, Phrase, Text } from '../../rules/text.ts';
import type { AdviceLanguage } from './types.ts';

function formatParam(v: Param, lang: AdviceLanguage): string {
  if (typeof v === 'string') return v;
  if ('day' in v) return day(v.day, v.tz, lang.locale);
  if ('time' in v) return dayTime(v.time, v.tz, lang.locale);
  if ('span' in v) return lang.span(v.span);
  if ('pct' in v) return lang.pct(v.pct);
  return wordText(v.text, lang);
}

type Worded = (p?: Record<string, string>) => string;

function wordPhrase(ph: Phrase, lang: AdviceLanguage): string {
  const phrase = lang.phrases[ph.key] as Worded | undefined;
  // A key from a newer background than this table (an update mid-session): show the key rather than nothing.
  if (!phrase) return ph.key;
  const params = ph.params;
  if (!params) return phrase({});
  // Every advice of every remembered order is worded at each refresh: a plain loop, no entry arrays.
  const worded: Record<string, string> = {};
  for (const k in params) worded[k] = formatParam(params[k]!, lang);
  return phrase(worded);
}

export function wordText(text: Text, lang: AdviceLanguage): string {
  if (text.length === 1) return wordPhrase(text[0]!, lang);
  let out = '';
  for (const ph of text) out += wordPhrase(ph, lang);
  return out;
}

/** Advice with, where it rests on an unsure reading of what the buyer asks, that doubt: the runner-up intent and the
 * note saying so (also among `notes`, where every reader of the advice finds it). */
export interface WordedAdvice extends Advice {
  doubt?: { runnerUp: BuyerIntent | null; note: string };
}

/** The advice of CONTRACT.md §3 in `lang`'s words. */
export function wordAdvice(d: Decision, lang: AdviceLanguage): WordedAdvice {
  const advice: WordedAdvice = {
    orderId: d.orderId, action: d.action, severity: d.severity, deadline: d.deadline, rules: d.rules,
    title: wordText(d.title, lang), why: wordText(d.why, lang), doNot: d.doNot.map((x) => wordText(x, lang)),
    reply: null, replyLang: d.replyLang,
  };
  if (d.notes && d.notes.length > 0) {
    const notes: string[] = [];
    for (const x of d.notes) {
      const n = wordText(x, lang);
      if (n.length > 0) notes.push(n);
    }
    if (notes.length > 0) advice.notes = notes;
    if (d.doubt) {
      const note = d.notes.findIndex((x) => x.length > 0 && (x[0]!.key === 'doubt.note' || x[0]!.key === 'doubt.note.plain'));
      advice.doubt = { runnerUp: d.doubt.runnerUp, note: note >= 0 ? wordText(d.notes[note]!, lang) : '' };
    }
  }
  if (d.confirm) advice.confirm = d.confirm;
  return advice;
}
