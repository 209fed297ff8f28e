// Manage Orders: https://sellercentral.amazon.com/orders-v3 (?page=N&date-range=..), tabs /orders-v3/mfn/unshipped
// and friends, /orders-v3/fba/all, search /orders-v3/search?q=..&qt=orderid. Evidenced (PAGES.md): the table and
// its rows (one <tr> per line item, status on an order's first row only), td[data-test-id="oth-*"], labelled lines,
// .main-status + status class, the empty-state text. Which column holds "Ship by date" is modeled: read by label.
export const ORDER_LIST = {
  signature: '#orders-table, .myo-table-container',
  rows: ['.myo-table-container #orders-table tbody > tr', '#orders-table tbody > tr', '.myo-table-container table tbody > tr'],
  orderLink: 'a[href*="/orders-v3/order/"]',
  orderDate: 'td[data-test-id="oth-order-date"]',
  orderDetails: 'td[data-test-id="oth-order-details"]',
  status: '.main-status',
  /** The customer-option cell's title is the shipping service level ("Standard", "Expedited"). */
  shippingService: 'td[data-test-id="oth-customer-option"] .cell-body-title',
  /** The "cell-body-title" of the order-date cell is relative ("1 day ago"); the date follows it. */
  cellTitle: '.cell-body-title',
  emptyState: '.myo-empty-state',
} as const;
