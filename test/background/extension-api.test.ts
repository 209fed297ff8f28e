// The background talks to the browser without webextension-polyfill. On Chrome a listener's promise must reach the
// sender through sendResponse, and a failure in the shape the polyfill on the sending side turns into a rejection;
// on Firefox the promise is the reply as it is. Each case is driven through the module as the browser would.
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (raw: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;

async function loadWith(global: 'chrome' | 'browser', extra: Record<string, unknown> = {}) {
  const listeners: Listener[] = [];
  const api = { runtime: { id: 'ext', onMessage: { addListener: (l: Listener) => listeners.push(l) } }, ...extra };
  vi.stubGlobal(global, api);
  vi.resetModules();
  const mod = await import('../../src/background/extension-api.ts');
  return { mod, listeners, api };
}

/** Calls the registered Chrome listener and resolves with what it passed to sendResponse. */
function deliver(listener: Listener, raw: unknown): { kept: unknown; reply: Promise<unknown> } {
  let settle!: (x: unknown) => void;
  const reply = new Promise((resolve) => { settle = resolve; });
  const kept = listener(raw, { id: 'ext' }, settle);
  return { kept, reply };
}

afterEach(() => { vi.unstubAllGlobals(); });

describe('on Chrome (chrome.* only)', () => {
  it('uses chrome.* and sends a handler\'s answer through sendResponse, keeping the channel open', async () => {
    const { mod, listeners, api } = await loadWith('chrome');
    expect(mod.default).toBe(api);
    mod.onRuntimeMessage((raw) => Promise.resolve({ echoed: raw }));
    const { kept, reply } = deliver(listeners[0]!, 'ping');
    expect(kept).toBe(true);
    await expect(reply).resolves.toEqual({ echoed: 'ping' });
  });

  it('sends a failure as the polyfill\'s rejection, whether the handler rejects or throws', async () => {
    const { mod, listeners } = await loadWith('chrome');
    mod.onRuntimeMessage((raw) => {
      if (raw === 'throw') throw new Error('storage is gone');
      return Promise.reject(new Error('quota exceeded'));
    });
    const rejected = deliver(listeners[0]!, 'reject');
    expect(rejected.kept).toBe(true);
    await expect(rejected.reply).resolves.toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'quota exceeded' });
    const thrown = deliver(listeners[0]!, 'throw');
    await expect(thrown.reply).resolves.toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'storage is gone' });
  });

  it('answers nothing (false, no sendResponse) when the handler does not answer', async () => {
    const { mod, listeners } = await loadWith('chrome');
    mod.onRuntimeMessage(() => undefined);
    const sendResponse = vi.fn();
    expect(listeners[0]!('x', { id: 'ext' }, sendResponse)).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('settles tabs.sendMessage as the polyfill did: no answer is undefined, a polyfill rejection rejects', async () => {
    const answers: Array<() => Promise<unknown>> = [
      () => Promise.reject(new Error('The message port closed before a response was received.')),
      () => Promise.resolve({ __mozWebExtensionPolyfillReject__: true, message: 'page gone' }),
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      () => Promise.resolve({ url: 'u' }),
    ];
    const { mod } = await loadWith('chrome', { tabs: { sendMessage: () => answers.shift()!() } });
    await expect(mod.sendToTab(1, { type: 'read-now' })).resolves.toBeUndefined();
    await expect(mod.sendToTab(1, { type: 'read-now' })).rejects.toThrow('page gone');
    await expect(mod.sendToTab(1, { type: 'read-now' })).rejects.toThrow('Receiving end does not exist');
    await expect(mod.sendToTab(1, { type: 'read-now' })).resolves.toEqual({ url: 'u' });
  });
});

describe('on Firefox (browser.* with a runtime id)', () => {
  it('uses browser.* and registers the handler itself, its promise being the reply', async () => {
    const { mod, listeners, api } = await loadWith('browser');
    expect(mod.default).toBe(api);
    const handle = () => Promise.resolve('pong');
    mod.onRuntimeMessage(handle);
    expect(listeners[0]).toBe(handle);
  });

  it('passes a closed port on as the rejection Firefox gives', async () => {
    const closed = new Error('The message port closed before a response was received.');
    const { mod } = await loadWith('browser', { tabs: { sendMessage: () => Promise.reject(closed) } });
    await expect(mod.sendToTab(1, {})).rejects.toBe(closed);
  });
});
