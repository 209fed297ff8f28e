// Which order facts the popup asks the seller about: those a confirm-facts advice names, and the key facts the
// decision turns on when the page did not show them (unknown is a value: ask, do not assume).
import type { Advice, ConfirmedFacts, OrderCase } from '../model.ts';

export type ConfirmKey = keyof ConfirmedFacts;

/** Every fact the seller may confirm or correct, in the order the panel lists them. */
export const CONFIRMABLE: readonly ConfirmKey[] = [
  'claimsProtected', 'boughtThroughAmazon', 'status', 'deliveredAt', 'shippedAt', 'firstScanAt', 'shipBy', 'deliverBy',
];

const isConfirmable = (k: string): k is ConfirmKey => (CONFIRMABLE as readonly string[]).includes(k);

export function factsToAsk(c: OrderCase, advice: Advice[]): ConfirmKey[] {
  const ask = new Set<ConfirmKey>();
  for (const a of advice) {
    if (a.action !== 'confirm-facts' || a.orderId !== c.orderId) continue;
    for (const k of a.confirm ?? []) if (isConfirmable(k)) ask.add(k);
  }
  const o = c.order;
  const sent = o.status === 'shipped' || o.status === 'delivered';
  if (o.status === null) ask.add('status');
  // BS-CLAIMS-PROTECTED: whether Amazon funds a non-delivery claim turns on the label and its badge.
  if (sent && o.boughtThroughAmazon === null) ask.add('boughtThroughAmazon');
  if (sent && o.claimsProtected === null && o.boughtThroughAmazon !== false) ask.add('claimsProtected');
  if (o.status === 'delivered' && o.deliveredAt === null) ask.add('deliveredAt');
  return CONFIRMABLE.filter((k) => ask.has(k));
}

/** Facts a confirm-facts advice names that the popup cannot take (claim facts): the seller reads them on the page. */
export function factsElsewhere(c: OrderCase, advice: Advice[]): string[] {
  const keys = advice
    .filter((a) => a.action === 'confirm-facts' && a.orderId === c.orderId)
    .flatMap((a) => a.confirm ?? [])
    .filter((k) => !isConfirmable(k));
  return [...new Set(keys)];
}
