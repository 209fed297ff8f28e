// Where each guard goes: the costly controls, by the pages they were seen on. A guard is only drawn where its
// control is on the page; no control, no guard.
import type { Guard } from '../../messaging.ts';

const SELECTORS: Record<Guard['kind'], string[]> = {
  'pending-no-ship': [
    // Order details /orders-v3/order/<id>: header buttons and the embedded confirm-shipment form.
    '[data-test-id="buy-shipping-button"]',
    'a[href*="/confirm-shipment"]',
    'a[href*="/buy-shipping"]',
    '#myo-confirm-shipment-form',
    // Confirm shipment page: carrier picker and tracking input.
    '[data-test-id="tvs-carrier-dropdown"]',
  ],
  'protected-no-refund': [
    // Order details header ("Refund order") and any refund link.
    '[data-test-id="refund-order-button"]',
    'a[href*="/orders-v2/refund"]',
    'a[href*="/refund-order"]',
    // The refund page itself (/gp/orders-v2/refund?orderID=<id>).
    'form[action*="refund"]',
    '[data-test-id="refund-form"]',
  ],
  'keep-on-amazon': [
    // Messaging v2/v3 and the contact-buyer page: the Katal textarea host, or a plain textarea.
    'kat-textarea',
    '#ayb-contact-buyer textarea',
    '.reply-box-container textarea',
  ],
};

/** The elements to place a guard after, outermost only, in page order. */
export function guardTargets(doc: Document, guard: Guard): Element[] {
  const found = SELECTORS[guard.kind].flatMap((s) => [...doc.querySelectorAll(s)]);
  const unique = [...new Set(found)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
