// Order details page -> one OrderFacts. data-test-id first, then labels (labels.ts), then structure.
// shippingService is the summary value (the service level the buyer chose, e.g. "Standard"): it is on the page
// for every status and matches the Manage Orders row; the package's carrier service ("UPS Ground") is not used.
// With several packages, the first package box is read (ship date, carrier, tracking of "Package 1").
import { parseOrderId, type IsoTime, type OrderFacts, type OrderStatus } from '../model.ts';
import { countryCode } from './countries.ts';
import { contentRoot, type ReadContext } from './context.ts';
import { findDates, parseDate, parseFirstDate, toIso, parseDeadline } from './dates.ts';
import { collapse, firstOf, inNoise, isNoise, joinedGroups, katalText, oneBadgeValue, queryParam, shownOnPage, textOf } from './dom.ts';
import { emptyOrder } from './facts.ts';
import { readColumnTables, readLabelled, type Labelled } from './labelled.ts';
import {
  CLAIMS_PROTECTED_WORDS, DELIVERED_WORDS, FULFILLMENT_WORDS, LABEL_ONLY_EVENT_WORDS, LATE_DELIVERY_RISK_WORDS,
  isWord, labelLookup, mentions, orderStatusFromValue, orderStatusFromWord, type FieldKey,
} from './labels.ts';
import { combineStatuses, orderStatusOf, statusWordIn } from './order-status.ts';
import { ORDER_DETAILS as S } from './selectors/order-details.ts';
import { realValue } from './placeholder.ts';

const SUMMARY_FIELDS = ['shipBy', 'deliverBy', 'purchaseDate', 'shippingService', 'fulfillment',
  'salesChannel'] as const satisfies readonly FieldKey[];
const PACKAGE_FIELDS = ['shipDate', 'carrier', 'trackingId', 'shippingService', 'deliveryStatus'] as const satisfies readonly FieldKey[];
const summaryLookup = labelLookup(SUMMARY_FIELDS);
const headerLookup = labelLookup(['orderId', 'orderStatus']);
const packageLookup = labelLookup(PACKAGE_FIELDS);

export function fulfillmentFrom(text: string | null | undefined): OrderFacts['fulfillment'] {
  const t = collapse(text);
  if (!t) return null;
  if (isWord(t, FULFILLMENT_WORDS.MFN)) return 'MFN';
  if (isWord(t, FULFILLMENT_WORDS.AFN)) return 'AFN';
  // "Self-Ship (Seller)": a channel's name with its kind in brackets, read only when both name the same one.
  const named = /^([^()]+)\(([^()]+)\)$/u.exec(t);
  if (named) {
    const [a, b] = [fulfillmentFrom(named[1]), fulfillmentFrom(named[2])];
    if (a && a === b) return a;
  }
  return null;
}

/** The package box: a box group that shows a tracking id or a ship date / carrier label. */
function findPackage(root: Element): Element | null {
  for (const group of root.querySelectorAll(S.packageGroup)) {
    if (inNoise(group, root)) continue;
    if (group.querySelector(S.trackingId)) return group;
    const labels = readLabelled(group, packageLookup);
    if (labels.has('shipDate') || labels.has('carrier')) return group;
  }
  return null;
}

/** Value of a package cell by position ([0] ship date, [1] carrier: evidenced), when labels are unknown. */
function cellValue(group: Element, index: number): string | null {
  const cell = group.querySelectorAll(S.packageCell)[index];
  const rows = cell ? [...cell.children] : [];
  return rows.length >= 2 ? textOf(rows[rows.length - 1]) || null : null;
}

function trackingEvents(ctx: ReadContext, trackingEl: Element | null): Element[] {
  // The trigger names its popover: data-a-popover='{"name":"tracking-details-1"}' -> #a-popover-tracking-details-1.
  const decl = trackingEl?.closest(S.popoverDeclaration)?.getAttribute('data-a-popover');
  if (decl) {
    try {
      const name = (JSON.parse(decl) as { name?: unknown }).name;
      if (typeof name === 'string' && /^[\w-]+$/.test(name)) {
        const pop = ctx.doc.querySelector(S.popoverById(name));
        if (pop) return [...pop.querySelectorAll(S.trackingEvent)];
      }
    } catch { /* not JSON: fall back to every preloaded tracking event */ }
  }
  return [...ctx.doc.querySelectorAll(S.trackingEvents)];
}

/**
 * The earliest carrier scan. The seller's own "label created" lines are not scans (BS-CLAIMS-PROTECTED judges the
 * carrier's first scan), and neither is an event that says nothing but its time: counting it could only make a
 * shipment look earlier than the page shows.
 */
function firstScan(ctx: ReadContext, events: Element[]): IsoTime | null {
  let best: { ms: number; iso: IsoTime } | null = null;
  for (const ev of events) {
    const text = textOf(ev, { skipNoise: false });
    if (mentions(text, LABEL_ONLY_EVENT_WORDS)) continue;
    const found = findDates(text, ctx.dates.marketplace)[0];
    if (!found) continue;
    const said = text.slice(0, found.start) + text.slice(found.end);
    if (!/\p{L}/u.test(said)) continue;
    const iso = toIso(found, ctx.dates.zone);
    if (!iso) continue;
    const ms = Date.parse(iso);
    if (!best || ms < best.ms) best = { ms, iso };
  }
  return best?.iso ?? null;
}

function deliveredFromEvents(ctx: ReadContext, events: Element[]): IsoTime | null {
  for (const ev of events) {
    const title = ev.firstElementChild ? textOf(ev.firstElementChild, { skipNoise: false }) : '';
    if (title && isWord(title, DELIVERED_WORDS)) {
      const found = findDates(textOf(ev, { skipNoise: false }), ctx.dates.marketplace)[0];
      if (found) return toIso(found, ctx.dates.zone);
    }
  }
  return null;
}

/**
 * Buy Shipping badge near the package or the shipping service, wherever it renders: an AUI badge, a kat-badge
 * label, an aria-label or `.a-color-state` text. Exact wording only: help titles that merely mention
 * "Claims Protected" are in the help widget (noise) and never match a whole badge text anyway.
 */
function badgeVerdict(scopes: Element[], { inProse = true } = {}): boolean | null {
  let protectedSeen = false;
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll(S.badge)) {
      if (inNoise(el)) continue;
      if (!inProse && standsInProse(el)) continue;
      const texts = [textOf(el), katalText(el), collapse(el.getAttribute('aria-label'))];
      if (texts.some((t) => t && isWord(t, LATE_DELIVERY_RISK_WORDS))) return false;
      if (texts.some((t) => t && isWord(t, CLAIMS_PROTECTED_WORDS))) protectedSeen = true;
    }
  }
  return protectedSeen ? true : null;
}

/** A badge inside a sentence ("<b>Claims Protected</b> means Amazon covers…", "Buy your next label with Amazon:
 * <badge>") is talk about the badge, not the order's: more than a few words beside it in its parent. A badge alone in
 * a tag list or beside a service name is not. */
const INLINE = 'b, strong, i, em, u, a, kat-link';

function standsInProse(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  // A sentence is a run of words in one piece of text; a line of labelled values ("Carrier <b>Delhivery</b> ·
  // Tracking ID <a>…</a>") is many short pieces, each element or separator ending one.
  // Words set in bold or as a link inside a sentence ("Buy your <b>next</b> label with <a>Amazon</a> and it is
  // covered") stay in it: only the separators and the other elements end a piece.
  const pieces: string[] = [''];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child === el) { pieces.push(''); continue; }
      if (child.nodeType === 3) {
        const [first, ...rest] = (child.textContent ?? '').split(/[·•|;]/u);
        pieces[pieces.length - 1] += first ?? '';
        pieces.push(...rest);
      } else if (child.nodeType === 1 && !inNoise(child as Element)) {
        const inline = (child as Element).matches(INLINE);
        if (!inline) pieces.push('');
        walk(child);
        if (!inline) pieces.push('');
      }
    }
  };
  walk(parent);
  return pieces.some((p) => p.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > 4);
}

/**
 * The summary's shipping service: its inner span (PAGES.md: the value is wrapped in one), without a Buy Shipping
 * badge that may render beside it in the same cell.
 */
function serviceText(value: Element | null): string {
  if (!value) return '';
  const inner = value.firstElementChild;
  if (inner && !inner.matches(S.badge) && value.childElementCount > 1) return textOf(inner);
  return textOf(value);
}

/** The country line of the ship-to address, as an ISO code; no other address line is ever read. */
function shipToCountry(root: Element): string | null {
  const address = root.querySelector(S.shipToAddress);
  if (!address) return null;
  const lines = [...address.children].filter((c) => c.tagName !== 'BR' && !c.matches(S.shipToName));
  const last = lines[lines.length - 1];
  return last ? countryCode(last.textContent) : null;
}

/**
 * Legacy order page: shipments as a table under "Ship Date | Carrier | Tracking ID" headers; the first shipment is
 * read. Whether its label was bought through Amazon is not shown there, so that stays unknown.
 */
function readShipmentTable(ctx: ReadContext, root: Element, order: OrderFacts): boolean {
  const table = readColumnTables(root, packageLookup)
    .find((t) => t.columns.includes('trackingId') || (t.columns.includes('shipDate') && t.columns.includes('carrier')));
  const row = table?.rows[0];
  if (!row) return false;
  order.shippedAt = parseDate(row.get('shipDate')?.text, ctx.dates);
  order.carrier = realValue(row.get('carrier')?.text);
  order.trackingId = realValue(row.get('trackingId')?.text);
  // The tracking cell's element says how the label was bought, as under a label: a link or popover trigger is Buy
  // Shipping's, a plain span holding just the id is the seller's own label (protection still unknown: no badge).
  const cell = row.get('trackingId')?.el;
  const el = cell && order.trackingId
    ? [cell, ...cell.querySelectorAll('*')].reverse().find((e) => textOf(e) === order.trackingId) ?? null
    : null;
  if (el && el !== cell) {
    if (el.tagName === 'A' || el.classList.contains(S.trackingIsPopover)) order.boughtThroughAmazon = true;
    else if (el.tagName === 'SPAN' && !el.closest('a') && !el.querySelector('a')) order.boughtThroughAmazon = false;
  }
  return true;
}

/**
 * Pages with neither a package box nor a shipment table (a redesign, a <dl> or grid of labels): the shipment's
 * ship date, carrier and tracking id by their labels. The label only says the value, not whether Amazon sold the
 * label, so protection stays unknown.
 */
function readShipmentLabels(ctx: ReadContext, root: Element, order: OrderFacts): void {
  const cells = readLabelled(root, packageLookup);
  order.shippedAt = parseDate(cells.get('shipDate')?.value, ctx.dates);
  order.carrier = realValue(cells.get('carrier')?.value);
  // The tracking id's own element (its test id kept) where no label names it.
  const byTestId = [...root.querySelectorAll(S.trackingId)].find((el) => !inNoise(el, root)) ?? null;
  order.trackingId = realValue(cells.get('trackingId')?.value ?? (byTestId ? textOf(byTestId) : null));
  // The tracking id's own element (its test id kept or renamed, else the element under its label that holds just
  // the id) says how the label was bought, as in a package box.
  const labelled = cells.get('trackingId')?.valueEl ?? null;
  const bySelector = byTestId;
  const trackingEl = bySelector ??
    (labelled && [labelled, ...labelled.querySelectorAll('*')].reverse().find((el) => textOf(el) === order.trackingId)) ?? null;
  // A link (Buy Shipping's popover trigger) or a plain span (an own label); anything else says nothing.
  if (trackingEl && order.trackingId && textOf(trackingEl) === order.trackingId) {
    if (trackingEl.tagName === 'A' || trackingEl.classList.contains(S.trackingIsPopover)) order.boughtThroughAmazon = true;
    else if (trackingEl.tagName === 'SPAN' && !trackingEl.closest('a') && !trackingEl.querySelector('a')) {
      order.boughtThroughAmazon = false;
      // Where the page's own tracking element says so; an element found only under a label tells how the label
      // was bought, and protection stays what the page shows (no badge: unknown).
      if (bySelector) order.claimsProtected = false;
    }
  }
  // A label Amazon sold may carry its Claims Protected badge anywhere on the order (no package box to hold it): the
  // order's badges, read as in a package box, and only for a label known to be bought through Amazon.
  if (order.boughtThroughAmazon === true) order.claimsProtected = badgeVerdict([root], { inProse: false });
  // "Delivery status: Delivered on <date>": the date is the delivery only when the line says delivered.
  const delivery = cells.get('deliveryStatus')?.value;
  if (delivery && mentions(delivery, DELIVERED_WORDS)) order.deliveredAt = parseDate(delivery, ctx.dates);
  const steps = timelineSteps(ctx, root);
  order.shippedAt ??= steps.shipped;
  order.deliveredAt ??= steps.delivered;
}

/**
 * A shipment drawn as a timeline of steps ("<li><span>Shipped</span> <span>Tue, 1 Dec 2026</span> · …</li>"): a list
 * item that begins with an element saying only "Shipped" or "Delivered" and, right after it, one saying only a date,
 * is that event's date. A step shown twice with two dates is unknown.
 */
function timelineSteps(ctx: ReadContext, root: Element): { shipped: IsoTime | null; delivered: IsoTime | null } {
  const found = { shipped: new Set<IsoTime>(), delivered: new Set<IsoTime>() };
  for (const li of root.getElementsByTagName('li')) {
    if (inNoise(li, root)) continue;
    const word = li.firstElementChild;
    const date = word?.nextElementSibling;
    if (!word || !date || word.childElementCount !== 0 || date.childElementCount !== 0) continue;
    // The step's word is its first text: nothing said before it.
    if (collapse(li.textContent).indexOf(collapse(word.textContent)) !== 0) continue;
    const w = collapse(word.textContent);
    const event = isWord(w, DELIVERED_WORDS) || orderStatusFromWord(w) === 'delivered' ? 'delivered'
      : orderStatusFromWord(w) === 'shipped' ? 'shipped' : null;
    if (!event) continue;
    const d = collapse(date.textContent);
    const dates = findDates(d, ctx.dates.marketplace);
    // Only a date, a weekday before it at most ("ter., 1 dez. 2026").
    if (dates.length !== 1 || dates[0]!.end < d.length || !/^(?:\p{L}{1,12}\.?,?\s*)?$/u.test(d.slice(0, dates[0]!.start))) continue;
    const iso = toIso(dates[0]!, ctx.dates.zone);
    if (iso) found[event].add(iso);
  }
  const one = (s: Set<IsoTime>) => (s.size === 1 ? [...s][0]! : null);
  return { shipped: one(found.shipped), delivered: one(found.delivered) };
}

/** The status of a badge-only page: the one status word its Katal badges show, or unknown when they disagree. */
function badgeStatus(root: Element): OrderStatus | null {
  return oneBadgeValue(root, S.statusBadge, orderStatusFromWord);
}

function itemsTableStatus(root: Element): OrderStatus | null {
  const words = readColumnTables(root, headerLookup).flatMap((t) => t.rows.map((r) => r.get('orderStatus')?.text ?? ''));
  return combineStatuses(words.map((w) => orderStatusFromWord(collapse(w))));
}

const ORDER_IDS = /\b\d{3}-\d{7}-\d{7}\b/g;

function idsShown(el: Element): Set<string> {
  return new Set([...textOf(el).matchAll(ORDER_IDS)].map((m) => m[0]));
}

/**
 * Several orders' details on one page (tabs of one buyer's orders, cards side by side): sibling elements that each
 * show exactly one order id and that order's own labelled facts. Each is read as its own page, so no fact of one
 * order is ever given to another. Elements that show several ids (a tab strip, a list of links) are not panels;
 * an element holding every id is looked into. Null when the page shows at most one order's details.
 */
const SIDE = /^(?:aside|nav)$/u;
const SIDE_ROLE = /^(?:complementary|navigation)$/u;

function orderPanels(root: Element, depth = 0): { el: Element; id: string }[] | null {
  if (depth > 40 || idsShown(root).size < 2) return null;
  const panels: { el: Element; id: string }[] = [];
  const deeper: Element[] = [];
  for (const child of root.children) {
    // A side panel ("recent orders" in an aside or a nav) is never a peer of the order the page is about.
    if (isNoise(child) || SIDE.test(child.localName) || SIDE_ROLE.test(child.getAttribute('role') ?? '')) continue;
    const ids = idsShown(child);
    if (ids.size >= 2) deeper.push(child);
    else if (ids.size === 1 && readLabelled(child, summaryLookup).size > 0) panels.push({ el: child, id: [...ids][0]! });
  }
  if (panels.length >= 2 && new Set(panels.map((p) => p.id)).size === panels.length) return panels;
  for (const el of deeper) {
    const found = orderPanels(el, depth + 1);
    if (found) return found;
  }
  return null;
}

export function readOrderDetails(ctx: ReadContext): OrderFacts[] {
  const root = contentRoot(ctx.doc);
  const panels = orderPanels(root);
  if (panels) {
    // A panel whose own id cannot be told (another id in its order-id field) is not read: a merged record is worse.
    return panels.flatMap((p) => readOneOrder(ctx, p.el, p.id, false).filter((o) => o.orderId === p.id));
  }
  return readOneOrder(ctx, root, null, true);
}

function readOneOrder(ctx: ReadContext, root: Element, panelId: string | null, wholePage: boolean): OrderFacts[] {
  // Label fallbacks: summary fields only inside the summary box, never in a package box (the package repeats
  // "Shipping service" for its carrier service, which is another fact).
  const summaryScope = root.querySelector(S.summaryBox) ?? root;
  const outsidePackages = (el: Element) => el.matches(S.packageGroup);
  let summaryLabels: Map<FieldKey, Labelled | null> | null = null;
  let headerLabels: Map<FieldKey, Labelled | null> | null = null;
  const labelled = (key: FieldKey): string | null => {
    if (key === 'orderId' || key === 'orderStatus') {
      return (headerLabels ??= readLabelled(root, headerLookup, outsidePackages)).get(key)?.value ?? null;
    }
    return (summaryLabels ??= readLabelled(summaryScope, summaryLookup, outsidePackages)).get(key)?.value ?? null;
  };
  const field = (selectors: readonly string[], key: FieldKey): string | null => {
    const el = firstOf(root, selectors);
    const text = el ? textOf(el) : '';
    return text || labelled(key);
  };

  const orderId = parseOrderId(joinedGroups(field(S.orderId, 'orderId') ?? '')) ?? parseOrderId(panelId) ?? (wholePage
    ? shownOnPage(ctx.doc, parseOrderId(ctx.url.pathname) ?? parseOrderId(queryParam(ctx.url, 'orderID')))
    : null);
  if (!orderId) return [];
  const order = emptyOrder(orderId);

  const statusEls = [...root.querySelectorAll(S.itemStatus)].filter((el) => !inNoise(el, root));
  order.status = combineStatuses(statusEls.map(orderStatusOf));
  if (!order.status) {
    const word = labelled('orderStatus');
    order.status = word ? orderStatusFromValue(word) : null;
  }
  if (!order.status) order.status = badgeStatus(root);
  // The items table's status column read by its header ("Estado", "Status"), then the one status word the page
  // shows anywhere (a pill beside the order id); two different words leave the status unknown.
  if (!order.status) order.status = itemsTableStatus(root);
  if (!order.status) order.status = statusWordIn(root, orderId);
  order.shipBy = parseDeadline(field(S.shipBy, 'shipBy'), ctx.dates);
  order.deliverBy = parseDeadline(field(S.deliverBy, 'deliverBy'), ctx.dates);
  order.purchaseDate = parseFirstDate(field(S.purchaseDate, 'purchaseDate'), ctx.dates);
  order.shippingService = serviceText(firstOf(root, S.shippingService)) || labelled('shippingService');
  order.fulfillment = fulfillmentFrom(field(S.fulfillment, 'fulfillment'));
  order.shipToCountry = shipToCountry(root);

  const pkg = findPackage(root);
  if (pkg) {
    const cells = readLabelled(pkg, packageLookup);
    const trackingEl = [...pkg.querySelectorAll(S.trackingId)].find((el) => !inNoise(el, root)) ?? null;
    // Position ([0] ship date, [1] carrier) only when no cell label is known (an unknown UI language); once
    // labels are readable, a missing label means a missing value, not the neighbour's.
    const byPosition = cells.size === 0;
    order.shippedAt = parseDate(cells.get('shipDate')?.value ?? (byPosition ? cellValue(pkg, 0) : null), ctx.dates);
    order.carrier = realValue(cells.get('carrier')?.value ?? (byPosition ? cellValue(pkg, 1) : null));
    order.trackingId = realValue(trackingEl ? textOf(trackingEl) : cells.get('trackingId')?.value);
    if (trackingEl && order.trackingId) order.boughtThroughAmazon = trackingEl.classList.contains(S.trackingIsPopover);

    const events = trackingEvents(ctx, trackingEl);
    order.firstScanAt = firstScan(ctx, events);
    const deliveryLine = textOf(firstOf(pkg, [S.deliveryLine])) || cells.get('deliveryStatus')?.value || null;
    if (deliveryLine && mentions(deliveryLine, DELIVERED_WORDS)) order.deliveredAt = parseDate(deliveryLine, ctx.dates);
    // The popover's "Delivered" event only when the box has no delivery line: the line is what the page states.
    if (!deliveryLine) order.deliveredAt = deliveredFromEvents(ctx, events);

    // BS-CLAIMS-PROTECTED: protection needs a Buy Shipping label; an own label is never protected.
    const summary = root.querySelector(S.summaryBox);
    order.claimsProtected = order.boughtThroughAmazon === false
      ? false
      : badgeVerdict(summary ? [pkg, summary] : [pkg]);
  } else if (!readShipmentTable(ctx, root, order)) {
    readShipmentLabels(ctx, root, order);
  }
  return [order];
}
