// Background: receives readings from content scripts, keeps the order memory, answers the popup, sets the badge,
// schedules deadline reminders. Thin shell over the pure cores; every message is validated and its sender checked.
import browser from 'webextension-polyfill';
import { parseMessage, ReadNowAnswerSchema, receive, rejected, type ReadingAck, type TabState, type UiToBackground } from '../messaging.ts';
import type { PageReading } from '../model.ts';
import { isOwnContentScript, isOwnExtensionPage } from './senders.ts';
import {
  FORGET_KEYS, confirm, loadIntentOverrides, loadMemory, prune, readMemory, remember, saveIntentOverride, saveMemory,
} from './memory.ts';
import { analyseTab, openChanges, openDeadlines } from './analysis.ts';
import { badgeFor } from './badge.ts';
import { guardKey, guardsFor } from './guards.ts';
import { intentsOf } from '../rules/storable.ts';
import { ALARM_PREFIX, parseAlarmName, planAlarms } from './reminders.ts';
import { loadSettings } from '../options/settings.ts';
import { nowFrom } from '../clock.ts';
// Buyer messages are read by the intent model here, where the advice is decided; the weights come as their own chunk.
import '../rules/intent/load-model.ts';

const store = browser.storage.local;
const extensionOrigin = browser.runtime.getURL('');
/** Live readings per tab, in memory only (they may hold message text, which is never persisted). */
const tabs = new Map<number, { url: string | null; reading: PageReading }>();
/** Dropped messages, by reason: visible in the service worker console for diagnosis. */
export const dropped: Record<string, number> = {};
const drop = (reason: string) => { dropped[reason] = (dropped[reason] ?? 0) + 1; };

// Storage writes are serialised so two quick readings cannot overwrite each other's memory.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

// Memory this version cannot read (corrupt, or from a newer Claimwise) is replaced once at start-up and the
// reason kept for the options page; migrated or partly invalid memory is rewritten clean.
void serial(async () => {
  const loaded = await readMemory(store);
  if (loaded.dropped) dropped['invalid-stored-order'] = (dropped['invalid-stored-order'] ?? 0) + loaded.dropped;
  if (loaded.reset || loaded.migratedFrom !== null || loaded.dropped) await saveMemory(store, loaded.data);
  if (loaded.reset) await store.set({ memoryNotice: { reason: loaded.reset, at: (await nowFrom(store)).getTime() } });
});

async function stateFor(tabId: number): Promise<TabState | null> {
  let entry = tabs.get(tabId);
  if (!entry) {
    // The service worker may have restarted since the page was read: ask the page again.
    // Without the "tabs" permission we cannot see the tab's URL; only our content script (Seller Central
    // hosts only) can answer, so an answer is proof enough.
    try {
      const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'read-now' });
      const parsed = parseMessage(ReadNowAnswerSchema, answer);
      if (!parsed.ok) { drop('invalid-read-now-answer'); return null; }
      entry = { url: parsed.value.url, reading: parsed.value.reading };
      tabs.set(tabId, entry);
    } catch {
      return null; // no content script in that tab: not a Seller Central page
    }
  }
  const [memory, settings, now, overrides] = await Promise.all([loadMemory(store), loadSettings(store), nowFrom(store), loadIntentOverrides(store)]);
  return analyseTab(tabId, entry.url, entry.reading, memory, settings, now, overrides);
}

async function updateBadge(tabId: number): Promise<void> {
  await setBadge(tabId, await stateFor(tabId));
}

async function setBadge(tabId: number, state: TabState | null): Promise<void> {
  const look = badgeFor(state?.advice ?? []);
  await browser.action.setBadgeText({ tabId, text: look.text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
}

async function reschedule(): Promise<void> {
  const [memory, settings, at, overrides] = await Promise.all([loadMemory(store), loadSettings(store), nowFrom(store), loadIntentOverrides(store)]);
  const all = await browser.alarms.getAll();
  await Promise.all(all.filter((a) => a.name.startsWith(ALARM_PREFIX)).map((a) => browser.alarms.clear(a.name)));
  if (!settings.reminders.enabled) return;
  const now = at.getTime();
  for (const plan of planAlarms(openDeadlines(memory, settings, at, overrides), settings.reminders.leadHours, now)) {
    void browser.alarms.create(plan.name, { when: plan.when });
  }
}

async function dismissedGuards(): Promise<Set<string>> {
  const { dismissedGuards } = (await store.get('dismissedGuards')) as { dismissedGuards?: unknown };
  return new Set(Array.isArray(dismissedGuards) ? dismissedGuards.filter((x): x is string => typeof x === 'string') : []);
}

async function onReading(tabId: number, url: string | null, reading: PageReading): Promise<ReadingAck> {
  tabs.set(tabId, { url, reading });
  await serial(async () => {
    const settings = await loadSettings(store);
    // Memory keeps what a message asked, never its words: derive the intents before the text is dropped.
    const withIntents: PageReading = { ...reading, messages: reading.messages.map((m) => ({ ...m, intents: intentsOf(m) })) };
    const now = (await nowFrom(store)).getTime();
    const memory = prune(remember(await loadMemory(store), withIntents, now), now, settings.retentionDays);
    await saveMemory(store, memory);
  });
  const state = await stateFor(tabId);
  await setBadge(tabId, state);
  await reschedule();
  return { ok: true, guards: state ? guardsFor(state.cases, state.advice, await dismissedGuards()) : [] };
}

async function onDismissGuard(orderId: string, kind: string): Promise<void> {
  await serial(async () => {
    // Bounded like the memory: the newest 500 dismissals.
    const list = [...(await dismissedGuards()), guardKey({ orderId, kind: kind as ReadingAck['guards'][number]['kind'] })];
    await store.set({ dismissedGuards: [...new Set(list)].slice(-500) });
  });
}

async function onUiRequest(msg: UiToBackground): Promise<unknown> {
  switch (msg.type) {
    case 'get-tab-state':
      return stateFor(msg.tabId);
    case 'get-active-tab-state': {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : stateFor(tab.id);
    }
    case 'confirm-facts': {
      await serial(async () => saveMemory(store, confirm(await loadMemory(store), msg.orderId, msg.facts, (await nowFrom(store)).getTime())));
      await reschedule();
      const tabId = msg.tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return null;
      await updateBadge(tabId);
      return stateFor(tabId);
    }
    case 'get-deadlines': {
      const [memory, settings, now, overrides] = await Promise.all([loadMemory(store), loadSettings(store), nowFrom(store), loadIntentOverrides(store)]);
      return openDeadlines(memory, settings, now, overrides);
    }
    case 'get-what-changed': {
      const [memory, settings, now, overrides] = await Promise.all([loadMemory(store), loadSettings(store), nowFrom(store), loadIntentOverrides(store)]);
      return openChanges(memory, settings, now, overrides);
    }
    case 'set-intent': {
      await serial(async () => saveIntentOverride(store, msg.key, msg.intents));
      await reschedule();
      await updateBadge(msg.tabId);
      return stateFor(msg.tabId);
    }
    case 'forget-everything': {
      await serial(async () => store.remove([...FORGET_KEYS, 'dismissedGuards', 'memoryNotice']));
      await browser.alarms.clearAll();
      return { ok: true };
    }
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const id = browser.runtime.id;
  if (isOwnContentScript(sender, id)) {
    const parsed = receive('content->background', raw);
    if (!parsed.ok) { drop('invalid-content-message'); return Promise.resolve(rejected(parsed.error)); }
    const msg = parsed.value;
    if (msg.type === 'dismiss-guard') return onDismissGuard(msg.orderId, msg.kind).then(() => ({ ok: true }));
    return onReading(sender.tab!.id!, sender.url ?? null, msg.reading);
  }
  if (isOwnExtensionPage(sender, id, extensionOrigin)) {
    const parsed = receive('ui->background', raw);
    if (!parsed.ok) { drop('invalid-ui-message'); return Promise.resolve(rejected(parsed.error)); }
    return onUiRequest(parsed.value);
  }
  drop('unknown-sender');
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => { tabs.delete(tabId); });

browser.alarms.onAlarm.addListener((alarm) => {
  const parsed = parseAlarmName(alarm.name);
  if (!parsed) return;
  void browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/128.png'),
    // In the browser's language (en, zh_CN, ja catalogs; English otherwise).
    title: browser.i18n.getMessage('notify_title', [String(parsed.leadHours)]),
    message: browser.i18n.getMessage('notify_body', [parsed.orderId, parsed.action.replace(/-/g, ' '), String(parsed.leadHours)]),
  });
});
