// Evidence pack for Amazon (claim response, appeal, insurance details), built only from what is known about the
// order. Every statement names the OrderCase field(s) it rests on; every fact the argument needs but the pages did
// not show becomes a blank for the seller to fill in, never an invented sentence.
import type { IsoTime, Lang, Marketplace, OrderCase, OrderFacts } from '../model.ts';
import { claimFor, effectiveOrder, firstContact, hasUndatedBuyerMessage, latestReturn } from './case-facts.ts';
import { addDays, daysBetween, formatDate, formatDateTime, hasTimeOfDay, localDay, localeFor, weekdaysAfter } from './dates.ts';
import { de } from './evidence/de.ts';
import { en } from './evidence/en.ts';
import { es } from './evidence/es.ts';
import { fr } from './evidence/fr.ts';
import { it } from './evidence/it.ts';
import { ja } from './evidence/ja.ts';
import type { AnswerDelay, AttachKey, BlankKey, EvidenceAction, EvidenceWording } from './evidence/types.ts';
import { zh } from './evidence/zh.ts';
import type { SupportedLang } from './langs.ts';
import { resolveLang } from './langs.ts';

export type { EvidenceAction } from './evidence/types.ts';

export interface EvidenceStatement {
  text: string;
  /** The OrderCase path(s) the statement rests on, e.g. "order.deliveredAt" or "order.shippedAt, order.shipBy". */
  fact: string | null;
}

export interface EvidencePack {
  lang: SupportedLang;
  text: string;
  statements: EvidenceStatement[];
  /** Placeholders such as "[delivery status and date: ____]", also present in `text`. */
  blanks: string[];
  /** What to attach that the pages could not provide. */
  attach: string[];
}

const WORDING: Record<SupportedLang, EvidenceWording> = { en, de, fr, es, it, ja, zh };

/** Days after the claim notice within which insurer details are due (AZ-SAFETY). */
const SAFETY_RESPONSE_DAYS = 7;
/** Calendar days after a granted claim within which the seller may appeal (AZ-APPEAL-30D). */
const APPEAL_DAYS = 30;
/** Business days after receiving a return within which the refund is due (RET-REFUND-2D). */
const REFUND_BUSINESS_DAYS = 2;

type Line = { kind: 'statement'; text: string; fact: string } | { kind: 'blank'; text: string };

function money(value: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

/** Hours between the buyer's first message and the answer, judged only as far as the timestamps allow. */
function answerDelay(buyer: IsoTime, seller: IsoTime, mp: Marketplace | null): AnswerDelay {
  if (hasTimeOfDay(buyer, mp) && hasTimeOfDay(seller, mp)) {
    const hours = (Date.parse(seller) - Date.parse(buyer)) / 3_600_000;
    return hours <= 24 ? 24 : hours <= 48 ? 48 : null;
  }
  const b = localDay(buyer, mp);
  const s = localDay(seller, mp);
  if (!b || !s) return null;
  // Same calendar day is under 24 hours; the next day is under 48 hours, whatever the hours were.
  const days = daysBetween(b, s);
  return days === 0 ? 24 : days === 1 ? 48 : null;
}

export function evidenceFor(action: EvidenceAction, c: OrderCase, lang: Lang, now: Date): EvidencePack {
  const L = resolveLang(lang);
  const w = WORDING[L];
  const mp = c.marketplace;
  const o: OrderFacts = effectiveOrder(c);
  const date = (iso: IsoTime | null | undefined): string | null => formatDate(iso, L, mp);
  const stamp = (iso: IsoTime): string | null => (hasTimeOfDay(iso, mp) ? formatDateTime(iso, L, mp) : formatDate(iso, L, mp));
  /** Where an order fact came from: the seller's confirmation wins over the reading (ConfirmedFacts). */
  const orderPath = (key: keyof OrderFacts): string => {
    const confirmed = (c.confirmed as Record<string, unknown> | undefined)?.[key];
    return confirmed !== null && confirmed !== undefined ? `confirmed.${key}` : `order.${key}`;
  };

  const lines: Line[] = [];
  const attach = new Set<AttachKey>();
  // A time that ends in an abbreviation ("6:30 p.m.") must not end the sentence twice.
  const say = (text: string | null, ...facts: string[]): void => {
    if (text) lines.push({ kind: 'statement', text: text.replace(/\.\.$/, '.'), fact: facts.join(', ') });
  };
  const blank = (key: BlankKey): void => { lines.push({ kind: 'blank', text: `[${w.blank[key]}: ____]` }); };

  const claimAt = claimFor(c, action === 'provide-insurance');
  const claim = claimAt?.item ?? null;
  const cp = claimAt ? `claims[${claimAt.index}]` : null;
  const retAt = latestReturn(c);
  // An order with a return was received, so its claim is argued from the return and refund, not from delivery.
  const isReturnClaim = action !== 'provide-insurance' && retAt !== null;
  const isSafety = action === 'provide-insurance' || claim?.claimType === 'safety';
  const nowDay = localDay(now.toISOString(), mp);

  // -- the claim itself
  if (claim && cp) {
    const filed = date(claim.filedAt);
    if (filed) say(w.claimFiled(filed), `${cp}.filedAt`);
    if (claim.reason?.trim()) say(w.claimReason(claim.reason.trim()), `${cp}.reason`);
    if (claim.amount) say(w.claimAmount(money(claim.amount.value, claim.amount.currency, localeFor(L, mp))), `${cp}.amount`);
  }
  if (action === 'appeal-claim') {
    const decided = claim && cp ? date(claim.decidedAt) : null;
    if (decided && claim && cp) {
      const debited = claim.fundedBy === 'seller';
      say(w.claimDecided(decided, debited), `${cp}.decidedAt`, ...(debited ? [`${cp}.fundedBy`] : []));
      const decidedDay = localDay(claim.decidedAt, mp);
      if (decidedDay && nowDay) {
        const lastDay = addDays(decidedDay, APPEAL_DAYS);
        const last = date(lastDay);
        if (nowDay <= lastDay && last) say(w.appealWithin(last), `${cp}.decidedAt`);
      }
    } else blank('claimDecided');
  }
  if (action === 'provide-insurance') {
    const filedDay = claim ? localDay(claim.filedAt, mp) : null;
    const notice = claim ? date(claim.filedAt) : null;
    if (filedDay && notice && cp) {
      if (nowDay && daysBetween(filedDay, nowDay) <= SAFETY_RESPONSE_DAYS) say(w.safetyWithin(notice), `${cp}.filedAt`);
    } else blank('claimNotice');
  }

  // -- shipping: on time is judged by the first carrier scan (BS-CLAIMS-PROTECTED, ORD-LATE-SHIP)
  const shipByDay = localDay(o.shipBy, mp);
  const shipBy = date(o.shipBy);
  const scanDay = localDay(o.firstScanAt, mp);
  const shippedDay = localDay(o.shippedAt, mp);
  const scanOnTime = scanDay && shipByDay ? scanDay <= shipByDay : null;
  const shippedOnTime = shippedDay && shipByDay ? shippedDay <= shipByDay : null;
  const needsShipping = !isReturnClaim && !isSafety;
  const shipped = date(o.shippedAt);
  if (shipped) say(w.shipped(shipped, shipBy, shippedOnTime), orderPath('shippedAt'), ...(shipBy ? [orderPath('shipBy')] : []));
  const scan = date(o.firstScanAt);
  if (scan) say(w.firstScan(scan, shipBy, scanOnTime), orderPath('firstScanAt'), ...(shipBy ? [orderPath('shipBy')] : []));
  if (needsShipping) {
    if (!shipBy) blank('shipBy');
    if (!shipped) blank('shippedAt');
    if (!scan) { blank('firstScan'); attach.add('trackingHistory'); }
  }

  // -- the label
  if (o.boughtThroughAmazon === true || o.claimsProtected === true) {
    say(w.buyShipping(), o.boughtThroughAmazon === true ? orderPath('boughtThroughAmazon') : orderPath('claimsProtected'));
    if (o.claimsProtected === true) say(w.claimsProtected(), orderPath('claimsProtected'));
    else if (o.claimsProtected === null && needsShipping) blank('claimsProtected');
  } else if (o.boughtThroughAmazon === null && needsShipping) blank('buyShipping');

  const carrier = o.carrier?.trim() || null;
  const tracking = o.trackingId?.trim() || null;
  if (carrier || tracking) {
    say(w.carrierTracking(carrier, tracking), ...(carrier ? [orderPath('carrier')] : []), ...(tracking ? [orderPath('trackingId')] : []));
  }
  if (needsShipping) {
    if (!carrier) blank('carrier');
    if (!tracking) blank('trackingId');
  }

  // -- delivery
  const deliverBy = date(o.deliverBy);
  if (deliverBy && !isSafety) say(w.deliverBy(deliverBy), orderPath('deliverBy'));
  const delivered = date(o.deliveredAt);
  if (delivered) {
    say(w.delivered(delivered), orderPath('deliveredAt'));
    if (!isReturnClaim && !isSafety) attach.add('proofOfDelivery');
  } else if (o.status === 'delivered') {
    say(w.deliveredNoDate(), orderPath('status'));
    if (needsShipping) { blank('deliveredAt'); attach.add('proofOfDelivery'); }
  } else if (o.status === 'shipped') {
    say(w.notDelivered(), orderPath('status'));
    if (needsShipping) { blank('trackingStatus'); attach.add('trackingHistory'); }
  } else if (needsShipping) {
    blank('deliveredAt');
    attach.add('proofOfDelivery');
  }

  // -- the buyer's first contact and our answer (AZ-CONTACT-48H, MSG-24H)
  if (!isSafety) {
    const { buyer, seller } = firstContact(c);
    const wrote = buyer?.item.sentAt ? stamp(buyer.item.sentAt) : null;
    if (buyer && wrote) say(w.buyerWrote(wrote), `messages[${buyer.index}].sentAt`);
    else blank('buyerFirstMessage');
    const answered = seller?.item.sentAt ? stamp(seller.item.sentAt) : null;
    if (buyer?.item.sentAt && seller?.item.sentAt && answered) {
      const within = answerDelay(buyer.item.sentAt, seller.item.sentAt, mp);
      say(w.sellerAnswered(answered, within), `messages[${seller.index}].sentAt`, ...(within ? [`messages[${buyer.index}].sentAt`] : []));
    } else if (buyer || hasUndatedBuyerMessage(c) || c.messages.length === 0) blank('sellerReply');
  }

  // -- the return (RET-REFUND-2D)
  if (isReturnClaim && retAt) {
    const r = retAt.item;
    const rp = `returns[${retAt.index}]`;
    const requested = date(r.requestedAt);
    if (requested) say(w.returnRequested(requested), `${rp}.requestedAt`);
    const rt = r.returnTrackingId?.trim();
    if (rt) say(w.returnTracking(rt), `${rp}.returnTrackingId`);
    else blank('returnTracking');
    const received = date(r.receivedAt);
    if (received) {
      say(w.returnReceived(received), `${rp}.receivedAt`);
      attach.add('returnProof');
      attach.add('returnPhotos');
    } else if (r.status === 'pending-authorization' || r.status === 'authorized') {
      say(w.returnNotReceived(), `${rp}.status`);
    } else blank('returnReceived');
    const refunded = date(r.refundedAt);
    if (refunded) {
      const receivedDay = localDay(r.receivedAt, mp);
      const refundedDay = localDay(r.refundedAt, mp);
      const within = !!receivedDay && !!refundedDay && refundedDay >= receivedDay && weekdaysAfter(receivedDay, refundedDay) <= REFUND_BUSINESS_DAYS;
      say(w.refunded(refunded, within), `${rp}.refundedAt`, ...(within ? [`${rp}.receivedAt`] : []));
    } else if (received || r.status === 'received' || r.status === 'completed' || r.status === null) blank('refundDate');
  }

  // -- the policy: a protected, on-time Buy Shipping label makes a "did not arrive" claim Amazon-funded
  const onTime = scanOnTime ?? (scan ? null : shippedOnTime);
  const protectedClaim = needsShipping && claim?.claimType !== 'chargeback' && o.claimsProtected === true
    && o.boughtThroughAmazon !== false && onTime === true;
  if (protectedClaim) {
    const basis = scanOnTime === true ? 'scan' : 'confirmation';
    say(w.protection(basis), orderPath('claimsProtected'), basis === 'scan' ? orderPath('firstScanAt') : orderPath('shippedAt'), orderPath('shipBy'));
  }

  // -- insurer details: never on any page (AZ-SAFETY)
  if (action === 'provide-insurance') {
    blank('insurer'); blank('policyNumber'); blank('coverage'); blank('policyPeriod');
    attach.add('insuranceCertificate'); attach.add('productPhotos'); attach.add('productCompliance');
  }

  const title = w.title(action, c.orderId, claim?.claimId?.trim() || null);
  const text = [title, lines.map((l) => l.text).join('\n'), w.request[action]].filter((p) => p.length > 0).join('\n\n');
  return {
    lang: L,
    text,
    statements: lines.filter((l): l is Extract<Line, { kind: 'statement' }> => l.kind === 'statement').map(({ text: t, fact }) => ({ text: t, fact })),
    blanks: lines.filter((l) => l.kind === 'blank').map((l) => l.text),
    attach: [...attach].map((k) => w.attach[k]),
  };
}
