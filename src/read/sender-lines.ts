// A thread in markup none of the message selectors know, read by its sender lines: each message is a box holding
// one line that names its sender by a sender word ("Buyer", "(Comprador)", "Nome · Acquirente", "You · Sent by
// <store>"), or an Amazon alert. The line is a meta line: it decides the sender and is never the message's text.
//
// The boxes must be siblings of one list; a sibling that is neither a message box nor a date divider is a bubble
// the reader cannot place, and then the thread is not read at all (reported unread), never read in part. A list
// whose boxes each name an order is an inbox, not a thread.
import { parseOrderId, type MessageFacts, type OrderId, type Sender } from '../model.ts';
import type { ReadContext } from './context.ts';
import { dayAtTime, findDates, isYearlessDay, parseDate, toIso } from './dates.ts';
import { collapse, inNoise, katalText, textOf } from './dom.ts';
import { SENDER_WORDS, isWord } from './labels.ts';
import { CHROME } from './selectors/chrome.ts';

const SENDERS: [Sender, typeof SENDER_WORDS.buyer][] = [['buyer', SENDER_WORDS.buyer], ['seller', SENDER_WORDS.seller], ['amazon', SENDER_WORDS.amazon]];
const MAX_LINE = 60;
const MAX_STAMP = 40;
const ALERT = 'kat-alert';
/** Links and buttons beside a message ("Translate") are not its words. */
const CONTROLS = 'a, button, kat-button, kat-link';
/** Separators between a name and its role in a meta line; a bare hyphen is part of names (Al-Harbi), so not here. */
const PARTS = /\s[-–—]\s|[·•|()（）:：]/u;
/** Elements that are a line of their own wherever they stand. */
const BLOCK_TAGS = new Set(['DIV', 'P', 'BLOCKQUOTE', 'PRE', 'LI', 'DD']);
const TIME_ONLY = /^\d{1,2}\s*[:時点h]\s*\d{2}(\s*[ap]\.?\s?m\.?)?(\s+[A-Z]{2,5})?$/iu;

export interface SenderLineReading {
  messages: MessageFacts[];
  /** Sender lines were there but the bubbles could not be told apart: the thread is unread. */
  unread: boolean;
  /** The element holding the messages, when found (never a source of order facts). */
  list?: Element;
}

/** The sender a short line names by a sender word, alone or as one part of it; null when none or two disagree. */
export function senderInLine(text: string): Sender | null {
  const t = collapse(text);
  if (!t || t.length > MAX_LINE) return null;
  const found = new Set<Sender>();
  for (const part of [t, ...t.split(PARTS)]) {
    const p = part.trim();
    if (!p) continue;
    for (const [sender, words] of SENDERS) if (isWord(p, words)) found.add(sender);
  }
  return found.size === 1 ? [...found][0]! : null;
}

function leaves(root: Element): Element[] {
  return [...root.getElementsByTagName('*')].filter((el) => el.childElementCount === 0 && collapse(el.textContent) !== '');
}

function isStamp(el: Element, ctx: ReadContext): boolean {
  // A date inside a quotation ("On 3 Dec, <store> wrote:") belongs to the quoted message, not to this one.
  if (el.closest('blockquote')) return false;
  if (el.tagName === 'TIME') return true;
  const t = collapse(el.textContent);
  return t.length > 0 && t.length <= MAX_STAMP && (findDates(t, ctx.dates.marketplace).length > 0 || TIME_ONLY.test(t));
}

/** The highest ancestor of `from` below `box` whose leaves are all short and none a date: the whole meta line. */
function metaLine(from: Element, box: Element, ctx: ReadContext): Element {
  let line = from;
  for (let up = from.parentElement; up && up !== box; up = up.parentElement) {
    if (leaves(up).some((l) => collapse(l.textContent).length > MAX_LINE || isStamp(l, ctx))) break;
    line = up;
  }
  return line;
}

/** The parts of `box` outside the meta line and time stamps, each as one block of text. */
function blocks(box: Element, skip: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (skip(child)) continue;
      if ([...child.getElementsByTagName('*')].some(skip)) visit(child);
      else if (textOf(child) || child.matches(ALERT)) out.push(child);
    }
  };
  visit(box);
  return out;
}

function blockText(el: Element): string {
  const alert = el.matches(ALERT) ? el : el.querySelector(ALERT);
  // An alert's description is the message; its header is only a title.
  if (alert) return collapse(alert.getAttribute('description')) || textOf(alert) || collapse(katalText(alert));
  return textOf(el);
}

/**
 * The time an Amazon alert carries in its title ("Message from Amazon · 05/12/2026 21:15"): Katal alerts print no
 * text of their own, so their time is only there. Null when the title holds no date.
 */
export function alertStamp(box: Element, ctx: ReadContext): string | null {
  const alert = box.matches(ALERT) ? box : box.querySelector(ALERT);
  const title = collapse(alert?.getAttribute('header'));
  if (!title || title.length > MAX_LINE) return null;
  const found = findDates(title, ctx.dates.marketplace);
  return found.length === 1 ? toIso(found[0]!, ctx.dates.zone) : null;
}

function stampOf(box: Element, ctx: ReadContext, divider: string | null): string | null {
  const el = box.querySelector('time') ?? leaves(box).find((l) => isStamp(l, ctx)) ?? null;
  if (!el) return alertStamp(box, ctx) ?? (divider ? parseDate(divider, ctx.dates) : null);
  const text = collapse(el.textContent);
  const own = findDates(text, ctx.dates.marketplace);
  if (own.length) return toIso(own[own.length - 1]!, ctx.dates.zone);
  return divider && TIME_ONLY.test(text) ? dayAtTime(divider, text, ctx.dates) : null;
}

/**
 * The sender an element names: by its words, or, for an avatar or icon, by its accessible name (aria-label, title,
 * an image's alt), which is what a screen reader says for "买" or a picture beside the bubble.
 */
function senderNamed(el: Element): Sender | null {
  const byText = senderInLine(el.textContent ?? '');
  if (byText) return byText;
  const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? (el.tagName === 'IMG' ? el.getAttribute('alt') : null);
  return name ? senderInLine(name) : null;
}

/** The message in a box: its blocks of text, less controls that are only links or buttons ("Translate"). */
function messageText(box: Element, skipped: (el: Element) => boolean, line: Element | null, ctx: ReadContext): string {
  // A block that is itself one element of text ("<div class=text>…</div>" in the box or beside a time in a bubble)
  // is the words, unless it sits in a row with the sender line: there it is another part of the header
  // ("<span>Name</span> <span>(Buyer)</span> · <span>time</span>").
  // A block element (a <div>, a <p>) is a line of its own even beside the sender line: the words of a bubble that
  // holds "<div>Buyer</div><div>words</div><div>time</div>". An inline piece beside the time ("<time>…</time> ·
  // <span>Read</span>") is the time's line, not the words.
  const inHeader = (b: Element) => {
    const row = b.parentElement;
    if (!row || row === box || BLOCK_TAGS.has(b.tagName)) return false;
    return (line !== null && row.contains(line)) || [...row.children].some((c) => c !== b && c.childElementCount === 0 && isStamp(c, ctx));
  };
  const words = (b: Element) => b.childElementCount === 0
    ? !inHeader(b) && !b.closest(CONTROLS)
    : leaves(b).some((l) => !l.closest(CONTROLS));
  const parts = blocks(box, skipped).filter((b) => b.matches(ALERT) || b.querySelector(ALERT) || words(b));
  return collapse(parts.map(blockText).join(' '));
}

/** Null when the view has no sender lines at all (another reader may know it). */
export function bySenderLines(ctx: ReadContext, view: Element, orderId: OrderId | null,
  skip: (el: Element) => boolean): SenderLineReading | null {
  const words: { el: Element; from: Sender }[] = [];
  // The seller's own account name (the account switcher shows it) names the seller's messages as "You" does.
  const account = collapse(ctx.doc.querySelector(CHROME.switcherAccount)?.textContent).toLowerCase() || null;
  // Only in a thread whose other lines name their senders by a sender word: a thread told by names alone is read
  // by names (message-cards.ts).
  let byWord = 0;
  for (const el of view.getElementsByTagName('*')) {
    if (el.childElementCount !== 0 || inNoise(el, view) || skip(el)) continue;
    const word = senderNamed(el);
    if (word) byWord++;
    const from = word ?? (account && collapse(el.textContent).toLowerCase() === account ? 'seller' : null);
    if (from) words.push({ el, from });
  }
  if (byWord === 0) return null;
  const unread: SenderLineReading = { messages: [], unread: true };

  // Each sender line's box: its highest ancestor in the view that holds no other sender line, at most one time
  // stamp (a day divider or a second message's time is beyond it) and names no order.
  const boxOf = (m: Element): Element => {
    let box = m;
    for (let up = m.parentElement; up && up !== view; up = up.parentElement) {
      if (words.some((w) => w.el !== m && up.contains(w.el)) || parseOrderId(textOf(up))) break;
      if (leaves(up).filter((l) => isStamp(l, ctx)).length > 1) break;
      box = up;
    }
    return box;
  };
  const all = words.map((w) => ({ box: boxOf(w.el), from: w.from, line: w.el }));
  // The list is the parent most boxes share; a lone line elsewhere ("Buyer: <name>" in a header) is no message.
  const tally = new Map<Element | null, number>();
  for (const b of all) tally.set(b.box.parentElement, (tally.get(b.box.parentElement) ?? 0) + 1);
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) return unread;
  const list = ranked[0]![0];
  if (!list) return unread;
  const boxes = all.filter((b) => b.box.parentElement === list);
  if (all.some((b) => b.box.parentElement !== list && textOf(b.box).length > MAX_LINE)) return unread;
  if (new Set(boxes.map((b) => b.box)).size !== boxes.length) return unread;
  if (boxes.some((b) => parseOrderId(textOf(b.box)))) return unread;

  const out: MessageFacts[] = [];
  let divider: string | null = null;
  for (const child of list.children) {
    if (inNoise(child, view) || skip(child)) continue;
    const found = boxes.find((b) => b.box === child);
    let from: Sender;
    let line: Element | null = null;
    if (found) {
      // An alert inside a box that also names another sender: which one wrote it is not clear.
      if (found.from !== 'amazon' && child.querySelector(ALERT)) return unread;
      from = found.from;
      line = metaLine(found.line, child, ctx);
    } else if (child.matches(ALERT) || child.querySelector(ALERT)) {
      from = 'amazon';
    } else {
      const text = textOf(child);
      if (!text) continue;
      if (text.length <= MAX_STAMP && findDates(text, ctx.dates.marketplace).length > 0) { divider = text; continue; }
      // A day heading without its year ("Lunes, 7 de diciembre") or a drawn separator: a divider whose day is not
      // known, so a bare time under it is not dated.
      if (text.length <= MAX_STAMP && (isYearlessDay(text) || child.getAttribute('role') === 'separator')) { divider = null; continue; }
      return unread;
    }
    const skipped = (el: Element) => el === line || el.tagName === 'TIME' || (el.childElementCount === 0 && isStamp(el, ctx));
    const text = child.matches(ALERT) ? blockText(child) : messageText(child, skipped, line, ctx);
    if (!text) return unread;
    out.push({ orderId, from, sentAt: stampOf(child, ctx, divider), text });
  }
  return { messages: out, unread: false, list };
}
