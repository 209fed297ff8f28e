// The background decides once, in no language, and answers without reply wording or the draft check (both would
// swell its bundle). The popup words the decisions in its UI language and fills in the rest here — loading the
// words, the replies and the checker only when a tab needs them.
import type { ShownTab, TabState } from '../messaging.ts';
import type { SellerSettings } from '../model.ts';
import { loadAdviceLanguage } from '../words/advice/load.ts';
import { wordAdvice } from '../words/advice/word.ts';
import type { UiLang } from '../words/langs.ts';
import { loadChecker } from '../ui/use-checker.ts';

/**
 * `uiLang` is the language the popup shows (useI18n().lang, "auto" already resolved); `now` is the moment the
 * replies are written for, the background's when known.
 */
export async function completeTabState(tab: TabState, settings: SellerSettings, uiLang: UiLang = 'en',
  now: Date): Promise<ShownTab> {
  const needsWording = tab.advice.some((a) => a.replyLang && a.orderId);
  const draft = tab.reading?.draft;
  const [wording, check, words] = await Promise.all([
    needsWording ? import('../replies/index.ts').then((m) => m.replyFor) : null,
    draft ? loadChecker() : null,
    loadAdviceLanguage(uiLang),
  ]);
  const cases = new Map(tab.cases.map((c) => [c.orderId as string, c]));
  const advice = tab.advice.map((d) => {
    const a = wordAdvice(d, words);
    const c = d.orderId ? cases.get(d.orderId) : undefined;
    if (wording && c && d.replyLang) a.reply = wording(d.action, c, d.replyLang, settings, now);
    return a;
  });
  return { ...tab, advice, warnings: draft && check ? check(draft, { lang: uiLang }) : tab.warnings };
}
