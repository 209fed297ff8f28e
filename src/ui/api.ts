// The popup's only doors to the rest of the extension: typed requests to the background and to the page's
// content script. Answers are checked for shape before use; a broken or missing answer becomes a plain result.
import browser from 'webextension-polyfill';
import type { DeadlineItem, InsertTarget, SnapshotAnswer, TabState, UiToBackground, UiToContent } from '../messaging.ts';
import type { BuyerIntent, ConfirmedFacts } from '../model.ts';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function asTabState(x: unknown): TabState | null {
  if (!isRecord(x) || typeof x.tabId !== 'number' || !Array.isArray(x.advice) || !Array.isArray(x.cases) || !Array.isArray(x.warnings)) {
    return null;
  }
  return x as unknown as TabState;
}

async function ask(msg: UiToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}

/** That tab's analysis, or the active tab's when `tabId` is null; null when it is not a Seller Central page. */
export async function getTabState(tabId: number | null): Promise<TabState | null> {
  return asTabState(await ask(tabId === null ? { type: 'get-active-tab-state' } : { type: 'get-tab-state', tabId }));
}

export async function confirmFacts(orderId: string, facts: ConfirmedFacts, tabId: number): Promise<TabState | null> {
  return asTabState(await ask({ type: 'confirm-facts', orderId, facts, tabId }));
}

/** The seller's reading of one buyer message (by its key, never its words); the answer is the tab re-advised. */
export async function setIntent(tabId: number, key: string, intents: BuyerIntent[]): Promise<TabState | null> {
  return asTabState(await ask({ type: 'set-intent', tabId, key, intents }));
}

export async function getDeadlines(): Promise<DeadlineItem[]> {
  const items = await ask({ type: 'get-deadlines' });
  if (!Array.isArray(items)) return [];
  return (items as unknown[]).filter((d): d is DeadlineItem => isRecord(d) && typeof d.orderId === 'string' &&
    typeof d.deadline === 'string' && !Number.isNaN(Date.parse(d.deadline)));
}

export async function forgetEverything(): Promise<boolean> {
  const answer = await ask({ type: 'forget-everything' });
  return isRecord(answer) && answer.ok === true;
}

export type PageResult = { ok: true } | { ok: false; reason: string };

/** A request to the content script of `tabId`. No content script (page not reloaded since install, not Seller
 *  Central, an older version) rejects: that is a result to show, not an exception. */
async function askPage(tabId: number, msg: UiToContent): Promise<{ ok: true; answer: Record<string, unknown> } | { ok: false; reason: string }> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, msg);
    if (isRecord(answer) && answer.ok === true) return { ok: true, answer };
    const reason = isRecord(answer) && typeof answer.reason === 'string' ? answer.reason : 'no-answer';
    return { ok: false, reason };
  } catch {
    return { ok: false, reason: 'no-content-script' };
  }
}

/** Text into the page's box: `target` names which one (the claim response to Amazon, or the buyer reply); without
 *  it the content script goes by the page. */
export async function insertReply(tabId: number, text: string, target?: InsertTarget): Promise<PageResult> {
  const r = await askPage(tabId, target ? { type: 'insert-reply', text, target } : { type: 'insert-reply', text });
  return r.ok ? { ok: true } : r;
}

export type SnapshotResult = { ok: true; snapshot: SnapshotAnswer } | { ok: false; reason: string };

/** The page as redacted HTML for a bug report; the content script removes buyer data before answering. */
export async function savePageSnapshot(tabId: number): Promise<SnapshotResult> {
  const r = await askPage(tabId, { type: 'save-page-snapshot' });
  if (!r.ok) return r;
  const { filename, html, redactions } = r.answer;
  if (typeof filename !== 'string' || typeof html !== 'string') return { ok: false, reason: 'no-answer' };
  return { ok: true, snapshot: { ok: true, filename, html, redactions: typeof redactions === 'number' ? redactions : 0 } };
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
