// Pages without a known card markup: one card per order link, the largest ancestor that still holds links to
// that order only. Used by the returns and claims readers when their modeled classes are absent.
import { inNoise, linkedOrderId } from './dom.ts';

function orderIdsIn(el: Element, linkSelector: string): Set<string> {
  const ids = new Set<string>();
  for (const a of el.querySelectorAll(linkSelector)) {
    const id = linkedOrderId(a);
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

/**
 * Records laid out as a flat run of sibling cells (a CSS grid of bare spans): the cell holding each order link, then
 * the same number of cells after it up to the next one. Null unless every link's cell has the same parent and every
 * record has the same number of cells: a run that does not repeat cannot be cut into records safely.
 */
export function flatRuns(cards: readonly Element[]): Element[][] | null {
  if (cards.length < 2) return null;
  const parent = cards[0]!.parentElement;
  if (!parent || cards.some((c) => c.parentElement !== parent)) return null;
  const cells = [...parent.children];
  const starts = cards.map((c) => cells.indexOf(c));
  const width = starts[1]! - starts[0]!;
  if (width < 2 || starts.some((s, i) => s !== starts[0]! + i * width)) return null;
  if (starts[0] !== 0 || cells.length !== starts[starts.length - 1]! + width) return null;
  return starts.map((s) => cells.slice(s, s + width));
}
