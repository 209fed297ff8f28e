// Content script: read the page when it settles and whenever it changes, send the reading to the background,
// answer the popup's requests (insert a reply, read now). Thin shell: all reading logic is in src/read/.
import browser from 'webextension-polyfill';
import { readPage } from '../read/index.ts';
import { whenSettled, watchChanges } from './settle.ts';
import { insertReply } from './insert-reply.ts';
import { parseMessage, ReadingAckSchema, UiToContentSchema, type ContentToBackground, type Guard } from '../messaging.ts';
import { renderGuards } from './guards/render.ts';
import { snapshotAnswer } from './snapshot-answer.ts';
import { watchReplyBoxes } from './reply-boxes.ts';
import { loadChecker } from './reply-guard/load.ts';
import type { PageReading } from '../model.ts';
import { nowFrom } from '../clock.ts';

let current = new AbortController();

function readNow(): PageReading {
  return readPage(document, location.href);
}

const guardHandlers = {
  dismiss(guard: Guard) {
    const message: ContentToBackground = { type: 'dismiss-guard', orderId: guard.orderId, kind: guard.kind };
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
};

async function send(reading: PageReading): Promise<void> {
  const message: ContentToBackground = { type: 'page-reading', reading };
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch {
    return; // The background may be restarting; the popup asks again through 'read-now' when it opens.
  }
  const ack = parseMessage(ReadingAckSchema, answer);
  if (ack.ok) renderGuards(document, ack.value.guards, reading.uiLanguage, guardHandlers);
}

async function start(): Promise<void> {
  current.abort();
  current = new AbortController();
  const { signal } = current;
  try {
    await whenSettled(document, signal);
  } catch {
    return; // superseded by a newer navigation
  }
  const first = readNow();
  await send(first);
  watchReplyBoxes(document, first.uiLanguage, signal);
  watchChanges(document, () => {
    const reading = readNow();
    void send(reading);
    watchReplyBoxes(document, reading.uiLanguage, signal);
  }, signal);
}

// In-app navigation changes the URL without a page load.
let lastHref = location.href;
setInterval(() => {
  if (location.href !== lastHref) { lastHref = location.href; void start(); }
}, 500);

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = parseMessage(UiToContentSchema, raw);
  if (!parsed.ok) return undefined;
  const msg = parsed.value;
  switch (msg.type) {
    case 'insert-reply':
      return (async () => {
        const result = insertReply(document, msg.text, msg.target);
        // The draft changed inside a shadow root, which the page signature does not see: report it now, before
        // answering, so the popup's next look at this tab has the new draft.
        if (result.ok) await send(readNow());
        return result;
      })();
    case 'read-now':
      return Promise.resolve({ url: location.href, reading: readNow() });
    case 'save-page-snapshot': {
      const reading = readNow();
      // The snapshot redacts through the checker, which is loaded only when needed.
      return Promise.all([loadChecker(), nowFrom(browser.storage.local)])
        .then(([checker, now]) => snapshotAnswer(checker.snapshotPage(document), reading.kind, now));
    }
  }
});

void start();
