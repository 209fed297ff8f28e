// The engine asks for the same few values thousands of times per refresh (a zone's offset on a day, a day's end, a
// deadline written out): each is worked out once and kept. A map that grows past its bound is emptied rather than
// trimmed, because a new refresh asks for a new handful and the old ones are cheap to work out again.
const BOUND = 20_000;

/** The value kept for `key`, worked out by `compute` the first time. */
export function kept<K, V>(map: Map<K, V>, key: K, compute: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = compute(key);
    if (map.size > BOUND) map.clear();
    map.set(key, value);
  }
  return value;
}

/** The map kept for `key` in a map of maps (one per time zone). */
export function inner<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let map = outer.get(key);
  if (!map) outer.set(key, (map = new Map<K2, V>()));
  return map;
}

/**
 * Calendar arithmetic kept by what it was computed from (a zone or marketplace, then up to two instants): the same
 * order facts come back at every refresh of a thousand remembered orders, and a changed fact is a new key, never a
 * stale answer. Bounded: a table that grows past its size starts again.
 */
export class Kept<T> {
  readonly #byName = new Map<string, Map<number | null, Map<number | null, T>>>();
  #size = 0;

  get(name: string, a: number | null, b: number | null, compute: () => T): T {
    let byA = this.#byName.get(name);
    if (!byA) this.#byName.set(name, (byA = new Map<number | null, Map<number | null, T>>()));
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map<number | null, T>()));
    if (byB.has(b)) return byB.get(b)!;
    const value = compute();
    if (++this.#size > 50_000) { this.#byName.clear(); this.#size = 0; }
    byB.set(b, value);
    return value;
  }
}
