// A fact the decision needs is missing: ask the seller to confirm it, and say exactly where to look. Never a guess,
// and never a refund on an unknown (DESIGN.md: safety over confidence).
import type { Advice, OrderId, PageReading, RuleId } from '../../model.ts';
import { isUnreadRegion } from '../../read/regions.ts';
import { replyBySentence, spanOf, t } from './shared.ts';
import type { CaseContext, Need } from '../context.ts';
import { POLICY } from '../policy.ts';
import type { Situation } from './types.ts';

const FACT_WORDS: Record<string, string> = {
  claimsProtected: 'whether the label is Claims Protected',
  deliverBy: 'the latest delivery date',
  shipBy: 'the ship-by date',
  status: 'the order status',
  firstScanAt: 'the first carrier scan date',
  shippedAt: 'the ship date',
  'claim.decidedAt': 'the claim\'s decision date',
  'claim.fundedBy': 'who paid the granted claim',
};

/** "Look at ... : it decides ...", keyed by the need's facts and rules, which together tell each need apart. */
function lookAt(ctx: CaseContext, n: Need): string {
  const appeal = spanOf(ctx, POLICY['AZ-APPEAL-30D'].values.appealWithin);
  return t(ctx, `confirm.need.${n.facts.join('+')}|${n.rules.join('+')}`, `Look at ${n.lookAt}: it decides ${n.decides}.`, { appeal });
}

export const confirmFacts: Situation = {
  action: 'confirm-facts',
  cites: ['BS-CLAIMS-PROTECTED', 'AZ-ELIG-INR', 'ORD-UNSHIPPED', 'ORD-PENDING', 'ORD-ADDRESS', 'ORD-CANCEL-REQUEST',
    'ORD-LATE-SHIP', 'ORD-AUTO-CANCEL', 'AZ-APPEAL-30D'],
  // When the missing fact decides what to tell a waiting buyer, this advice carries the reply deadline itself: a
  // generic reply sent before the fact is known could promise a refund that voids Buy Shipping protection.
  answersBuyer: (ctx) => ctx.unanswered !== null && ctx.needs.some((n) => n.aboutBuyer),
  when: (ctx) => ctx.needs.length > 0,
  advise: (ctx) => {
    const facts = [...new Set(ctx.needs.flatMap((n) => n.facts))];
    const rules = [...new Set<RuleId>(ctx.needs.flatMap((n) => n.rules))];
    const protection = facts.includes('claimsProtected');
    const deliveryDecision = ctx.needs.some((n) => n.aboutBuyer);
    return {
      action: 'confirm-facts', severity: 'warning', deadline: deliveryDecision ? ctx.replyDeadline : null,
      rules,
      title: t(ctx, 'confirm.title', `Confirm ${facts.map((f) => FACT_WORDS[f] ?? f).join(' and ')}`, { facts: facts.join(' ') }),
      why: ctx.needs.map((n) => lookAt(ctx, n)).join(t(ctx, 'confirm.join', ' ')) +
        t(ctx, 'confirm.here', ' Confirm it here and the advice follows from it.') + (deliveryDecision ? replyBySentence(ctx) : ''),
      doNot: protection
        ? [t(ctx, 'confirm.doNot.protection', 'Do not refund or reship until you know: if the label is Claims Protected, a refund from you voids the protection.')]
        : [t(ctx, 'confirm.doNot.guess', 'Do not act on a guess.')],
      confirm: facts,
    };
  },
};

// ---- A page whose records were not read ----

export const UNREAD_PAGE_TITLE = 'Claimwise could not read this page — save a redacted capture and check it yourself';

/** The unread regions a reading names in `missing` ("claims list rows", "message thread", ...). */
export function unreadRegions(reading: Pick<PageReading, 'missing'>): string[] {
  return reading.missing.filter(isUnreadRegion).map((m) => m.replace(/^pages\[\d+\]\./, ''));
}

/**
 * The advice for pages that were recognised but not (fully) read: confirm-facts, never "nothing to do". Each such
 * page gives one item, for its only order when it shows one, else for no order. Any no-action for the same order
 * (or, for a page without an order, any no-action at all) is dropped: what was not read may be due.
 */
export function withUnreadPages(readings: readonly PageReading[], advice: readonly Advice[]): Advice[] {
  const unread: Advice[] = [];
  for (const r of readings) {
    const regions = unreadRegions(r);
    if (regions.length === 0) continue;
    const orderId: OrderId | null = r.orders.length === 1 ? r.orders[0]!.orderId : null;
    const what = regions.join(', ');
    unread.push({
      orderId, action: 'confirm-facts', severity: 'warning', deadline: null, rules: [],
      title: UNREAD_PAGE_TITLE,
      why: `This ${r.kind === 'unknown' ? 'page' : `${r.kind} page`} shows records Claimwise could not read (${what}). ` +
        'Nothing is known to be due, and nothing is known not to be: check those records on the page yourself, and save a ' +
        'capture with buyer details removed so the reading can be fixed.',
      doNot: ['Do not take "nothing to do" from a page Claimwise could not read.'],
      reply: null,
      notes: regions.map((m) => `Not read: ${m}`),
      confirm: [],
    });
  }
  if (unread.length === 0) return [...advice];
  const covered = new Set(unread.map((a) => a.orderId));
  const kept = advice.filter((a) => a.action !== 'no-action' || !(covered.has(null) || covered.has(a.orderId)));
  return [...kept, ...unread];
}
