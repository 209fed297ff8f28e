// Every situation the engine checks. Order here is only the order advice of equal urgency is listed in.
import { appealClaim } from './appeal-claim.ts';
import { appealClosed } from './appeal-closed.ts';
import { authorizeReturn } from './authorize-return.ts';
import { canceled } from './canceled.ts';
import { cancelAndReorder } from './cancel-and-reorder.ts';
import { cancelOnRequest } from './cancel-on-request.ts';
import { carrierIntercept } from './carrier-intercept.ts';
import { confirmFacts } from './confirm-facts.ts';
import { directToAtoZ } from './direct-to-a-to-z.ts';
import { dontShipPending } from './dont-ship-pending.ts';
import { fileSafeT } from './file-safe-t.ts';
import { keepOnAmazon } from './keep-on-amazon.ts';
import { noAction } from './no-action.ts';
import { provideInsurance } from './provide-insurance.ts';
import { refundOrReship } from './refund-or-reship.ts';
import { refundReturn } from './refund-return.ts';
import { replyToBuyer } from './reply-to-buyer.ts';
import { respondToClaim } from './respond-to-claim.ts';
import { shareTracking } from './share-tracking.ts';
import { shipByDeadline } from './ship-by-deadline.ts';
import { shipOrCancelLate } from './ship-or-cancel-late.ts';
import type { Situation } from './types.ts';

/** Applies alone: when it holds, no other situation is checked for the order. */
export const EXCLUSIVE: readonly Situation[] = [canceled];

export const SITUATIONS: readonly Situation[] = [
  provideInsurance, respondToClaim, directToAtoZ, refundOrReship, shipOrCancelLate, cancelOnRequest, cancelAndReorder,
  carrierIntercept, keepOnAmazon, refundReturn, fileSafeT, authorizeReturn, appealClaim, appealClosed, shipByDeadline,
  shareTracking, dontShipPending, confirmFacts,
];

/** Answers a waiting buyer message that no other advice answers. */
export const REPLY_FALLBACK: Situation = replyToBuyer;

/** What to say when nothing at all applies. */
export const NOTHING_DUE: Situation = noAction;

export const ALL_SITUATIONS: readonly Situation[] = [...EXCLUSIVE, ...SITUATIONS, REPLY_FALLBACK, NOTHING_DUE];
