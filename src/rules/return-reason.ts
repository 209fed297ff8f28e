// RET-SHIPPING-COST: the seller pays return shipping (full refund) for defective, damaged, wrong or
// not-as-described items and a missed delivery date; not for "no longer needed" or "bought by mistake".
import { detectIntents } from './intent/detect.ts';

const LATE_OR_NOT_AS_DESCRIBED = /too late|arrived late|missed (?:the )?delivery|not as described|materially different|zu spät|verspätet|en retard|tarde|in ritardo|遅れ|太晚|不符/iu;

/** The displayed return reason is one the seller pays return shipping for. */
export function sellerPaysReturn(reason: string | null): boolean {
  if (!reason) return false;
  if (LATE_OR_NOT_AS_DESCRIBED.test(reason)) return true;
  const intents = detectIntents(reason);
  return intents.includes('damaged') || intents.includes('wrong-item');
}
