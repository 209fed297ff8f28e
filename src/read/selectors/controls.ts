// The costly controls the content script draws guards beside, by guard kind. Each selector is kept with the page
// it was seen on (order-details.ts: shipping and refund controls; messages.ts: the reply box); this only says which
// guard goes beside which.
import { MESSAGES } from './messages.ts';
import { ORDER_DETAILS } from './order-details.ts';

/** Where each guard kind may be placed: a guard is drawn only where one of its controls is on the page. */
export const GUARD_CONTROLS = {
  'pending-no-ship': ORDER_DETAILS.shipControls,
  'protected-no-refund': ORDER_DETAILS.refundControls,
  'keep-on-amazon': MESSAGES.replyControls,
} as const satisfies Record<string, readonly string[]>;
