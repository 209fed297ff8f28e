// Pages without a known card markup: one card per order link, the largest ancestor that still holds links to
// that order only. Used by the returns and claims readers when their modeled classes are absent.
import { parseOrderId } from '../model.ts';
import { inNoise } from './dom.ts';

function orderIdsIn(el: Element, linkSelector: string): Set<string> {
  const ids = new Set<string>();
  for (const a of el.querySelectorAll(linkSelector)) {
    const id = parseOrderId(a.textContent) ?? parseOrderId(a.getAttribute('href'));
    if (id) ids.add(id);
  }
  return ids;
}

export function cardsByOrderLink(root: Element, linkSelector: string): Element[] {
  const cards: Element[] = [];
  for (const link of root.querySelectorAll(linkSelector)) {
    if (inNoise(link, root) || cards.some((c) => c.contains(link))) continue;
    let card: Element = link;
    for (let up = link.parentElement; up && up !== root; up = up.parentElement) {
      if (orderIdsIn(up, linkSelector).size > 1) break;
      card = up;
    }
    cards.push(card);
  }
  return cards;
}
