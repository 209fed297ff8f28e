// The windows that close on an order whatever the seller does: the buyer's A-to-z window (AZ-FILE-WINDOW) and the
// return window (RET-WINDOW-30D, with its holiday extension). Rules and reply wording both ask "is it closed?", so
// the arithmetic lives here once.
import type { OrderCase } from '../model.ts';
import { POLICY } from './policy.ts';
import { addWindow, endOfDate, endOfLocalDay, localDate, parseTime, zoneOf, type TimeZone } from './time.ts';
import { inner, kept, Kept } from './memo.ts';

/** Last moment a buyer can file an A-to-z claim: 90 days after the latest delivery date; null without that date. */
export function atozFileEnd(deliverByEnd: number | null, zone: TimeZone): number | null {
  return deliverByEnd === null ? null : addWindow(deliverByEnd, POLICY['AZ-FILE-WINDOW'].values.afterLatestDelivery, zone);
}

/**
 * ORD-AUTO-CANCEL: the end of the day Amazon cancels an order not shipped and confirmed: ship-by + 7 business days,
 * or (older text) 30 days after the order, whichever is earlier.
 */
export function autoCancelAt(shipByEnd: number, purchaseAt: number | null, zone: TimeZone): { at: number; afterShipBy: number } {
  const rule = POLICY['ORD-AUTO-CANCEL'].values;
  const afterShipBy = endOfLocalDay(addWindow(shipByEnd, rule.afterShipBy, zone), zone);
  const afterOrder = purchaseAt === null ? afterShipBy : endOfLocalDay(addWindow(purchaseAt, rule.olderAfterOrder, zone), zone);
  return { at: Math.min(afterShipBy, afterOrder), afterShipBy };
}

// The end of a ship-by or delivery day, and the windows counted from it, come back for every remembered order at
// every refresh, in the rules and in the reply wording alike: calendar work in a zone, kept by what it was computed
// from (a changed fact is a new key, never a stale answer).
const dayEnds = new Map<TimeZone, Map<number, number>>();
const cancels = new Kept<{ at: number; afterShipBy: number }>();
const returnEnds = new Kept<number | null>();

/** endOfLocalDay, kept per zone by the instant. */
export function dayEnd(ms: number, zone: TimeZone): number {
  return kept(inner(dayEnds, zone), ms, (at) => endOfLocalDay(at, zone));
}

/** autoCancelAt, kept by the ship-by day's end and the purchase. */
export function autoCancelOf(shipByEnd: number, purchaseAt: number | null, zone: TimeZone): { at: number; afterShipBy: number } {
  return cancels.get(zone, shipByEnd, purchaseAt, () => autoCancelAt(shipByEnd, purchaseAt, zone));
}

/** returnWindowEnd, kept by where the window counts from (the delivery, else the latest delivery date) and the purchase. */
export function returnWindowEndOf(deliveredAt: number | null, deliverByEnd: number | null, purchaseAt: number | null, zone: TimeZone): number | null {
  return returnEnds.get(zone, deliveredAt ?? deliverByEnd, purchaseAt, () => returnWindowEnd(deliveredAt, deliverByEnd, purchaseAt, zone));
}

/** For reply wording: an Unshipped order whose automatic cancellation date has passed at `now`. */
export function caseAutoCanceled(c: OrderCase, now: Date): boolean {
  const zone = zoneOf(c.marketplace);
  const status = c.confirmed?.status ?? c.order.status;
  if (status !== 'unshipped') return false;
  const shipBy = parseTime(c.confirmed?.shipBy ?? c.order.shipBy, zone);
  if (shipBy === null) return false;
  return autoCancelOf(dayEnd(shipBy, zone), parseTime(c.order.purchaseDate, zone), zone).at < now.getTime();
}

/** A holiday-season purchase: by its purchase month, or, with no purchase date, by a delivery in November to January. */
function holidayYear(purchaseAt: number | null, deliveredAt: number, zone: TimeZone): number | null {
  const { purchaseMonths } = POLICY['RET-WINDOW-30D'].values.holiday;
  const [y, m] = localDate(purchaseAt ?? deliveredAt, zone);
  if ((purchaseMonths as readonly number[]).includes(m)) return y + 1;
  // Without a purchase date, a January delivery may still be a December purchase: give the buyer the benefit.
  if (purchaseAt === null && m === 1) return y;
  return null;
}

/**
 * Last moment of the return window: 30 days after delivery (or the latest delivery date when delivery is not
 * shown), later for holiday-season purchases. Null when no delivery date is known.
 */
export function returnWindowEnd(deliveredAt: number | null, deliverByEnd: number | null, purchaseAt: number | null, zone: TimeZone): number | null {
  const from = deliveredAt ?? deliverByEnd;
  if (from === null) return null;
  const rule = POLICY['RET-WINDOW-30D'].values;
  const normal = endOfLocalDay(addWindow(from, rule.fromDelivery, zone), zone);
  const year = holidayYear(purchaseAt, from, zone);
  if (year === null) return normal;
  const holidayEnd = endOfDate(year, 1, rule.holiday.untilJanuaryDay, zone);
  return Math.max(normal, holidayEnd);
}

/** The return window's end when this return was requested after it; null when it was in time or cannot be told. */
export function requestedAfterWindow(requestedAt: number | null, windowEnd: number | null): number | null {
  return requestedAt !== null && windowEnd !== null && requestedAt > windowEnd ? windowEnd : null;
}

/** For reply wording: the window's end when the case's latest return request came after it. */
export function caseReturnOutsideWindow(c: OrderCase, requestedAtIso: string | null | undefined): number | null {
  if (!requestedAtIso) return null;
  const zone = zoneOf(c.marketplace);
  const at = (iso: string | null | undefined) => parseTime(iso, zone);
  const deliverBy = at(c.confirmed?.deliverBy ?? c.order.deliverBy);
  const end = returnWindowEndOf(at(c.confirmed?.deliveredAt ?? c.order.deliveredAt), deliverBy === null ? null : dayEnd(deliverBy, zone),
    at(c.order.purchaseDate), zone);
  return requestedAfterWindow(at(requestedAtIso), end);
}
