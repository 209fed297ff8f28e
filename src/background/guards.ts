// Which in-page guards a tab should show, decided from the advice and what memory knows of its orders.
// Pure: the content script only draws what this returns.
import type { OrderCase } from '../model.ts';
import type { Decision as Advice } from '../rules/decision.ts';
import type { Guard } from '../messaging.ts';

/** Protected order with a non-delivery complaint or an A-to-z claim: a refund by the seller voids protection. */
function protectedAndDisputed(c: OrderCase, advice: Advice[]): boolean {
  if (c.order.claimsProtected !== true) return false;
  return advice.some((a) => a.orderId === c.orderId && a.action === 'direct-to-a-to-z') ||
    c.claims.some((cl) => cl.claimType === 'a-to-z' || cl.claimType === 'safe-t');
}

export function guardsFor(cases: OrderCase[], advice: Advice[], dismissed: ReadonlySet<string>): Guard[] {
  const guards: Guard[] = [];
  const add = (g: Guard) => { if (!dismissed.has(guardKey(g))) guards.push(g); };
  for (const c of cases) {
    if (c.order.status === 'pending') add({ kind: 'pending-no-ship', orderId: c.orderId, rules: ['ORD-PENDING'] });
    if (protectedAndDisputed(c, advice)) add({ kind: 'protected-no-refund', orderId: c.orderId, rules: ['BS-CLAIMS-PROTECTED'] });
  }
  for (const a of advice) {
    if (a.action === 'keep-on-amazon' && a.orderId) add({ kind: 'keep-on-amazon', orderId: a.orderId, rules: ['OFF-AMAZON'] });
  }
  return guards;
}

export const guardKey = (g: Pick<Guard, 'kind' | 'orderId'>) => `${g.orderId}|${g.kind}`;
