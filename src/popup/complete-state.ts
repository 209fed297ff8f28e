// The background answers without reply wording, without checking the page's draft and in English only (all three
// would swell its bundle). The popup, which shows them, fills them in here — loading the wording, the checker and
// the advice's other languages only when a tab needs them.
import type { TabState } from '../messaging.ts';
import type { Advice, SellerSettings } from '../model.ts';
import type { CatalogLang } from './i18n.ts';
import { loadChecker } from './use-checker.ts';

/**
 * The Chinese phrase table, fetched as soon as the popup starts rather than after the tab's state arrives: the two
 * loads overlap, and a Chinese popup paints no later than an English one. It stays out of the background.
 */
let zhWords: Promise<typeof import('../rules/lang/zh.ts')> | null = null;
const loadZh = () => (zhWords ??= import('../rules/lang/zh.ts'));
void loadZh().catch(() => { zhWords = null; });

/** Same action, deadline, severity, rules and order: only the words may differ. */
function sameDecisions(a: readonly Advice[], b: readonly Advice[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i]!;
    return x.orderId === y.orderId && x.action === y.action && x.deadline === y.deadline && x.severity === y.severity &&
      x.rules.length === y.rules.length && x.rules.every((r, j) => r === y.rules[j]);
  });
}

/**
 * The background's advice in the UI's language. The engine runs again over the same cases with the words of that
 * language; the background's decisions stay the truth, and if the rerun decides anything differently (its `now`
 * is not the background's) the English advice is kept rather than a text that disagrees with it.
 */
async function inUiLanguage(tab: TabState, settings: SellerSettings, uiLang: CatalogLang, now: Date): Promise<Advice[]> {
  if (uiLang !== 'zh' || tab.advice.length === 0 || tab.cases.length === 0) return tab.advice;
  let local: Advice[];
  try {
    const [{ ZH }, { adviseCases, NO_WORDING }] = await Promise.all([loadZh(), import('../rules/engine.ts')]);
    local = adviseCases(tab.cases, now, settings, NO_WORDING, ZH);
  } catch {
    return tab.advice;
  }
  if (!sameDecisions(tab.advice, local)) return tab.advice;
  return tab.advice.map((a, i) => {
    const { title, why, doNot, notes } = local[i]!;
    const out: Advice = { ...a, title, why, doNot };
    if (notes) out.notes = notes; else delete out.notes;
    return out;
  });
}

/**
 * `uiLang` is the language the popup shows (useI18n().lang, "auto" already resolved); `now` is the moment the
 * advice is recomputed for, the background's when known.
 */
export async function completeTabState(tab: TabState, settings: SellerSettings, uiLang: CatalogLang = 'en',
  now: Date): Promise<TabState> {
  const needsWording = tab.advice.some((a) => a.reply === null && a.replyLang && a.orderId);
  const draft = tab.reading?.draft;
  const [wording, check, localized] = await Promise.all([
    needsWording ? import('../replies/index.ts').then((m) => m.replyFor) : null,
    draft ? loadChecker() : null,
    inUiLanguage(tab, settings, uiLang, now),
  ]);
  const cases = new Map(tab.cases.map((c) => [c.orderId as string, c]));
  const advice = localized.map((a) => {
    const c = a.orderId ? cases.get(a.orderId) : undefined;
    if (a.reply !== null || !wording || !c || !a.replyLang) return a;
    return { ...a, reply: wording(a.action, c, a.replyLang, settings, now) };
  });
  return { ...tab, advice, warnings: draft && check ? check(draft) : tab.warnings };
}
