// An in-memory storage area with the get/set/remove behaviour of browser.storage.local that the memory relies
// on: values are copied through JSON (as the browser serialises them), get(null) returns everything.
import type { Area } from '../../src/background/memory.ts';

export interface FakeArea extends Area {
  /** What the area holds, as JSON text (what a privacy check reads back). */
  dump(): string;
  /** Put raw values in, bypassing the memory's own write path (foreign or corrupt data). */
  seed(values: Record<string, unknown>): void;
  writes: number;
}

export function fakeArea(initial: Record<string, unknown> = {}): FakeArea {
  let data: Record<string, unknown> = JSON.parse(JSON.stringify(initial)) as Record<string, unknown>;
  const copy = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));
  const area: FakeArea = {
    writes: 0,
    get(keys?: null | string | string[] | Record<string, unknown>) {
      let out: Record<string, unknown>;
      if (keys === null || keys === undefined) out = copy(data);
      else if (typeof keys === 'string') out = keys in data ? { [keys]: copy(data[keys]) } : {};
      else if (Array.isArray(keys)) out = Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, copy(data[k])]));
      else out = Object.fromEntries(Object.entries(keys).map(([k, d]) => [k, k in data ? copy(data[k]) : d]));
      return Promise.resolve(out);
    },
    set(items: Record<string, unknown>) {
      area.writes += 1;
      data = { ...data, ...copy(items) };
      return Promise.resolve();
    },
    remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
      return Promise.resolve();
    },
    dump: () => JSON.stringify(data),
    seed(values) { data = { ...data, ...copy(values) }; },
  };
  return area;
}
