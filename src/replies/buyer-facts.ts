// The facts a buyer reply may mention, formatted for the reply language in the marketplace calendar.
import type { OrderCase } from '../model.ts';
import type { BuyerFacts } from '../words/buyer/types.ts';
import { effectiveOrder, latestReturn } from './case-facts.ts';
import { formatDate } from './dates.ts';
import { caseAutoCanceled, caseReturnOutsideWindow } from '../rules/windows.ts';
import { formatIso, zoneOf } from '../rules/time.ts';
import type { ReplyLang } from './langs.ts';

/** Blank strings are as unknown as nulls: a reply never prints an empty carrier or tracking id. */
function text(v: string | null | undefined): string | null {
  const t = v?.trim();
  return t ? t : null;
}

function windowEnded(c: OrderCase, requestedAt: string | null, date: (iso: string | null) => string | null): string | null {
  const ended = caseReturnOutsideWindow(c, requestedAt);
  return ended === null ? null : date(formatIso(ended, zoneOf(c.marketplace)));
}

/** `now` decides what has already happened (an automatic cancellation); without it nothing is assumed to have. */
export function buyerFacts(c: OrderCase, lang: ReplyLang, now?: Date): BuyerFacts {
  const o = effectiveOrder(c);
  const ret = latestReturn(c)?.item ?? null;
  const date = (iso: string | null | undefined): string | null => formatDate(iso, lang, c.marketplace);
  return {
    orderId: c.orderId,
    status: o.status,
    carrier: text(o.carrier),
    trackingId: text(o.trackingId),
    shipBy: date(o.shipBy),
    deliverBy: date(o.deliverBy),
    shippedAt: date(o.shippedAt),
    deliveredAt: date(o.deliveredAt),
    returnStatus: ret?.status ?? null,
    returnReceivedAt: date(ret?.receivedAt),
    refundedAt: date(ret?.refundedAt),
    autoCanceled: now !== undefined && caseAutoCanceled(c, now),
    returnWindowEnded: windowEnded(c, ret?.status === 'pending-authorization' ? ret.requestedAt : null, date),
  };
}
