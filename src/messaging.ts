// Typed messages between the shells, named by direction, validated on receipt (never trusted as typed).
//   content    -> background : ContentToBackground
//   ui (popup/options) -> background : UiToBackground
//   ui (popup) -> content    : UiToContent
import * as v from 'valibot';
import { ACTION_CODES, FINDING_KINDS, type Advice, type Finding, type OrderCase, type PageReading } from './model.ts';
import { MAX_TEXT, list, text } from './schema/fields.ts';
import { BUYER_INTENTS, BuyerIntentSchema, MessageFactsSchema } from './schema/message.ts';
import { ConfirmedFactsSchema } from './schema/order.ts';
import { PageReadingSchema as ReadingRecordSchema } from './schema/reading.ts';
import type { Decision } from './rules/decision.ts';
import type { Text } from './rules/text.ts';

const orderIdText = v.pipe(v.string(), v.maxLength(40));
const tabId = v.pipe(v.number(), v.integer());

/** A reading as the content script sends it. Message intents are not taken from the page side: the background
 *  derives them from the text itself, where the advice is decided. */
export const PageReadingSchema = v.object({
  ...ReadingRecordSchema.entries,
  messages: list(v.omit(MessageFactsSchema, ['intents'])),
});

export const GUARD_KINDS = ['pending-no-ship', 'protected-no-refund', 'keep-on-amazon'] as const;
export const INSERT_TARGETS = ['buyer-reply', 'claim-response'] as const;
/** The box inserted text is meant for: the buyer reply, or the response to Amazon on a claim. */
export type InsertTarget = (typeof INSERT_TARGETS)[number];

// ---- Every message kind, declared once with its direction and its payload ----

export const DIRECTIONS = ['content->background', 'ui->background', 'ui->content'] as const;
export type Direction = (typeof DIRECTIONS)[number];

const kind = <D extends Direction, E extends v.ObjectEntries>(direction: D, payload: E) => ({ direction, payload: v.object(payload) });

export const MESSAGE_KINDS = {
  'page-reading': kind('content->background', { reading: PageReadingSchema }),
  'dismiss-guard': kind('content->background', { orderId: orderIdText, kind: v.picklist(GUARD_KINDS) }),
  'get-tab-state': kind('ui->background', { tabId }),
  'get-active-tab-state': kind('ui->background', {}),
  'confirm-facts': kind('ui->background', { orderId: orderIdText, facts: ConfirmedFactsSchema, tabId: v.optional(tabId) }),
  'get-deadlines': kind('ui->background', {}),
  'get-what-changed': kind('ui->background', {}),
  'forget-everything': kind('ui->background', {}),
  // The seller's reading of one buyer message, by its key (messageKey in rules/storable.ts), never by its words.
  'set-intent': kind('ui->background', {
    tabId, key: text(120),
    intents: v.pipe(v.array(BuyerIntentSchema), v.minLength(1), v.maxLength(BUYER_INTENTS.length)),
  }),
  // target: which box the text is for; without it the content script goes by the page (claim pages: the response
  // to Amazon, other pages: the buyer reply).
  'insert-reply': kind('ui->content', { text: text(MAX_TEXT), target: v.optional(v.picklist(INSERT_TARGETS)) }),
  'read-now': kind('ui->content', {}),
  'save-page-snapshot': kind('ui->content', {}),
} as const;

type Kinds = typeof MESSAGE_KINDS;
export type MessageKind = keyof Kinds;
/** The kinds that travel in direction `D`. */
export type KindOf<D extends Direction> = { [K in MessageKind]: Kinds[K]['direction'] extends D ? K : never }[MessageKind];
/** A message of direction `D`, as the receiver gets it once validated. */
export type MessageOf<D extends Direction> = {
  [K in KindOf<D>]: { type: K } & v.InferOutput<Kinds[K]['payload']>
}[KindOf<D>];

/** The schema of every message that travels in `direction`: one object per kind, told apart by `type`. */
function schemaFor<D extends Direction>(direction: D): v.GenericSchema<unknown, MessageOf<D>> {
  const options = Object.entries(MESSAGE_KINDS).filter(([, k]) => k.direction === direction)
    .map(([type, k]) => v.object({ type: v.literal(type), ...k.payload.entries }));
  return v.variant('type', options) as unknown as v.GenericSchema<unknown, MessageOf<D>>;
}

// ---- content -> background ----
export const ContentToBackgroundSchema = schemaFor('content->background');
export type ContentToBackground = MessageOf<'content->background'>;

// ---- ui -> background ----
export const UiToBackgroundSchema = schemaFor('ui->background');
export type UiToBackground = MessageOf<'ui->background'>;

// ---- ui -> content ----
export const UiToContentSchema = schemaFor('ui->content');
export type UiToContent = MessageOf<'ui->content'>;

const DIRECTION_SCHEMAS: { [D in Direction]: v.GenericSchema<unknown, MessageOf<D>> } = {
  'content->background': ContentToBackgroundSchema,
  'ui->background': UiToBackgroundSchema,
  'ui->content': UiToContentSchema,
};

/** What a receiver answers to a message it will not act on: why, in words a developer can act on. Senders read
 *  it as "no answer", so a rejected message changes nothing on either side. */
export interface Rejected { ok: false; error: string }
export const rejected = (error: string): Rejected => ({ ok: false, error });

/**
 * `raw` as a message of `direction`, or why not: an unknown kind, a kind that does not travel this way, or the
 * first payload field that does not validate (with its path). Nothing is acted on when this fails.
 */
export function receive<D extends Direction>(direction: D, raw: unknown): Parsed<MessageOf<D>> {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_KINDS, type)) {
    return { ok: false, error: `unknown message type ${JSON.stringify(type ?? null)?.slice(0, 60)} (${direction})` };
  }
  const declared = MESSAGE_KINDS[type as MessageKind].direction;
  if (declared !== direction) return { ok: false, error: `"${type}" travels ${declared}, not ${direction}` };
  const parsed = parseMessage(DIRECTION_SCHEMAS[direction] as v.GenericSchema<unknown, MessageOf<D>>, raw);
  return parsed.ok ? parsed : { ok: false, error: `invalid "${type}" message: ${parsed.error}` };
}

/** The content script's answer to 'save-page-snapshot': a redacted page the popup offers as a download. */
export interface SnapshotAnswer { ok: true; filename: string; html: string; redactions: number }

/** The content script's answer to 'read-now'. */
export const ReadNowAnswerSchema = v.object({ url: v.pipe(v.string(), v.maxLength(4000), v.url()), reading: PageReadingSchema });

/** A warning the content script shows in the page next to a costly control (never blocking it). */
export interface Guard {
  kind: (typeof GUARD_KINDS)[number];
  orderId: string;
  rules: string[];
}

/** The background's answer to a page reading. */
export interface ReadingAck { ok: true; guards: Guard[] }

export const ReadingAckSchema = v.object({
  ok: v.literal(true),
  guards: v.pipe(v.array(v.object({
    kind: v.picklist(GUARD_KINDS), orderId: orderIdText, rules: v.array(text(40)),
  })), v.maxLength(50)),
});

/** What the popup shows for one tab. */
export interface TabState {
  tabId: number;
  url: string | null;
  reading: PageReading | null;
  cases: OrderCase[];
  /** Decided once by the background, in no language; the popup words it (src/words/advice/word.ts). */
  advice: Decision[];
  /** check() findings on the page's reply-box draft. */
  warnings: Finding[];
  /** The moment the advice was computed for (replies and the clock banner use it). */
  analyzedAt?: string;
}

/** One open deadline across remembered orders (the deadlines view). */
export interface DeadlineItem {
  orderId: string;
  action: (typeof ACTION_CODES)[number];
  severity: Advice['severity'];
  deadline: string;
  title: Text;
  marketplace: string | null;
}

/** A tab as the popup shows it: the background's decisions worded in the UI language, replies filled in. */
export interface ShownTab extends Omit<TabState, 'advice'> {
  advice: Advice[];
}

/** One dated rule change of the last twelve months with the open orders it affects now (the "What changed" view). */
export type { ChangeNow as WhatChangedItem } from './rules/what-changed.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseMessage<T extends v.GenericSchema>(schema: T, raw: unknown): Parsed<v.InferOutput<T>> {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `${path ? path + ': ' : ''}${issue.message}` };
}

export { FINDING_KINDS };
