// Order details: https://sellercentral.amazon.com/orders-v3/order/<orderId> (legacy /gp/orders-v2/details?orderID=).
// data-test-id values are evidenced (PAGES.md, public scrapers) and survive UI language changes; the package box
// internals past cells [0] ship date and [1] carrier, the delivery line, the badge and the tracking popover are
// modeled on the reference pages.
export const ORDER_DETAILS = {
  /** Page signature: header + order id. */
  signature: '[data-test-id="order-details-label"], [data-test-id="order-id-value"]',
  orderId: ['[data-test-id="order-id-value"]'],
  shipBy: ['[data-test-id="order-summary-shipby-value"]'],
  deliverBy: ['[data-test-id="order-summary-deliverby-value"]'],
  purchaseDate: ['[data-test-id="order-summary-purchase-date-value"]'],
  shippingService: ['[data-test-id="order-summary-shipping-service-value"]'],
  fulfillment: ['[data-test-id="order-summary-fulfillment-channel-value"]'],
  salesChannel: ['[data-test-id="order-summary-sales-channel-value"]'],
  /** One per line item; the status span carries a status class. */
  itemStatus: '[data-test-id="item-status-label"] .main-status, [data-test-id="item-status-cell"] .main-status',
  /** Newer pages show the order's status as a Katal badge whose label is the status word. */
  statusBadge: 'kat-badge[label]',
  /** Package block: an AUI box group; the confirm-shipment form's a-span3 cells sit outside any group. */
  packageGroup: '.a-box-group',
  packageCell: '.a-column',
  /** Also the same element under a renamed test-id attribute (data-testid), as seen on redesigned summaries. */
  trackingId: '[data-test-id="tracking-id-value"], [data-testid="tracking-id-value"], [data-testid="tracking-id"]',
  /** Buy Shipping labels render the tracking id as a popover trigger; own labels as a plain span. */
  trackingIsPopover: 'a-popover-trigger',
  /** Where a Buy Shipping badge may render (placement on the real page is unknown). */
  badge: '.a-badge, kat-badge, .a-badge-text, .a-color-state, [aria-label]',
  summaryBox: '.order-summary-box',
  deliveryLine: '.myo-delivery-status',
  /** The tracking popover, preloaded hidden; its name comes from the trigger's data-a-popover JSON. */
  popoverDeclaration: '[data-a-popover]',
  popoverById: (name: string) => `#a-popover-${name}`,
  trackingEvent: '.tracking-event',
  trackingEvents: '.a-popover-preload .tracking-event',
  /**
   * Costly controls the content script guards: shipping (header "Buy shipping" and "Confirm shipment" links, the
   * embedded confirm-shipment form, the confirm-shipment page's carrier picker) and refunding (header "Refund
   * order", refund links, the refund page /gp/orders-v2/refund?orderID=<id> and its form). data-test-id values are
   * evidenced (PAGES.md); link paths and form actions are modeled.
   */
  shipControls: ['[data-test-id="buy-shipping-button"]', 'a[href*="/confirm-shipment"]', 'a[href*="/buy-shipping"]',
    '#myo-confirm-shipment-form', '[data-test-id="tvs-carrier-dropdown"]'],
  refundControls: ['[data-test-id="refund-order-button"]', 'a[href*="/orders-v2/refund"]', 'a[href*="/refund-order"]',
    'form[action*="refund"]', '[data-test-id="refund-form"]'],
  /** Ship-to block: one span per line; only the country line is ever read (buyer PII). */
  shipToAddress: '[data-test-id="shipping-section-buyer-address"]',
  shipToName: '[data-test-id="shipping-section-recipient-name"]',
} as const;
