// A-to-z claims list and claim detail (also SAFE-T and chargeback pages, read with the same means).
// Tables are read by their header labels, so column order and hidden tabs do not matter: the "Option to Appeal"
// tab is hidden by CSS yet its rows are in the DOM and are read. A tab whose name is a status ("Action required")
// gives that status to its rows when they have no status column. Reason and status stay as displayed.
import { parseOrderId, type ClaimFacts } from '../model.ts';
import { cardsByOrderLink } from './cards.ts';
import { contentRoot, type ReadContext } from './context.ts';
import { parseDate, parseDeadline } from './dates.ts';
import { collapse, deepQueryAll, inNoise, linkedOrderId, oneBadgeValue, queryParam, textOf } from './dom.ts';
import { emptyClaim } from './facts.ts';
import { claimArea, type ClaimArea } from './kind.ts';
import { readColumnTable, readColumnTables, readLabelled, type ColumnTable } from './labelled.ts';
import {
  CLAIM_REASON_WORDS, CLAIM_STATUS_TAB_WORDS, CLAIM_STATUS_WORDS, FUNDED_BY_WORDS, SAFETY_CLAIM_WORDS, isWord, labelLookup, mentions, type FieldKey,
} from './labels.ts';
import { parseMoney } from './money.ts';
import { saysAppealMade } from './appeal-notice.ts';
import { CLAIMS as S } from './selectors/claims.ts';
import { readTransposed } from './transposed.ts';

const CLAIM_FIELDS = ['orderId', 'claimId', 'claimType', 'claimReason', 'claimAmount', 'claimFiled', 'respondBy',
  'decisionDate', 'decision', 'claimStatus', 'appealBy', 'amazonComment', 'denialReason'] as const satisfies readonly FieldKey[];
const claimLookup = labelLookup(CLAIM_FIELDS);

type ClaimValues = Partial<Record<FieldKey, { text: string; el: Element | null }>>;

/** A cell's text, or null for an empty cell and the dash tables print for "none". */
function shown(text: string | undefined): string | null {
  return text && !/^[\s—–-]*$/u.test(text) ? text : null;
}

function fundedBy(status: string | null): ClaimFacts['fundedBy'] {
  if (!status) return null;
  if (mentions(status, FUNDED_BY_WORDS.seller)) return 'seller';
  if (mentions(status, FUNDED_BY_WORDS.amazon)) return 'amazon';
  return null;
}

function claimIdFrom(value: { text: string; el: Element | null } | undefined): string | null {
  const href = value?.el?.querySelector(S.claimLink)?.getAttribute('href');
  const fromHref = href ? /claimId=([\w-]+)/i.exec(href)?.[1] : undefined;
  return fromHref ?? (value?.text.match(/[\w-]{4,}/)?.[0] ?? null);
}

function orderIdFrom(value: { text: string; el: Element | null } | undefined): ClaimFacts['orderId'] {
  if (!value) return null;
  return parseOrderId(value.text) ??
    parseOrderId(value.el?.querySelector(S.orderLink)?.getAttribute('href'));
}

/** Build a claim from its labelled values; `extraSafetyText` is wording around it (a notice) on a detail page. */
function toClaim(ctx: ReadContext, v: ClaimValues, area: ClaimArea, tabStatus: string | null, extraSafetyText = ''): ClaimFacts {
  const claim = emptyClaim();
  claim.orderId = orderIdFrom(v.orderId);
  claim.claimId = v.claimId ? claimIdFrom(v.claimId) : null;
  claim.reason = shown(v.claimReason?.text);
  claim.status = shown(v.claimStatus?.text) ?? tabStatus;
  claim.amount = parseMoney(v.claimAmount?.text, ctx.marketplace);
  claim.filedAt = parseDate(v.claimFiled?.text, ctx.dates);
  claim.respondBy = parseDate(v.respondBy?.text, ctx.dates);
  claim.decidedAt = parseDate(v.decisionDate?.text, ctx.dates);
  // "Decision: Granted/Seller Funded" or "Decision: 2 Dec 2026": a status word is the status, a date the decision's
  // date, each only where its own label gave none; anything else is neither.
  const decision = shown(v.decision?.text);
  if (decision) {
    if (!claim.status && isWord(decision, CLAIM_STATUS_WORDS)) claim.status = decision;
    else if (!v.decisionDate) claim.decidedAt = parseDate(decision, ctx.dates);
  }
  claim.fundedBy = fundedBy(claim.status);
  if (area === 'safe-t') {
    // SAFE-T pages show when to appeal, Amazon's comment and the denial reason; other claims have no such fields.
    claim.appealBy = parseDeadline(v.appealBy?.text, ctx.dates);
    claim.amazonComment = shown(v.amazonComment?.text);
    claim.denialReason = shown(v.denialReason?.text);
  }
  if (area !== 'a-to-z') {
    claim.claimType = area;
  } else {
    // AZ-SAFETY: property damage / personal injury claims are their own kind of A-to-z claim.
    const typeText = [v.claimType?.text, claim.reason, extraSafetyText].filter(Boolean).join(' ');
    claim.claimType = mentions(typeText, SAFETY_CLAIM_WORDS) ? 'safety' : 'a-to-z';
  }
  return claim;
}

/** "Action required (3)" -> "Action required" when that is a status word; other tab names give no status. */
function tabStatus(table: Element): string | null {
  const tab = table.closest(S.tab);
  const label = collapse((tab?.getAttribute('label') ?? '').replace(/\(\s*\d+\s*\)\s*$/, ''));
  return label && isWord(label, CLAIM_STATUS_TAB_WORDS) ? label : null;
}

function isClaimsTable(t: ColumnTable): boolean {
  return t.columns.includes('orderId') || t.columns.includes('claimId');
}

/**
 * A status shown only as a badge, kept with what it says of who funds the claim: the one claim status word the badges
 * of `scope` show (Katal badges carry it in their label). Two different words, or a badge word that is not a claim
 * status, leave it unknown.
 */
function withBadgeStatus(claim: ClaimFacts, scope: Element, chips = false): void {
  if (claim.status) return;
  claim.status = oneBadgeValue(scope, S.statusBadge, (word) => (word && isWord(word, CLAIM_STATUS_WORDS) ? word : null)) ??
    (chips ? chipStatus(scope) : null);
  claim.fundedBy = fundedBy(claim.status);
}

/**
 * A claim card's status drawn as a plain chip (<span class="badge">Under review</span>): the one element of the card
 * that says nothing but a claim status. Two different ones, or none, leave it unknown; links, buttons and page
 * furniture are not chips.
 */
function chipStatus(scope: Element): string | null {
  const found = new Set<string>();
  for (const el of scope.querySelectorAll('*')) {
    if (el.childElementCount !== 0 || inNoise(el, scope) || el.closest('a, button, select, option')) continue;
    const t = textOf(el);
    if (t && t.length <= 40 && isWord(t, CLAIM_STATUS_WORDS)) found.add(t);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * An amount printed without a label: the one element of `scope` that shows nothing but an amount (a currency and a
 * number, however split over spans: "£ 42 .99"). Two different amounts, or none, leave it unknown.
 */
function loneAmount(ctx: ReadContext, scope: Element): ClaimFacts['amount'] {
  const found = new Map<string, NonNullable<ClaimFacts['amount']>>();
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (inNoise(child, scope)) continue;
      const t = textOf(child);
      if (!t) continue;
      const money = t.length <= 24 && MONEY_ONLY.test(t) ? parseMoney(t, ctx.marketplace) : null;
      if (money) found.set(`${money.value}|${money.currency}`, money);
      else walk(child);
    }
  };
  walk(scope);
  if (found.size !== 1) return null;
  // Another amount in a sentence of the card ("Item price: CDN$ 12.00") makes two: which is the claim's is a guess.
  let amounts = 0;
  for (const m of textOf(scope).matchAll(AMOUNT_IN_TEXT)) if (parseMoney(m[0], ctx.marketplace)) amounts++;
  return amounts === 1 ? [...found.values()][0]! : null;
}

/** An amount anywhere in a text: a currency sign or code next to a number, either side. */
const AMOUNT_IN_TEXT = /(?:[A-Z]{0,3}[$£€¥￥₹₺]|R\$|\b[A-Z]{3}\b|zł|\bkr\b)\s*\d[\d.,\s]*|\d[\d.,]*\s*(?:[$£€¥￥₹₺]|\b[A-Z]{3}\b|zł|\bkr\b)/gu;

/** Nothing but a currency sign or code and a number ("£ 42 .99", "1.249,00 €", "R$ 189,90", "CDN$ 64.99"). */
const MONEY_ONLY = /^(?:[A-Z]{0,3}[$£€¥￥₹₺]|[A-Z]{3}|R\$|zł|kr)?\s*\d[\d.,\s\u00a0\u202f]*(?:\s*(?:[$£€¥￥₹₺]|[A-Z]{3}|zł|kr))?$/u;

/**
 * A reason printed without a label: the one claim reason wording that is the whole text of an element of `scope`
 * (as displayed). Two different reasons leave it unknown.
 */
const CONTROL = 'a, button, select, option, [role="button"], [role="tab"], [role="option"], [role="menuitem"]';

function loneReason(scope: Element): string | null {
  const found = new Set<string>();
  for (const el of scope.querySelectorAll('*')) {
    // A help link, a filter button or a menu option named like a reason says nothing about this claim.
    if (el.childElementCount !== 0 || inNoise(el, scope) || el.closest(CONTROL)) continue;
    const t = collapse(el.textContent);
    if (t && t.length <= 60 && isWord(t, CLAIM_REASON_WORDS)) found.add(t);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** What a claim's card or page shows without labels: its status as a badge, its one amount, its reason. */
function unlabelled(ctx: ReadContext, claim: ClaimFacts, scope: Element): ClaimFacts {
  claim.reason ??= loneReason(scope);
  withBadgeStatus(claim, scope, true);
  claim.amount ??= loneAmount(ctx, scope);
  return claim;
}

function labelledValues(scope: Element): ClaimValues {
  const values: ClaimValues = {};
  for (const [k, v] of readLabelled(scope, claimLookup)) if (v) values[k] = { text: v.value, el: v.valueEl };
  return values;
}

export interface ClaimListReading {
  claims: ClaimFacts[];
  /** The page showed no claims table or card at all, or rows that could not be lined up with their header. */
  unread: boolean;
}

/** The SAFE-T id a claim wrapper's id carries ("claim-content-wrapper-12345-12345-1234567"). */
function safetIdOf(card: Element): string | null {
  return S.safetId.exec(card.id)?.[0] ?? null;
}

/** SAFE-T claim wrappers outside page furniture; a wrapper inside another counts once, as the outer one. */
function safetCards(root: Element): Element[] {
  const cards = [...root.querySelectorAll(S.safetCard)].filter((c) => !inNoise(c, root));
  return cards.filter((c) => !cards.some((o) => o !== c && o.contains(c)));
}

function readSafetCard(ctx: ReadContext, card: Element): ClaimFacts {
  const claim = unlabelled(ctx, toClaim(ctx, labelledValues(card), 'safe-t', null), card);
  claim.claimId ??= safetIdOf(card);
  if (!claim.orderId) {
    const link = [...card.querySelectorAll(S.orderLink)].find((a) => !inNoise(a, card));
    claim.orderId = linkedOrderId(link);
  }
  return claim;
}

/** The area a claim page belongs to: its address, or SAFE-T wrappers wherever the page was saved from. */
function areaOf(ctx: ReadContext, root: Element): ClaimArea {
  const byUrl = claimArea(ctx.url);
  return byUrl === 'a-to-z' && root.querySelector(S.safetCard) ? 'safe-t' : byUrl;
}

export function readClaimList(ctx: ReadContext): ClaimListReading {
  const root = contentRoot(ctx.doc);
  const area = areaOf(ctx, root);
  const wrappers = safetCards(root);
  if (wrappers.length > 0) {
    const claims = wrappers.map((card) => readSafetCard(ctx, card)).filter((c) => c.orderId || c.claimId);
    return { claims, unread: claims.length < wrappers.length };
  }
  let tables = readColumnTables(root, claimLookup).filter(isClaimsTable);
  // Claims tables kept inside shadow roots (Katal builds vary): look there only when the light DOM has none.
  if (tables.length === 0) {
    tables = deepQueryAll(root, S.table).map((t) => readColumnTable(t, claimLookup))
      .filter((t): t is ColumnTable => t !== null && isClaimsTable(t));
  }
  const claims: ClaimFacts[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const t of tables) {
    skipped += t.skippedRows;
    const status = tabStatus(t.table);
    for (const row of t.rows) {
      const c = toClaim(ctx, Object.fromEntries(row), area, status);
      if (!c.orderId && !c.claimId) continue;
      // The same claim can sit in a status tab and in "All claims".
      const key = c.claimId ?? `${c.orderId}|${c.reason}|${c.filedAt}`;
      if (seen.has(key)) continue;
      seen.add(key);
      claims.push(c);
    }
  }
  if (tables.length > 0) return { claims, unread: skipped > 0 };
  const sideways = readTransposed(root, claimLookup, [{ key: 'claimId', pattern: /^\d{5}-\d{5}-\d{7}$/ }],
    { key: 'claimStatus', words: CLAIM_STATUS_WORDS }, S.orderLink);
  if (sideways.length > 0) {
    const read = sideways.map((v) => toClaim(ctx, v, area, null)).filter((c) => c.orderId);
    return { claims: read, unread: read.length < sideways.length };
  }
  // No table: cards, one per order link, read by label.
  // A card (or a table row whose cells hold label/value pairs) names its order by its link when no label does.
  // Only a card some of whose claim fields were read by label: a bare link beside unlabelled icons is not understood.
  const cards = cardsByOrderLink(root, S.orderLink).map((card) => {
    const values = labelledValues(card);
    const claim = Object.keys(values).length > 0 ? unlabelled(ctx, toClaim(ctx, values, area, null), card) : toClaim(ctx, values, area, null);
    if (!claim.orderId && Object.keys(values).length > 0) {
      const link = [...card.querySelectorAll(S.orderLink)].find((a) => !inNoise(a, card));
      claim.orderId = linkedOrderId(link);
    }
    return claim;
  });
  return { claims: cards.filter((c) => c.orderId), unread: cards.length === 0 };
}

/**
 * A claim page that labels none of its fields but links to exactly one order: the claim of that order. Its amount
 * is read only when it is the one amount printed beside that link; dates and words without labels (a timeline)
 * are not read, since nothing says which is the filing date or the deadline.
 */
function byOrderLink(ctx: ReadContext, root: Element, area: ClaimArea): ClaimFacts[] {
  const links = [...root.querySelectorAll(S.orderLink)].filter((a) => !inNoise(a, root));
  const ids = new Set(links.map((a) => linkedOrderId(a)));
  if (ids.size !== 1 || ids.has(null)) return [];
  const claim = toClaim(ctx, {}, area, null);
  claim.orderId = [...ids][0]!;
  claim.claimId = queryParam(ctx.url, 'claimId') ?? S.safetId.exec(ctx.url.pathname)?.[0] ?? null;
  const header = links.length === 1 ? links[0]!.parentElement : null;
  const amounts = header ? [...header.children].filter((el) => el !== links[0] && el.childElementCount === 0 && textOf(el).length <= 20)
    .map((el) => parseMoney(textOf(el), ctx.marketplace)).filter((m) => m !== null) : [];
  if (amounts.length === 1) claim.amount = amounts[0]!;
  return [claim];
}

/**
 * A claim's status shown only as where its progress stepper stands: the one step marked current
 * (aria-current="step") whose title is a claim status ("Action required"). No step, two, or a title that is no
 * status leave it unknown.
 */
function currentStepStatus(root: Element): string | null {
  const steps = [...root.querySelectorAll(S.currentStep)].filter((el) => !inNoise(el, root));
  if (steps.length !== 1) return null;
  return chipStatus(steps[0]!);
}

/** The page's notices (alerts), page furniture left out. */
function noticesOf(root: Element): string[] {
  return [...root.querySelectorAll(S.alert)].filter((a) => !inNoise(a, root)).map((a) => textOf(a, { katal: true }));
}

/** A claim page can say an appeal was made only in a notice, leaving the status as it was ("Granted/Seller Funded"). */
function withAppealNotice(claim: ClaimFacts, notices: readonly string[]): ClaimFacts {
  if (notices.some(saysAppealMade)) claim.appealMade = true;
  return claim;
}

export function readClaimDetail(ctx: ReadContext): ClaimFacts[] {
  const root = contentRoot(ctx.doc);
  const area = areaOf(ctx, root);
  const alerts = noticesOf(root);
  const wrapper = safetCards(root)[0];
  if (wrapper) {
    const claim = withAppealNotice(readSafetCard(ctx, wrapper), alerts);
    claim.claimId ??= S.safetId.exec(ctx.url.pathname)?.[0] ?? null;
    return claim.orderId || claim.claimId ? [claim] : [];
  }
  const values = labelledValues(root);
  const notices = alerts.join(' ');
  // Only a notice that names the claim's kind counts; the type field, when present, decides.
  // A page that shows none of the claim's fields is not a claim reading, whatever its URL says.
  if (Object.keys(values).length === 0) return byOrderLink(ctx, root, area).map((c) => withAppealNotice(c, alerts));
  const claim = withAppealNotice(toClaim(ctx, values, area, null, values.claimType ? '' : notices), alerts);
  // The whole page's badges: a side card of another claim with its own badge makes two words, so none is taken.
  withBadgeStatus(claim, root);
  if (!claim.status) {
    claim.status = currentStepStatus(root);
    claim.fundedBy = fundedBy(claim.status);
  }
  // A reason no label names, shown as a heading or a line by itself ("<h1>Item not received</h1>"): the page's one
  // claim-reason wording; two different ones (a side card of another claim) leave it unknown.
  claim.reason ??= loneReason(root);
  claim.claimId ??= queryParam(ctx.url, 'claimId');
  if (!claim.orderId) {
    const link = [...root.querySelectorAll(S.orderLink)].find((a) => !inNoise(a, root));
    claim.orderId = linkedOrderId(link);
  }
  return [claim];
}
