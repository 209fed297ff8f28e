// Runs every situation over each order case and orders the advice by urgency: severity first, then the soonest
// deadline (overdue first), then the action's priority. Reply wording comes from src/replies, never from here.
import type { ActionCode, Advice, Lang, OrderCase, Reply, SellerSettings, Severity } from '../model.ts';
import { buildContext, type CaseContext } from './context.ts';
import { EN } from './lang/en.ts';
import type { Words } from './lang/types.ts';
import { EXCLUSIVE, NOTHING_DUE, REPLY_FALLBACK, SITUATIONS } from './situations/index.ts';
import type { Draft, Situation } from './situations/types.ts';
import { fromStoredCase, type CaseInput } from './storable.ts';
import { say } from './lang/say.ts';
import { dayTime } from './describe.ts';
import { formatIso } from './time.ts';

const HOUR = 3_600_000;

/** Most urgent first when severity and deadline tie. */
export const ACTION_PRIORITY: readonly ActionCode[] = [
  'provide-insurance', 'respond-to-claim', 'direct-to-a-to-z', 'refund-or-reship', 'ship-or-cancel-late',
  'cancel-on-request', 'cancel-and-reorder', 'carrier-intercept', 'keep-on-amazon', 'refund-return', 'file-safe-t', 'authorize-return',
  'reply-to-buyer', 'appeal-claim', 'confirm-facts', 'ship-by-deadline', 'share-tracking', 'dont-ship-pending', 'no-action',
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

function run(s: Situation, ctx: CaseContext): Draft[] {
  return s.when(ctx) ? asList(s.advise(ctx)) : [];
}

/** The drafts for one case, before formatting. */
export function draftsFor(ctx: CaseContext): Draft[] {
  for (const s of EXCLUSIVE) if (s.when(ctx)) return asList(s.advise(ctx));
  const drafts: Draft[] = [];
  let answered = false;
  for (const s of SITUATIONS) {
    const out = run(s, ctx);
    if (out.length > 0 && (typeof s.answersBuyer === 'function' ? s.answersBuyer(ctx) : s.answersBuyer === true)) answered = true;
    drafts.push(...out);
  }
  if (!answered) drafts.push(...run(REPLY_FALLBACK, ctx));
  if (drafts.length === 0) drafts.push(...run(NOTHING_DUE, ctx));
  return drafts;
}

interface Ranked { advice: Advice; deadlineMs: number | null }

/**
 * The reply wording for an action (src/replies' replyFor). A parameter, not an import: the background advises
 * without wording (seven languages of templates would double its bundle) and the popup fills it in; the rules'
 * own cost can be measured apart too.
 */
export type ReplyMaker = (action: ActionCode, c: OrderCase, lang: Lang, settings: SellerSettings) => Reply | null;

/** Advise without wording: `replyLang` still says which language the reply should be in. */
export const NO_WORDING: ReplyMaker = () => null;

/** A deadline in the past is never shown as if it were still ahead: the title says it was missed. */
function titleOf(d: Draft, ctx: CaseContext): string {
  if (d.deadline === null || d.deadline >= ctx.now || d.missed) return d.title;
  const due = dayTime(d.deadline, ctx.zone, ctx.words.locale);
  return say(ctx.words, 'overdue.title', `Overdue (it was due ${due}): ${d.title}`, { due, title: d.title });
}

function finish(d: Draft, ctx: CaseContext, replyCase: OrderCase, settings: SellerSettings, wording: ReplyMaker): Ranked {
  const advice: Advice = {
    orderId: ctx.orderId,
    action: d.action,
    severity: escalate(d, ctx.now),
    deadline: d.deadline === null ? null : formatIso(d.deadline, ctx.zone),
    rules: [...new Set(d.rules)],
    title: titleOf(d, ctx),
    why: d.why,
    doNot: d.doNot,
    reply: wording(d.action, replyCase, ctx.lang, settings),
    replyLang: ctx.lang,
  };
  const notes = d.notes?.filter((n) => n.length > 0);
  if (notes && notes.length > 0) advice.notes = notes;
  if (d.confirm) advice.confirm = d.confirm;
  return { advice, deadlineMs: d.deadline };
}

function compare(a: Ranked, b: Ranked): number {
  // Two missing deadlines give Infinity - Infinity = NaN, which is falsy: the next key decides.
  return SEVERITY_RANK[a.advice.severity] - SEVERITY_RANK[b.advice.severity] ||
    (a.deadlineMs ?? Infinity) - (b.deadlineMs ?? Infinity) ||
    (PRIORITY.get(a.advice.action) ?? 99) - (PRIORITY.get(b.advice.action) ?? 99) ||
    String(a.advice.orderId).localeCompare(String(b.advice.orderId));
}

const isStored = (c: CaseInput) => c.messages.some((m) => !('text' in m));

/**
 * Advice for every case, most urgent first. Takes cases as joined from pages or as reduced for storage. `words`
 * only changes the text (title, why, doNot, notes): actions, deadlines, severities and rules are the same in every
 * language.
 */
export function adviseCases(cases: readonly CaseInput[], now: Date, settings: SellerSettings, wording: ReplyMaker, words: Words = EN): Advice[] {
  const at = now.getTime();
  const ranked: Ranked[] = [];
  for (const input of cases) {
    const c = isStored(input) ? fromStoredCase(input) : (input as OrderCase);
    const ctx = buildContext(c, at, settings, words);
    for (const d of draftsFor(ctx)) ranked.push(finish(d, ctx, c, settings, wording));
  }
  ranked.sort(compare);
  return ranked.map((r) => r.advice);
}
