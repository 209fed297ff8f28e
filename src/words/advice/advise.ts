// Decisions worded: the rules decide once (decideCases) and this puts them in one language's words, with the
// buyer reply where a reply maker is given. For the command line, tests and any screen that has the cases at hand.
import type { ActionCode, Lang, OrderCase, PageReading, Reply, SellerSettings } from '../../model.ts';
import { withUnreadPages } from '../../rules/situations/confirm-facts.ts';
import { asOrderCase, decideCases } from '../../rules/engine.ts';
import type { CaseInput } from '../../rules/storable.ts';
import { EN } from './en.ts';
import type { AdviceLanguage } from './types.ts';
import { wordAdvice, type WordedAdvice } from './word.ts';

/** The reply wording for an action (src/replies' replyFor), or none. */
export type ReplyMaker = (action: ActionCode, c: OrderCase, lang: Lang, settings: SellerSettings) => Reply | null;

/** Advise without reply wording: `replyLang` still says which language the reply should be in. */
export const NO_WORDING: ReplyMaker = () => null;

export function adviseCases(cases: readonly CaseInput[], now: Date, settings: SellerSettings, wording: ReplyMaker,
  lang: AdviceLanguage = EN, pages: readonly PageReading[] = []): WordedAdvice[] {
  const byId = new Map(cases.map((c) => [c.orderId as string, c]));
  return withUnreadPages(pages, decideCases(cases, now, settings)).map((d) => {
    const advice = wordAdvice(d, lang);
    const input = d.orderId ? byId.get(d.orderId) : undefined;
    if (input && d.replyLang) advice.reply = wording(d.action, asOrderCase(input), d.replyLang, settings);
    return advice;
  });
}
