// The situation space, enumerated: order status × label (fulfilment and Buy Shipping protection) × where "now" falls
// among the order's dates (before and after ship-by, deliver-by, the day the buyer can file, auto-cancel, the
// return and A-to-z windows) × shipped on time or late × claim state × return state × buyer intent and how long
// the buyer has waited. Every combination must end with an explained next step: at least one advice, each citing
// rules of the policy table, none presenting a deadline in the past as still ahead, and a Claims Protected parcel
// the buyer says did not arrive never refunded or reshipped.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Advice } from '../../src/model.ts';
import { adviseCases, NO_WORDING } from '../../src/words/advice/advise.ts';
import { isPolicyRuleId } from '../../src/rules/policy.ts';
import { NOW } from './builders.ts';
import { caseFor, combos, type Combo } from './situation-space.ts';

/** A title that says its deadline was missed (src/rules/engine.ts and the situations word it so). */
const MARKED = /\b(Overdue|Missed|deadline passed)\b/u;

/** What is wrong with the advice for one combination; empty when nothing is. */
function problems(c: Combo, advice: Advice[]): string[] {
  const out: string[] = [];
  if (advice.length === 0) out.push('no advice');
  if (c.claimableOnSeller && advice.every((a) => a.action === 'no-action')) out.push('the buyer can file a claim the seller would pay, and the advice is "nothing to do"');
  for (const a of advice) {
    if (a.rules.length === 0) out.push(`${a.action}: no rule cited`);
    for (const r of a.rules) if (!isPolicyRuleId(r)) out.push(`${a.action}: ${r} is not a policy rule`);
    if (a.title.length < 6 || a.why.length < 20) out.push(`${a.action}: not explained`);
    if (/undefined|NaN|Invalid Date/u.test(`${a.title} ${a.why}`)) out.push(`${a.action}: broken text`);
    if (a.deadline !== null && Date.parse(a.deadline) < NOW.getTime() && !MARKED.test(a.title)) {
      out.push(`${a.action}: deadline ${a.deadline} is past but the title does not say so ("${a.title}")`);
    }
    if (c.protectedNotReceived && a.action === 'refund-or-reship') out.push('Claims Protected + not received: refund-or-reship');
    if (a.action === 'no-action' && c.deliverByPassed && /on its way/u.test(a.why)) out.push('late parcel called "on its way"');
  }
  return out;
}

describe('situation space', () => {
  it('every combination ends with an explained next step', () => {
    const failures: string[] = [];
    let count = 0;
    for (const c of combos()) {
      count += 1;
      // No reply wording (test/replies checks it): the decisions are what is tested.
      const found = problems(c, adviseCases([caseFor(c)], NOW, DEFAULT_SETTINGS, NO_WORDING));
      if (found.length > 0) failures.push(`${c.name}: ${found.join('; ')}`);
    }
    expect(count).toBeGreaterThan(150_000);
    // The first few failures say enough; the count says how widespread.
    expect({ failing: failures.length, first: failures.slice(0, 15) }).toEqual({ failing: 0, first: [] });
  }, 300_000);
});
