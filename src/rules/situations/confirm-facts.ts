// A fact the decision needs is missing: ask the seller to confirm it, and say exactly where to look. Never a guess,
// and never a refund on an unknown (DESIGN.md: safety over confidence).
import type { OrderId, PageReading, RuleId } from '../../model.ts';
import type { Decision } from '../decision.ts';
import { isUnreadRegion } from '../../read/regions.ts';
import { replyBySentence, spanOf, doubtNotes } from './shared.ts';
import { cat, t, tDynamic, type Text } from '../text.ts';
import type { CaseContext, Need } from '../context.ts';
import { POLICY } from '../policy.ts';
import type { Situation } from './types.ts';

/** "Look at ... : it decides ...", keyed by the need's facts and rules, which together tell each need apart. */
function lookAt(ctx: CaseContext, n: Need): Text {
  const appeal = spanOf(ctx, POLICY['AZ-APPEAL-30D'].values.appealWithin);
  return tDynamic(`confirm.need.${n.facts.join('+')}|${n.rules.join('+')}`, { appeal });
}

export const confirmFacts: Situation = {
  action: 'confirm-facts',
  cites: ['BS-CLAIMS-PROTECTED', 'AZ-ELIG-INR', 'ORD-UNSHIPPED', 'ORD-PENDING', 'ORD-ADDRESS', 'ORD-CANCEL-REQUEST',
    'ORD-LATE-SHIP', 'ORD-AUTO-CANCEL', 'AZ-APPEAL-30D', 'AZ-INFO-REQUEST', 'RET-REFUND-2D'],
  // When the missing fact decides what to tell a waiting buyer, this advice carries the reply deadline itself: a
  // generic reply sent before the fact is known could promise a refund that voids Buy Shipping protection.
  answersBuyer: (ctx) => ctx.unanswered !== null && ctx.needs.some((n) => n.aboutBuyer),
  when: (ctx) => ctx.needs.length > 0,
  advise: (ctx) => {
    const facts = [...new Set(ctx.needs.flatMap((n) => n.facts))];
    const rules = [...new Set<RuleId>(ctx.needs.flatMap((n) => n.rules))];
    const protection = facts.includes('claimsProtected');
    const deliveryDecision = ctx.needs.some((n) => n.aboutBuyer);
    // The order's own facts can be confirmed in the popup; a claim's or a return's ("claim.respondBy", "return.status")
    // only on its own page, so "confirm it here" is said only where there is something to confirm here.
    const here = facts.some((f) => !f.includes('.'));
    return {
      action: 'confirm-facts', severity: 'warning', deadline: deliveryDecision ? ctx.replyDeadline : null,
      rules,
      title: t('confirm.title', { facts: facts.join(' ') }),
      why: cat(...ctx.needs.flatMap((n, i) => (i > 0 ? [t('confirm.join'), lookAt(ctx, n)] : [lookAt(ctx, n)])), (here ? t('confirm.here') : ''), (deliveryDecision ? replyBySentence(ctx) : '')),
      doNot: protection
        ? [t('confirm.doNot.protection')]
        : [t('confirm.doNot.guess')],
      confirm: facts,
      ...(deliveryDecision ? { notes: doubtNotes(ctx, ['not-received', 'where-is-my-order', 'cancel', 'address-change']) } : {}),
    };
  },
};

// ---- A page whose records were not read ----

/** The unread regions a reading names in `missing` ("claims list rows", "message thread", ...). */
export function unreadRegions(reading: Pick<PageReading, 'missing'>): string[] {
  return reading.missing.filter(isUnreadRegion).map((m) => m.replace(/^pages\[\d+\]\./, ''));
}

/**
 * The decisions for pages that were recognised but not (fully) read: confirm-facts, never "nothing to do". Each
 * such page gives one item, for its only order when it shows one, else for no order. Any no-action for the same
 * order (or, for a page without an order, any no-action at all) is dropped: what was not read may be due.
 */
export function withUnreadPages(readings: readonly PageReading[], decisions: readonly Decision[]): Decision[] {
  const unread: Decision[] = [];
  for (const r of readings) {
    const regions = unreadRegions(r);
    if (regions.length === 0) continue;
    const orderId: OrderId | null = r.orders.length === 1 ? r.orders[0]!.orderId : null;
    unread.push({
      orderId, action: 'confirm-facts', severity: 'warning', deadline: null, rules: [],
      title: t('unread.title'),
      why: t('unread.why', { kind: r.kind === 'unknown' ? '' : r.kind, what: regions.join(', ') }),
      doNot: [t('unread.doNot')],
      notes: regions.map((region) => t('unread.note', { region })),
      confirm: [], replyLang: null,
    });
  }
  if (unread.length === 0) return [...decisions];
  const covered = new Set(unread.map((a) => a.orderId));
  const kept = decisions.filter((a) => a.action !== 'no-action' || !(covered.has(null) || covered.has(a.orderId)));
  return [...kept, ...unread];
}
