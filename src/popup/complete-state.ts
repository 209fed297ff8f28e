// The background answers without reply wording and without checking the page's draft (both would double its
// bundle). The popup, which shows them, fills them in here — loading the wording and the checker only when a tab
// needs them.
import type { TabState } from '../messaging.ts';
import type { SellerSettings } from '../model.ts';
import { loadChecker } from './use-checker.ts';

export async function completeTabState(tab: TabState, settings: SellerSettings): Promise<TabState> {
  const needsWording = tab.advice.some((a) => a.reply === null && a.replyLang && a.orderId);
  const draft = tab.reading?.draft;
  const [wording, check] = await Promise.all([
    needsWording ? import('../replies/index.ts').then((m) => m.replyFor) : null,
    draft ? loadChecker() : null,
  ]);
  const cases = new Map(tab.cases.map((c) => [c.orderId as string, c]));
  const advice = tab.advice.map((a) => {
    const c = a.orderId ? cases.get(a.orderId) : undefined;
    if (a.reply !== null || !wording || !c || !a.replyLang) return a;
    return { ...a, reply: wording(a.action, c, a.replyLang, settings) };
  });
  return { ...tab, advice, warnings: draft && check ? check(draft) : tab.warnings };
}
