// A-to-z Guarantee claims: list https://sellercentral.amazon.com/gp/guarantee-claims/home.html (also homepage.html),
// detail .../claim-details.html?claimId=<id>; SAFE-T claims /safet-claims; chargebacks /gp/chargebacks (hash routed).
// Evidenced: the tab names "Action required" / "Option to Appeal" and the status/reason wordings. Everything else
// (kat-tabs/kat-tab[label], kat-table rows, field labels, the detail page) is modeled: read tables by header labels.
export const CLAIMS = {
  /** Page signatures, for claim pages at paths we do not know. */
  detailSignature: '.claim-summary-table',
  listSignature: '.claims-table, .claim-row',
  /** Tabs: light-DOM kat-tab elements with a label; hidden ones must still be read. */
  tab: 'kat-tab',
  /** A table of claims: Katal or plain (read by header labels, see labelled.ts). */
  table: 'kat-table, table',
  orderLink: 'a[href*="/orders-v3/order/"], a[href*="orderID="], a[href*="orderId="], kat-link[href*="/orders-v3/order/"]',
  claimLink: 'a[href*="claimId="]',
  /** SAFE-T claims (list and detail): one wrapper per claim whose id holds the SAFE-T id (PAGES.md, public scrapers). */
  safetCard: 'div[id^="claim-content-wrapper-"]',
  safetId: /\d{5}-\d{5}-\d{7}/,
  /** A status shown only as a Katal badge whose label is the status (redesigned cards and detail pages). */
  statusBadge: 'kat-badge[label]',
  /** The step a claim's progress stepper marks as where the claim stands now. */
  currentStep: '[aria-current="step"]',
  /** Notices on the detail page: the property-damage one; an appeal made, where the status does not say it. */
  alert: '.a-alert, kat-alert, [role="alert"]',
} as const;
