// Runs every situation over each order case and orders the advice by urgency: severity first, then the soonest
// deadline (overdue first, except a reply already late: see finish), then the action's priority. Reply wording comes from src/replies, never from here.
import type { ActionCode, OrderCase, SellerSettings, Severity } from '../model.ts';
import { buildContext, type CaseContext } from './context.ts';
import type { Decision } from './decision.ts';
import { EXCLUSIVE, NOTHING_DUE, REPLY_FALLBACK, SITUATIONS } from './situations/index.ts';
import type { Draft, Situation } from './situations/types.ts';
import { doubtIn } from './situations/shared.ts';
import { fromStoredCase, type CaseInput } from './storable.ts';
import { t, textParam, timeParam, type Text } from './text.ts';
import { formatIso, type TimeZone } from './time.ts';
import { inner, kept } from './memo.ts';

const HOUR = 3_600_000;

/** Most urgent first when severity and deadline tie. "Do not ship a pending order" rests on the page's status alone and
 * protects whatever the buyer meant, so it comes before "read the message first". */
export const ACTION_PRIORITY: readonly ActionCode[] = [
  'provide-insurance', 'respond-to-claim', 'direct-to-a-to-z', 'refund-or-reship', 'ship-or-cancel-late',
  'cancel-on-request', 'cancel-and-reorder', 'carrier-intercept', 'keep-on-amazon', 'dont-ship-pending', 'refund-return', 'file-safe-t',
  'authorize-return', 'reply-to-buyer', 'appeal-claim', 'confirm-facts', 'ship-by-deadline', 'share-tracking', 'no-action',
];
const PRIORITY = new Map(ACTION_PRIORITY.map((a, i) => [a, i]));
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Overdue or nearly due (6 hours) is critical; within two days at least a warning. */
function escalate(d: Draft, now: number): Severity {
  if (d.action === 'no-action') return 'info';
  if (d.deadline === null) return d.severity;
  const left = (d.deadline - now) / HOUR;
  if (left <= 6) return 'critical';
  if (left <= 48 && d.severity === 'info') return 'warning';
  return d.severity;
}

const asList = (x: Draft | Draft[]) => (Array.isArray(x) ? x : [x]);

/** Adds the situation's drafts when it applies; whether it added any. No list is built for the twenty-odd
 * situations of each case that do not apply. */
function run(s: Situation, ctx: CaseContext, drafts: Draft[]): boolean {
  if (!s.when(ctx)) return false;
  const out = s.advise(ctx);
  if (!Array.isArray(out)) { drafts.push(out); return true; }
  for (const d of out) drafts.push(d);
  return out.length > 0;
}

/** The drafts for one case, before formatting. */
export function draftsFor(ctx: CaseContext): Draft[] {
  for (const s of EXCLUSIVE) if (s.when(ctx)) return asList(s.advise(ctx));
  const drafts: Draft[] = [];
  let answered = false;
  for (const s of SITUATIONS) {
    if (run(s, ctx, drafts) && (typeof s.answersBuyer === 'function' ? s.answersBuyer(ctx) : s.answersBuyer === true)) answered = true;
  }
  // An invoice asked beside another ask (a new address, a cancel) wants its own answer: the other step does not give it.
  if (!answered || ctx.unanswered?.invoice === true) run(REPLY_FALLBACK, ctx, drafts);
  if (drafts.length === 0) run(NOTHING_DUE, ctx, drafts);
  return drafts;
}

/** A decision with its sort keys worked out once: the sort compares each about a dozen times. */
interface Ranked {
  decision: Decision;
  deadlineMs: number | null;
  severity: number;
  priority: number;
  id: string;
  /** The id is digits and hyphens only, where code-unit order is the collator's order. */
  plainId: boolean;
}

const PLAIN_ID = /^[0-9-]*$/;

/** Advice whose only deadline is the buyer's 24 hours: once that has passed, nothing is saved by doing it first. */
const LAPSE_LAST: readonly ActionCode[] = ['reply-to-buyer', 'share-tracking'];

/** A deadline in the past is never shown as if it were still ahead: the title says it was missed. */
function titleOf(d: Draft, ctx: CaseContext): Text {
  if (d.deadline === null || d.deadline >= ctx.now || d.missed) return d.title;
  return t('overdue.title', { due: timeParam(d.deadline, ctx.zone), title: textParam(d.title) });
}

// The same deadlines come back at every refresh (a ship-by date, a claim's respond-by): written once each, looked
// up by zone and then instant, without building a key string per decision.
const written = new Map<TimeZone, Map<number, string>>();

function isoOf(ms: number, zone: TimeZone): string {
  return kept(inner(written, zone), ms, (at) => formatIso(at, zone));
}

/** The rules once each, in the order first cited. */
function distinct<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}

function finish(d: Draft, ctx: CaseContext, holdReplies: boolean): Ranked {
  const decision: Decision = {
    orderId: ctx.orderId,
    action: d.action,
    severity: escalate(d, ctx.now),
    deadline: d.deadline === null ? null : isoOf(d.deadline, ctx.zone),
    rules: distinct(d.rules),
    title: titleOf(d, ctx),
    why: d.why,
    doNot: d.doNot,
    replyLang: holdReplies ? null : ctx.lang,
  };
  const notes = d.notes?.filter((n) => n.length > 0);
  if (notes && notes.length > 0) {
    decision.notes = notes;
    const doubt = doubtIn(notes);
    if (doubt) decision.doubt = doubt;
  }
  if (d.confirm) decision.confirm = d.confirm;
  const id = String(decision.orderId);
  // A reply already past its 24 hours is late whatever is done next (the response time has counted it): every step
  // whose deadline can still be met — ship by Wednesday, answer the claim by tomorrow — comes before it. It still
  // shows as overdue (its severity is unchanged), and still before steps with no deadline at all.
  const lapsedReply = LAPSE_LAST.includes(d.action) && d.deadline !== null && d.deadline < ctx.now;
  return {
    decision, deadlineMs: lapsedReply ? null : d.deadline,
    severity: SEVERITY_RANK[lapsedReply ? 'info' : decision.severity], priority: PRIORITY.get(decision.action) ?? 99,
    id, plainId: PLAIN_ID.test(id),
  };
}

// localeCompare() builds its collator at each call; this is the same default-locale order, built once.
const byOrderId = new Intl.Collator().compare;

function compare(a: Ranked, b: Ranked): number {
  // Two missing deadlines give Infinity - Infinity = NaN, which is falsy: the next key decides.
  return a.severity - b.severity ||
    (a.deadlineMs ?? Infinity) - (b.deadlineMs ?? Infinity) ||
    a.priority - b.priority ||
    (a.plainId && b.plainId ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : byOrderId(a.id, b.id));
}

const isStored = (c: CaseInput) => c.messages.some((m) => !('text' in m));

/** Cases as joined from pages or as reduced for storage, as order cases. */
export function asOrderCase(input: CaseInput): OrderCase {
  return isStored(input) ? fromStoredCase(input) : (input as OrderCase);
}

/**
 * The decisions for every case, most urgent first, in no language: actions, deadlines, severities, rules and
 * phrase keys. Takes cases as joined from pages or as reduced for storage.
 */
export function decideCases(cases: readonly CaseInput[], now: Date, settings: SellerSettings): Decision[] {
  const at = now.getTime();
  const ranked: Ranked[] = [];
  for (const input of cases) {
    const ctx = buildContext(asOrderCase(input), at, settings);
    const drafts = draftsFor(ctx);
    const hold = drafts.some((d) => d.holdReplies === true);
    for (const d of drafts) ranked.push(finish(d, ctx, hold));
  }
  ranked.sort(compare);
  return ranked.map((r) => r.decision);
}
