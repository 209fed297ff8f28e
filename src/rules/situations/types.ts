import type { ActionCode, RuleId, Severity } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import type { Text } from '../text.ts';

/** Advice before the engine adds the order id, formats the deadline, escalates severity and asks for a reply. */
export interface Draft {
  action: ActionCode;
  /** The severity when the deadline is far; the engine raises it as the deadline nears. */
  severity: Severity;
  /** Epoch ms, or null when nothing is due by a date. */
  deadline: number | null;
  rules: RuleId[];
  title: Text;
  why: Text;
  doNot: Text[];
  notes?: Text[];
  confirm?: string[];
  /** The title already says that a deadline was missed; otherwise a deadline in the past gets an "overdue" title. */
  missed?: boolean;
}

/** One situation a seller can be in, and what to do about it. */
export interface Situation {
  /** The action this situation advises. */
  action: ActionCode;
  /** Every rule id its advice can cite (tests check each one is reached and is in the policy table). */
  cites: readonly RuleId[];
  /** Its advice answers the buyer's waiting message, so no separate reply-to-buyer is needed. */
  answersBuyer?: boolean | ((ctx: CaseContext) => boolean);
  when(ctx: CaseContext): boolean;
  advise(ctx: CaseContext): Draft | Draft[];
}
