// Evidence pack for Amazon (claim response, appeal, insurance details), built only from what is known about the
// order. Every statement names the OrderCase field(s) it rests on; every fact the argument needs but the pages did
// not show becomes a blank for the seller to fill in, never an invented sentence.
import type { IsoTime, Lang, Marketplace, OrderCase, OrderFacts } from '../model.ts';
import { POLICY, type PolicyRuleId, type Window, type WindowUnit } from '../rules/policy.ts';
import { claimFor, effectiveOrder, firstContact, hasUndatedBuyerMessage, latestReturn } from './case-facts.ts';
import { addDays, daysBetween, formatDate, formatDateTime, hasTimeOfDay, localDay, localeFor, weekdaysAfter } from './dates.ts';
import { de } from '../words/evidence/de.ts';
import { en } from '../words/evidence/en.ts';
import { es } from '../words/evidence/es.ts';
import { fr } from '../words/evidence/fr.ts';
import { it } from '../words/evidence/it.ts';
import { ja } from '../words/evidence/ja.ts';
import type { AnswerDelay, AttachKey, BlankKey, EvidenceAction, EvidenceWording } from '../words/evidence/types.ts';
import { zh } from '../words/evidence/zh.ts';
import type { UiLang } from '../words/langs.ts';
import { evidenceLang } from './langs.ts';

export type { EvidenceAction } from '../words/evidence/types.ts';

export interface EvidenceStatement {
  text: string;
  /** The OrderCase path(s) the statement rests on, e.g. "order.deliveredAt" or "order.shippedAt, order.shipBy". */
  fact: string | null;
  /** The policy rule the statement argues from, for the seller's eyes only: never written into `text`. */
  rule: PolicyRuleId | null;
}

export interface EvidencePack {
  lang: UiLang;
  text: string;
  statements: EvidenceStatement[];
  /** Placeholders such as "[delivery status and date: ____]", also present in `text`. */
  blanks: string[];
  /** What to attach that the pages could not provide. */
  attach: string[];
  /** The policy rules the pack argues from, in the order it uses them: shown to the seller beside the text, which
   *  Amazon reads and which therefore names none. */
  rules: PolicyRuleId[];
}

const WORDING: Record<UiLang, EvidenceWording> = { en, de, fr, es, it, ja, zh };

/** A window's amount, held to the unit the wording names: a change of unit in the table must change the sentence
 *  too, so it fails here rather than reaching Amazon as "30 days" for what became business days. */
function amountIn(w: Window, unit: WindowUnit, rule: PolicyRuleId): number {
  if (w.unit !== unit) throw new Error(`${rule}: evidence wording counts in ${unit}, the policy table in ${w.unit}`);
  return w.amount;
}

const SAFETY_RESPONSE_DAYS = amountIn(POLICY['AZ-SAFETY'].values.respondWithin, 'calendar-days', 'AZ-SAFETY');
const APPEAL_DAYS = amountIn(POLICY['AZ-APPEAL-30D'].values.appealWithin, 'calendar-days', 'AZ-APPEAL-30D');
const REFUND_BUSINESS_DAYS = amountIn(POLICY['RET-REFUND-2D'].values.refundWithin, 'business-days', 'RET-REFUND-2D');
/** The reply windows an answer time is measured against, shortest first, each with its rule. */
const ANSWER_WINDOWS: readonly { hours: number; rule: PolicyRuleId }[] = [
  { hours: amountIn(POLICY['MSG-24H'].values.replyWithin, 'hours', 'MSG-24H'), rule: 'MSG-24H' as const },
  { hours: amountIn(POLICY['AZ-CONTACT-48H'].values.resolveWithin, 'hours', 'AZ-CONTACT-48H'), rule: 'AZ-CONTACT-48H' as const },
].sort((a, b) => a.hours - b.hours);
const HOURS_PER_DAY = 24;

type Line = { kind: 'statement'; text: string; fact: string; rule: PolicyRuleId | null } | { kind: 'blank'; text: string };

function money(value: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

/** The shortest reply window the answer met, judged only as far as the timestamps allow. */
function answerDelay(buyer: IsoTime, seller: IsoTime, mp: Marketplace | null): { hours: AnswerDelay; rule: PolicyRuleId | null } {
  let elapsed: number | null = null;
  if (hasTimeOfDay(buyer, mp) && hasTimeOfDay(seller, mp)) elapsed = (Date.parse(seller) - Date.parse(buyer)) / 3_600_000;
  else {
    const b = localDay(buyer, mp);
    const s = localDay(seller, mp);
    // From dates alone, the most that can have passed: under a day for the same day, under two for the next.
    if (b && s) elapsed = (daysBetween(b, s) + 1) * HOURS_PER_DAY;
  }
  const met = elapsed === null ? undefined : ANSWER_WINDOWS.find((w) => elapsed <= w.hours);
  return met ? { hours: met.hours, rule: met.rule } : { hours: null, rule: null };
}

export function evidenceFor(action: EvidenceAction, c: OrderCase, lang: Lang, now: Date): EvidencePack {
  const L = evidenceLang(lang);
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
  const sayUnder = (rule: PolicyRuleId | null, text: string | null, ...facts: string[]): void => {
    if (text) lines.push({ kind: 'statement', text: text.replace(/\.\.$/, '.'), fact: facts.join(', '), rule });
  };
  const say = (text: string | null, ...facts: string[]): void => sayUnder(null, text, ...facts);
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
        if (nowDay <= lastDay && last) sayUnder('AZ-APPEAL-30D', w.appealWithin(last, APPEAL_DAYS), `${cp}.decidedAt`);
      }
    } else blank('claimDecided');
  }
  if (action === 'provide-insurance') {
    const filedDay = claim ? localDay(claim.filedAt, mp) : null;
    const notice = claim ? date(claim.filedAt) : null;
    if (filedDay && notice && cp) {
      if (nowDay && daysBetween(filedDay, nowDay) <= SAFETY_RESPONSE_DAYS) sayUnder('AZ-SAFETY', w.safetyWithin(notice, SAFETY_RESPONSE_DAYS), `${cp}.filedAt`);
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
      sayUnder(within.rule, w.sellerAnswered(answered, within.hours), `messages[${seller.index}].sentAt`, ...(within.hours ? [`messages[${buyer.index}].sentAt`] : []));
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
      sayUnder(within ? 'RET-REFUND-2D' : null, w.refunded(refunded, within ? REFUND_BUSINESS_DAYS : null), `${rp}.refundedAt`, ...(within ? [`${rp}.receivedAt`] : []));
    } else if (received || r.status === 'received' || r.status === 'completed' || r.status === null) blank('refundDate');
  }

  // -- the policy: a protected, on-time Buy Shipping label makes a "did not arrive" claim Amazon-funded
  const onTime = scanOnTime ?? (scan ? null : shippedOnTime);
  const protectedClaim = needsShipping && claim?.claimType !== 'chargeback' && o.claimsProtected === true
    && o.boughtThroughAmazon !== false && onTime === true;
  if (protectedClaim) {
    const basis = scanOnTime === true ? 'scan' : 'confirmation';
    sayUnder('BS-CLAIMS-PROTECTED', w.protection(basis), orderPath('claimsProtected'), basis === 'scan' ? orderPath('firstScanAt') : orderPath('shippedAt'), orderPath('shipBy'));
  }

  // -- insurer details: never on any page (AZ-SAFETY)
  if (action === 'provide-insurance') {
    blank('insurer'); blank('policyNumber'); blank('coverage'); blank('policyPeriod');
    attach.add('insuranceCertificate'); attach.add('productPhotos'); attach.add('productCompliance');
  }

  const statements = lines.filter((l): l is Extract<Line, { kind: 'statement' }> => l.kind === 'statement');
  // The closing request asks under the rule of the action itself, whether or not a window sentence was said.
  const actionRule: PolicyRuleId | null = action === 'appeal-claim' ? 'AZ-APPEAL-30D' : action === 'provide-insurance' ? 'AZ-SAFETY' : null;
  const rules = [...new Set([...statements.flatMap((l) => (l.rule ? [l.rule] : [])), ...(actionRule ? [actionRule] : [])])];
  const title = w.title(action, c.orderId, claim?.claimId?.trim() || null);
  const text = [title, lines.map((l) => l.text).join('\n'), w.request[action]].filter((p) => p.length > 0).join('\n\n');
  return {
    lang: L,
    text,
    statements: statements.map(({ text: t, fact, rule }) => ({ text: t, fact, rule })),
    blanks: lines.filter((l) => l.kind === 'blank').map((l) => l.text),
    attach: [...attach].map((k) => w.attach[k]),
    rules,
  };
}
