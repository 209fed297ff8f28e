// Field schemas every record is built from. Bounds keep a hostile or broken page from flooding the background;
// they do not change the types.
import * as v from 'valibot';

export const MAX_TEXT = 20_000;
export const MAX_ITEMS = 2_000;

/** A string as a page displays it, bounded. */
export const text = (max = 500) => v.pipe(v.string(), v.maxLength(max));

/** An ISO-8601 instant with an offset, e.g. "2026-11-17T00:00:00-08:00". */
export const IsoTimeSchema = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());
export const maybeTime = v.nullable(IsoTimeSchema);

/** A Seller Central order id once parsed (3-7-7 digits; other forms kept verbatim). Branded so a raw string is
 *  not taken for one without going through parseOrderId or a schema. */
export const OrderIdSchema = v.pipe(v.string(), v.maxLength(40), v.brand('OrderId'));

/** A list bounded like every list a page can send. */
export const list = <T extends v.GenericSchema>(item: T, max = MAX_ITEMS) => v.pipe(v.array(item), v.maxLength(max));

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
