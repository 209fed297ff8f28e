// The costly controls the content script draws guards beside, kept with the pages they were seen on: the order
// details header (/orders-v3/order/<id>: "Buy shipping", "Confirm shipment", "Refund order"), the confirm-shipment
// page (carrier picker), the refund page (/gp/orders-v2/refund?orderID=<id>) and the reply boxes of Buyer-Seller
// Messaging v2/v3 and the contact-buyer page. data-test-id values are evidenced (PAGES.md, public scrapers); the
// link paths and form actions are modeled on the reference pages.

/** Where each guard kind may be placed: a guard is drawn only where one of its controls is on the page. */
export const GUARD_CONTROLS = {
  'pending-no-ship': [
    '[data-test-id="buy-shipping-button"]',
    'a[href*="/confirm-shipment"]',
    'a[href*="/buy-shipping"]',
    '#myo-confirm-shipment-form',
    '[data-test-id="tvs-carrier-dropdown"]',
  ],
  'protected-no-refund': [
    '[data-test-id="refund-order-button"]',
    'a[href*="/orders-v2/refund"]',
    'a[href*="/refund-order"]',
    'form[action*="refund"]',
    '[data-test-id="refund-form"]',
  ],
  'keep-on-amazon': [
    // The Katal textarea host, or a plain textarea on the contact-buyer page and in the v2 reply container.
    'kat-textarea',
    '#ayb-contact-buyer textarea',
    '.reply-box-container textarea',
  ],
} as const satisfies Record<string, readonly string[]>;
