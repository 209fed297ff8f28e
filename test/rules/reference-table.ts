// "Advice these pages should lead to" (../shared/reference-pages/README.md) at --now 2026-11-24T18:00:00Z:
// the pages, the order, the expected action and the local date of its deadline (null: none).
import type { ActionCode } from '../../src/model.ts';

export const REFERENCE_NOW = '2026-11-24T18:00:00Z';

export interface ReferenceCase {
  pages: string[];
  orderId: string;
  action: ActionCode;
  /** Local date (YYYY-MM-DD) of the deadline in the marketplace's zone, or null for none. */
  deadlineDay: string | null;
  /** The action must be the order's first (most urgent) advice. */
  first: boolean;
}

const THREAD = ['order-details-us-buyshipping-delivered.html', 'messages-thread-us.html'];

export const REFERENCE_CASES: ReferenceCase[] = [
  // The page gives no deadline; the reply is due 24 hours after the buyer's 11-21 message (MSG-24H).
  { pages: THREAD, orderId: '113-4829137-5520614', action: 'direct-to-a-to-z', deadlineDay: '2026-11-22', first: true },
  { pages: ['order-details-us-unshipped.html'], orderId: '112-7730914-2068351', action: 'ship-by-deadline', deadlineDay: '2026-11-26', first: true },
  { pages: ['order-details-us-pending.html'], orderId: '114-2291847-6603925', action: 'dont-ship-pending', deadlineDay: null, first: true },
  // Counting Mon-Fri; 2026-12-03 if US Thanksgiving (11-26) were skipped: sources do not say, the earlier is shown.
  { pages: ['orders-list-us.html'], orderId: '111-4410582-8837214', action: 'ship-or-cancel-late', deadlineDay: '2026-12-02', first: true },
  { pages: ['orders-list-us.html'], orderId: '113-9902417-3358160', action: 'ship-by-deadline', deadlineDay: '2026-11-25', first: true },
  { pages: ['orders-list-us.html'], orderId: '112-7730914-2068351', action: 'ship-by-deadline', deadlineDay: '2026-11-26', first: true },
  { pages: ['orders-list-us.html'], orderId: '114-5127730-9910428', action: 'no-action', deadlineDay: null, first: true },
  { pages: ['orders-list-us.html'], orderId: '114-3390217-5561842', action: 'no-action', deadlineDay: null, first: true },
  { pages: ['claims-list-us.html'], orderId: '112-0941736-5582019', action: 'respond-to-claim', deadlineDay: '2026-11-25', first: true },
  { pages: ['claims-list-us.html'], orderId: '113-7716204-9038842', action: 'respond-to-claim', deadlineDay: '2026-11-24', first: true },
  { pages: ['claims-list-us.html'], orderId: '111-3308125-6674091', action: 'respond-to-claim', deadlineDay: '2026-11-26', first: true },
  { pages: ['claims-list-us.html'], orderId: '114-6172093-4458106', action: 'appeal-claim', deadlineDay: '2026-12-12', first: true },
  { pages: ['claim-detail-us-safety.html'], orderId: '113-2207749-8815063', action: 'provide-insurance', deadlineDay: '2026-11-27', first: true },
  // Deadline: 24 hours after the buyer's 11-23 message (Berlin time).
  { pages: ['messages-thread-de.html'], orderId: '305-8841206-3370156', action: 'cancel-and-reorder', deadlineDay: '2026-11-24', first: true },
  // Answer within 24 hours of the 11-23 request (RET-AUTHORIZE).
  { pages: ['returns-us.html'], orderId: '112-5580321-7746210', action: 'authorize-return', deadlineDay: '2026-11-24', first: true },
  { pages: ['returns-us.html'], orderId: '111-9027463-1185520', action: 'refund-return', deadlineDay: '2026-11-25', first: true },
];
