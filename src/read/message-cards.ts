// A thread drawn as cards in markup no selector knows (generated class names, no sender words): each card is the
// element around a line that is only a date, one of several siblings. The sender is told by name, never by
// position: the seller's own account name (the account switcher shows it) is the seller; the name printed beside
// the thread's order link is the buyer; "Amazon" is Amazon. A card whose sender is none of these, or with no text,
// means the thread is not read at all (reported unread), never read in part or guessed.
import { parseOrderId, type MessageFacts, type OrderId, type Sender } from '../model.ts';
import type { ReadContext } from './context.ts';
import { findDates, toIso } from './dates.ts';
import { collapse, inNoise } from './dom.ts';
import { SENDER_WORDS, isWord } from './labels.ts';
import { CHROME } from './selectors/chrome.ts';
import { MESSAGES } from './selectors/messages.ts';

const MAX_NAME = 60;
const MAX_STAMP = 40;

function leaves(root: Element): Element[] {
  return [...root.getElementsByTagName('*')].filter((el) => el.childElementCount === 0 && collapse(el.textContent) !== '');
}

/** The name beside the thread's order link (the header names the buyer the thread is with), or null. */
function buyerName(view: Element): string | null {
  const link = [...view.querySelectorAll(MESSAGES.orderLink)].find((a) => !inNoise(a, view));
  const header = link?.parentElement;
  if (!header) return null;
  const names = leaves(header).filter((el) => el !== link && !el.contains(link))
    .map((el) => collapse(el.textContent)).filter((t) => t.length <= MAX_NAME && !/\d/.test(t));
  return names.length === 1 ? names[0]! : null;
}

function senderByName(text: string, seller: string | null, buyer: string | null): Sender | null {
  const t = text.toLowerCase();
  if (seller && t === seller.toLowerCase()) return 'seller';
  if (buyer && t === buyer.toLowerCase()) return 'buyer';
  if (isWord(text, SENDER_WORDS.amazon)) return 'amazon';
  if (isWord(text, SENDER_WORDS.seller)) return 'seller';
  if (isWord(text, SENDER_WORDS.buyer)) return 'buyer';
  return null;
}

export function byNamedCards(ctx: ReadContext, view: Element, orderId: OrderId | null,
  skip: (el: Element) => boolean): MessageFacts[] {
  const seller = collapse(ctx.doc.querySelector(CHROME.switcherAccount)?.textContent) || null;
  const buyer = buyerName(view);
  if (!seller && !buyer) return [];
  const cards: Element[] = [];
  for (const el of leaves(view)) {
    if (inNoise(el, view) || skip(el)) continue;
    const t = collapse(el.textContent);
    if (t.length > MAX_STAMP || findDates(t, ctx.dates.marketplace).length === 0) continue;
    const card = el.parentElement;
    if (card && card !== view && !cards.includes(card)) cards.push(card);
  }
  if (cards.length === 0) return [];
  const parent = cards[0]!.parentElement;
  if (cards.some((c) => c.parentElement !== parent || parseOrderId(collapse(c.textContent)))) return [];
  const out: MessageFacts[] = [];
  for (const card of cards) {
    let from: Sender | null = null;
    let when: string | null = null;
    let text = '';
    for (const leaf of leaves(card)) {
      const t = collapse(leaf.textContent);
      const dates = t.length <= MAX_STAMP ? findDates(t, ctx.dates.marketplace) : [];
      if (dates.length && when === null) { when = toIso(dates[dates.length - 1]!, ctx.dates.zone); continue; }
      const who = t.length <= MAX_NAME ? senderByName(t, seller, buyer) : null;
      if (who && from === null) { from = who; continue; }
      if (t.length > text.length) text = t;
    }
    if (!from || !text) return [];
    out.push({ orderId, from, sentAt: when, text });
  }
  return out;
}
