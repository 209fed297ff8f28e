// A decision: what the rules conclude for one order, in no language. The background computes it once; every
// screen words it (src/words/advice/word.ts) into the Advice of CONTRACT.md §3.
import type { ActionCode, BuyerIntent, IsoTime, Lang, OrderId, RuleId, Severity } from '../model.ts';
import type { Text } from './text.ts';

/** What a decision says, as phrase keys: the same from the situation that drafts it to the screen that words it. */
export interface Said {
  action: ActionCode;
  severity: Severity;
  rules: RuleId[];
  title: Text;
  why: Text;
  doNot: Text[];
  notes?: Text[];
  /** For confirm-facts: which facts the seller should confirm, as OrderFacts keys. */
  confirm?: string[];
}

/** The advice rests on an unsure reading of what the buyer asks; `runnerUp` is what they may ask instead. */
export interface Doubt { runnerUp: BuyerIntent | null }

export interface Decision extends Said {
  orderId: OrderId | null;
  /** Set when the advice rests on an unsure reading (its notes then say so); absent when the reading is sure. */
  doubt?: Doubt;
  deadline: IsoTime | null;
  /** The buyer's language the reply should be written in. */
  replyLang: Lang | null;
}
