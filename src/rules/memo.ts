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
