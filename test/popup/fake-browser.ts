// A stand-in for webextension-polyfill: records what the UI sends and answers like the real shells would.
import { vi } from 'vitest';

type Handler = (msg: unknown) => unknown;

const store = new Map<string, unknown>();

export const browser = {
  runtime: {
    sendMessage: vi.fn<(msg: unknown) => Promise<unknown>>(),
    openOptionsPage: vi.fn(() => Promise.resolve()),
    id: 'test-extension',
  },
  tabs: {
    sendMessage: vi.fn<(tabId: number, msg: unknown) => Promise<unknown>>(),
    create: vi.fn((opts: { url: string }) => Promise.resolve({ id: 99, url: opts.url })),
  },
  storage: {
    local: {
      get: vi.fn((key: string | string[] | null) => {
        const keys = key === null ? [...store.keys()] : Array.isArray(key) ? key : [key];
        return Promise.resolve(Object.fromEntries(keys.filter((k) => store.has(k)).map((k) => [k, structuredClone(store.get(k))])));
      }),
      set: vi.fn((items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
        return Promise.resolve();
      }),
    },
  },
};

/** Answer runtime messages (to the background) with `handler`; tabs messages (to the page) with `page`. */
export function answer(background: Handler, page: (tabId: number, msg: unknown) => unknown = () => { throw new Error('no content script'); }): void {
  browser.runtime.sendMessage.mockReset();
  browser.runtime.sendMessage.mockImplementation((msg) => Promise.resolve().then(() => background(msg)));
  browser.tabs.sendMessage.mockReset();
  browser.tabs.sendMessage.mockImplementation((tabId, msg) => Promise.resolve().then(() => page(tabId, msg)));
  browser.tabs.create.mockClear();
}

export function storedValue(key: string): unknown {
  return structuredClone(store.get(key));
}

export function resetStorage(): void {
  store.clear();
  browser.storage.local.get.mockClear();
  browser.storage.local.set.mockClear();
}

export default browser;
