// The extension API as the background calls it, without webextension-polyfill. In Manifest V3 both browsers already
// return promises: Firefox's `browser.*`, and Chrome's `chrome.*` for every call the background makes (storage,
// tabs, action, alarms, notifications). The polyfill's wrapping of each of them was a tenth of the service
// worker's code, parsed again at every wake-up. What the polyfill still did for the background is kept here: on
// Chrome, a message listener's promise becomes its reply through sendResponse, in the shape the polyfill on the
// other side (content script, popup) turns back into a rejection. Types stay the polyfill's.
import type polyfill from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export type ExtensionApi = typeof polyfill;

const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
/** Firefox, where `browser` is the extension API itself; the polyfill makes the same test. */
const firefox = scope.browser?.runtime?.id !== undefined;
const api = (firefox ? scope.browser : scope.chrome) as ExtensionApi;
export default api;

/** What answers one message: a promise of the reply, or undefined when this listener does not answer. */
export type MessageHandler = (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/** The polyfill's wire form of a rejected reply (its sendMessage rejects with `message` on receipt). */
export interface PolyfillRejection { __mozWebExtensionPolyfillReject__: true; message: string }

export function isPolyfillRejection(x: unknown): x is PolyfillRejection {
  return typeof x === 'object' && x !== null && (x as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true;
}

const reasonOf = (error: unknown) =>
  error instanceof Error || typeof (error as { message?: unknown } | null)?.message === 'string'
    ? String((error as { message: unknown }).message) : 'An unexpected error occurred';

/** `handle` as a Chrome listener: true keeps the channel open until sendResponse carries the reply or the reason. */
export function replyingThroughSendResponse(handle: MessageHandler) {
  return (raw: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): boolean => {
    let reply: Promise<unknown> | undefined;
    try {
      reply = handle(raw, sender);
    } catch (error) {
      reply = Promise.reject(error instanceof Error ? error : new Error(reasonOf(error)));
    }
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => {
      sendResponse({ __mozWebExtensionPolyfillReject__: true, message: reasonOf(error) } satisfies PolyfillRejection);
    }).catch((error: unknown) => { console.error('Failed to send onMessage rejected reply', error); });
    return true;
  };
}

/** Listen for runtime messages; the handler's promise is the reply in both browsers. */
export function onRuntimeMessage(handle: MessageHandler): void {
  const listener = firefox ? handle : replyingThroughSendResponse(handle);
  api.runtime.onMessage.addListener(listener as Runtime.OnMessageListener);
}

// Chrome's words when the other side's listener answered nothing; the polyfill resolved undefined for it.
const NO_RESPONSE = 'The message port closed before a response was received.';

/** tabs.sendMessage as the polyfill settled it: no answer is undefined, a polyfill rejection rejects. */
export async function sendToTab(tabId: number, message: unknown): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await api.tabs.sendMessage(tabId, message);
  } catch (error) {
    if (firefox || reasonOf(error) !== NO_RESPONSE) throw error;
    answer = undefined;
  }
  if (isPolyfillRejection(answer)) throw new Error(answer.message);
  return answer;
}
