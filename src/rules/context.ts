// The facts of one order case as the situations need them, derived once per case: times parsed in the
// marketplace's zone, confirmed facts applied, messages with their intents and reply state, claims with what their
// status means, and the few judgements several situations share (protection, shipped on time, the delivery
// problem, facts the seller must confirm). Situations only read this; none derives facts of its own.
import type {
  BuyerIntent, ClaimFacts, Lang, Marketplace, OrderCase, OrderFacts, OrderId, OrderStatus, ReturnFacts, RuleId, Sender,
  SellerSettings,
} from '../model.ts';
import { claimMeaning, type ClaimMeaning } from './claim-status.ts';
import { MARKETPLACE_LANGUAGE } from '../words/langs.ts';
import { POLICY } from './policy.ts';
import { withoutWithdrawn } from './intent/withdrawn.ts';
import { askOf, doubtCounts, invoiceOf, OUT, sentOrder } from './storable.ts';
import { addWindow, endOfLocalDay, isLocalMidnight, parseTime, zoneOf, type TimeZone } from './time.ts';
import { atozFileEnd, autoCancelOf, dayEnd, requestedAfterWindow, returnWindowEndOf } from './windows.ts';
import { Kept } from './memo.ts';

export interface TimedMessage {
  from: Sender; at: number | null; intents: readonly BuyerIntent[];
  /** The intents are the model's unsure guess (the seller has not chosen them). */
  unsure: boolean;
  runnerUp: BuyerIntent | null;
  /** Read sure as only thanking the seller. */
  thanksOnly: boolean;
  /** Names an invoice. */
  invoice: boolean;
  /** The words, while the case is decided (empty for a remembered message); never stored. */
  text: string;
}

export interface ClaimView extends ClaimMeaning {
  claim: ClaimFacts;
  filedAt: number | null;
  /** A respond-by the page printed as a date only means the whole of that day, like a ship-by date. */
  respondBy: number | null;
  respondByDateOnly: boolean;
  decidedAt: number | null;
}

export interface ReturnView {
  ret: ReturnFacts; requestedAt: number | null; receivedAt: number | null; refundedAt: number | null;
  /** The return window's end when the request came after it (RET-WINDOW-30D); null when in time or unknown. */
  outsideWindowEnded: number | null;
}

/** Buy Shipping "Claims Protected" (BS-CLAIMS-PROTECTED) as far as the facts tell. */
export type Protection = 'protected' | 'not-protected' | 'unknown';

/** A fact the decision needs and the page did not show: what to confirm and where to look. */
export interface Need {
  /** OrderFacts keys (or "claim.<field>") the seller can confirm. */
  facts: string[];
  rules: RuleId[];
  /** The answer decides what to tell a buyer who wrote (delivery complaint, cancel or address change). */
  aboutBuyer?: boolean;
}

/** What the buyer's delivery complaint, or a parcel late past its promise, leads to. */
export type DeliveryCourse = 'share-tracking' | 'direct-to-a-to-z' | 'refund-or-reship' | 'confirm';

export interface CaseContext {
  c: OrderCase;
  orderId: OrderId;
  marketplace: Marketplace | null;
  zone: TimeZone;
  now: number;
  /** Reply language: the buyer's, else the marketplace's, else the seller's first choice, else English. */
  lang: Lang;
  /** Order facts with the seller's confirmations applied. */
  order: OrderFacts;
  /** Some page showed this order itself (not only a claim, return or message about it). */
  hasOrderFacts: boolean;
  purchaseAt: number | null;
  shipByEnd: number | null;
  deliverByEnd: number | null;
  shippedAt: number | null;
  deliveredAt: number | null;
  firstScanAt: number | null;
  /** AZ-FILE-WINDOW: the last moment the buyer can file an A-to-z claim (null without a delivery date). */
  readonly atozFileEnd: number | null;
  /** RET-WINDOW-30D: the last moment of the return window (null without a delivery date). */
  readonly returnWindowEnd: number | null;
  /** ORD-AUTO-CANCEL: when Amazon cancels the order if it is not shipped (null without a ship-by date). */
  readonly autoCancel: { readonly at: number; readonly afterShipBy: number } | null;
  /** AZ-ELIG-INR: the first moment the buyer may file "not received" (earliest reading of the sources). */
  readonly claimableFrom: number | null;
  messages: TimedMessage[];
  /** Every intent of every buyer message of the order. */
  buyerIntents: ReadonlySet<BuyerIntent>;
  /** The intents of the buyer messages read sure (or chosen by the seller). */
  sureIntents: ReadonlySet<BuyerIntent>;
  /** Buyer messages whose intents are an unsure reading: advice resting on them says so and does not act on them. */
  unsureAsks: readonly TimedMessage[];
  /** The buyer reports non-delivery or asks where the order is, after any delivery scan. */
  deliveryComplaint: boolean;
  /** The complaint rests only on unsure readings. */
  complaintUnsure: boolean;
  /** Buyer messages after the seller's last reply; null when none is waiting. */
  unanswered: { firstAt: number | null; intents: ReadonlySet<BuyerIntent>; onlyThanks: boolean; invoice: boolean } | null;
  /** MSG-24H: 24 hours after the first unanswered buyer message. */
  replyDeadline: number | null;
  claims: ClaimView[];
  /** An A-to-z claim (not a safety claim) is open. */
  openAtoZ: boolean;
  /** An A-to-z claim was filed at some point (open or decided). */
  atozFiled: boolean;
  returns: ReturnView[];
  protection: Protection;
  /** First carrier scan (or, without it, the shipment confirmation) by the end of the ship-by day. */
  shippedOnTime: boolean | null;
  onTimeBasis: 'first-scan' | 'confirmation' | null;
  delivery: DeliveryCourse | null;
  /** The buyer asked (read sure) to cancel or change the address of an order that has not shipped. */
  cancelIntended: boolean;
  /** The buyer may have asked (read unsure) to cancel or change the address of an order that has not shipped: shipping
   * it is then not advised on its own, the seller reads the message first (the ship-by date rides on that advice). */
  outUnsure: boolean;
  needs: Need[];
}

const HOUR = 3_600_000;

const fileEnds = new Kept<number | null>();
const claimables = new Kept<number | null>();

function claimableFromOf(deliverByEnd: number | null, purchaseAt: number | null, zone: TimeZone): number | null {
  const rule = POLICY['AZ-ELIG-INR'].values;
  const afterDelivery = deliverByEnd === null ? null : addWindow(deliverByEnd, rule.afterLatestDelivery, zone);
  const afterOrder = purchaseAt === null ? null : endOfLocalDay(addWindow(purchaseAt, rule.olderAfterOrder, zone), zone);
  if (afterDelivery === null) return afterOrder;
  return afterOrder === null || afterDelivery <= afterOrder ? afterDelivery : afterOrder;
}

function hasAnyOrderFact(o: OrderFacts): boolean {
  return o.status !== null || o.purchaseDate !== null || o.shipBy !== null || o.deliverBy !== null ||
    o.shippedAt !== null || o.deliveredAt !== null || o.trackingId !== null || o.carrier !== null;
}

function withConfirmed(c: OrderCase): OrderFacts {
  const order: OrderFacts = { ...c.order };
  if (!c.confirmed) return order;
  for (const [k, v] of Object.entries(c.confirmed)) {
    if (v !== null && v !== undefined) (order as unknown as Record<string, unknown>)[k] = v;
  }
  return order;
}

function timedMessages(c: OrderCase, zone: TimeZone, status: OrderStatus | null): TimedMessage[] {
  const read = c.messages
    .filter((m) => m.orderId === null || m.orderId === c.orderId)
    .map((m): TimedMessage => {
      const ask = askOf(m);
      // A doubt only about a runner-up this order's status rules out ("not received?" beside a certain cancel of an
      // unshipped order) does not reach the advice.
      const unsure = doubtCounts(ask, status);
      return {
        from: m.from, at: parseTime(m.sentAt, zone), intents: ask.intents, unsure, runnerUp: unsure ? ask.runnerUp : null,
        thanksOnly: ask.thanksOnly, invoice: invoiceOf(m), text: m.text,
      };
    });
  const list = sentOrder(read.map((m) => m.at)).map((i) => read[i]!);
  // An ask a later message takes back ("bitte NICHT stornieren", "oubliez ma demande") no longer drives the advice.
  // Only a buyer message after another one can take anything back: with one buyer message (most orders) there is
  // nothing to read for it.
  let buyer = 0;
  for (const m of list) if (m.from === 'buyer') buyer++;
  if (buyer < 2) return list;
  const asked = withoutWithdrawn(list);
  return list.map((m, i) => ({ ...m, intents: asked[i]! }));
}

const ITEM_TROUBLE: ReadonlySet<BuyerIntent> = new Set(['damaged', 'wrong-item', 'not-received']);

function unansweredOf(messages: TimedMessage[]): CaseContext['unanswered'] {
  let lastSeller = -1;
  for (let i = 0; i < messages.length; i++) if (messages[i]!.from === 'seller') lastSeller = i;
  let waiting = false, firstAt: number | null = null, onlyThanks = true, invoice = false;
  const intents = new Set<BuyerIntent>();
  for (let i = lastSeller + 1; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.from !== 'buyer') continue;
    waiting = true;
    if (!m.thanksOnly) onlyThanks = false;
    // An invoice beside a parcel's trouble ("the invoice lists 5, the box holds 3") is evidence, not an ask.
    if (m.invoice && !m.intents.some((i) => ITEM_TROUBLE.has(i))) invoice = true;
    if (m.at !== null && (firstAt === null || m.at < firstAt)) firstAt = m.at;
    for (const intent of m.intents) intents.add(intent);
  }
  return waiting ? { firstAt, intents, onlyThanks, invoice } : null;
}

function protectionOf(o: OrderFacts): Protection {
  if (o.claimsProtected === true) return 'protected';
  if (o.claimsProtected === false) return 'not-protected';
  // BS-CLAIMS-PROTECTED needs a label bought through Buy Shipping: an own label is never protected.
  if (o.boughtThroughAmazon === false) return 'not-protected';
  return 'unknown';
}

/** A buyer message after the seller's last one asks where the parcel is or says it has not come. */
const asksSinceReply = (ctx: CaseContext) =>
  ctx.unanswered !== null && (ctx.unanswered.intents.has('where-is-my-order') || ctx.unanswered.intents.has('not-received'));

/** Decide where a delivery complaint leads, or which facts must be confirmed first. */
function deliveryCourse(ctx: CaseContext): DeliveryCourse | null {
  const status = ctx.order.status;
  if (!ctx.deliveryComplaint || ctx.openAtoZ) return null;
  if (status === 'pending' || status === 'unshipped' || status === 'canceled') return null;
  const shipped = status === 'shipped' || status === 'delivered' || ctx.shippedAt !== null || ctx.deliveredAt !== null;
  if (!shipped) {
    ctx.needs.push({ facts: ['status'], rules: ['ORD-UNSHIPPED'], aboutBuyer: true });
    return 'confirm';
  }
  const delivered = ctx.deliveredAt !== null || status === 'delivered';
  if (!delivered) {
    if (ctx.deliverByEnd === null) {
      ctx.needs.push({ facts: ['deliverBy'], rules: ['AZ-ELIG-INR'], aboutBuyer: true });
      return 'confirm';
    }
    // Within the promise the answer is the tracking: once the seller has written since the question, it is given.
    if (ctx.now <= ctx.deliverByEnd) return asksSinceReply(ctx) ? 'share-tracking' : null;
  }
  if (ctx.protection === 'unknown') {
    ctx.needs.push({ facts: ['claimsProtected'], rules: ['BS-CLAIMS-PROTECTED'], aboutBuyer: true });
    return 'confirm';
  }
  if (ctx.protection === 'not-protected') return 'refund-or-reship';
  if (ctx.shippedOnTime === true) return 'direct-to-a-to-z';
  if (ctx.shippedOnTime === null) {
    const facts = ctx.shipByEnd === null ? ['shipBy'] : ['shippedAt', 'firstScanAt'];
    ctx.needs.push({ facts, rules: ['BS-CLAIMS-PROTECTED'], aboutBuyer: true });
    return 'confirm';
  }
  // Claims Protected label but a late first scan: protection may not hold. Never refund on that guess; the seller
  // checks and, if it is not protected, says so (claimsProtected: false) and gets the unprotected advice.
  ctx.needs.push({ facts: ['claimsProtected', 'firstScanAt'],
    rules: ['BS-CLAIMS-PROTECTED'], aboutBuyer: true });
  return 'confirm';
}

/**
 * A parcel past its latest delivery date with no word from the buyer: the buyer can file "not received" soon or
 * already (AZ-ELIG-INR), so the seller acts first where the claim would be theirs to pay. A protected label needs
 * nothing (Amazon pays, and a refund would void that); an unknown label is confirmed first.
 */
function lateParcelCourse(ctx: CaseContext): DeliveryCourse | null {
  if (ctx.deliveryComplaint || ctx.atozFiled || ctx.order.status !== 'shipped' || ctx.deliveredAt !== null) return null;
  if (ctx.deliverByEnd === null || ctx.now <= ctx.deliverByEnd) return null;
  if (ctx.atozFileEnd !== null && ctx.now > ctx.atozFileEnd) return null;
  if (ctx.protection === 'not-protected') return 'refund-or-reship';
  if (ctx.protection === 'unknown') {
    ctx.needs.push({ facts: ['claimsProtected'], rules: ['BS-CLAIMS-PROTECTED'] });
    return 'confirm';
  }
  if (ctx.shippedOnTime === false) {
    ctx.needs.push({ facts: ['claimsProtected', 'firstScanAt'],
      rules: ['BS-CLAIMS-PROTECTED'] });
    return 'confirm';
  }
  return null;
}

/**
 * Shipped, not delivered, no delivery date read: whether the parcel is late (and the seller must act before the
 * buyer's claim, lateParcelCourse) cannot be told, however long ago it shipped. Only a Claims Protected label shipped
 * on time needs nothing either way (Amazon pays a late parcel's claim).
 */
function needsDeliverBy(ctx: CaseContext): boolean {
  if (ctx.order.status !== 'shipped' || ctx.deliveredAt !== null || ctx.deliverByEnd !== null || ctx.deliveryComplaint) return false;
  if (ctx.atozFiled || (ctx.protection === 'protected' && ctx.shippedOnTime === true)) return false;
  return ctx.purchaseAt !== null || ctx.shippedAt !== null;
}

/** A claim that waits for the seller: its respond-by decides how long there is to answer. */
const awaitsSeller = (x: ClaimView) => x.open && !x.safety && x.state !== 'under-review';

/** Some buyer message reports non-delivery or asks where the order is, after any delivery scan. */
function complains(buyer: readonly TimedMessage[], deliveredAt: number | null): boolean {
  return buyer.some((m) => (m.intents.includes('not-received') || m.intents.includes('where-is-my-order')) &&
    (deliveredAt === null || m.at === null || m.at >= deliveredAt));
}

function wantsOut(intents: ReadonlySet<BuyerIntent>): boolean {
  for (const i of OUT) if (intents.has(i)) return true;
  return false;
}

/**
 * The windows a case may ask about, computed on first use: most orders never ask, and a thousand remembered orders
 * are advised at every refresh. A class, so the context keeps fast properties (an object literal with getters
 * does not).
 */
class Windows implements Pick<CaseContext, 'atozFileEnd' | 'returnWindowEnd' | 'autoCancel' | 'claimableFrom'> {
  #fileEnd: number | null | undefined;
  #returnEnd: number | null | undefined;
  #cancel: CaseContext['autoCancel'] | undefined;
  #claimable: number | null | undefined;

  constructor(private readonly tz: TimeZone, private readonly purchase: number | null, private readonly shipByDayEnd: number | null,
    private readonly deliverByDayEnd: number | null, private readonly delivered: number | null) {}

  get atozFileEnd(): number | null {
    if (this.#fileEnd === undefined) {
      this.#fileEnd = fileEnds.get(this.tz, this.deliverByDayEnd, null, () => atozFileEnd(this.deliverByDayEnd, this.tz));
    }
    return this.#fileEnd;
  }

  get returnWindowEnd(): number | null {
    if (this.#returnEnd === undefined) {
      // The window counts from the delivery, else from the latest delivery date: those two and the purchase decide it.
      this.#returnEnd = returnWindowEndOf(this.delivered, this.deliverByDayEnd, this.purchase, this.tz);
    }
    return this.#returnEnd;
  }

  get autoCancel(): CaseContext['autoCancel'] {
    if (this.#cancel === undefined) {
      const shipBy = this.shipByDayEnd;
      this.#cancel = shipBy === null ? null : autoCancelOf(shipBy, this.purchase, this.tz);
    }
    return this.#cancel;
  }

  get claimableFrom(): number | null {
    if (this.#claimable === undefined) {
      this.#claimable = claimables.get(this.tz, this.deliverByDayEnd, this.purchase, () => claimableFromOf(this.deliverByDayEnd, this.purchase, this.tz));
    }
    return this.#claimable;
  }
}

export function buildContext(c: OrderCase, now: number, settings: SellerSettings): CaseContext {
  const zone = zoneOf(c.marketplace);
  const order = withConfirmed(c);
  const shipBy = parseTime(order.shipBy, zone), deliverBy = parseTime(order.deliverBy, zone);
  const shippedAt = parseTime(order.shippedAt, zone), deliveredAt = parseTime(order.deliveredAt, zone);
  const firstScanAt = parseTime(order.firstScanAt, zone);
  const messages = timedMessages(c, zone, order.status);
  const buyer = messages.filter((m) => m.from === 'buyer');
  const unsureAsks = buyer.filter((m) => m.unsure);
  const sure = unsureAsks.length === 0 ? buyer : buyer.filter((m) => !m.unsure);
  const buyerIntents = new Set(buyer.flatMap((m) => m.intents));
  const deliveryComplaint = complains(buyer, deliveredAt);
  const unanswered = unansweredOf(messages);
  const claims: ClaimView[] = c.claims
    .filter((x) => x.orderId === null || x.orderId === c.orderId)
    .map((claim) => {
      const respondBy = parseTime(claim.respondBy, zone);
      const dateOnly = respondBy !== null && isLocalMidnight(respondBy, zone);
      return {
        claim, ...claimMeaning(claim), filedAt: parseTime(claim.filedAt, zone), decidedAt: parseTime(claim.decidedAt, zone),
        respondBy: dateOnly ? dayEnd(respondBy, zone) : respondBy, respondByDateOnly: dateOnly,
      };
    });
  const shipByEnd = shipBy === null ? null : dayEnd(shipBy, zone);
  const deliverByEnd = deliverBy === null ? null : dayEnd(deliverBy, zone);
  const purchaseAt = parseTime(order.purchaseDate, zone);
  const basis = firstScanAt ?? shippedAt;
  const status = order.status;
  const ctx: CaseContext = Object.assign(new Windows(zone, purchaseAt, shipByEnd, deliverByEnd, deliveredAt), {
    c, orderId: c.orderId, marketplace: c.marketplace, zone, now,
    lang: c.buyerLang ?? (c.marketplace ? MARKETPLACE_LANGUAGE[c.marketplace] : null) ?? settings.replyLanguages[0] ?? 'en',
    order, hasOrderFacts: hasAnyOrderFact(order),
    purchaseAt, shipByEnd, deliverByEnd,
    shippedAt, deliveredAt, firstScanAt,
    messages,
    buyerIntents,
    sureIntents: sure === buyer ? buyerIntents : new Set(sure.flatMap((m) => m.intents)),
    unsureAsks,
    deliveryComplaint,
    complaintUnsure: deliveryComplaint && unsureAsks.length > 0 && !complains(sure, deliveredAt),
    unanswered,
    // A message that only thanks starts no 24 hours that another step's reply must meet (no-action says so).
    replyDeadline: unanswered?.firstAt == null || unanswered.onlyThanks ? null : addWindow(unanswered.firstAt, POLICY['MSG-24H'].values.replyWithin, zone),
    claims,
    openAtoZ: claims.some((x) => x.open && !x.safety),
    atozFiled: claims.some((x) => !x.safety && x.claim.claimType !== 'chargeback' && x.state !== 'withdrawn'),
    returns: c.returns
      .filter((r) => r.orderId === null || r.orderId === c.orderId)
      .map((ret) => ({
        ret, requestedAt: parseTime(ret.requestedAt, zone), receivedAt: parseTime(ret.receivedAt, zone),
        refundedAt: parseTime(ret.refundedAt, zone), outsideWindowEnded: null,
      })),
    protection: protectionOf(order),
    shippedOnTime: shipByEnd === null || basis === null ? null : basis <= shipByEnd,
    onTimeBasis: firstScanAt !== null ? 'first-scan' : shippedAt !== null ? 'confirmation' : null,
    delivery: null,
    cancelIntended: false,
    outUnsure: false,
    needs: [],
  } satisfies Omit<CaseContext, keyof Windows>);
  for (const r of ctx.returns) r.outsideWindowEnded = requestedAfterWindow(r.requestedAt, ctx.returnWindowEnd);
  // An unsure cancel or address change is not a cancellation (it may not have been asked at all); nor is shipping then
  // advised on its own: a parcel shipped on a wrong guess cannot be cancelled or sent elsewhere.
  ctx.cancelIntended = status === 'unshipped' && wantsOut(ctx.sureIntents);
  ctx.outUnsure = status === 'unshipped' && !ctx.cancelIntended && wantsOut(ctx.buyerIntents);
  const askedOut = wantsOut(ctx.buyerIntents);
  if (askedOut && status === null && ctx.shippedAt === null && ctx.deliveredAt === null) {
    ctx.needs.push({ facts: ['status'], rules: ['ORD-ADDRESS', 'ORD-CANCEL-REQUEST'], aboutBuyer: true });
  }
  if (status === 'unshipped' && shipByEnd === null) {
    ctx.needs.push({ facts: ['shipBy'], rules: ['ORD-LATE-SHIP', 'ORD-AUTO-CANCEL'] });
  }
  if (status === null && ctx.hasOrderFacts && shippedAt === null && deliveredAt === null && !askedOut &&
    claims.length === 0 && ctx.returns.length === 0) {
    ctx.needs.push({ facts: ['status'], rules: ['ORD-UNSHIPPED', 'ORD-PENDING'] });
  }
  for (const x of claims) {
    if (x.appealed) continue;
    if (x.state === 'granted' && x.fundedBy === null) {
      ctx.needs.push({ facts: ['claim.fundedBy'], rules: ['AZ-APPEAL-30D'] });
    } else if (x.state === 'granted' && x.fundedBy === 'seller' && x.decidedAt === null) {
      ctx.needs.push({ facts: ['claim.decidedAt'], rules: ['AZ-APPEAL-30D'] });
    }
  }
  for (const x of claims) {
    if (awaitsSeller(x) && x.respondBy === null) ctx.needs.push({ facts: ['claim.respondBy'], rules: ['AZ-INFO-REQUEST'] });
    // AZ-SAFETY's 7 days run from the notice: with neither it nor a respond-by date, the deadline cannot be placed.
    if (x.open && x.safety && x.respondBy === null && x.filedAt === null) ctx.needs.push({ facts: ['claim.respondBy'], rules: ['AZ-SAFETY'] });
  }
  // RET-REFUND-2D counts from the day the return arrived: without it the refund's deadline is unknown.
  if (ctx.returns.some((r) => r.ret.status === 'received' && r.refundedAt === null && r.receivedAt === null)) {
    ctx.needs.push({ facts: ['return.receivedAt'], rules: ['RET-REFUND-2D'] });
  }
  // A return whose state the page does not show: awaiting authorization (RET-AUTHORIZE) or arrived (RET-REFUND-2D)
  // decide what is due, and "nothing to do" would be a guess. A refunded one is done whatever its state; one with an
  // arrival date has arrived (refund-return).
  if (ctx.returns.some((r) => r.ret.status === null && r.refundedAt === null && r.receivedAt === null)) {
    ctx.needs.push({ facts: ['return.status'], rules: ['RET-AUTHORIZE', 'RET-REFUND-2D'] });
  }
  if (needsDeliverBy(ctx)) {
    ctx.needs.push({ facts: ['deliverBy'], rules: ['AZ-ELIG-INR'] });
  }
  ctx.delivery = deliveryCourse(ctx) ?? lateParcelCourse(ctx);
  return ctx;
}

/** Hours until `deadline` (negative when past). */
export const hoursLeft = (ctx: CaseContext, deadline: number) => (deadline - ctx.now) / HOUR;
