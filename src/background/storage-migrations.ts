// How stored order memory moves from one schema version to the next. Each step takes the orders map as version N
// wrote it and returns it as version N+1 writes it; loading runs the steps in order, then validates the result.
// A step may assume nothing about its input (storage may hold anything): it maps what it recognises and leaves
// the rest for validation to drop.
import * as v from 'valibot';
import { BuyerIntentSchema } from '../schema/message.ts';

export type Migration = (orders: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const mapOrders = (orders: Record<string, unknown>, f: (o: Record<string, unknown>) => Record<string, unknown>) =>
  Object.fromEntries(Object.entries(orders).map(([k, o]) => [k, isRecord(o) ? f(o) : o]));

/** Keyed by the version migrated FROM. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v1 kept a single optional `intent` string per message; v2 keeps the list of buyer intents the message asked
  // for (schema/message.ts StoredMessage). An intent outside BUYER_INTENTS is dropped rather than guessed.
  1: (orders) => mapOrders(orders, (o) => ({
    ...o,
    messages: Array.isArray(o.messages)
      ? o.messages.map((m: unknown) => {
        if (!isRecord(m)) return m;
        const { intent, ...rest } = m;
        const known = v.is(BuyerIntentSchema, intent);
        return { ...rest, intents: known ? [intent] : [] };
      })
      : [],
  })),
};

/** Orders of `from` brought to `to`, or null when some step is missing (an unknown old version). */
export function migrate(orders: Record<string, unknown>, from: number, to: number): Record<string, unknown> | null {
  let current = orders;
  for (let version = from; version < to; version++) {
    const step = MIGRATIONS[version];
    if (!step) return null;
    current = step(current);
  }
  return current;
}
