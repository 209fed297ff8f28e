// Buyer-Seller Messaging thread (inbox v2/v3) and the contact-buyer page -> messages of the open thread, the order
// panel's facts, and the unsent reply (the draft `check` runs on; it is not a message).
// The thread's order id comes from the thread header (a.thread-order-id), else the URL (ss= on inbox-v3,
// orderID= on the contact page); the thread list holds other buyers' threads and is never read.
import { parseOrderId, type MessageFacts, type OrderFacts, type OrderId, type Sender } from '../model.ts';
import { contentRoot, type ReadContext } from './context.ts';
import { findDates, parseDate, toIso, parseDeadline } from './dates.ts';
import { collapse, firstOf, inNoise, katalText, queryParam, shadowRootsUnder, shownOnPage, textOf } from './dom.ts';
import { emptyOrder } from './facts.ts';
import { byNamedCards } from './message-cards.ts';
import { readLabelled } from './labelled.ts';
import { SENDER_WORDS, isWord, labelLookup, mentions, orderStatusFromWord } from './labels.ts';
import { orderStatusOf } from './order-status.ts';
import { MESSAGES as S } from './selectors/messages.ts';

const panelLookup = labelLookup(['orderStatus', 'shipBy', 'deliverBy']);
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
  const fromHeader = parseOrderId(link?.textContent) ?? parseOrderId(link?.getAttribute('href'));
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
  if (!stamp) return divider ? parseDate(divider, ctx.dates) : null;
  const own = findDates(stamp, ctx.dates.marketplace);
  if (own.length) return toIso(own[own.length - 1]!, ctx.dates.zone);
  return divider && /\d{1,2}\s*[:時点h]\s*\d{2}/u.test(stamp) ? parseDate(`${divider} ${stamp}`, ctx.dates) : null;
}

function readPanel(ctx: ReadContext, view: Element, orderId: OrderId): OrderFacts[] {
  const panel = view.querySelector(S.orderPanel) ?? ctx.doc.querySelector(S.orderPanel);
  if (!panel) return [];
  const order = emptyOrder(orderId);
  const labels = readLabelled(panel, panelLookup);
  order.status = orderStatusOf(panel.querySelector(S.orderPanelStatus));
  if (!order.status) {
    const word = labels.get('orderStatus')?.value;
    order.status = word ? orderStatusFromWord(word) : null;
  }
  order.shipBy = parseDeadline(labels.get('shipBy')?.value, ctx.dates);
  order.deliverBy = parseDeadline(labels.get('deliverBy')?.value, ctx.dates);
  return [order];
}

export function readThread(ctx: ReadContext): ThreadReading {
  const view = threadView(ctx);
  const orderId = threadOrderId(ctx, view);
  const messages: MessageFacts[] = [];
  let unknownSenders = 0;
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
    messages.push(...bySenderWords(ctx, view, orderId));
    if (messages.length === 0) messages.push(...byNamedCards(ctx, view, orderId, inThreadList));
  }
  return { messages, orders: orderId ? readPanel(ctx, view, orderId) : [], unknownSenders };
}

const SENDERS: [Sender, typeof SENDER_WORDS.buyer][] = [['buyer', SENDER_WORDS.buyer], ['seller', SENDER_WORDS.seller], ['amazon', SENDER_WORDS.amazon]];

/**
 * A thread in markup none of the selectors know: each message is the element around a line that is only a sender
 * word ("Comprador", "Usted", "买家"), its text the longest other line, its time a line that is a date. Read only
 * when the messages are siblings of one list and name no order each (a list of conversations names one order per
 * row: that is an inbox, not a thread); else nothing is read and the thread is reported unread.
 */
function bySenderWords(ctx: ReadContext, view: Element, orderId: OrderId | null): MessageFacts[] {
  const found: { box: Element; from: Sender }[] = [];
  for (const el of view.getElementsByTagName('*')) {
    if (el.childElementCount !== 0 || inNoise(el, view) || inThreadList(el)) continue;
    const text = collapse(el.textContent);
    if (!text || text.length > 30) continue;
    const from = SENDERS.find(([, words]) => isWord(text, words))?.[0];
    if (from && el.parentElement) found.push({ box: el.parentElement, from });
  }
  if (found.length === 0) return [];
  const parent = found[0]!.box.parentElement;
  const boxes = new Set(found.map((f) => f.box));
  if (boxes.size !== found.length || found.some((f) => f.box.parentElement !== parent)) return [];
  if (found.some((f) => parseOrderId(textOf(f.box)))) return [];
  const out: MessageFacts[] = [];
  for (const { box, from } of found) {
    let body = '';
    let when: string | null = null;
    for (const leaf of box.getElementsByTagName('*')) {
      if (leaf.childElementCount !== 0) continue;
      const t = collapse(leaf.textContent);
      if (!t || SENDERS.some(([, w]) => isWord(t, w))) continue;
      const dates = findDates(t, ctx.dates.marketplace);
      if (dates.length && t.length <= 40) { when ??= toIso(dates[dates.length - 1]!, ctx.dates.zone); continue; }
      if (t.length > body.length) body = t;
    }
    if (!body) return [];
    out.push({ orderId, from, sentAt: when, text: body });
  }
  return out;
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
