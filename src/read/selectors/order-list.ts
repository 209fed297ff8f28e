// Manage Orders: https://sellercentral.amazon.com/orders-v3 (?page=N&date-range=..), tabs /orders-v3/mfn/unshipped
// and friends, /orders-v3/fba/all, search /orders-v3/search?q=..&qt=orderid. Evidenced (PAGES.md): the table and
// its rows (one <tr> per line item, status on an order's first row only), td[data-test-id="oth-*"], labelled lines,
// .main-status + status class, .cell-body-title, the empty-state text. Which column holds "Ship by date" is modeled:
// read by label. Rows are read with class, tag and attribute lookups (not selector queries) because this page can
// hold hundreds of rows; hence names rather than selectors below.
export const ORDER_LIST = {
  signature: '#orders-table, .myo-table-container',
  /** The orders table: #orders-table inside .myo-table-container. */
  tableId: 'orders-table',
  tableContainerClass: 'myo-table-container',
  /** Order links inside a row: /orders-v3/order/<id> (legacy ?orderID=). */
  orderLinkPaths: ['/orders-v3/order/', 'orderID='],
  /** The Katal element drawn as a link (<kat-link href="/orders-v3/order/…" label="…">). */
  katalLinkTag: 'kat-link',
  /** A Katal link (<kat-link href=…>) is a link too: a redesign's rows may hold only that. */
  orderLink: 'a[href*="/orders-v3/order/"], kat-link[href*="/orders-v3/order/"]',
  /** td[data-test-id] of the cells read. */
  orderDateCell: 'oth-order-date',
  customerOptionCell: 'oth-customer-option',
  /** Status span: class main-status plus a status class (pending-status, ...). */
  statusClass: 'main-status',
  /** The customer-option cell's title is the shipping service level ("Standard", "Expedited"). */
  cellTitleClass: 'cell-body-title',
  /** Labels of the labelled lines ("<span class="a-color-secondary">Ship by date:</span> Nov 26, 2026"). */
  labelClass: 'a-color-secondary',
} as const;
