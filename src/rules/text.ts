// What the rules say, as data: phrase keys of the wording registry (src/words/advice/) with raw parameters — dates
// as instants with their zone, windows, rates — never sentences. The background decides once and sends this; each
// screen words it in its own language (src/words/advice/word.ts). Only the registry's types are imported here, so
// no sentence of any language enters the rules' bundle.
import type { AdviceKey, ParamNames } from '../words/advice/types.ts';
import type { Window } from './policy.ts';
import type { TimeZone } from './time.ts';

/** A value a phrase fills in, worded by the screen that shows it. */
export type Param =
  | string
  | { readonly day: number; readonly tz: TimeZone }
  | { readonly time: number; readonly tz: TimeZone }
  | { readonly span: Window }
  | { readonly pct: number }
  | { readonly text: Text };

export interface Phrase {
  readonly key: AdviceKey;
  readonly params?: Readonly<Record<string, Param>>;
}

/** Phrases shown one after the other (each carries its own spacing). */
export type Text = readonly Phrase[];

type Args<K extends AdviceKey> = [ParamNames<K>] extends [never] ? [] : [Readonly<Record<ParamNames<K>, Param>>];

/** One phrase of the registry; a key that does not exist or a missing parameter is a compile error. */
export function t<K extends AdviceKey>(key: K, ...params: Args<K>): Text {
  return params[0] ? [{ key, params: params[0] }] : [{ key }];
}

/** A key built at run time (a rule id's note): the registry test proves every such key exists in every language. */
export function tDynamic(key: string, params?: Readonly<Record<string, Param>>): Text {
  return params ? [{ key: key as AdviceKey, params }] : [{ key: key as AdviceKey }];
}

export const NO_TEXT: Text = [];

/** Texts in order, the empty ones left out. */
export function cat(...parts: readonly (Text | null | undefined | false | '')[]): Text {
  return parts.flatMap((p) => (p ? p : []));
}

export const dayParam = (ms: number, tz: TimeZone): Param => ({ day: ms, tz });
export const timeParam = (ms: number, tz: TimeZone): Param => ({ time: ms, tz });
export const spanParam = (w: Window): Param => ({ span: w });
export const pctParam = (rate: number): Param => ({ pct: rate });
export const textParam = (text: Text): Param => ({ text });
