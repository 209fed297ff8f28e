// Medians and timing loops shared by every measurement. The median, not the mean: on a shared 2-core machine a
// few runs are always slowed by other work, and one slow run must not move the figure.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Round for the report: timings keep microseconds, nothing pretends to more precision than that. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface TimingOptions { warmup: number; runs: number }

/**
 * Median wall time of `fn` in milliseconds. The warm-up lets the JIT compile the hot paths first, so the figure
 * is what a long-lived content script or service worker pays, not the first call's compile time.
 */
export function medianMs(fn: () => unknown, { warmup, runs }: TimingOptions): number {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    times.push(performance.now() - t0);
  }
  // Keep the result reachable so the call cannot be optimised away.
  if (sink === Symbol.for('never')) console.error(sink);
  return median(times);
}

/** Seeded pseudo-random numbers (mulberry32): the synthetic inputs are the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
