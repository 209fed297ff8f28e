import type { ActionCode, RuleId } from '../../model.ts';
import type { CaseContext } from '../context.ts';
import type { Said } from '../decision.ts';

/** Advice before the engine adds the order id, formats the deadline, escalates severity and asks for a reply. */
export interface Draft extends Said {
  /** Epoch ms, or null when nothing is due by a date. Severity is as when the deadline is far; the engine raises
   *  it as the deadline nears. */
  deadline: number | null;
  /** The title already says that a deadline was missed; otherwise a deadline in the past gets an "overdue" title. */
  missed?: boolean;
  /** The seller must read the buyer's message before anything is said to them: no advice of the order offers reply
   *  wording (a reply written on a guess could promise the wrong thing). */
  holdReplies?: boolean;
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
