// Manage returns: https://sellercentral.amazon.com/gp/returns/list/v2 (actions?returnRequestId=..), legacy
// /gp/returns/list, and /manage/returns/mfn. Evidenced: .orderDetailsDiv a[href*='/orders-v3/order/'],
// kat-label[emphasis='Merchant SKU:'], .return-reason-value, .customer-comment, "Total Returns: N". Modeled: the card
// layout, labels (Return request date, RMA ID, Return delivered, Refund issued), status wordings,
// data-return-request-id.
export const RETURNS = {
  signature: '.return-request-card, .orderDetailsDiv, .return-reason-value',
  card: '.return-request-card, [data-return-request-id]',
  orderLink: '.orderDetailsDiv a[href*="/orders-v3/order/"], a[href*="/orders-v3/order/"], a[href*="orderID="], kat-link[href*="/orders-v3/order/"]',
  reason: '.return-reason-value',
  /** Status as text (v2) or as a kat-badge label (/manage/returns/mfn). */
  status: '.return-request-status, kat-badge[label]',
} as const;
