// A decision: what the rules conclude for one order, in no language. The background computes it once; every
// screen words it (src/words/advice/word.ts) into the Advice of CONTRACT.md §3.
import type { ActionCode, IsoTime, Lang, OrderId, RuleId, Severity } from '../model.ts';
import type { Text } from './text.ts';

export interface Decision {
  orderId: OrderId | null;
  action: ActionCode;
  severity: Severity;
  deadline: IsoTime | null;
  rules: RuleId[];
  title: Text;
  why: Text;
  doNot: Text[];
  notes?: Text[];
  /** For confirm-facts: which facts the seller should confirm, as OrderFacts keys. */
  confirm?: string[];
  /** The buyer's language the reply should be written in. */
  replyLang: Lang | null;
}
