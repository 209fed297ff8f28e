// "Now" for every part of the extension. Tests, the demo and checks outside the project fix the clock by storing an
// ISO-8601 time under `clockOverride` (CONTRACT.md §5), so advice on fixture pages never drifts with the real date;
// without the key, the wall clock. Shells ask here and never call `new Date()` for a decision.

/** The storage key that fixes the clock. */
export const CLOCK_OVERRIDE_KEY = 'clockOverride';

export interface Clock {
  now: () => Date;
  /** The fixed instant, or null when this is the wall clock (the UI shows a banner when fixed). */
  fixedAt: Date | null;
}

interface StorageArea {
  get(keys: string): Promise<Record<string, unknown>>;
}

export const wallClock: Clock = { now: () => new Date(), fixedAt: null };

/** A valid ISO-8601 time with a date, or null: an unusable override must not freeze the clock at NaN. */
export function parseOverride(value: unknown): Date | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : new Date(at);
}

export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()), fixedAt: new Date(at.getTime()) };
}

/** Read once per decision: the override can be set or removed at any moment while the extension runs. */
export async function readClock(store: StorageArea): Promise<Clock> {
  try {
    const fixed = parseOverride((await store.get(CLOCK_OVERRIDE_KEY))[CLOCK_OVERRIDE_KEY]);
    return fixed ? fixedClock(fixed) : wallClock;
  } catch {
    return wallClock;
  }
}

/** The current instant under the override, if any. */
export async function nowFrom(store: StorageArea): Promise<Date> {
  return (await readClock(store)).now();
}
