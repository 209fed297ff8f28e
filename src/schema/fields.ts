// Field schemas every record is built from. Bounds keep a hostile or broken page from flooding the background;
// they do not change the types.
import * as v from 'valibot';

export const MAX_TEXT = 20_000;
export const MAX_ITEMS = 2_000;

// Helpers are marked free of side effects, like valibot's own functions, so that a bundle which needs only the
// types or the value lists of a record (the popup) does not carry its schema.

/** A string as a page displays it, bounded. */
/* @__NO_SIDE_EFFECTS__ */
export function text(max = 500) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** An ISO-8601 instant with an offset, e.g. "2026-11-17T00:00:00-08:00". */
export const IsoTimeSchema = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());
export const maybeTime = v.nullable(IsoTimeSchema);

/** A Seller Central order id once parsed (3-7-7 digits; other forms kept verbatim). Branded so a raw string is
 *  not taken for one without going through parseOrderId or a schema. */
export const OrderIdSchema = v.pipe(v.string(), v.maxLength(40), v.brand('OrderId'));

/** A list bounded like every list a page can send. */
/* @__NO_SIDE_EFFECTS__ */
export function list<T extends v.GenericSchema>(item: T, max = MAX_ITEMS) {
  return v.pipe(v.array(item), v.maxLength(max));
}

/** `base` with only `keys`, then `more` added or put in their place: another form of a record, picked from it. */
/* @__NO_SIDE_EFFECTS__ */
export function reshape<E extends v.ObjectEntries, const K extends readonly (keyof E & string)[], M extends v.ObjectEntries>(
  base: v.ObjectSchema<E, undefined>, keys: K, more: M,
): v.ObjectSchema<Omit<Pick<E, K[number]>, keyof M> & M, undefined> {
  const picked = Object.fromEntries(keys.map((k) => [k, base.entries[k]]));
  return v.object({ ...picked, ...more }) as unknown as v.ObjectSchema<Omit<Pick<E, K[number]>, keyof M> & M, undefined>;
}

/** Every nullable field of `schema` set to null, the rest from `given`: the record as "nothing known yet". */
export function emptyOf<E extends v.ObjectEntries, K extends keyof E>(
  schema: v.ObjectSchema<E, undefined>, given: { [P in K]: v.InferOutput<E[P]> },
): v.InferOutput<v.ObjectSchema<E, undefined>> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(schema.entries)) {
    if (Object.hasOwn(given, key)) out[key] = (given as Record<string, unknown>)[key];
    else if (v.is(entry, null)) out[key] = null;
  }
  return out as v.InferOutput<v.ObjectSchema<E, undefined>>;
}
