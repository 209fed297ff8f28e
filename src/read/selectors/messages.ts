// Buyer-Seller Messaging: https://sellercentral.amazon.com/messaging/inbox-v3?fi=..&ss=<orderId> (v3),
// /messaging/inbox-v2, legacy /messaging/inbox, and the contact-buyer page /messaging/contact?orderID=.. with
// #ayb-contact-buyer. Evidenced: kat-table-row thread list, .case-status-label, #threads-list-search-bar,
// .thread-message-max-width-container-right for the seller's messages (v2), the reply kat-textarea with its real
// <textarea> in the shadow root. Modeled: bubble markup for buyer (-left) and Amazon (kat-alert) messages, the
// timestamp under bubbles, the date divider, the thread header (a.thread-order-id, "Marketplace: Amazon.xx") and
// the order panel.
export const MESSAGES = {
  signature: '.thread-messages, #thread-view, #ayb-contact-buyer, .thread-message',
  /** The open thread; ids in the thread list belong to other threads and are never read. */
  threadView: ['#thread-view', '.thread-view-column', '.thread-view', '#ayb-contact-buyer'],
  threadList: '.threads-list, .threads-list-column',
  /** The contact-buyer page: a reply form without a thread, so no messages is the whole truth there. */
  contactPage: '#ayb-contact-buyer',
  threadOrderId: 'a.thread-order-id',
  /** Any link to an order, for threads in markup the selectors above do not know. */
  orderLink: 'a[href*="/orders-v3/order/"], a[href*="orderID="], kat-link[href*="/orders-v3/order/"]',
  threadMarketplace: '.thread-marketplace',
  orderPanel: '.thread-order-panel, .order-panel',
  orderPanelStatus: '.main-status',
  message: '.thread-message',
  dateDivider: '.thread-message-date-divider',
  sellerSide: '.thread-message-max-width-container-right, .thread-message-bubble-right',
  buyerSide: '.thread-message-max-width-container-left, .thread-message-bubble-left',
  amazonAlert: 'kat-alert',
  body: '.thread-message-body',
  /** The bubble around the words, when the body has no class of its own (its header line sits outside it). */
  bubble: '.thread-message-bubble, [class*="message-bubble"]',
  senderTag: '.thread-message-header',
  timestamp: '.thread-message-timestamp, time',
  /** Where a guard goes beside the reply box: the Katal host, or the plain textarea of contact-buyer and v2. */
  replyControls: ['kat-textarea', '#ayb-contact-buyer textarea', '.reply-box-container textarea'],
  /** Reply box: Katal textarea (real <textarea> in its shadow root), plain textarea, or the contact-buyer page's. */
  replyBox: ['#reply-box', '.reply-textarea', '.reply-box-container kat-textarea', '#ayb-contact-buyer kat-textarea',
    '.reply-box-container textarea', '#ayb-contact-buyer textarea', 'kat-textarea'],
} as const;
