// Words a decision in one UI language: each phrase of the registry with its parameters formatted in that language
// (dates in the marketplace's zone). The only place advice becomes sentences.
import type { Advice } from '../../model.ts';
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

function wordPhrase(ph: Phrase, lang: AdviceLanguage): string {
  const phrase = lang.phrases[ph.key] as ((p: Record<string, string>) => string) | undefined;
  // A key from a newer background than this table (an update mid-session): show the key rather than nothing.
  if (!phrase) return ph.key;
  const worded: Record<string, string> = {};
  for (const [k, v] of Object.entries(ph.params ?? {})) worded[k] = formatParam(v, lang);
  return phrase(worded);
}

export function wordText(text: Text, lang: AdviceLanguage): string {
  return text.map((ph) => wordPhrase(ph, lang)).join('');
}

/** The advice of CONTRACT.md §3 in `lang`'s words. */
export function wordAdvice(d: Decision, lang: AdviceLanguage): Advice {
  const advice: Advice = {
    orderId: d.orderId, action: d.action, severity: d.severity, deadline: d.deadline, rules: d.rules,
    title: wordText(d.title, lang), why: wordText(d.why, lang), doNot: d.doNot.map((x) => wordText(x, lang)),
    reply: null, replyLang: d.replyLang,
  };
  const notes = d.notes?.map((x) => wordText(x, lang)).filter((n) => n.length > 0);
  if (notes && notes.length > 0) advice.notes = notes;
  if (d.confirm) advice.confirm = d.confirm;
  return advice;
}
