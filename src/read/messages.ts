// Buyer-Seller Messaging thread (inbox v2/v3) and the contact-buyer page -> messages of the open thread, the order
// panel's facts, and the unsent reply (the draft `check` runs on; it is not a message).
// The thread's order id comes from the thread header (a.thread-order-id), else the URL (ss= on inbox-v3,
// orderID= on the contact page); the thread list holds other buyers' threads and is never read.
import { parseOrderId, type MessageFacts, type OrderFacts, type OrderId, type Sender } from '../model.ts';
import { contentRoot, type ReadContext } from './context.ts';
import { findDates, parseDate, parseFirstDate, toIso, parseDeadline } from './dates.ts';
import { collapse, firstOf, inNoise, katalText, linkedOrderId, queryParam, shadowRootsUnder, shownOnPage, textOf } from './dom.ts';
import { emptyOrder } from './facts.ts';
import { byNamedCards } from './message-cards.ts';
import { alertStamp, bySenderLines } from './sender-lines.ts';
import { readLabelled } from './labelled.ts';
import { SENDER_WORDS, isWord, labelLookup, mentions, orderStatusFromValue } from './labels.ts';
import { orderStatusOf } from './order-status.ts';
import { MESSAGES as S } from './selectors/messages.ts';

const panelLookup = labelLookup(['orderStatus', 'shipBy', 'deliverBy', 'purchaseDate', 'carrier', 'trackingId']);
const headerLookup = labelLookup(['orderId']);

export interface ThreadReading {
  messages: MessageFacts[];
  orders: OrderFacts[];
  /** Messages left out because their sender could not be told (reported in `missing`). */
  unknownSenders: number;
}

function threadView(ctx: ReadContext): Element {
  return firstOf(ctx.doc, S.threadView) ?? contentRoot(ctx.doc);
}

function inThreadList(el: Element): boolean {
  return el.closest(S.threadList) !== null;
}

function threadOrderId(ctx: ReadContext, view: Element): OrderId | null {
  const link = [...view.querySelectorAll(S.threadOrderId)].find((a) => !inThreadList(a)) ??
    [...ctx.doc.querySelectorAll(S.threadOrderId)].find((a) => !inThreadList(a) && !inNoise(a));
  const fromHeader = linkedOrderId(link);
  if (fromHeader) return fromHeader;
  const fromUrl = shownOnPage(ctx.doc, parseOrderId(queryParam(ctx.url, 'ss')) ?? parseOrderId(queryParam(ctx.url, 'orderID')));
  if (fromUrl) return fromUrl;
  const labelled = parseOrderId(readLabelled(view, headerLookup).get('orderId')?.value);
  if (labelled) return labelled;
  // A thread view in unknown markup: the one order it links to, outside the thread list and page furniture.
  const linked = new Set([...view.querySelectorAll(S.orderLink)].filter((a) => !inThreadList(a) && !inNoise(a))
    .map((a) => parseOrderId(a.getAttribute('href')) ?? parseOrderId(a.textContent)));
  return linked.size === 1 ? [...linked][0]! : null;
}

const SENDERS: [Sender, typeof SENDER_WORDS.buyer][] = [['buyer', SENDER_WORDS.buyer], ['seller', SENDER_WORDS.seller], ['amazon', SENDER_WORDS.amazon]];

function senderOf(msg: Element): Sender | null {
  if (msg.matches(S.sellerSide) || msg.querySelector(S.sellerSide)) return 'seller';
  if (msg.matches(S.amazonAlert) || msg.querySelector(S.amazonAlert)) return 'amazon';
  if (msg.matches(S.buyerSide) || msg.querySelector(S.buyerSide)) return 'buyer';
  // "(Buyer)" / "(Seller)" next to the name, in the header line or, without one, in the text around the bubble.
  const tag = textOf(msg.querySelector(S.senderTag)) || besideBubble(msg);
  const bracketed = /[(（]([^)）]+)[)）]/u.exec(tag)?.[1] ?? '';
  if (bracketed) {
    if (mentions(bracketed, SENDER_WORDS.buyer)) return 'buyer';
    if (mentions(bracketed, SENDER_WORDS.seller)) return 'seller';
    if (mentions(bracketed, SENDER_WORDS.amazon)) return 'amazon';
  }
  // A line that names the sender by a sender word alone before its time ("Amazon · 21 nov 2026", "Venditore — …").
  const named = tag.split(/\s[·•|—–-]\s/u)[0]!.trim();
  for (const [sender, words] of SENDERS) if (named && isWord(named, words)) return sender;
  return null;
}

/** The message's text outside its bubble (the name and time line), or "" when there is no bubble. */
function besideBubble(msg: Element): string {
  const bubble = msg.querySelector(S.bubble);
  if (!bubble) return '';
  let out = '';
  for (const child of msg.children) if (!child.contains(bubble)) out += ` ${textOf(child)}`;
  return out.trim();
}

function bodyOf(msg: Element, from: Sender): string {
  const body = msg.querySelector(S.body) ?? msg.querySelector(S.bubble);
  if (body) return textOf(body);
  if (from === 'amazon') {
    // Amazon's messages are alerts: the description is the message, the header only its title.
    const alert = msg.matches(S.amazonAlert) ? msg : msg.querySelector(S.amazonAlert);
    if (alert) return collapse(alert.getAttribute('description')) || textOf(alert) || collapse(katalText(alert));
  }
  return '';
}

/** The bubble's timestamp; a time without a date takes the date of the divider above it. */
function sentAt(ctx: ReadContext, msg: Element, divider: string | null): string | null {
  const stamp = textOf(msg.querySelector(S.timestamp));
  if (!stamp) return alertStamp(msg, ctx) ?? (divider ? parseDate(divider, ctx.dates) : null);
  const own = findDates(stamp, ctx.dates.marketplace);
  if (own.length) return toIso(own[own.length - 1]!, ctx.dates.zone);
  return divider && /\d{1,2}\s*[:時点h]\s*\d{2}/u.test(stamp) ? parseDate(`${divider} ${stamp}`, ctx.dates) : null;
}

/**
 * An order panel drawn beside the thread, outside its view (an aside, a complementary region): one that labels some
 * of the panel's fields and links to no other order than the thread's.
 */
function sidePanel(ctx: ReadContext, view: Element, orderId: OrderId): Element | null {
  for (const el of ctx.doc.querySelectorAll('aside, [role="complementary"]')) {
    if (el.contains(view) || view.contains(el) || inNoise(el) || inThreadList(el)) continue;
    const ids = [...el.querySelectorAll(S.orderLink)].map((a) => linkedOrderId(a));
    if (ids.some((id) => id !== orderId)) continue;
    if (readLabelled(el, panelLookup).size > 0) return el;
  }
  return null;
}

/**
 * The thread's order with the order panel's facts. Without a panel the selectors know, the thread view's own labels
 * ("Order status:", "Ship by:") outside the messages and the thread list are the panel. The thread names its order
 * even where no panel is read: then the order is its id alone, every other fact unknown (and so in `missing`).
 */
function readPanel(ctx: ReadContext, view: Element, orderId: OrderId, log: Element | null): OrderFacts[] {
  const known = view.querySelector(S.orderPanel) ?? ctx.doc.querySelector(S.orderPanel);
  const outside = (el: Element) => inThreadList(el) || el.matches(S.message) || el === log;
  let panel = known ?? view;
  let labels = readLabelled(panel, panelLookup, known ? undefined : outside);
  if (!known && labels.size === 0) {
    const side = sidePanel(ctx, view, orderId);
    if (side) { panel = side; labels = readLabelled(side, panelLookup); }
  }
  const order = emptyOrder(orderId);
  const statusEl = [...panel.querySelectorAll(S.orderPanelStatus)].find((el) => !el.closest(S.message) &&
    !(log?.contains(el) ?? false) && !inThreadList(el)) ?? null;
  order.status = orderStatusOf(statusEl);
  if (!order.status) {
    const word = labels.get('orderStatus')?.value;
    order.status = word ? orderStatusFromValue(word) : null;
  }
  order.shipBy = parseDeadline(labels.get('shipBy')?.value, ctx.dates);
  order.deliverBy = parseDeadline(labels.get('deliverBy')?.value, ctx.dates);
  // What else the panel labels: when the buyer ordered and how it was sent.
  order.purchaseDate = parseFirstDate(labels.get('purchaseDate')?.value, ctx.dates);
  order.carrier = labels.get('carrier')?.value ?? null;
  order.trackingId = labels.get('trackingId')?.value ?? null;
  return [order];
}

export function readThread(ctx: ReadContext): ThreadReading {
  const view = threadView(ctx);
  const orderId = threadOrderId(ctx, view);
  const messages: MessageFacts[] = [];
  let unknownSenders = 0;
  let log: Element | null = null;
  let divider: string | null = null;
  for (const el of view.querySelectorAll(`${S.dateDivider}, ${S.message}`)) {
    if (inThreadList(el) || inNoise(el, view)) continue;
    if (el.matches(S.dateDivider)) { divider = textOf(el); continue; }
    // A message nested in another message's markup is read with its parent.
    if (el.parentElement?.closest(S.message)) continue;
    const from = senderOf(el);
    if (!from) { unknownSenders++; continue; }
    const text = bodyOf(el, from);
    if (!text) continue;
    messages.push({ orderId, from, sentAt: sentAt(ctx, el, divider), text });
  }
  if (messages.length === 0 && unknownSenders === 0 && !view.querySelector(S.message)) {
    const lines = bySenderLines(ctx, view, orderId, inThreadList);
    if (lines?.unread) unknownSenders++;
    else if (lines) messages.push(...lines.messages);
    else messages.push(...byNamedCards(ctx, view, orderId, inThreadList));
    log = lines?.list ?? null;
  }
  return { messages, orders: orderId ? readPanel(ctx, view, orderId, log) : [], unknownSenders };
}

/** The unsent text of the reply box; "" when the box is empty, null when the page has no reply box. */
export function readDraft(doc: Document): string | null {
  const box = firstIn([doc], S.replyBox) ?? firstIn(shadowRootsUnder(doc), S.replyBox);
  if (!box) return null;
  // A kat-textarea keeps the real <textarea> in its shadow root (older builds: in the light DOM).
  const area = box.tagName === 'TEXTAREA' ? box : box.shadowRoot?.querySelector('textarea') ?? box.querySelector('textarea');
  if (area) return (area as HTMLTextAreaElement).value ?? area.textContent ?? '';
  const value = (box as HTMLTextAreaElement).value;
  return typeof value === 'string' ? value : box.getAttribute('value') ?? '';
}

function firstIn(roots: ParentNode[], selectors: readonly string[]): Element | null {
  for (const sel of selectors) for (const r of roots) {
    const el = r.querySelector(sel);
    if (el) return el;
  }
  return null;
}
